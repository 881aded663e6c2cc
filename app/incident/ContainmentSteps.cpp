// SPDX-License-Identifier: MIT
#include "incident/ContainmentSteps.h"

#include "bulk/BulkResetItem.h"
#include "bulk/JournalReason.h"
#include "bulk/ResetJournal.h"
#include "incident/IncidentLogging.h"
#include "incident/MethodRemoval.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

ContainmentSteps::ContainmentSteps(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ContainmentSteps::~ContainmentSteps() = default;

void ContainmentSteps::setAuditTrail(const AuditLog &log, const SignedInAdmin &admin)
{
    m_audit = log;
    m_admin = admin;
}

void ContainmentSteps::start(ResetJournal *journal, const QList<User> &users)
{
    m_journal = journal;
    m_queue = users;
    m_running = true;
    // A pause of the run before this step began holds it too.
    m_cancelled = false;
    qCInfo(lcIncident) << "removing the authentication methods of" << users.size() << "users";
    startMore();
}

void ContainmentSteps::pause()
{
    m_paused = true;
}

void ContainmentSteps::resume()
{
    if (!std::exchange(m_paused, false) || !m_running)
        return;
    startMore();
}

void ContainmentSteps::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_queue.clear();
    startMore();
}

void ContainmentSteps::startMore()
{
    while (!m_paused && !m_cancelled && !m_queue.isEmpty() && m_inFlight < m_maxInFlight) {
        const User user = m_queue.takeFirst();
        auto *removal = new MethodRemoval(m_client, m_audit, m_admin, this);
        ++m_inFlight;
        connect(removal, &MethodRemoval::finished, this,
            [this, removal, user] { onRemovalFinished(removal, user); });
        removal->start(user.userId, user.userPrincipalName);
    }
    if (m_running && m_inFlight == 0 && (m_queue.isEmpty() || m_cancelled)) {
        m_running = false;
        Q_EMIT finished();
    }
}

void ContainmentSteps::onRemovalFinished(MethodRemoval *removal, const User &user)
{
    --m_inFlight;
    removal->deleteLater();
    const QJsonObject outcome = outcomeOf(*removal);
    // Not recorded only means the user is listed again after a restart: nothing is deleted twice.
    if (m_journal && !m_journal->markMethods(user.userId, outcome))
        qCWarning(lcIncident) << "could not record the method removal of" << user.userId << "in the journal";
    Q_EMIT userFinished(user.index, outcome);
    startMore();
}

QJsonObject ContainmentSteps::outcomeOf(const MethodRemoval &removal)
{
    QJsonArray removed;
    QJsonArray refused;
    QString reason;
    for (const MethodRemoval::Method &method : removal.methods()) {
        if (method.removed) {
            removed.append(method.kind);
            continue;
        }
        refused.append(method.kind);
        if (reason.isEmpty())
            reason = JournalReason::of(method.error);
    }
    if (removal.listError().isError())
        reason = JournalReason::of(removal.listError());
    QJsonObject outcome {{u"removed"_s, removed}, {u"refused"_s, refused}};
    if (!reason.isEmpty())
        outcome.insert(u"reason"_s, reason);
    return outcome;
}

void ContainmentSteps::apply(const QJsonObject &outcome, BulkItemResult &result)
{
    result.methodsDone = true;
    result.methodsRemoved.clear();
    result.methodsRefused.clear();
    for (const QJsonValue &kind : outcome.value(u"removed"_s).toArray())
        result.methodsRemoved.append(kind.toString());
    for (const QJsonValue &kind : outcome.value(u"refused"_s).toArray())
        result.methodsRefused.append(kind.toString());
    const QString reason = outcome.value(u"reason"_s).toString();
    result.methodsError = reason.isEmpty() ? GraphError() : JournalReason::toError(reason);
}
