// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

/**
 * A read-only view of one JSON value inside UTF-8 text that JsonView::parse() accepted.
 *
 * For readers of large Graph pages: a /users page of 999 users is half a megabyte, and building
 * a QJsonDocument tree of it costs more than everything else the user list does with those
 * users. Here the page is checked once (strict RFC 8259, like QJsonDocument::fromJson) and
 * readers then walk members and decode only the values they need, in place.
 *
 * A view does not own its text: the buffer must outlive it and stay unchanged.
 */
class JsonView final
{
public:
    enum class Type : quint8 { Invalid, Null, Bool, Number, String, Array, Object };

    /** Nesting deeper than this is refused (Graph pages nest four or five levels). */
    static constexpr int MaxDepth = 64;

    JsonView() = default;

    /**
     * The single value @p text holds (whitespace around it allowed), or an invalid view with a
     * reason in @p error when it is not valid JSON: bad syntax, bad escape, control character or
     * malformed UTF-8 in a string, trailing text, or nesting deeper than MaxDepth.
     */
    static JsonView parse(QByteArrayView text, QString *error = nullptr);
    /** The value of text parse() already accepted (e.g. a body GraphCall checked); no checks. */
    static JsonView fromValidated(QByteArrayView text);

    bool isValid() const { return m_type != Type::Invalid; }
    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    /** The value's JSON text, quotes and brackets included. */
    QByteArrayView text() const { return m_text; }

    /** True only for the literal true. */
    bool toBool() const { return m_type == Type::Bool && m_text.front() == 't'; }
    /** A string's decoded value; an empty string for any other type. */
    QString toString() const;
    /**
     * A string's bytes between the quotes, escapes left as they are: for matching names and
     * values that are known to be plain ASCII without decoding them. Empty for other types.
     */
    QByteArrayView stringBytes() const
    {
        return m_type == Type::String ? m_text.sliced(1, m_text.size() - 2) : QByteArrayView();
    }
    /** Whether this is the string @p value (compared after decoding), without allocating. */
    bool equals(QLatin1StringView value) const;
    /** An array or object without elements or members. */
    bool isEmptyContainer() const;

    /** The first member of an object named @p key; an invalid view when absent or not an object. */
    JsonView member(QLatin1StringView key) const;

private:
    friend class JsonMembers;
    friend class JsonElements;
    JsonView(Type type, QByteArrayView text)
        : m_type(type)
        , m_text(text)
    {
    }
    /** The value starting at @p at (no whitespace before it) in validated text. */
    static JsonView at(const char *at, const char *end);
    /** The same, moving @p at past it. */
    static JsonView take(const char *&at, const char *end);
    /** The inside of a container of @p type: its first byte and its closing bracket. */
    bool inside(Type type, const char *&first, const char *&closing) const;

    Type m_type = Type::Invalid;
    QByteArrayView m_text;
};

/** Walks the members of a JsonView object in order: while (members.next()) use key(), value(). */
class JsonMembers final
{
public:
    explicit JsonMembers(JsonView object);
    bool next();
    /** The member's name as a string view (use JsonView::equals to compare it). */
    JsonView key() const { return m_key; }
    JsonView value() const { return m_value; }

private:
    const char *m_at = nullptr;
    const char *m_end = nullptr;
    JsonView m_key;
    JsonView m_value;
};

/** Walks the elements of a JsonView array in order: while (elements.next()) use value(). */
class JsonElements final
{
public:
    explicit JsonElements(JsonView array);
    bool next();
    JsonView value() const { return m_value; }

private:
    const char *m_at = nullptr;
    const char *m_end = nullptr;
    JsonView m_value;
};
