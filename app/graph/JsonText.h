// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <string_view>

/**
 * JSON text as simdjson's On-Demand parser reads it: in place, from a buffer that stays readable
 * for Padding bytes past the text's end, so a half-megabyte Graph page is never copied or built
 * into a tree. Readers (GraphPage, DirectoryUser) walk only the fields they need.
 *
 * A view does not own its bytes: the buffer must outlive it and stay unchanged.
 * simdjson itself stays out of this header; it is large, and only the readers' sources need it.
 */
class JsonText final
{
public:
    /** simdjson::SIMDJSON_PADDING: the readable bytes the parser needs past the text. */
    static constexpr qsizetype Padding = 64;
    /** Nesting deeper than this is refused (Graph pages nest four or five levels). */
    static constexpr int MaxDepth = 64;

    JsonText() = default;

    /**
     * The whole of @p buffer, after growing its capacity by Padding when it has not room for it
     * already (one copy at most; the bytes and the size stay as they are).
     */
    static JsonText padded(QByteArray &buffer);
    /** The whole of @p buffer that padded() prepared; empty when it has no room for the padding. */
    static JsonText ofPadded(const QByteArray &buffer);

    bool isEmpty() const { return m_size == 0; }
    const char *data() const { return m_data; }
    qsizetype size() const { return m_size; }
    /** Readable bytes from data(): at least size() + Padding. */
    qsizetype capacity() const { return m_capacity; }
    QByteArrayView bytes() const { return {m_data, m_size}; }

    /**
     * Part of this text (a std::string_view the parser returned into it): the rest of the same
     * buffer is its padding.
     */
    JsonText part(std::string_view inside) const;

    /**
     * Whether the text is exactly one JSON value as RFC 8259 defines it, checked completely by
     * simdjson's validating parser (syntax, escapes, UTF-8, numbers, trailing text, MaxDepth):
     * On-Demand checks only what a reader visits. Otherwise false, with the reason in @p error.
     */
    bool isValid(QString *error = nullptr) const;

private:
    JsonText(const char *data, qsizetype size, qsizetype capacity)
        : m_data(data)
        , m_size(size)
        , m_capacity(capacity)
    {
    }

    const char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};
