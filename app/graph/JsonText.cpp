// SPDX-License-Identifier: MIT
#include "graph/JsonText.h"

#include "graph/JsonRead.h"


static_assert(JsonText::Padding == simdjson::SIMDJSON_PADDING);

namespace {

/** Allocated bytes after the text (capacity() also counts any free room before it). */
qsizetype roomAfter(const QByteArray &buffer)
{
    // Qt 6.4 has no const data_ptr(); reading the free space neither detaches nor changes it.
    return const_cast<QByteArray &>(buffer).data_ptr().freeSpaceAtEnd();
}

} // namespace

JsonText JsonText::padded(QByteArray &buffer)
{
    if (roomAfter(buffer) < Padding)
        buffer.reserve(buffer.size() + Padding);
    return ofPadded(buffer);
}

JsonText JsonText::ofPadded(const QByteArray &buffer)
{
    if (buffer.isEmpty() || roomAfter(buffer) < Padding)
        return {};
    return {buffer.constData(), buffer.size(), buffer.size() + roomAfter(buffer)};
}

JsonText JsonText::part(std::string_view inside) const
{
    const qsizetype offset = inside.data() - m_data;
    Q_ASSERT(offset >= 0 && offset + qsizetype(inside.size()) <= m_size);
    return {inside.data(), qsizetype(inside.size()), m_capacity - offset};
}

namespace {

/**
 * Reads all of @p value as its type demands, nested values included: On-Demand checks what is
 * read, so reading everything checks everything (strings' escapes, numbers, literals, commas and
 * colons; stage one already checked the UTF-8 and the brackets' pairing).
 */
/** Reads the number, string, true, false or null @p source (a value or a scalar document) holds. */
template<typename Source>
simdjson::error_code checkScalar(Source &source, simdjson::ondemand::json_type type)
{
    using simdjson::ondemand::json_type;
    switch (type) {
    case json_type::number: {
        simdjson::ondemand::number number;
        return source.get_number().get(number);
    }
    case json_type::string: {
        std::string_view text;
        return source.get_string().get(text);
    }
    case json_type::boolean: {
        bool flag = false;
        return source.get_bool().get(flag);
    }
    case json_type::null: {
        bool isNull = false;
        if (const auto error = source.is_null().get(isNull))
            return error;
        return isNull ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
    }
    case json_type::array:
    case json_type::object:
        break;
    }
    return simdjson::INCORRECT_TYPE;
}

simdjson::error_code checkValue(simdjson::ondemand::value &value, int depth)
{
    using simdjson::ondemand::json_type;
    if (depth > JsonText::MaxDepth)
        return simdjson::DEPTH_ERROR;
    json_type type = json_type::null;
    if (const auto error = value.type().get(type))
        return error;
    switch (type) {
    case json_type::array: {
        simdjson::ondemand::array elements;
        if (const auto error = value.get_array().get(elements))
            return error;
        for (auto next : elements) {
            simdjson::ondemand::value element;
            if (const auto error = std::move(next).get(element))
                return error;
            if (const auto error = checkValue(element, depth + 1))
                return error;
        }
        return simdjson::SUCCESS;
    }
    case json_type::object: {
        simdjson::ondemand::object members;
        if (const auto error = value.get_object().get(members))
            return error;
        for (auto next : members) {
            simdjson::ondemand::field member;
            std::string_view name;
            if (const auto error = std::move(next).get(member))
                return error;
            if (const auto error = member.unescaped_key().get(name))
                return error;
            if (const auto error = checkValue(member.value(), depth + 1))
                return error;
        }
        return simdjson::SUCCESS;
    }
    default:
        return checkScalar(value, type);
    }
}

/** Whether only JSON whitespace follows the root value, whose text @p root is. */
bool onlySpaceAfter(const JsonText &text, std::string_view root)
{
    const char *end = text.data() + text.size();
    for (const char *at = root.data() + root.size(); at < end; ++at) {
        if (*at != ' ' && *at != '\t' && *at != '\n' && *at != '\r')
            return false;
    }
    return true;
}

simdjson::error_code checkDocument(const JsonText &text)
{
    simdjson::ondemand::document document;
    if (!JsonRead::iterate(JsonRead::parser(), text, document))
        return simdjson::EMPTY;
    // On-Demand does not always refuse text after the root value (after an array, an object or
    // a string, it reads on no further): find where the root ends first, then go back and read
    // it all. A root scalar is read from the document itself.
    std::string_view root;
    if (const auto error = document.raw_json().get(root))
        return error;
    if (!onlySpaceAfter(text, root))
        return simdjson::TRAILING_CONTENT;
    document.rewind();
    simdjson::ondemand::json_type type = simdjson::ondemand::json_type::null;
    if (const auto error = document.type().get(type))
        return error;
    if (type != simdjson::ondemand::json_type::array && type != simdjson::ondemand::json_type::object)
        return checkScalar(document, type);
    simdjson::ondemand::value rootValue;
    if (const auto error = document.get_value().get(rootValue))
        return error;
    return checkValue(rootValue, 1);
}

} // namespace

bool JsonText::isValid(QString *error) const
{
    const simdjson::error_code code = checkDocument(*this);
    if (code == simdjson::SUCCESS)
        return true;
    // A technical detail for the log, like QJsonParseError::errorString().
    if (error)
        *error = QString::fromUtf8(simdjson::error_message(code));
    return false;
}

namespace JsonRead {

simdjson::ondemand::parser &parser()
{
    thread_local simdjson::ondemand::parser parser;
    return parser;
}

bool iterate(simdjson::ondemand::parser &parser, const JsonText &text, simdjson::ondemand::document &document)
{
    return !text.isEmpty()
        && parser.iterate(text.data(), size_t(text.size()), size_t(text.capacity())).get(document) == simdjson::SUCCESS;
}

simdjson::ondemand::json_type typeOf(simdjson::ondemand::value &value)
{
    simdjson::ondemand::json_type type = simdjson::ondemand::json_type::null;
    if (value.type().get(type) != simdjson::SUCCESS)
        return simdjson::ondemand::json_type::null;
    return type;
}

std::string_view utf8(simdjson::ondemand::value &value)
{
    std::string_view bytes;
    if (typeOf(value) != simdjson::ondemand::json_type::string || value.get_string().get(bytes) != simdjson::SUCCESS)
        return {};
    return bytes;
}

bool isTrue(simdjson::ondemand::value &value)
{
    bool result = false;
    return typeOf(value) == simdjson::ondemand::json_type::boolean && value.get_bool().get(result) == simdjson::SUCCESS
        && result;
}

} // namespace JsonRead
