// SPDX-License-Identifier: MIT
// BulkCsvImport: the file formats admins really bring (Excel with ',' or ';', BOM, CRLF, quotes)
// and every problem the validation report lists, with the line to fix.
#include "CatchQt.h"

#include "BulkTestUsers.h"

#include "bulk/BulkCsvImport.h"

#include <QStringEncoder>

using namespace Qt::Literals::StringLiterals;
using Kind = BulkCsvImport::ProblemKind;
using Malformation = BulkCsvImport::Malformation;
using FailureKind = PasswordRuleFailure::Kind;

namespace {

const QString tenant = u"Contoso"_s;

QList<DirectoryUser> staff()
{
    using BulkTestUsers::user;
    return {
        user({u"3f2a9c1e-0000-4000-8000-000000000001"_s, u"Anna Andersson"_s, u"anna@contoso.se"_s}),
        user({u"3f2a9c1e-0000-4000-8000-000000000002"_s, u"Björn Berg"_s, u"bjorn@contoso.se"_s}),
        user({u"3f2a9c1e-0000-4000-8000-000000000003"_s, u"Cecilia Ek"_s, u"cecilia@contoso.se"_s}),
        user({.id = u"3f2a9c1e-0000-4000-8000-000000000004"_s,
            .displayName = u"Weak Wille"_s,
            .upn = u"wille@contoso.se"_s,
            .passwordPolicies = u"DisableStrongPassword"_s}),
    };
}

BulkCsvImport::Result read(const QByteArray &csv)
{
    return BulkCsvImport::read(csv, staff(), tenant);
}

QStringList upns(const BulkCsvImport::Result &result)
{
    QStringList list;
    for (const BulkTarget &target : result.targets)
        list.append(target.user.userPrincipalName());
    return list;
}

QList<int> lines(const BulkCsvImport::Result &result)
{
    QList<int> list;
    for (const BulkTarget &target : result.targets)
        list.append(target.line);
    return list;
}

} // namespace

TEST_CASE("BulkCsvImport: reads comma-separated rows under a header with optional passwords", "[bulk][csv]")
{
    const auto result = read("userPrincipalName,password\n"
                             "anna@contoso.se,Kx7#mPq4&tRw\n"
                             "bjorn@contoso.se\n"
                             "cecilia@contoso.se, \n");
    CHECK(result.problems.isEmpty());
    CHECK(result.ok());
    CHECK(result.rowCount == 3);
    CHECK(upns(result) == QStringList {u"anna@contoso.se"_s, u"bjorn@contoso.se"_s, u"cecilia@contoso.se"_s});
    CHECK(lines(result) == QList<int> {2, 3, 4});
    REQUIRE(result.targets.size() == 3);
    CHECK(result.targets.at(0).password.reveal() == u"Kx7#mPq4&tRw"_s);
    CHECK(result.targets.at(0).user.displayName() == u"Anna Andersson"_s);
    CHECK(result.targets.at(1).password.isEmpty());
    CHECK(result.targets.at(2).password.isEmpty()); // a stray space is no password
}

TEST_CASE("BulkCsvImport: reads Swedish Excel files with a BOM and semicolons and CRLF", "[bulk][csv]")
{
    // A comma inside an unquoted password is no separator in a ';' file.
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Anv\xC3\xA4ndarnamn;L\xC3\xB6senord\r\n"
                           "anna@contoso.se;Kx7#m,Pq4&tRw\r\n"
                           "bjorn@contoso.se;\r\n";
    const auto result = read(csv);
    CHECK(result.problems.isEmpty());
    CHECK(result.rowCount == 2);
    CHECK(upns(result) == QStringList {u"anna@contoso.se"_s, u"bjorn@contoso.se"_s});
    CHECK(lines(result) == QList<int> {2, 3});
    REQUIRE(result.targets.size() == 2);
    CHECK(result.targets.at(0).password.reveal() == u"Kx7#m,Pq4&tRw"_s);
}

TEST_CASE("BulkCsvImport: the separator is the first one on the first row outside quotes", "[bulk][csv]")
{
    // Comma file whose first password holds a semicolon; the header is quoted and holds both.
    const auto comma = read("\"upn;x\",password\nanna@contoso.se,Kx7#m;Pq4&tRw\n");
    REQUIRE(comma.problems.size() == 1); // "upn;x" is no header name: it is a user nobody has
    CHECK(comma.problems.at(0).kind == Kind::UnknownUser);
    CHECK(comma.problems.at(0).value == u"upn;x"_s);
    REQUIRE(comma.targets.size() == 1);
    CHECK(comma.targets.at(0).password.reveal() == u"Kx7#m;Pq4&tRw"_s);

    // Blank lines before the first row do not decide anything.
    const auto semicolon = read("\n   \nanna@contoso.se;Kx7#m,Pq4&tRw\n");
    CHECK(semicolon.problems.isEmpty());
    REQUIRE(semicolon.targets.size() == 1);
    CHECK(semicolon.targets.at(0).line == 3);
    CHECK(semicolon.targets.at(0).password.reveal() == u"Kx7#m,Pq4&tRw"_s);
}

TEST_CASE("BulkCsvImport: without a header the first row is data on line 1", "[bulk][csv]")
{
    const auto result = read("bjorn@contoso.se\ncecilia@contoso.se");
    CHECK(result.ok());
    CHECK(result.rowCount == 2);
    CHECK(lines(result) == QList<int> {1, 2});

    // Every header name is recognised in any letter case; only on the first row.
    for (const char *header : {"UPN", "user", "ID", "objectid", "USERPRINCIPALNAME", "anv\xC3\xA4ndarnamn"}) {
        INFO(header);
        const auto headed = read(QByteArray(header) + ",password\r\nbjorn@contoso.se\r\n");
        CHECK(headed.ok());
        CHECK(headed.rowCount == 1);
        CHECK(lines(headed) == QList<int> {2});
    }
    const auto late = read("bjorn@contoso.se\nupn\n");
    REQUIRE(late.problems.size() == 1);
    CHECK(late.problems.at(0).kind == Kind::UnknownUser);
    CHECK(late.problems.at(0).line == 2);
}

TEST_CASE("BulkCsvImport: matches users by object id or by UPN in any letter case", "[bulk][csv]")
{
    const auto result = read("3F2A9C1E-0000-4000-8000-000000000002\n"
                             "  ANNA@Contoso.SE  \n"
                             "\"3f2a9c1e-0000-4000-8000-000000000003\"\n");
    CHECK(result.problems.isEmpty());
    CHECK(upns(result) == QStringList {u"bjorn@contoso.se"_s, u"anna@contoso.se"_s, u"cecilia@contoso.se"_s});
}

TEST_CASE("BulkCsvImport: RFC 4180 quotes with doubled quotes and line breaks inside", "[bulk][csv]")
{
    const auto result = read("upn,password\r\n"
                             "\"anna@contoso.se\",\"Kx7\"\"m,Pq4&t\"\r\n"
                             "\"bjorn@contoso.se\",\"Zy8\r\nwQ!v3\"\r\n"
                             " \"cecilia@contoso.se\" , \"Zy8 wQ!v3 nL\" \r\n"
                             "wille@contoso.se,ab\"c7#Lmnop\r\n");
    CHECK(result.rowCount == 4);
    // The quoted line break belongs to Björn's password (where it is not allowed): the next row
    // starts on physical line 5.
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.at(0).line == 3);
    CHECK(result.problems.at(0).kind == Kind::BadPassword);
    REQUIRE_FALSE(result.problems.at(0).passwordFailures.isEmpty());
    CHECK(result.problems.at(0).passwordFailures.at(0).kind == FailureKind::DisallowedCharacter);
    CHECK(result.problems.at(0).passwordFailures.at(0).character == u"\r"_s);
    REQUIRE(result.targets.size() == 3);
    CHECK(lines(result) == QList<int> {2, 5, 6});
    CHECK(result.targets.at(0).password.reveal() == u"Kx7\"m,Pq4&t"_s);
    // Spaces around a quoted field are not part of it; those inside are.
    CHECK(result.targets.at(1).password.reveal() == u"Zy8 wQ!v3 nL"_s);
    // A quote inside an unquoted field is an ordinary character (Excel writes such files).
    CHECK(result.targets.at(2).password.reveal() == u"ab\"c7#Lmnop"_s);
}

TEST_CASE("BulkCsvImport: blank lines and empty rows are skipped but keep the line count", "[bulk][csv]")
{
    const auto result = read("\r\n"
                             "upn;password\r\n"
                             "\r\n"
                             "   \r\n"
                             "anna@contoso.se;\r\n"
                             ";\r\n"
                             ";;;\r\n"
                             "bjorn@contoso.se;;;\r\n" // trailing empty columns from a wider sheet
                             "\r\n");
    CHECK(result.problems.isEmpty());
    CHECK(result.rowCount == 2);
    CHECK(lines(result) == QList<int> {5, 8});

    // Lone CR line ends (classic Mac Excel) count as lines too.
    const auto mac = read("upn\rbjorn@contoso.se\r\rcecilia@contoso.se\r");
    CHECK(mac.problems.isEmpty());
    CHECK(lines(mac) == QList<int> {2, 4});
}

TEST_CASE("BulkCsvImport: reports every problem kind with its line", "[bulk][csv]")
{
    const QByteArray csv = "UserPrincipalName,Password\n" // 1
                           "anna@contoso.se,Kx7#mPq4&tRw\n" // 2 fine
                           "nobody@contoso.se\n" // 3 unknown
                           "ANNA@contoso.se\n" // 4 duplicate of 2 by UPN
                           "3f2a9c1e-0000-4000-8000-000000000001\n" // 5 duplicate of 2 by id
                           "bjorn@contoso.se,Bjorn2024!x\n" // 6 contains the name
                           "cecilia@contoso.se,Ab1!\n" // 7 too short
                           "cecilia@contoso.se\n" // 8 duplicate of 7
                           "wille@contoso.se,Kx7#m,Pq4&tRw\n" // 9 three fields
                           ",Kx7#mPq4&tRw\n" // 10 no user
                           "\"wille@contoso.se\"x,Kx7#mPq4&tRw\n" // 11 text after the quote
                           "wille@contoso.se,Contoso!2024\n"; // 12 the tenant's name
    const auto result = read(csv);
    CHECK_FALSE(result.ok());
    CHECK(result.rowCount == 11);
    CHECK(upns(result) == QStringList {u"anna@contoso.se"_s});
    REQUIRE(result.problems.size() == 10);

    const auto &p = result.problems;
    CHECK(p.at(0).line == 3);
    CHECK(p.at(0).kind == Kind::UnknownUser);
    CHECK(p.at(0).value == u"nobody@contoso.se"_s);

    CHECK(p.at(1).line == 4);
    CHECK(p.at(1).kind == Kind::Duplicate);
    CHECK(p.at(1).value == u"ANNA@contoso.se"_s);
    CHECK(p.at(1).firstLine == 2);

    CHECK(p.at(2).line == 5);
    CHECK(p.at(2).kind == Kind::Duplicate);
    CHECK(p.at(2).value == u"3f2a9c1e-0000-4000-8000-000000000001"_s);
    CHECK(p.at(2).firstLine == 2);

    CHECK(p.at(3).line == 6);
    CHECK(p.at(3).kind == Kind::BadPassword);
    CHECK(p.at(3).value == u"bjorn@contoso.se"_s);
    REQUIRE(p.at(3).passwordFailures.size() == 1);
    CHECK(p.at(3).passwordFailures.at(0).kind == FailureKind::ContainsName);
    CHECK(p.at(3).passwordFailures.at(0).namePart == u"bjorn"_s);

    CHECK(p.at(4).line == 7);
    CHECK(p.at(4).kind == Kind::BadPassword);
    REQUIRE_FALSE(p.at(4).passwordFailures.isEmpty());
    CHECK(p.at(4).passwordFailures.at(0).kind == FailureKind::TooShort);
    CHECK(p.at(4).passwordFailures.at(0).count == 4);

    // The first row counts even when its password was bad.
    CHECK(p.at(5).line == 8);
    CHECK(p.at(5).kind == Kind::Duplicate);
    CHECK(p.at(5).firstLine == 7);

    CHECK(p.at(6).line == 9);
    CHECK(p.at(6).kind == Kind::Malformed);
    CHECK(p.at(6).malformation == Malformation::TooManyFields);
    CHECK(p.at(6).value == u"wille@contoso.se"_s);

    CHECK(p.at(7).line == 10);
    CHECK(p.at(7).kind == Kind::Malformed);
    CHECK(p.at(7).malformation == Malformation::EmptyUser);

    CHECK(p.at(8).line == 11);
    CHECK(p.at(8).kind == Kind::Malformed);
    CHECK(p.at(8).malformation == Malformation::TextAfterQuote);

    CHECK(p.at(9).line == 12);
    CHECK(p.at(9).kind == Kind::BadPassword);
    REQUIRE(p.at(9).passwordFailures.size() == 1);
    CHECK(p.at(9).passwordFailures.at(0).namePart == u"contoso"_s);
}

TEST_CASE("BulkCsvImport: an unclosed quote costs only its own line", "[bulk][csv]")
{
    const auto result = read("anna@contoso.se\n"
                             "\"bjorn@contoso.se,Kx7#mPq4&tRw\n"
                             "cecilia@contoso.se\n"
                             "wille@contoso.se\n");
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.at(0).line == 2);
    CHECK(result.problems.at(0).kind == Kind::Malformed);
    CHECK(result.problems.at(0).malformation == Malformation::UnclosedQuote);
    CHECK(result.rowCount == 4);
    CHECK(upns(result) == QStringList {u"anna@contoso.se"_s, u"cecilia@contoso.se"_s, u"wille@contoso.se"_s});
    CHECK(lines(result) == QList<int> {1, 3, 4});

    // On the last line, without a line break after it.
    const auto last = read("anna@contoso.se\n\"bjorn@contoso.se");
    REQUIRE(last.problems.size() == 1);
    CHECK(last.problems.at(0).line == 2);
    CHECK(last.problems.at(0).malformation == Malformation::UnclosedQuote);
    CHECK(last.targets.size() == 1);
}

TEST_CASE("BulkCsvImport: a file without user rows says so", "[bulk][csv]")
{
    for (const QByteArray &csv : {QByteArray(), QByteArray("\xEF\xBB\xBF"),
             QByteArray("upn;password\r\n\r\n"), QByteArray("\n \n;\n")}) {
        INFO(csv.toStdString());
        const auto result = read(csv);
        CHECK_FALSE(result.ok());
        CHECK(result.rowCount == 0);
        CHECK(result.targets.isEmpty());
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems.at(0).kind == Kind::NoRows);
        CHECK(result.problems.at(0).line == 0);
    }
    // Rows that all fail are rows: the report lists them, not "no rows".
    const auto unknown = read("nobody@contoso.se\n");
    REQUIRE(unknown.problems.size() == 1);
    CHECK(unknown.problems.at(0).kind == Kind::UnknownUser);
}

TEST_CASE("BulkCsvImport: users allowed weak passwords need no three character classes", "[bulk][csv]")
{
    const auto result = read("wille@contoso.se,lowercaseonly\nanna@contoso.se,lowercaseonly\n");
    REQUIRE(result.targets.size() == 1);
    CHECK(result.targets.at(0).user.userPrincipalName() == u"wille@contoso.se"_s);
    CHECK(result.targets.at(0).password.reveal() == u"lowercaseonly"_s);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.at(0).line == 2);
    REQUIRE(result.problems.at(0).passwordFailures.size() == 1);
    CHECK(result.problems.at(0).passwordFailures.at(0).kind == FailureKind::TooFewCharacterClasses);
}

TEST_CASE("BulkCsvImport: Latin-1 files from plain Excel CSV are read", "[bulk][csv]")
{
    // Swedish Excel's "CSV (semicolon)" is Windows-1252: 0xE4 is ä, not valid UTF-8.
    const auto result = read("Anv\xE4ndarnamn;L\xF6senord\r\nanna@contoso.se;Kx7#mPq4&tRw\r\n");
    CHECK(result.problems.isEmpty());
    CHECK(lines(result) == QList<int> {2});
    // A byte order mark in front of Latin-1 text is still just a byte order mark.
    const auto marked = read("\xEF\xBB\xBF"
                             "Anv\xE4ndarnamn\r\nbjorn@contoso.se\r\n");
    CHECK(marked.problems.isEmpty());
    CHECK(lines(marked) == QList<int> {2});
    // A non-ASCII password survives decoding so the rules can name the character.
    const auto accented = read("anna@contoso.se;Kx7#mPq4&t\xE5w\r\n");
    REQUIRE(accented.problems.size() == 1);
    REQUIRE(accented.problems.at(0).passwordFailures.size() == 1);
    CHECK(accented.problems.at(0).passwordFailures.at(0).kind == FailureKind::DisallowedCharacter);
    CHECK(accented.problems.at(0).passwordFailures.at(0).character == u"å"_s);
}

TEST_CASE("BulkCsvImport: Excel's Unicode Text (UTF-16 with a BOM, tab-separated) is read", "[bulk][csv]")
{
    // Excel for Windows and for Mac, in English and Swedish, save "Unicode Text" as UTF-16 with a
    // byte order mark and tabs between the cells.
    const QString sheet = u"Användarnamn\tLösenord\r\nanna@contoso.se\tKx7#mPq4&tRw\r\nbjorn@contoso.se\t\r\n"_s;
    for (const auto encoding : {QStringEncoder::Utf16LE, QStringEncoder::Utf16BE}) {
        QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(sheet);
        INFO(bytes.left(2).toHex().toStdString());
        const auto result = read(bytes);
        CHECK(result.problems.isEmpty());
        CHECK(upns(result) == QStringList {u"anna@contoso.se"_s, u"bjorn@contoso.se"_s});
        CHECK(lines(result) == QList<int> {2, 3});
        REQUIRE(result.targets.size() == 2);
        CHECK(result.targets.at(0).password.reveal() == u"Kx7#mPq4&tRw"_s);
        CHECK(result.targets.at(1).password.isEmpty());
    }
}

TEST_CASE("BulkCsvImport: Windows-1252 from plain Excel CSV keeps its euro sign and dashes", "[bulk][csv]")
{
    // English Excel for Windows writes "CSV (Comma delimited)" and Swedish Excel "CSV
    // (semikolonavgränsad)" in Windows-1252, where 0x80 is € and 0x96 an en dash (not Latin-1's
    // control characters). Microsoft 365 refuses both in a password, so the report names them.
    const auto english = read("userPrincipalName,password\r\nanna@contoso.se,Kx7#mPq4\x80tRw\r\n");
    REQUIRE(english.problems.size() == 1);
    REQUIRE(english.problems.at(0).passwordFailures.size() == 1);
    CHECK(english.problems.at(0).passwordFailures.at(0).kind == FailureKind::DisallowedCharacter);
    CHECK(english.problems.at(0).passwordFailures.at(0).character == u"€"_s);
    const auto swedish = read("Anv\xE4ndarnamn;L\xF6senord\r\nbjorn@contoso.se;Sommar\x96Regn\x96" "77x\r\n");
    REQUIRE(swedish.problems.size() == 1);
    CHECK(swedish.problems.at(0).line == 2);
    REQUIRE_FALSE(swedish.problems.at(0).passwordFailures.isEmpty());
    CHECK(swedish.problems.at(0).passwordFailures.at(0).character == u"–"_s);
}

TEST_CASE("BulkCsvImport: Mac Roman from Excel for Mac's plain CSV is read as Mac Roman", "[bulk][csv]")
{
    // Excel for Mac writes "Comma Separated Values" in Mac Roman with a CR at each line's end
    // (Excel 2011: every CSV), where 0x8A is ä, 0x9A ö and 0x8C å; read as Windows-1252 they
    // would be Š, š and Œ.
    const auto swedish = read("Anv\x8Andarnamn;L\x9Asenord\ranna@contoso.se;Kx7#mPq4&t\x8Cw\rbjorn@contoso.se;\r");
    CHECK(upns(swedish) == QStringList {u"bjorn@contoso.se"_s});
    REQUIRE(swedish.problems.size() == 1);
    CHECK(swedish.problems.at(0).line == 2);
    REQUIRE(swedish.problems.at(0).passwordFailures.size() == 1);
    CHECK(swedish.problems.at(0).passwordFailures.at(0).character == u"å"_s);
    // English: Zoë's café, and 0x81 (Å), which Windows-1252 leaves undefined.
    const auto english = read("userPrincipalName,password\ranna@contoso.se,Zo\x91" "Caf\x8E!7x\r");
    REQUIRE(english.problems.size() == 1);
    QStringList refused;
    for (const auto &failure : english.problems.at(0).passwordFailures)
        refused.append(failure.character);
    CHECK(refused.contains(u"ë"_s));
    const auto undefinedInWindows = read("userPrincipalName,password\ranna@contoso.se,Kx7#mPq4\x81tRw\r");
    REQUIRE(undefinedInWindows.problems.size() == 1);
    REQUIRE_FALSE(undefinedInWindows.problems.at(0).passwordFailures.isEmpty());
    CHECK(undefinedInWindows.problems.at(0).passwordFailures.at(0).character == u"Å"_s);
}

TEST_CASE("BulkCsvImport: a text encoding it cannot read is named once, not read as garbage", "[bulk][csv]")
{
    // UTF-32, and UTF-16 that lost its byte order mark, are not files Excel writes; reading them
    // byte by byte would report a bogus problem for every line.
    QStringEncoder utf32(QStringEncoder::Utf32LE, QStringEncoder::Flag::WriteBom);
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    const QString sheet = u"userPrincipalName\r\nanna@contoso.se\r\nbjorn@contoso.se\r\n"_s;
    for (const QByteArray &bytes : {QByteArray(utf32.encode(sheet)), QByteArray(utf16.encode(sheet))}) {
        INFO(bytes.left(4).toHex().toStdString());
        const auto result = read(bytes);
        CHECK(result.targets.isEmpty());
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems.at(0).kind == Kind::UnreadableEncoding);
        CHECK(result.problems.at(0).line == 0);
    }
}

TEST_CASE("BulkCsvImport: 100000 rows against 100000 users all match in order", "[bulk][csv]")
{
    const QList<DirectoryUser> users = DirectoryTestUsers::numbered(0, 100000);
    QByteArray csv = "userPrincipalName\r\n";
    csv.reserve(3000000);
    for (int i = 99999; i >= 0; --i) {
        // Half by UPN in capitals, half by id.
        if (i % 2)
            csv += QByteArray("USER") + QByteArray::number(i) + QByteArray("@CONTOSO.COM\r\n");
        else
            csv += QByteArray("u") + QByteArray::number(i) + QByteArray("\r\n");
    }
    const auto result = BulkCsvImport::read(csv, users, tenant);
    CHECK(result.problems.isEmpty());
    CHECK(result.rowCount == 100000);
    REQUIRE(result.targets.size() == 100000);
    CHECK(result.targets.first().user.id() == u"u99999"_s);
    CHECK(result.targets.first().line == 2);
    CHECK(result.targets.last().user.id() == u"u0"_s);
    CHECK(result.targets.last().line == 100001);
}
