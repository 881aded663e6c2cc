// SPDX-License-Identifier: MIT
#include "policy/DomainExpiryChange.h"

#include "auth/AuthScopes.h"
#include "session/ConsoleSession.h"
#include "auth/ScopeConsent.h"

using namespace Qt::Literals::StringLiterals;

DomainExpiryChange::DomainExpiryChange(ConsoleSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(new DomainExpirySettings(session->graph(), this))
{
    connect(m_settings, &DomainExpirySettings::loaded, this, [this](const QList<DomainExpiry> &domains) {
        m_domains = domains;
        setState(State::Ready);
        Q_EMIT loaded(domains);
    });
    connect(m_settings, &DomainExpirySettings::loadFailed, this, [this](const GraphError &error) {
        setState(State::Failed);
        Q_EMIT loadFailed(error);
    });
    connect(m_settings, &DomainExpirySettings::saved, this, &DomainExpiryChange::onSaved);
}

void DomainExpiryChange::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DomainExpiryChange::load()
{
    if (m_state == State::WaitingForConsent || m_state == State::Loading || m_state == State::Saving)
        return;
    setState(State::WaitingForConsent);
    ScopeConsent::ensure(
        m_session->auth(), AuthScopes::domains(), this,
        [this] {
            setState(State::Loading);
            m_settings->load();
        },
        [this](const AuthError &error) {
            setState(State::Failed);
            Q_EMIT consentFailed(error);
        });
}

bool DomainExpiryChange::save(const DomainExpiryRequest &request)
{
    if (m_state != State::Ready
        || DomainExpirySettings::validate(request.neverExpires, request.validityDays, request.notificationDays)
               != DomainExpirySettings::Problem::None)
        return false;
    m_request = request;
    setState(State::Saving);
    m_settings->save(request.domain, request.neverExpires, request.validityDays, request.notificationDays);
    return true;
}

AuditEntry DomainExpiryChange::entryFor(const SignedInAdmin &admin, const DomainExpiryRequest &request,
                                        const GraphError &error, const QString &requestId)
{
    AuditEntry entry = AuditEntry::make(admin, u"domainExpiryChange"_s);
    entry.targetId = request.domain;
    entry.targetUserPrincipalName = request.domain;
    QJsonObject options{{u"neverExpires"_s, request.neverExpires},
                        {u"notificationDays"_s, request.notificationDays}};
    // The number of days means nothing when passwords never expire, and was not sent as such.
    if (!request.neverExpires)
        options.insert(u"validityDays"_s, request.validityDays);
    entry.options = options;
    entry.setResult(error, requestId);
    return entry;
}

void DomainExpiryChange::onSaved(const QString &domain, const GraphError &error, const QString &requestId)
{
    if (!error.isError()) {
        for (DomainExpiry &known : m_domains) {
            if (known.domain != domain)
                continue;
            known.validityDays = m_request.neverExpires ? DomainExpiry::neverExpiresValue : m_request.validityDays;
            known.notificationDays = m_request.notificationDays;
        }
    }
    AuditLog log = m_session->auditLog();
    QString writeError;
    const bool written = log.append(entryFor(m_session->admin(), m_request, error, requestId), &writeError);
    setState(State::Ready);
    if (!written)
        Q_EMIT auditFailed(log.path(), writeError);
    Q_EMIT saved(m_request, error);
}
