// SPDX-License-Identifier: MIT
#include "tap/TapRun.h"

#include "auth/AuthScopes.h"
#include "auth/ScopeConsent.h"
#include "bulk/ResetJournal.h"
#include "tap/TapIssueRunner.h"

#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {

QString outcomeName(TapIssueResult::State state)
{
    switch (state) {
    case TapIssueResult::State::Issued:
        return u"succeeded"_s;
    case TapIssueResult::State::Uncertain:
        return u"uncertain"_s;
    case TapIssueResult::State::Cancelled:
        return u"cancelled"_s;
    default:
        return u"failed"_s;
    }
}

/** Where the run's journal keeps the passes it replaces, beside the settings. */
const QString replacesKey = u"replaces"_s;

QJsonObject replacingToJson(const QHash<QString, TapExistingPasses::Pass> &replacing)
{
    QJsonObject json;
    for (auto it = replacing.constBegin(); it != replacing.constEnd(); ++it)
        json.insert(it.key(), QJsonObject{{u"id"_s, it->id},
                                          {u"createdDateTime"_s, it->created.toUTC().toString(Qt::ISODateWithMs)}});
    return json;
}

QHash<QString, TapExistingPasses::Pass> replacingFromJson(const QJsonObject &json)
{
    QHash<QString, TapExistingPasses::Pass> replacing;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QJsonObject pass = it.value().toObject();
        replacing.insert(it.key(), {pass.value(u"id"_s).toString(),
                                    QDateTime::fromString(pass.value(u"createdDateTime"_s).toString(),
                                                          Qt::ISODateWithMs)});
    }
    return replacing;
}

} // namespace

TapRun::TapRun(GraphClient *client, AuthSession *auth, BulkRunStore *store, AuditLog audit, SignedInAdmin admin,
               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_auth(auth)
    , m_store(store)
    , m_audit(std::move(audit))
    , m_admin(std::move(admin))
{
    m_store->setAuditLog(m_audit, m_admin);
    connect(m_store, &BulkRunStore::runCreated, this, &TapRun::onRunCreated);
    connect(m_store, &BulkRunStore::createFailed, this, [this](const QString &detail) {
        if (m_creating) {
            m_creating = false;
            fail(detail);
        }
    });
    connect(m_store, &BulkRunStore::purged, this, [this](const QString &runId, bool ok) {
        if (m_journal && runId == m_journal->runId())
            Q_EMIT journalPurged(ok);
    });
}

TapRun::~TapRun()
{
    delete m_runner.data();
}

QString TapRun::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/tap-journals"_s;
}

QString TapRun::runId() const
{
    return m_journal ? m_journal->runId() : QString();
}

void TapRun::start(const QList<DirectoryUser> &users, const TapSettings &settings,
                   const QHash<QString, TapExistingPasses::Pass> &replacing)
{
    if (m_journal || m_creating || users.isEmpty())
        return;
    m_users = users;
    m_settings = settings;
    m_replacing = replacing;
    ScopeConsent::ensure(
        m_auth, AuthScopes::temporaryAccessPass(), this,
        [this] {
            m_creating = true;
            m_store->createRun();
        },
        [this](const AuthError &error) { fail(error.description); });
}

void TapRun::resume(const BulkRunStore::StoredRun &run)
{
    if (m_journal || !run.journal)
        return;
    const std::shared_ptr<ResetJournal> journal = run.journal;
    ScopeConsent::ensure(
        m_auth, AuthScopes::temporaryAccessPass(), this, [this, journal] { begin(journal, true); },
        [this](const AuthError &error) { fail(error.description); });
}

void TapRun::onRunCreated(const std::shared_ptr<ResetJournal> &journal)
{
    if (!m_creating)
        return;
    m_creating = false;
    begin(journal, false);
}

void TapRun::begin(const std::shared_ptr<ResetJournal> &journal, bool resumed)
{
    auto *runner = new TapIssueRunner(m_client, this);
    m_journal = journal;
    m_runner = runner;
    connect(runner, &TapIssueRunner::finished, this, &TapRun::onFinished);
    QString error;
    // What is replaced is kept in the journal: a resume after a crash still records it.
    const bool ok = resumed ? runner->resume(journal.get(), &error)
                            : runner->start(journal.get(), m_users, m_settings, &error,
                                            {{replacesKey, replacingToJson(m_replacing)}});
    if (ok && resumed)
        m_replacing = replacingFromJson(journal->runSettings().value(replacesKey).toObject());
    if (!ok) {
        delete runner;
        if (!resumed)
            m_store->purge(journal->runId());
        m_journal.reset();
        fail(error);
        return;
    }
    if (resumed) {
        // Users that ended before the restart were audited in the session they ended in.
        for (const TapIssueResult &result : runner->results()) {
            if (result.isFinal())
                m_audited.insert(result.userId, int(result.state));
        }
    }
    Q_EMIT started();
}

void TapRun::fail(const QString &detail)
{
    Q_EMIT startFailed(detail);
}

void TapRun::onFinished()
{
    for (const TapIssueResult &result : m_runner->results()) {
        if (result.state == TapIssueResult::State::Issued)
            m_ledger.hold(result.userId);
    }
    writeAudit();
    Q_EMIT finished();
    releaseJournalIfDone();
}

void TapRun::writeAudit()
{
    QList<AuditEntry> entries;
    const QJsonObject settings = m_runner->settings().requestBody();
    for (const TapIssueResult &result : m_runner->results()) {
        if (!result.isFinal() || m_audited.value(result.userId, -1) == int(result.state))
            continue;
        m_audited.insert(result.userId, int(result.state));
        AuditEntry entry = AuditEntry::make(m_admin, u"tapIssued"_s);
        entry.targetId = result.userId;
        entry.targetUserPrincipalName = result.userPrincipalName;
        QJsonObject options = settings;
        options.insert(u"run"_s, m_journal->runId());
        if (result.state == TapIssueResult::State::Issued) {
            options.insert(u"startDateTime"_s, result.terms.start.toString(Qt::ISODate));
            options.insert(u"lifetimeInMinutes"_s, result.terms.lifetimeInMinutes);
            options.insert(u"isUsableOnce"_s, result.terms.usableOnce);
        }
        entry.options = options;
        entry.setResult(result.error);
        entry.outcome = outcomeName(result.state);
        entries.append(entry);
        if (result.state == TapIssueResult::State::Issued && m_replacing.contains(result.userId))
            entries.append(replacedEntry(result));
    }
    QString error;
    if (!entries.isEmpty() && !m_audit.append(entries, &error))
        Q_EMIT auditFailed(m_audit.path(), error);
}

AuditEntry TapRun::replacedEntry(const TapIssueResult &result) const
{
    // The service deleted the earlier pass when it created the new one ("Create
    // temporaryAccessPassMethod"): the line names that pass by id and creation time only.
    const TapExistingPasses::Pass earlier = m_replacing.value(result.userId);
    AuditEntry entry = AuditEntry::make(m_admin, u"tapReplaced"_s);
    entry.targetId = result.userId;
    entry.targetUserPrincipalName = result.userPrincipalName;
    entry.options = QJsonObject{{u"run"_s, m_journal->runId()},
                                {u"replacedPassId"_s, earlier.id},
                                {u"replacedCreatedDateTime"_s, earlier.created.toUTC().toString(Qt::ISODateWithMs)},
                                {u"newPassId"_s, result.passId}};
    entry.outcome = u"succeeded"_s;
    return entry;
}

QList<HandoverItem> TapRun::handoverItems(const std::function<DirectoryUser(const QString &)> &lookup) const
{
    QList<HandoverItem> items;
    if (!m_runner)
        return items;
    for (const TapIssueResult &result : m_runner->results()) {
        if (result.state != TapIssueResult::State::Issued)
            continue;
        HandoverItem item;
        item.userId = result.userId;
        item.displayName = result.displayName;
        item.userPrincipalName = result.userPrincipalName;
        item.password = result.value;
        item.outcome = HandoverItem::Outcome::Reset;
        item.temporaryAccessPass = result.terms;
        if (lookup) {
            const DirectoryUser user = lookup(result.userId);
            item.preferredLanguage = user.preferredLanguage();
            item.alternateEmails = user.alternateEmails();
            item.mail = user.mail();
        }
        items.append(item);
    }
    return items;
}

void TapRun::recordHandover(HandoverLedger::Channel channel, const QStringList &userIds)
{
    m_ledger.record(channel, userIds);
    releaseJournalIfDone();
}

void TapRun::releaseJournalIfDone()
{
    if (m_released || !m_journal || !m_runner || m_runner->isRunning())
        return;
    // An uncertain user needs the journal: a retry or resume must know the run and its settings.
    if (m_runner->count(TapIssueResult::State::Uncertain) > 0 || !m_ledger.isComplete())
        return;
    m_released = true;
    m_store->purge(m_journal->runId(), AuditEntry::PurgeReason::HandedOver, m_ledger.heldCount());
}

void TapRun::close()
{
    if (m_released || !m_journal || !m_runner || m_runner->isRunning())
        return;
    if (m_ledger.heldCount() == 0 && m_runner->count(TapIssueResult::State::Uncertain) == 0) {
        m_released = true;
        m_store->purge(m_journal->runId(), AuditEntry::PurgeReason::NothingHeld, int(m_runner->results().size()));
    }
}
