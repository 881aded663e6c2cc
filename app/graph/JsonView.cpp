// SPDX-License-Identifier: MIT
#include "graph/JsonView.h"

#include <algorithm>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

const char *skipSpace(const char *at, const char *end)
{
    while (at < end && isJsonSpace(*at))
        ++at;
    return at;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Eight bytes at a time ("SWAR"): strings are most of a Graph page, and a word without any byte
// of interest is passed in a handful of instructions instead of eight rounds of comparisons.
constexpr quint64 EachByte = 0x0101010101010101ULL;
constexpr quint64 HighBits = 0x8080808080808080ULL;

quint64 loadWord(const char *at)
{
    quint64 word;
    std::memcpy(&word, at, sizeof word);
    return word;
}

/** Non-zero when a byte of @p word is @p byte (may also flag bytes after a match). */
constexpr quint64 hasByte(quint64 word, char byte)
{
    const quint64 x = word ^ (EachByte * static_cast<unsigned char>(byte));
    return (x - EachByte) & ~x & HighBits;
}

/** Non-zero when a byte of @p word ends or interrupts a plain run of string text. */
constexpr quint64 hasStringSpecial(quint64 word)
{
    const quint64 control = (word - EachByte * 0x20) & ~word; // a byte below 0x20
    return (hasByte(word, '"') | hasByte(word, '\\') | control | word) & HighBits;
}

/** Just past the closing quote of the string whose opening quote is at @p at (validated text). */
const char *afterString(const char *at, const char *end)
{
    // memchr is vectorised by the C library: faster here than a word-at-a-time loop, because
    // escapes are rare and the next quote is usually the end.
    const char *first = at + 1;
    const char *quote = first;
    for (;;) {
        quote = static_cast<const char *>(std::memchr(quote, '"', std::size_t(end - quote)));
        if (!quote)
            return end; // only for text that was not validated
        // A quote is escaped when an odd number of backslashes stands right before it.
        const char *backslashes = quote;
        while (backslashes > first && backslashes[-1] == '\\')
            --backslashes;
        if (((quote - backslashes) & 1) == 0)
            return quote + 1;
        ++quote;
    }
}

/** Just past the value starting at @p at (validated text). */
const char *afterValue(const char *at, const char *end)
{
    switch (*at) {
    case '"':
        return afterString(at, end);
    case '{':
    case '[': {
        int depth = 0;
        while (at < end) {
            const char c = *at;
            if (c == '"') {
                at = afterString(at, end);
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return at + 1;
            }
            ++at;
        }
        return end;
    }
    default: // number or literal
        while (at < end && *at != ',' && *at != ']' && *at != '}' && !isJsonSpace(*at))
            ++at;
        return at;
    }
}

/** Strict recursive-descent check of RFC 8259 text. */
class Checker
{
public:
    Checker(const char *begin, const char *end)
        : m_begin(begin)
        , m_at(begin)
        , m_end(end)
    {
    }

    bool document()
    {
        m_at = skipSpace(m_at, m_end);
        if (!value(0))
            return false;
        m_at = skipSpace(m_at, m_end);
        return m_at == m_end || fail("text after the value");
    }

    QString error() const { return m_error; }
    const char *at() const { return m_at; }

private:
    bool fail(const char *what)
    {
        if (m_error.isEmpty())
            m_error = u"%1 at byte %2"_s.arg(QLatin1StringView(what)).arg(m_at - m_begin);
        return false;
    }

    bool value(int depth)
    {
        if (m_at >= m_end)
            return fail("value expected");
        switch (*m_at) {
        case '"':
            return string();
        case '{':
            return container(depth + 1, true);
        case '[':
            return container(depth + 1, false);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    /** An object's or array's entries, separated by commas, up to the closing bracket. */
    bool container(int depth, bool isObject)
    {
        if (depth > JsonView::MaxDepth)
            return fail("nesting too deep");
        const char close = isObject ? '}' : ']';
        m_at = skipSpace(m_at + 1, m_end);
        if (m_at < m_end && *m_at == close) {
            ++m_at;
            return true;
        }
        for (;;) {
            if (!(isObject ? member(depth) : value(depth)))
                return false;
            m_at = skipSpace(m_at, m_end);
            if (m_at < m_end && *m_at == ',') {
                m_at = skipSpace(m_at + 1, m_end);
                continue;
            }
            if (m_at < m_end && *m_at == close) {
                ++m_at;
                return true;
            }
            return fail(isObject ? "',' or '}' expected" : "',' or ']' expected");
        }
    }

    /** "name": value */
    bool member(int depth)
    {
        if (m_at >= m_end || *m_at != '"')
            return fail("member name expected");
        if (!string())
            return false;
        m_at = skipSpace(m_at, m_end);
        if (m_at >= m_end || *m_at != ':')
            return fail("':' expected");
        m_at = skipSpace(m_at + 1, m_end);
        return value(depth);
    }

    bool literal(const char *word)
    {
        const std::size_t length = std::strlen(word);
        if (std::size_t(m_end - m_at) < length || std::memcmp(m_at, word, length) != 0)
            return fail("invalid literal");
        m_at += length;
        return true;
    }

    bool digits()
    {
        const char *start = m_at;
        while (m_at < m_end && isDigit(*m_at))
            ++m_at;
        return m_at > start;
    }

    bool number()
    {
        const char *start = m_at;
        if (!numberSyntax())
            return false;
        // Like QJsonDocument: a number beyond a double's range is an error, not infinity.
        bool inRange = false;
        QByteArrayView(start, m_at - start).toDouble(&inRange);
        return inRange || fail("number out of range");
    }

    bool numberSyntax()
    {
        if (m_at < m_end && *m_at == '-')
            ++m_at;
        if (m_at < m_end && *m_at == '0')
            ++m_at;
        else if (!(m_at < m_end && *m_at >= '1' && *m_at <= '9' && digits()))
            return fail("invalid value");
        if (m_at < m_end && *m_at == '.') {
            ++m_at;
            if (!digits())
                return fail("digit expected after '.'");
        }
        if (m_at < m_end && (*m_at == 'e' || *m_at == 'E')) {
            ++m_at;
            if (m_at < m_end && (*m_at == '+' || *m_at == '-'))
                ++m_at;
            if (!digits())
                return fail("digit expected in exponent");
        }
        return true;
    }

    bool string()
    {
        ++m_at; // the opening quote
        for (;;) {
            // Plain ASCII runs are the common case.
            while (m_end - m_at >= 8 && !hasStringSpecial(loadWord(m_at)))
                m_at += 8;
            while (m_at < m_end) {
                const auto c = static_cast<unsigned char>(*m_at);
                if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\')
                    break;
                ++m_at;
            }
            if (m_at >= m_end)
                return fail("unterminated string");
            const auto c = static_cast<unsigned char>(*m_at);
            if (c == '"') {
                ++m_at;
                return true;
            }
            if (c == '\\') {
                if (!escape())
                    return false;
                continue;
            }
            if (c < 0x20)
                return fail("control character in string");
            if (!utf8Sequence())
                return false;
        }
    }

    bool escape()
    {
        if (m_end - m_at < 2)
            return fail("unterminated string");
        switch (m_at[1]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            m_at += 2;
            return true;
        case 'u':
            if (m_end - m_at < 6)
                return fail("invalid \\u escape");
            for (int i = 2; i < 6; ++i) {
                if (hexValue(m_at[i]) < 0)
                    return fail("invalid \\u escape");
            }
            m_at += 6;
            return true;
        default:
            return fail("invalid escape");
        }
    }

    /** One multi-byte UTF-8 character: no overlong forms, no surrogates, nothing past U+10FFFF. */
    bool utf8Sequence()
    {
        const auto lead = static_cast<unsigned char>(*m_at);
        int continuation = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuation = 2;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuation = 3;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return fail("invalid UTF-8");
        }
        if (m_end - m_at <= continuation)
            return fail("invalid UTF-8");
        for (int i = 1; i <= continuation; ++i) {
            const auto c = static_cast<unsigned char>(m_at[i]);
            // Only the first continuation byte has the narrowed range.
            if (c < (i == 1 ? low : 0x80) || c > (i == 1 ? high : 0xBF))
                return fail("invalid UTF-8");
        }
        m_at += continuation + 1;
        return true;
    }

    const char *m_begin;
    const char *m_at;
    const char *m_end;
    QString m_error;
};

JsonView::Type typeOf(char first)
{
    switch (first) {
    case '"':
        return JsonView::Type::String;
    case '{':
        return JsonView::Type::Object;
    case '[':
        return JsonView::Type::Array;
    case 't':
    case 'f':
        return JsonView::Type::Bool;
    case 'n':
        return JsonView::Type::Null;
    default:
        return JsonView::Type::Number;
    }
}

} // namespace

JsonView JsonView::parse(QByteArrayView text, QString *error)
{
    Checker checker(text.data(), text.data() + text.size());
    if (!checker.document()) {
        if (error)
            *error = checker.error();
        return {};
    }
    if (error)
        error->clear();
    return fromValidated(text);
}

JsonView JsonView::fromValidated(QByteArrayView text)
{
    const char *begin = skipSpace(text.data(), text.data() + text.size());
    const char *end = text.data() + text.size();
    while (end > begin && isJsonSpace(end[-1]))
        --end;
    if (begin >= end)
        return {};
    return JsonView(typeOf(*begin), QByteArrayView(begin, end - begin));
}

JsonView JsonView::at(const char *at, const char *end)
{
    const char *valueEnd = afterValue(at, end);
    return JsonView(typeOf(*at), QByteArrayView(at, valueEnd - at));
}

QString JsonView::toString() const
{
    if (m_type != Type::String)
        return {};
    const QByteArrayView inner = stringBytes();
    const char *at = inner.data();
    const char *end = at + inner.size();
    const char *backslash = static_cast<const char *>(std::memchr(at, '\\', std::size_t(inner.size())));
    if (!backslash)
        return QString::fromUtf8(inner);
    QString out;
    out.reserve(inner.size());
    while (backslash) {
        out += QString::fromUtf8(QByteArrayView(at, backslash - at));
        const char code = backslash[1];
        at = backslash + 2;
        switch (code) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u': {
            // UTF-16 code units as they are: a surrogate pair arrives as two escapes.
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i)
                unit = char16_t(unit * 16 + hexValue(at[i]));
            out += QChar(unit);
            at += 4;
            break;
        }
        default: // '"', '\\', '/'
            out += QLatin1Char(code);
            break;
        }
        backslash = static_cast<const char *>(std::memchr(at, '\\', std::size_t(end - at)));
    }
    out += QString::fromUtf8(QByteArrayView(at, end - at));
    return out;
}

bool JsonView::equals(QLatin1StringView value) const
{
    if (m_type != Type::String)
        return false;
    const QByteArrayView inner = stringBytes();
    const bool plain = !inner.contains('\\')
        && std::all_of(value.begin(), value.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (plain)
        return inner.size() == value.size() && std::memcmp(inner.data(), value.data(), std::size_t(inner.size())) == 0;
    return toString() == value;
}

bool JsonView::isEmptyContainer() const
{
    if (m_type != Type::Array && m_type != Type::Object)
        return false;
    const char *end = m_text.data() + m_text.size();
    const char *first = skipSpace(m_text.data() + 1, end);
    return first == end - 1;
}

JsonView JsonView::member(QLatin1StringView key) const
{
    JsonMembers members(*this);
    while (members.next()) {
        if (members.key().equals(key))
            return members.value();
    }
    return {};
}

namespace {

/** Past whitespace and one separating comma: whether another entry starts before @p end. */
bool toNextEntry(const char *&at, const char *end)
{
    if (!at)
        return false;
    at = skipSpace(at, end);
    if (at < end && *at == ',')
        at = skipSpace(at + 1, end);
    return at < end;
}

} // namespace

JsonView JsonView::take(const char *&at, const char *end)
{
    const JsonView value = JsonView::at(at, end);
    at = value.m_text.data() + value.m_text.size();
    return value;
}

bool JsonView::inside(Type type, const char *&first, const char *&closing) const
{
    if (m_type != type)
        return false;
    first = m_text.data() + 1;
    closing = m_text.data() + m_text.size() - 1;
    return true;
}

JsonMembers::JsonMembers(JsonView object)
{
    object.inside(JsonView::Type::Object, m_at, m_end);
}

bool JsonMembers::next()
{
    if (!toNextEntry(m_at, m_end) || *m_at != '"')
        return false;
    m_key = JsonView::take(m_at, m_end);
    m_at = skipSpace(m_at, m_end);
    if (m_at >= m_end || *m_at != ':')
        return false; // only for text that was not validated
    m_at = skipSpace(m_at + 1, m_end);
    if (m_at >= m_end)
        return false;
    m_value = JsonView::take(m_at, m_end);
    return true;
}

JsonElements::JsonElements(JsonView array)
{
    array.inside(JsonView::Type::Array, m_at, m_end);
}

bool JsonElements::next()
{
    if (!toNextEntry(m_at, m_end))
        return false;
    m_value = JsonView::take(m_at, m_end);
    return true;
}

