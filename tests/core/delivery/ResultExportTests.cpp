// SPDX-License-Identifier: MIT
#include "CatchQt.h"

#include "CsvRows.h"
#include "DeliveryTestItems.h"

#include "delivery/ResultExport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

QList<HandoverItem> twoResults()
{
    HandoverItem ok;
    ok.displayName = u"Åsa Öberg, IT"_s;
    ok.userPrincipalName = u"asa@contoso.se"_s;
    ok.password = SecretString(u"Kx7#mPq4&tRw9e"_s);
    ok.outcome = HandoverItem::Outcome::Reset;
    HandoverItem failed;
    failed.displayName = u"=HYPERLINK(\"http://evil.example\")"_s;
    failed.userPrincipalName = u"bob@contoso.se"_s;
    failed.password = SecretString(u"-Secret42x"_s);
    failed.outcome = HandoverItem::Outcome::NotReset;
    failed.reason = u"Said \"no\"\nthen stopped"_s;
    return {ok, failed};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("ResultExport: writes UTF-8 with a BOM and RFC 4180 quoting", "[delivery][csv]")
{
    const QByteArray csv = ResultExport::toCsv(twoResults(), {});
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList rows = text.split(u"\r\n"_s);
    REQUIRE(rows.size() == 4); // heading, two rows, and the empty string after the last CRLF
    CHECK(rows.at(0) == u"Display name,User name,Outcome,Reason"_s);
    CHECK(rows.at(1) == u"\"Åsa Öberg, IT\",asa@contoso.se,Succeeded,"_s);
    // Quotes doubled, the line break kept inside the quoted cell, the formula defused.
    CHECK(rows.at(2) == u"\"'=HYPERLINK(\"\"http://evil.example\"\")\",bob@contoso.se,Failed,\"Said \"\"no\"\"\nthen stopped\""_s);
    CHECK(rows.at(3).isEmpty());
}

TEST_CASE("ResultExport: a cell that starts like a formula gets a leading apostrophe", "[delivery][csv]")
{
    CHECK(ResultExport::cell(u"=1+2"_s) == u"'=1+2"_s);
    CHECK(ResultExport::cell(u"+46 70 123"_s) == u"'+46 70 123"_s);
    CHECK(ResultExport::cell(u"-5"_s) == u"'-5"_s);
    CHECK(ResultExport::cell(u"@SUM(A1)"_s) == u"'@SUM(A1)"_s);
    CHECK(ResultExport::cell(u"\tcmd"_s) == u"'\tcmd"_s);
    CHECK(ResultExport::cell(u"a=b"_s) == u"a=b"_s);
    CHECK(ResultExport::cell(u"=a,b"_s) == u"\"'=a,b\""_s);
    CHECK(ResultExport::cell(QString()).isEmpty());
}

TEST_CASE("ResultExport: passwords only when asked for", "[delivery][csv]")
{
    const QString without = QString::fromUtf8(ResultExport::toCsv(twoResults(), {}));
    CHECK_FALSE(without.contains(u"Kx7#mPq4&tRw9e"_s));
    CHECK_FALSE(without.contains(u"Secret42x"_s));
    CHECK_FALSE(without.contains(u"Temporary password"_s));

    ResultExport::Options options;
    options.includePasswords = true;
    const QString with = QString::fromUtf8(ResultExport::toCsv(twoResults(), options).mid(3));
    const QStringList rows = with.split(u"\r\n"_s);
    CHECK(rows.at(0) == u"Display name,User name,Outcome,Reason,Temporary password"_s);
    CHECK(rows.at(1).endsWith(u",Kx7#mPq4&tRw9e"_s));
    // The password cell holds exactly the password the server holds, never a guarded copy.
    CHECK(rows.at(2).endsWith(u",-Secret42x"_s));
    CHECK_FALSE(with.contains(u"'-Secret42x"_s));
}

TEST_CASE("ResultExport: the password cell is never altered, whatever it starts with", "[delivery][csv]")
{
    // Typed passwords may start like a formula; the directory's text is still guarded.
    ResultExport::Options options;
    options.includePasswords = true;
    for (const QString &password : {u"=Xrd4#kPq2mTw9"_s, u"+46Secret!x"_s, u"@Home2026x"_s, u" Lead1ng!x"_s,
                                    u"Quo\"te,d1!"_s}) {
        HandoverItem item;
        item.displayName = u"@Evil"_s;
        item.userPrincipalName = u"eve@contoso.se"_s;
        item.password = SecretString(password);
        item.outcome = HandoverItem::Outcome::Reset;
        const QList<QStringList> rows = CsvRows::parse(ResultExport::toCsv({item}, options));
        REQUIRE(rows.size() == 2);
        REQUIRE(rows.at(1).size() == 5);
        CHECK(rows.at(1).at(0) == u"'@Evil"_s);
        CHECK(rows.at(1).at(4) == password);
    }
}

TEST_CASE("ResultExport: headings and outcomes follow the admin's language", "[delivery][csv]")
{
    ResultExport::Options options;
    options.language = u"sv"_s;
    options.includePasswords = true;
    const QString csv = QString::fromUtf8(ResultExport::toCsv(twoResults(), options));
    CHECK(csv.contains(u"Visningsnamn,Användarnamn,Resultat,Orsak,Tillfälligt lösenord\r\n"_s));
    CHECK(csv.contains(u",Lyckades,"_s));
    CHECK(csv.contains(u",Misslyckades,"_s));
}

TEST_CASE("ResultExport: the file is owner-only and holds exactly the CSV", "[delivery][csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"results.csv"_s);
    const QList<HandoverItem> items = DeliveryTestItems::mixed(20);
    ResultExport::Options options;
    options.includePasswords = true;
    REQUIRE(ResultExport::write(path, items, options) == FileWriteError::None);
    CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                       | QFileDevice::WriteUser));
    const QByteArray bytes = readAll(path);
    CHECK(bytes == ResultExport::toCsv(items, options));
    for (const HandoverItem &item : items)
        CHECK(QString::fromUtf8(bytes).contains(item.password.reveal()));

    // Replacing an existing, world-readable file leaves it owner-only too.
    const QString existing = dir.filePath(u"old.csv"_s);
    {
        QFile old(existing);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    REQUIRE(QFile::setPermissions(existing, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther
                                                | QFileDevice::ReadGroup));
    REQUIRE(ResultExport::write(existing, items, {}) == FileWriteError::None);
    CHECK_FALSE(QFile::permissions(existing).testFlag(QFileDevice::ReadOther));
    CHECK_FALSE(QFile::permissions(existing).testFlag(QFileDevice::ReadGroup));
    CHECK(readAll(existing).startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("ResultExport: a folder that does not exist is reported and nothing is written", "[delivery][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nowhere/results.csv"_s);
    CHECK(ResultExport::write(path, twoResults(), {}) == FileWriteError::CannotOpen);
    CHECK_FALSE(QFile::exists(path));
}
