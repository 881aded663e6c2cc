// SPDX-License-Identifier: MIT
// The audit log viewer and its CSV export with every kind of line, in English and Swedish.
#include "CatchQt.h"

#include "ui/audit/AuditLogDialog.h"
#include "ScopedLanguage.h"
#include "directory/SignedInAdmin.h"
#include "audit/AuditLog.h"
#include "audit/AuditLogModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

AuditEntry line(const QString &action, const QString &outcome = u"succeeded"_s)
{
    SignedInAdmin admin;
    admin.id = u"a1"_s;
    admin.userPrincipalName = u"admin@kvarnby.se"_s;
    AuditEntry entry = AuditEntry::make(admin, action);
    entry.targetUserPrincipalName = u"elsa@kvarnby.se"_s;
    entry.outcome = outcome;
    entry.requestId = u"rid-"_s + action;
    return entry;
}

QList<AuditEntry> everyNewKind()
{
    SignedInAdmin admin;
    admin.id = u"a1"_s;
    admin.userPrincipalName = u"admin@kvarnby.se"_s;
    return {line(u"passwordPolicyChange"_s), line(u"domainExpiryChange"_s), line(u"contactDetailsChange"_s),
            line(u"ownPasswordChange"_s, u"failed"_s), line(u"passwordEmailed"_s),
            AuditEntry::forJournalPurged(admin, u"run-1"_s, 12, AuditEntry::PurgeReason::Expired),
            AuditEntry::forRunStopped(admin, u"run-2"_s, AuditEntry::StopReason::Cancelled, {3, 1, 0, 8})};
}

QStringList column(const AuditLogDialog &dialog, int column)
{
    QStringList texts;
    const QAbstractItemModel *model = dialog.model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

QString exported(AuditLogDialog &dialog, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"export.csv"_s);
    REQUIRE(dialog.exportTo(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("AuditLogDialog: shows and exports the new actions in readable English", "[policyui][audit]")
{
    ScopedLanguage english(u"en"_s);
    QTemporaryDir dir;
    AuditLog log(dir.filePath(u"audit.jsonl"_s));
    REQUIRE(log.append(everyNewKind()));
    AuditLogDialog dialog(log);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QStringList actions = column(dialog, AuditLogModel::Action);
    const QStringList expected{u"Change password policies"_s, u"Change password expiry"_s,
                               u"Change own contact details"_s, u"Change own password"_s, u"Email password"_s,
                               u"Delete saved reset records"_s, u"Bulk reset stopped"_s};
    for (const QString &text : expected)
        CHECK(actions.contains(text));
    CHECK(column(dialog, AuditLogModel::Outcome).contains(u"Stopped"_s));
    CHECK(column(dialog, AuditLogModel::Outcome).contains(u"Failed"_s));

    // The search box finds a line by the words shown.
    dialog.proxy()->setFilterFixedString(u"password expiry"_s);
    CHECK(dialog.proxy()->rowCount() == 1);

    const QString csv = exported(dialog, dir);
    CHECK(csv.contains(u",passwordPolicyChange,Change password policies,"_s));
    CHECK(csv.contains(u",passwordEmailed,Email password,"_s));
    CHECK(csv.contains(u",journalPurged,Delete saved reset records,reason=expired; run=run-1; users=12,"_s));
    CHECK(csv.contains(u",runStopped,Bulk reset stopped,"_s));
    CHECK(csv.contains(u",stopped,Stopped,"_s));
}

TEST_CASE("AuditLogDialog: shows and exports the new actions in Swedish", "[policyui][audit]")
{
    ScopedLanguage swedish(u"sv"_s);
    QTemporaryDir dir;
    AuditLog log(dir.filePath(u"audit.jsonl"_s));
    REQUIRE(log.append(everyNewKind()));
    AuditLogDialog dialog(log);

    const QStringList actions = column(dialog, AuditLogModel::Action);
    const QStringList expected{u"Ändra lösenordsprinciper"_s, u"Ändra förfalloprincip för lösenord"_s,
                               u"Ändra egen kontaktinformation"_s, u"Ändra eget lösenord"_s,
                               u"Skicka lösenord via e-post"_s, u"Ta bort sparade återställningsposter"_s,
                               u"Massåterställning stoppad"_s};
    for (const QString &text : expected)
        CHECK(actions.contains(text));
    CHECK(column(dialog, AuditLogModel::Outcome).contains(u"Stoppad"_s));

    const QString csv = exported(dialog, dir);
    CHECK(csv.contains(u",passwordPolicyChange,Ändra lösenordsprinciper,"_s));
    CHECK(csv.contains(u",ownPasswordChange,Ändra eget lösenord,"_s));
    CHECK(csv.contains(u",runStopped,Massåterställning stoppad,"_s));
    CHECK(csv.contains(u",stopped,Stoppad,"_s));
}
