// SPDX-License-Identifier: MIT
#include "policy/UserPolicyChange.h"

#include "auth/AuthScopes.h"
#include "session/ConsoleSession.h"
#include "auth/ScopeConsent.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

UserPolicyChange::UserPolicyChange(ConsoleSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_updater(new PasswordPolicyUpdater(session->graph(), this))
{
    connect(m_updater, &PasswordPolicyUpdater::progress, this, &UserPolicyChange::progress);
    connect(m_updater, &PasswordPolicyUpdater::finished, this, &UserPolicyChange::onFinished);
}

UserPolicyChange::~UserPolicyChange()
{
    // Cancelling answers every user at once, so writes already sent still get their line.
    if (m_state == State::Running)
        m_updater->cancel();
}

void UserPolicyChange::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void UserPolicyChange::start(const QList<DirectoryUser> &users, const PasswordPolicyChange &change)
{
    if (isRunning() || users.isEmpty() || change.isEmpty())
        return;
    m_users = users;
    m_change = change;
    m_results.clear();
    m_consentError = {};
    setState(State::WaitingForConsent);
    delete m_consent;
    m_consent = new QObject(this);
    ScopeConsent::ensure(
        m_session->auth(), AuthScopes::userPolicies(), m_consent,
        [this] {
            m_consent->deleteLater();
            m_consent = nullptr;
            setState(State::Running);
            QStringList ids;
            ids.reserve(m_users.size());
            for (const DirectoryUser &user : std::as_const(m_users))
                ids.append(user.id());
            m_updater->start(ids, m_change);
        },
        [this](const AuthError &error) {
            m_consent->deleteLater();
            m_consent = nullptr;
            m_consentError = error;
            setState(State::ConsentFailed);
            Q_EMIT consentFailed(error);
        });
}

void UserPolicyChange::cancel()
{
    if (m_state == State::Running) {
        m_updater->cancel();
    } else if (m_state == State::WaitingForConsent) {
        delete m_consent;
        m_consent = nullptr;
        setState(State::Idle);
    }
}

AuditEntry UserPolicyChange::entryFor(const SignedInAdmin &admin, const DirectoryUser &user,
                                      const PasswordPolicyChange &change, const PasswordPolicyUpdater::Result &result)
{
    AuditEntry entry = AuditEntry::make(admin, u"passwordPolicyChange"_s);
    entry.targetId = result.userId;
    entry.targetUserPrincipalName = user.userPrincipalName();
    QJsonObject options;
    // Only what the admin asked to change: an unset flag was left as each user had it.
    if (change.neverExpires)
        options.insert(u"neverExpires"_s, *change.neverExpires);
    if (change.weakAllowed)
        options.insert(u"weakAllowed"_s, *change.weakAllowed);
    if (!result.error.isError() && !result.written)
        options.insert(u"alreadySet"_s, true);
    entry.options = options;
    entry.setResult(result.error, result.requestId);
    return entry;
}

void UserPolicyChange::onFinished(const QList<PasswordPolicyUpdater::Result> &results)
{
    m_results = results;
    QHash<QString, const DirectoryUser *> byId;
    for (const DirectoryUser &user : std::as_const(m_users))
        byId.insert(user.id(), &user);
    QList<AuditEntry> entries;
    entries.reserve(results.size());
    for (const PasswordPolicyUpdater::Result &result : results) {
        const DirectoryUser *user = byId.value(result.userId);
        entries.append(entryFor(m_session->admin(), user ? *user : DirectoryUser(), m_change, result));
    }
    AuditLog log = m_session->auditLog();
    QString error;
    const bool written = log.append(entries, &error);
    setState(State::Finished);
    if (!written)
        Q_EMIT auditFailed(log.path(), error);
    Q_EMIT finished(results);
}
