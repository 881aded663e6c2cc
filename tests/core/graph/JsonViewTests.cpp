// SPDX-License-Identifier: MIT
// JsonView against QJsonDocument: whatever JsonView accepts must read exactly as Qt's parser
// reads it, over generated documents in several spellings and over random corruptions of them.
#include "CatchQt.h"

#include "graph/JsonView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace {

/** What a view holds, as a QJsonValue, through nothing but JsonView's own accessors. */
QJsonValue toQJson(const JsonView &view)
{
    switch (view.type()) {
    case JsonView::Type::Null:
        return QJsonValue::Null;
    case JsonView::Type::Bool:
        return view.toBool();
    case JsonView::Type::Number:
        return QJsonDocument::fromJson("[" + view.text().toByteArray() + "]").array().first();
    case JsonView::Type::String:
        return view.toString();
    case JsonView::Type::Array: {
        QJsonArray array;
        JsonElements elements(view);
        while (elements.next())
            array.append(toQJson(elements.value()));
        return array;
    }
    case JsonView::Type::Object: {
        QJsonObject object;
        JsonMembers members(view);
        while (members.next())
            object.insert(members.key().toString(), toQJson(members.value()));
        return object;
    }
    case JsonView::Type::Invalid:
        break;
    }
    return QJsonValue::Undefined;
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

TEST_CASE("JsonView: reads generated documents exactly as QJsonDocument does", "[core][graph][json]")
{
    QRandomGenerator random(20261125);
    for (int round = 0; round < 400; ++round) {
        const QJsonValue value = random.bounded(2) ? randomValue(random, 0).toArray() : randomValue(random, 0);
        const QJsonDocument document
            = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(QJsonObject {{u"v"_s, value}});
        const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        const QByteArray texts[] = {document.toJson(QJsonDocument::Compact), document.toJson(QJsonDocument::Indented),
            respell(root, random)};
        for (const QByteArray &text : texts) {
            QString error;
            const JsonView view = JsonView::parse(text, &error);
            INFO(text.toStdString());
            REQUIRE(view.isValid());
            CHECK(error.isEmpty());
            CHECK(toQJson(view) == root);
        }
    }
}

TEST_CASE("JsonView: accepts a corrupted document only when QJsonDocument reads it the same", "[core][graph][json]")
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
        const JsonView view = JsonView::parse(text);
        if (!view.isValid() || !(view.isArray() || view.isObject())) {
            ++refused;
            continue;
        }
        ++accepted;
        QJsonParseError error;
        const QJsonDocument expected = QJsonDocument::fromJson(text, &error);
        INFO(text.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        CHECK(toQJson(view) == (expected.isArray() ? QJsonValue(expected.array()) : QJsonValue(expected.object())));
    }
    // Both outcomes must really have been exercised.
    CHECK(accepted > 100);
    CHECK(refused > 1000);
}

TEST_CASE("JsonView: refuses what is not JSON and says where", "[core][graph][json]")
{
    const QByteArray invalid[] = {"", "  ", "[1,]", "{\"a\" 1}", "{\"a\":1,}", "[01]", "[1.]", "[-]", "[1e]",
        "[.5]", "[tru]", "[nul]", "{} x", "[\"a]", "[\"\\x\"]", "[\"\\u12G4\"]", "[\"a\x01\"]", "[\"\xc0\x80\"]",
        "[\"\xed\xa0\x80\"]", "[\"\xf5\x80\x80\x80\"]", "[\"\xe2\x82\"]", "{1:2}", "[1 2]", "[\"\xff\"]",
        QByteArray(JsonView::MaxDepth + 1, '[') + QByteArray(JsonView::MaxDepth + 1, ']')};
    for (const QByteArray &text : invalid) {
        INFO(text.toStdString());
        QString error;
        CHECK_FALSE(JsonView::parse(text, &error).isValid());
        CHECK(error.contains(u"at byte"_s));
    }
    const QByteArray deepest = QByteArray(JsonView::MaxDepth, '[') + QByteArray(JsonView::MaxDepth, ']');
    CHECK(JsonView::parse(deepest).isArray());
    CHECK(JsonView::parse(" 12.5e-3 ").type() == JsonView::Type::Number);
}

TEST_CASE("JsonView: finds members and compares strings without decoding", "[core][graph][json]")
{
    const QByteArray text = R"( {"id":"1","name":"\u00c5sa \"Ö\"","empty":[ ],"list":[{"a":"}"}],"t":true,"f":false,
        "n":null,"esc\u0061ped":"Guest","plain":"Guest"} )";
    const JsonView page = JsonView::parse(text);
    REQUIRE(page.isObject());
    CHECK(page.member("name"_L1).toString() == u"Åsa \"Ö\""_s);
    CHECK(page.member("name"_L1).stringBytes() == R"(\u00c5sa \"Ö\")");
    CHECK(page.member("empty"_L1).isEmptyContainer());
    CHECK_FALSE(page.member("list"_L1).isEmptyContainer());
    CHECK(page.member("list"_L1).text() == R"([{"a":"}"}])");
    CHECK(page.member("t"_L1).toBool());
    CHECK_FALSE(page.member("f"_L1).toBool());
    CHECK(page.member("n"_L1).isNull());
    CHECK(page.member("escaped"_L1).equals("Guest"_L1)); // the name is compared decoded
    CHECK(page.member("plain"_L1).equals("Guest"_L1));
    CHECK_FALSE(page.member("plain"_L1).equals("Gues"_L1));
    CHECK_FALSE(page.member("missing"_L1).isValid());
    CHECK_FALSE(page.member("id"_L1).member("x"_L1).isValid()); // not an object
    CHECK(page.member("id"_L1).toBool() == false);
    CHECK(page.member("t"_L1).toString().isEmpty()); // not a string

    JsonElements none(page); // an object is no array
    CHECK_FALSE(none.next());
    CHECK_FALSE(JsonView().isValid());
}
