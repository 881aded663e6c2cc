// SPDX-License-Identifier: MIT
// AuditLog: append-only JSON lines, reading back, CSV export.
#include "CatchQt.h"

#include "directory/SignedInAdmin.h"
#include "graph/GraphError.h"
#include "audit/AuditLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {

AuditEntry entry(const QString &target, const QString &outcome)
{
    AuditEntry e;
    e.time = QDateTime(QDate(2026, 11, 24), QTime(9, 30, 5), QTimeZone::utc());
    e.adminId = u"a1"_s;
    e.adminUserPrincipalName = u"admin@kvarnby.se"_s;
    e.targetId = u"t-"_s + target;
    e.targetUserPrincipalName = target;
    e.action = u"reset"_s;
    e.options = QJsonObject {{u"forceChange"_s, true}, {u"signOut"_s, false}};
    e.outcome = outcome;
    e.requestId = u"rid-"_s + target;
    return e;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("AuditLog: appends one JSON line per entry and reads them back in order", "[reset][audit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nested/folder/audit.jsonl"_s);
    AuditLog log(path);
    CHECK(log.entries().isEmpty());
    QString error;
    REQUIRE(log.append(entry(u"elsa@kvarnby.se"_s, u"succeeded"_s), &error));
    REQUIRE(log.append(entry(u"sven@kvarnby.se"_s, u"failed"_s), &error));

    const QByteArray before = readAll(path);
    CHECK(before.count('\n') == 2);
    // A second AuditLog on the same file appends after what is there, never over it.
    AuditLog again(path);
    REQUIRE(again.append(entry(u"maja@kvarnby.se"_s, u"succeeded"_s)));
    const QByteArray after = readAll(path);
    CHECK(after.startsWith(before));
    // The folders it made and the file are its owner's alone.
    const auto othersMay = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                           | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString &created : {dir.filePath(u"nested"_s), dir.filePath(u"nested/folder"_s), path}) {
        INFO(created.toStdString());
        CHECK((QFile::permissions(created) & othersMay) == 0);
    }

    const QList<AuditEntry> entries = again.entries();
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0).targetUserPrincipalName == u"elsa@kvarnby.se"_s);
    CHECK(entries.at(1).outcome == u"failed"_s);
    CHECK(entries.at(2).requestId == u"rid-maja@kvarnby.se"_s);
    CHECK(entries.at(0).time == entry(QString(), QString()).time);
    CHECK(entries.at(0).options.value(u"forceChange"_s).toBool());
    CHECK((QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
}

TEST_CASE("AuditLog: a torn or foreign line is skipped and counted", "[reset][audit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"audit.jsonl"_s);
    AuditLog log(path);
    REQUIRE(log.append(entry(u"elsa@kvarnby.se"_s, u"succeeded"_s)));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Append));
        file.write("{\"time\":\"2026-11-24T10:00:00Z\",\"targ\n");
        file.write("\n");
    }
    REQUIRE(log.append(entry(u"sven@kvarnby.se"_s, u"succeeded"_s)));
    int skipped = -1;
    const QList<AuditEntry> entries = log.entries(&skipped);
    CHECK(entries.size() == 2);
    CHECK(skipped == 1);
}

TEST_CASE("AuditLog: CSV export quotes commas quotes and line breaks", "[reset][audit]")
{
    AuditEntry tricky = entry(u"o'neil@kvarnby.se"_s, u"failed"_s);
    tricky.adminUserPrincipalName = u"Lindqvist, Karin \"admin\""_s;
    tricky.errorCode = u"line1\nline2"_s;
    const QByteArray csv = AuditLog::toCsv({entry(u"elsa@kvarnby.se"_s, u"succeeded"_s), tricky});
    const QList<QByteArray> lines = csv.split('\n');
    CHECK(lines.at(0)
        == "time,admin,adminId,target,targetId,action,actionText,options,outcome,outcomeText,errorKind,"
           "errorCode,requestId\r");
    CHECK(lines.at(1)
        == "2026-11-24T09:30:05Z,admin@kvarnby.se,a1,elsa@kvarnby.se,t-elsa@kvarnby.se,reset,Reset password,"
           "forceChange=yes; signOut=no,succeeded,Succeeded,,,rid-elsa@kvarnby.se\r");
    CHECK(csv.contains("\"Lindqvist, Karin \"\"admin\"\"\""));
    CHECK(csv.contains("\"line1\nline2\""));
    CHECK(csv.contains(",o'neil@kvarnby.se,"));
    CHECK(csv.endsWith("\r\n"));
}

TEST_CASE(
    "AuditLog: exportCsv writes the file and the default path is in the app data folder", "[reset][audit]")
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(u"audit.jsonl"_s));
    REQUIRE(log.append(entry(u"elsa@kvarnby.se"_s, u"succeeded"_s)));
    const QString csvPath = dir.filePath(u"export.csv"_s);
    QString error;
    REQUIRE(log.exportCsv(csvPath, &error));
    CHECK(readAll(csvPath) == AuditLog::toCsv(log.entries()));

    CHECK(AuditLog::defaultPath()
        == QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/audit.jsonl"_s);
    CHECK(AuditLog().path() == AuditLog::defaultPath());
}

namespace {

SignedInAdmin karin()
{
    SignedInAdmin admin;
    admin.id = u"a1"_s;
    admin.userPrincipalName = u"admin@kvarnby.se"_s;
    return admin;
}

const QDateTime when = QDateTime(QDate(2026, 11, 24), QTime(9, 30, 5), QTimeZone::utc());

} // namespace

TEST_CASE("AuditEntry: a purged journal names the run, its users and why", "[reset][audit]")
{
    using Reason = AuditEntry::PurgeReason;
    const AuditEntry handedOver = AuditEntry::forJournalPurged(karin(), u"run-7"_s, 120, Reason::HandedOver, when);
    CHECK(handedOver.action == u"journalPurged"_s);
    CHECK(handedOver.adminUserPrincipalName == u"admin@kvarnby.se"_s);
    CHECK(handedOver.adminId == u"a1"_s);
    CHECK(handedOver.time == when);
    CHECK(handedOver.outcome == u"succeeded"_s);
    CHECK(handedOver.options
          == QJsonObject{{u"run"_s, u"run-7"_s}, {u"users"_s, 120}, {u"reason"_s, u"handedOver"_s}});
    CHECK(AuditEntry::forJournalPurged(karin(), u"r"_s, 1, Reason::Expired).options.value(u"reason"_s)
          == u"expired"_s);
    CHECK(AuditEntry::forJournalPurged(karin(), u"r"_s, 1, Reason::AdminDeleted).options.value(u"reason"_s)
          == u"adminDeleted"_s);

    // It survives the log file as written.
    QTemporaryDir dir;
    AuditLog log(dir.filePath(u"audit.jsonl"_s));
    REQUIRE(log.append(handedOver));
    const AuditEntry read = log.entries().value(0);
    CHECK(read.action == u"journalPurged"_s);
    CHECK(read.options.value(u"users"_s).toInt() == 120);
    CHECK(AuditLog::toCsv({read}).contains(",journalPurged,Delete saved reset records,"
                                           "reason=handedOver; run=run-7; users=120,succeeded,Succeeded,"));
}

TEST_CASE("AuditEntry: a stopped run names the run, why and how far it got", "[reset][audit]")
{
    using Reason = AuditEntry::StopReason;
    const AuditEntry::RunCounts counts{40, 3, 1, 56};
    const AuditEntry stopped = AuditEntry::forRunStopped(karin(), u"run-8"_s, Reason::Cancelled, counts, when);
    CHECK(stopped.action == u"runStopped"_s);
    CHECK(stopped.outcome == u"stopped"_s);
    CHECK(stopped.time == when);
    CHECK(stopped.options
          == QJsonObject{{u"run"_s, u"run-8"_s}, {u"reason"_s, u"cancelled"_s}, {u"succeeded"_s, 40},
                         {u"failed"_s, 3}, {u"uncertain"_s, 1}, {u"notSent"_s, 56}});
    CHECK(AuditEntry::forRunStopped(karin(), u"r"_s, Reason::Quit, {}).options.value(u"reason"_s) == u"quit"_s);
    CHECK(AuditEntry::forRunStopped(karin(), u"r"_s, Reason::JournalFailed, {}).options.value(u"reason"_s)
          == u"journalFailed"_s);
    CHECK(AuditEntry::forRunStopped(karin(), u"r"_s, Reason::SessionEnded, {}).options.value(u"reason"_s)
          == u"sessionEnded"_s);
    CHECK(AuditLog::toCsv({stopped}).contains(",runStopped,Bulk reset stopped,"));
    CHECK(AuditLog::toCsv({stopped}).contains(",stopped,Stopped,"));
}

TEST_CASE("AuditEntry: setResult takes the outcome, the error and the answer's request id", "[reset][audit]")
{
    AuditEntry entry = AuditEntry::make(karin(), u"domainExpiryChange"_s, when);
    entry.setResult({}, u"rid-ok"_s);
    CHECK(entry.outcome == u"succeeded"_s);
    CHECK(entry.errorKind.isEmpty());
    CHECK(entry.requestId == u"rid-ok"_s);

    GraphError refused = GraphError::make(GraphError::Kind::InsufficientPrivileges);
    refused.code = u"Authorization_RequestDenied"_s;
    refused.requestId = u"rid-denied"_s;
    entry.setResult(refused);
    CHECK(entry.outcome == u"failed"_s);
    CHECK(entry.errorKind == u"InsufficientPrivileges"_s);
    CHECK(entry.errorCode == u"Authorization_RequestDenied"_s);
    CHECK(entry.requestId == u"rid-denied"_s);

    entry.setResult(GraphError::make(GraphError::Kind::Cancelled));
    CHECK(entry.outcome == u"cancelled"_s);
}
