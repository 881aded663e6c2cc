// SPDX-License-Identifier: MIT
// JsonText against QJsonDocument: whatever simdjson's validating parser accepts must read, through
// the On-Demand reading the readers use, exactly as Qt's parser reads it, over generated documents
// in several spellings and over random corruptions of them.
#include "CatchQt.h"

#include "graph/GraphPage.h"
#include "graph/JsonRead.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace {

/** What @p value holds, as a QJsonValue, through nothing but On-Demand reading. */
QJsonValue toQJson(simdjson::ondemand::value &value)
{
    using simdjson::ondemand::json_type;
    switch (JsonRead::typeOf(value)) {
    case json_type::null:
        return QJsonValue::Null;
    case json_type::boolean:
        return JsonRead::isTrue(value);
    case json_type::number: {
        // Through Qt's own parser, which keeps integral numbers as integers.
        const std::string_view token = value.raw_json_token();
        return QJsonDocument::fromJson("[" + QByteArray(token.data(), qsizetype(token.size())) + "]").array().first();
    }
    case json_type::string:
        return JsonRead::string(value);
    case json_type::array: {
        QJsonArray array;
        simdjson::ondemand::array elements;
        if (value.get_array().get(elements) != simdjson::SUCCESS)
            return QJsonValue::Undefined;
        for (auto next : elements) {
            simdjson::ondemand::value element;
            if (std::move(next).get(element) != simdjson::SUCCESS)
                return QJsonValue::Undefined;
            array.append(toQJson(element));
        }
        return array;
    }
    case json_type::object: {
        QJsonObject object;
        simdjson::ondemand::object members;
        if (value.get_object().get(members) != simdjson::SUCCESS)
            return QJsonValue::Undefined;
        for (auto next : members) {
            simdjson::ondemand::field member;
            std::string_view name;
            if (std::move(next).get(member) != simdjson::SUCCESS || member.unescaped_key().get(name) != simdjson::SUCCESS)
                return QJsonValue::Undefined;
            object.insert(QString::fromUtf8(name.data(), qsizetype(name.size())), toQJson(member.value()));
        }
        return object;
    }
    }
    return QJsonValue::Undefined;
}

/**
 * Whether two values hold the same: compared as variants, because QJsonObject's own == compares
 * members by position, and Qt orders the keys of a parsed object differently from inserted ones
 * when a key holds characters beyond U+FFFF.
 */
bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    return a.toVariant() == b.toVariant();
}

/** The document @p text holds (an array or object), read On-Demand. */
QJsonValue readOnDemand(const JsonText &text)
{
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document document;
    if (!JsonRead::iterate(parser, text, document))
        return QJsonValue::Undefined;
    simdjson::ondemand::value root;
    if (document.get_value().get(root) != simdjson::SUCCESS)
        return QJsonValue::Undefined;
    return toQJson(root);
}

/** Names and addresses as a directory holds them, and the characters JSON must escape. */
QString randomText(QRandomGenerator &random)
{
    static const QList<QString> pieces {u"Anna"_s, u"Åsa Öberg"_s, u"ß"_s, u"Zoë"_s, u"\""_s, u"\\"_s, u"/"_s,
        u"\n"_s, u"\t"_s, u"\u0001"_s, u"😀"_s, u"日本"_s, u"@"_s, u" "_s, u"x.y+z@kvarnby.se"_s, u""_s,
        u"\u00e9"_s, u"e\u0301"_s};
    QString text;
    const int count = int(random.bounded(5));
    for (int i = 0; i < count; ++i)
        text += pieces.at(random.bounded(int(pieces.size())));
    return text;
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    const int kind = int(random.bounded(depth > 3 ? 5 : 7));
    switch (kind) {
    case 0:
        return QJsonValue::Null;
    case 1:
        return random.bounded(2) == 1;
    case 2:
        return double(random.bounded(2000000)) - 1000000.0;
    case 3:
        return random.bounded(1000) / 8.0;
    case 4:
        return randomText(random);
    case 5: {
        QJsonArray array;
        const int count = int(random.bounded(5));
        for (int i = 0; i < count; ++i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        const int count = int(random.bounded(6));
        for (int i = 0; i < count; ++i)
            object.insert(randomText(random) + QString::number(i), randomValue(random, depth + 1));
        return object;
    }
    }
}

/** Another valid spelling: random whitespace, "\/", and \uXXXX escapes for any character. */
QByteArray respell(const QJsonValue &value, QRandomGenerator &random)
{
    const auto space = [&random]() -> QByteArray {
        static const QByteArray spaces[] = {"", " ", "\n", "\r\n\t", "  "};
        return spaces[random.bounded(5)];
    };
    const auto string = [&random](const QString &text) -> QByteArray {
        QByteArray out = "\"";
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u == u'"' || u == u'\\') {
                out += '\\';
                out += char(u);
            } else if (u == u'/' && random.bounded(2)) {
                out += "\\/";
            } else if (u < 0x20 || c.isSurrogate() || random.bounded(4) == 0) {
                out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
            } else {
                out += QString(c).toUtf8();
            }
        }
        return out.append('"');
    };
    switch (value.type()) {
    case QJsonValue::Array: {
        QByteArray out = QByteArray("[").append(space());
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',').append(space());
            out.append(respell(array.at(i), random)).append(space());
        }
        return out.append(']');
    }
    case QJsonValue::Object: {
        QByteArray out = QByteArray("{").append(space());
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it != object.begin())
                out.append(',').append(space());
            out.append(string(it.key())).append(space()).append(':').append(space());
            out.append(respell(it.value(), random)).append(space());
        }
        return out.append('}');
    }
    case QJsonValue::String:
        return string(value.toString());
    default:
        return QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).sliced(1).chopped(1);
    }
}

} // namespace

TEST_CASE("JsonText: reads generated documents exactly as QJsonDocument does", "[core][graph][json]")
{
    QRandomGenerator random(20261125);
    for (int round = 0; round < 400; ++round) {
        const QJsonValue value = random.bounded(2) ? randomValue(random, 0).toArray() : randomValue(random, 0);
        const QJsonDocument document
            = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(QJsonObject {{u"v"_s, value}});
        const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        const QByteArray texts[] = {document.toJson(QJsonDocument::Compact), document.toJson(QJsonDocument::Indented),
            respell(root, random)};
        for (QByteArray text : texts) {
            QString error;
            const JsonText json = JsonText::padded(text);
            INFO(text.toStdString());
            REQUIRE(json.isValid(&error));
            CHECK(error.isEmpty());
            CHECK(sameJson(readOnDemand(json), root));
        }
    }
}

TEST_CASE("JsonText: accepts a corrupted document only when QJsonDocument reads it the same", "[core][graph][json]")
{
    QRandomGenerator random(7);
    int accepted = 0;
    int refused = 0;
    static const char noise[] = "{}[]\",:\\ 0-1.eEtruefalsnul\x01\xc3";
    for (int round = 0; round < 3000; ++round) {
        QByteArray text = QJsonDocument(QJsonArray {randomValue(random, 1)}).toJson(QJsonDocument::Compact);
        const int edits = 1 + int(random.bounded(3));
        for (int i = 0; i < edits && !text.isEmpty(); ++i) {
            const int at = int(random.bounded(int(text.size())));
            switch (random.bounded(3)) {
            case 0:
                text.remove(at, 1);
                break;
            case 1:
                text.insert(at, noise[random.bounded(int(sizeof noise - 1))]);
                break;
            default:
                text[at] = noise[random.bounded(int(sizeof noise - 1))];
                break;
            }
        }
        const JsonText json = JsonText::padded(text);
        // QJsonDocument takes only arrays and objects at the top.
        const QByteArray first = text.trimmed().left(1);
        if (!json.isValid() || (first != "[" && first != "{")) {
            ++refused;
            continue;
        }
        ++accepted;
        QJsonParseError error;
        const QJsonDocument expected = QJsonDocument::fromJson(text, &error);
        INFO(text.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        CHECK(sameJson(readOnDemand(json), expected.isArray() ? QJsonValue(expected.array()) : QJsonValue(expected.object())));
    }
    // Both outcomes must really have been exercised.
    CHECK(accepted > 100);
    CHECK(refused > 1000);
}

TEST_CASE("JsonText: refuses what is not JSON and says why", "[core][graph][json]")
{
    const QByteArray invalid[] = {"", "  ", "[1,]", "{\"a\" 1}", "{\"a\":1,}", "[01]", "[1.]", "[-]", "[1e]",
        "[.5]", "[tru]", "[nul]", "{} x", "[\"a]", "[\"\\x\"]", "[\"\\u12G4\"]", "[\"a\x01\"]", "[\"\xc0\x80\"]",
        "[\"\xed\xa0\x80\"]", "[\"\xf5\x80\x80\x80\"]", "[\"\xe2\x82\"]", "{1:2}", "[1 2]", "[\"\xff\"]",
        "{\"unread\": [tru], \"value\": []}", "[1e400]", "[1] x", "[1]]", "{\"a\":[1,{\"b\":nul}]}", "\"a\" \"b\"",
        "{\"a\":1}{}",
        QByteArray(JsonText::MaxDepth + 1, '[') + QByteArray(JsonText::MaxDepth + 1, ']')};
    for (QByteArray text : invalid) {
        INFO(text.toStdString());
        QString error;
        CHECK_FALSE(JsonText::padded(text).isValid(&error));
        CHECK_FALSE(error.isEmpty());
    }
    QByteArray deepest = QByteArray(JsonText::MaxDepth, '[') + QByteArray(JsonText::MaxDepth, ']');
    CHECK(JsonText::padded(deepest).isValid());
    QByteArray number = " 12.5e-3 ";
    CHECK(JsonText::padded(number).isValid());
    // RFC 8259 leaves the range of numbers to the reader: too large is refused (above), too
    // small reads as 0 (QJsonDocument refuses both). No Graph property we read is a number.
    QByteArray tiny = "[6e-8902]";
    CHECK(JsonText::padded(tiny).isValid());
}

TEST_CASE("JsonText: gives the parser its padding without changing the text", "[core][graph][json]")
{
    QByteArray exact(100, 'x');
    exact.squeeze();
    const QByteArray before = exact;
    CHECK(JsonText::ofPadded(exact).isEmpty()); // no room after the text yet
    const JsonText padded = JsonText::padded(exact);
    CHECK(exact == before);
    CHECK(padded.bytes() == before);
    CHECK(padded.capacity() >= padded.size() + JsonText::Padding);
    CHECK(JsonText::ofPadded(exact).data() == padded.data()); // no second copy

    // Room before the bytes (after a removal at the front) is no room after them.
    QByteArray shifted(200, 'y');
    shifted.squeeze();
    shifted.remove(0, 100);
    const JsonText afterRemoval = JsonText::padded(shifted);
    CHECK(afterRemoval.bytes() == QByteArray(100, 'y'));
    CHECK(afterRemoval.capacity() >= afterRemoval.size() + JsonText::Padding);
}

TEST_CASE("GraphPage: finds the items and the links wherever the page puts them", "[core][graph][json]")
{
    const QByteArray bodies[] = {
        R"({"@odata.nextLink":"https://graph/next?a=1&b=\u00e5","value":[{"id":"1"},{"id":"2","x":[{"a":"]"}]}]})",
        R"({"value":[{"id":"1"},{"id":"2","x":[{"a":"]"}]}],"@odata.deltaLink":"https://graph/delta","other":{}})",
        R"({"\u0076alue":[{"id":"1"},{"id":"2","x":[{"a":"]"}]}]})",
    };
    for (const QByteArray &body : bodies) {
        INFO(body.toStdString());
        const GraphResponse response
            = GraphResponse::fromHttp(200, {{"Content-Type", "application/json"}}, body, true);
        REQUIRE(response.ok());
        const GraphPage page = GraphPage::read(response, true);
        CHECK(page.rawItems.bytes() == R"([{"id":"1"},{"id":"2","x":[{"a":"]"}]}])");
        CHECK(page.rawItems.capacity() >= page.rawItems.size() + JsonText::Padding);
        if (body.contains("nextLink"))
            CHECK(page.nextLink == u"https://graph/next?a=1&b=å"_s);
        if (body.contains("deltaLink"))
            CHECK(page.deltaLink == u"https://graph/delta"_s);
    }
    const GraphResponse broken
        = GraphResponse::fromHttp(200, {{"Content-Type", "application/json"}}, R"({"value":[{"id":"1"})", true);
    CHECK(broken.error.kind == GraphError::Kind::MalformedResponse);
    CHECK(GraphPage::read(broken, true).rawItems.isEmpty());
}
