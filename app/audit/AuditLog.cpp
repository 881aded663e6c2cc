// SPDX-License-Identifier: MIT
#include "audit/AuditLog.h"

#include "common/Csv.h"
#include "directory/SignedInAdmin.h"
#include "graph/GraphError.h"
#include "audit/AuditTexts.h"
#include "common/OwnerOnlyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

// Its own category, so a failed write of the log is not filed under any one feature.
Q_LOGGING_CATEGORY(lcAudit, "resetdesk.audit")

namespace {

QString optionsText(const QJsonObject &options)
{
    QStringList parts;
    for (auto it = options.begin(); it != options.end(); ++it) {
        const QJsonValue value = it.value();
        const QString text
            = value.isBool() ? (value.toBool() ? u"yes"_s : u"no"_s) : value.toVariant().toString();
        parts.append(it.key() + u'=' + text);
    }
    return parts.join(u"; "_s);
}

} // namespace

QJsonObject AuditEntry::toJson() const
{
    QJsonObject object {
        {u"time"_s, time.toUTC().toString(Qt::ISODateWithMs)},
        {u"adminId"_s, adminId},
        {u"admin"_s, adminUserPrincipalName},
        {u"targetId"_s, targetId},
        {u"target"_s, targetUserPrincipalName},
        {u"action"_s, action},
        {u"options"_s, options},
        {u"outcome"_s, outcome},
    };
    if (!errorKind.isEmpty())
        object.insert(u"errorKind"_s, errorKind);
    if (!errorCode.isEmpty())
        object.insert(u"errorCode"_s, errorCode);
    if (!requestId.isEmpty())
        object.insert(u"requestId"_s, requestId);
    return object;
}

AuditEntry AuditEntry::fromJson(const QJsonObject &object)
{
    AuditEntry entry;
    entry.time = QDateTime::fromString(object.value(u"time"_s).toString(), Qt::ISODateWithMs);
    entry.adminId = object.value(u"adminId"_s).toString();
    entry.adminUserPrincipalName = object.value(u"admin"_s).toString();
    entry.targetId = object.value(u"targetId"_s).toString();
    entry.targetUserPrincipalName = object.value(u"target"_s).toString();
    entry.action = object.value(u"action"_s).toString();
    entry.options = object.value(u"options"_s).toObject();
    entry.outcome = object.value(u"outcome"_s).toString();
    entry.errorKind = object.value(u"errorKind"_s).toString();
    entry.errorCode = object.value(u"errorCode"_s).toString();
    entry.requestId = object.value(u"requestId"_s).toString();
    return entry;
}

AuditEntry AuditEntry::make(const SignedInAdmin &admin, const QString &action, const QDateTime &time)
{
    AuditEntry entry;
    entry.time = time.toUTC();
    entry.adminId = admin.id;
    entry.adminUserPrincipalName = admin.userPrincipalName;
    entry.action = action;
    return entry;
}

void AuditEntry::setResult(const GraphError &error, const QString &answerRequestId)
{
    if (!error.isError())
        outcome = u"succeeded"_s;
    else
        outcome = error.kind == GraphError::Kind::Cancelled ? u"cancelled"_s : u"failed"_s;
    errorKind = GraphError::kindName(error.kind);
    errorCode = error.code;
    requestId = answerRequestId.isEmpty() ? error.requestId : answerRequestId;
}

QString AuditEntry::purgeReasonName(PurgeReason reason)
{
    switch (reason) {
    case PurgeReason::HandedOver:
        return u"handedOver"_s;
    case PurgeReason::Expired:
        return u"expired"_s;
    case PurgeReason::AdminDeleted:
        return u"adminDeleted"_s;
    case PurgeReason::NothingHeld:
        return u"nothingHeld"_s;
    }
    return {};
}

QString AuditEntry::stopReasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::Cancelled:
        return u"cancelled"_s;
    case StopReason::Quit:
        return u"quit"_s;
    case StopReason::JournalFailed:
        return u"journalFailed"_s;
    case StopReason::SessionEnded:
        return u"sessionEnded"_s;
    case StopReason::PermissionMissing:
        return u"permissionMissing"_s;
    }
    return {};
}

AuditEntry AuditEntry::forJournalPurged(const SignedInAdmin &admin, const QString &runId, int userCount,
    PurgeReason reason, const QDateTime &time)
{
    AuditEntry entry = make(admin, u"journalPurged"_s, time);
    entry.options = QJsonObject {
        {u"run"_s, runId},
        {u"reason"_s, purgeReasonName(reason)},
    };
    // Unknown for journals deleted unopened (expired, or deleted from the menu).
    if (userCount >= 0)
        entry.options.insert(u"users"_s, userCount);
    entry.outcome = u"succeeded"_s;
    return entry;
}

AuditEntry AuditEntry::forRunStopped(const SignedInAdmin &admin, const QString &runId, StopReason reason,
    const RunCounts &counts, const QDateTime &time)
{
    AuditEntry entry = make(admin, u"runStopped"_s, time);
    entry.options = QJsonObject {
        {u"run"_s, runId},
        {u"reason"_s, stopReasonName(reason)},
        {u"succeeded"_s, counts.succeeded},
        {u"failed"_s, counts.failed},
        {u"uncertain"_s, counts.uncertain},
        {u"notSent"_s, counts.notSent},
    };
    entry.outcome = u"stopped"_s;
    return entry;
}

AuditLog::AuditLog(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
{
}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/audit.jsonl"_s;
}

bool AuditLog::append(const AuditEntry &entry, QString *error)
{
    return append(QList<AuditEntry>{entry}, error);
}

bool AuditLog::append(const QList<AuditEntry> &entries, QString *error)
{
    if (entries.isEmpty())
        return true;
    const QFileInfo info(m_path);
    if (!OwnerOnlyFile::makeFolder(info.absolutePath())) {
        if (error)
            *error = u"cannot create %1"_s.arg(info.absolutePath());
        return false;
    }
    QFile file(m_path);
    // Append-only: QIODevice::Append never seeks back over earlier lines.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // One write for all lines, so a crash leaves at most one torn last line, which entries() skips.
    QByteArray lines;
    for (const AuditEntry &entry : entries)
        lines += QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(lines) != lines.size() || !file.flush()) {
        if (error)
            *error = file.errorString();
        qCWarning(lcAudit) << "audit log write failed" << file.errorString();
        return false;
    }
    return true;
}

QList<AuditEntry> AuditLog::entries(int *skippedLines) const
{
    QList<AuditEntry> result;
    int skipped = 0;
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                ++skipped;
                continue;
            }
            result.append(AuditEntry::fromJson(document.object()));
        }
    }
    if (skippedLines)
        *skippedLines = skipped;
    return result;
}

QStringList AuditLog::csvHeader()
{
    return {u"time"_s, u"admin"_s, u"adminId"_s, u"target"_s, u"targetId"_s, u"action"_s, u"actionText"_s,
        u"options"_s, u"outcome"_s, u"outcomeText"_s, u"errorKind"_s, u"errorCode"_s, u"requestId"_s};
}

QByteArray AuditLog::toCsv(const QList<AuditEntry> &entries)
{
    QString csv = Csv::row(csvHeader());
    for (const AuditEntry &entry : entries) {
        const QStringList fields {entry.time.toUTC().toString(Qt::ISODate), entry.adminUserPrincipalName,
            entry.adminId, entry.targetUserPrincipalName, entry.targetId, entry.action,
            AuditTexts::actionText(entry.action), optionsText(entry.options), entry.outcome,
            AuditTexts::outcomeText(entry.outcome), entry.errorKind, entry.errorCode, entry.requestId};
        csv += Csv::row(fields);
    }
    return csv.toUtf8();
}

bool AuditLog::exportCsv(const QString &csvPath, QString *error) const
{
    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(toCsv(entries()));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
