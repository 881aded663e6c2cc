// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthSession.h"
#include "auth/AuthTypes.h"
#include "delivery/MailComposer.h"
#include "delivery/MailPacer.h"
#include "delivery/OutgoingMail.h"
#include "graph/GraphError.h"
#include "graph/GraphRequest.h"
#include "audit/AuditLog.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

class ClockTimer;
class GraphCall;
class GraphClient;

/**
 * Sends planned password mails one at a time through POST /me/sendMail, paced by MailPacer to the
 * sender's 30 messages per minute (on the GraphClient's clock). Knows each message's fate: a
 * failure the message itself caused (e.g. a recipient Exchange refuses) is recorded with its
 * GraphError and the run goes on; a failure of the sender or the connection (no mailbox, session
 * expired, network gone, still throttled after retries) pauses the run with interrupted(), and
 * resume() carries on with the messages not yet accepted. Nothing is sent twice: pause and cancel
 * wait for the message in flight to be answered, and deliveredKeys() lets a new run skip what an
 * earlier one delivered.
 *
 * Asks for Mail.Send on first use (incremental consent through AuthSession) when given a session.
 * Given an audit log, records every answered message there, one line per user it carries: the
 * recipients, the outcome and Graph's request id — never the password or the body.
 */
class MailDeliveryRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailDeliveryRun)
public:
    enum class State {
        Idle,
        WaitingForConsent, // the admin is asked to allow Mail.Send in the browser
        Running,
        Pausing,           // a pause or cancel waits for the message in flight
        Paused,            // by pause() or by an interruption; resume() carries on
        Finished,          // every message sent or failed
        Cancelled,
    };
    Q_ENUM(State)

    enum class MessageState { Pending, Sending, Sent, Failed };

    struct Delivery
    {
        OutgoingMail mail;
        MessageState state = MessageState::Pending;
        GraphError error; // for Failed
        QString requestId; // Graph's id of the last answer
    };

    MailDeliveryRun(GraphClient *client, MailComposer composer, const QList<OutgoingMail> &messages,
                    QObject *parent = nullptr);
    ~MailDeliveryRun() override;

    /** Ask this session for Mail.Send before the first message when it has not been granted. */
    void setAuthSession(AuthSession *auth) { m_auth = auth; }
    void setPacer(const MailPacer &pacer) { m_pacer = pacer; }
    const MailPacer &pacer() const { return m_pacer; }
    /** Record every answered message in @p log (the sender of the composer is the admin named). */
    void setAuditLog(const AuditLog &log) { m_audit = log; }
    /**
     * The lines for @p delivery answered with @p outcome ("succeeded", "failed", "uncertain"),
     * one per user whose password the message carries.
     */
    static QList<AuditEntry> auditEntries(const MailComposer &composer, const Delivery &delivery,
                                          const QString &outcome, const GraphError &error);
    /** Messages an earlier, interrupted run delivered: counted as sent and never sent again. */
    void markDelivered(const QSet<QString> &keys);

    void start();
    void pause();
    void resume();
    /** Stops after the message in flight; what was not sent stays Pending (see deliveredKeys()). */
    void cancel();
    /** Puts failed messages back in the queue and resumes (after the admin fixed the cause). */
    void retryFailed();

    State state() const { return m_state; }
    const MailComposer &composer() const { return m_composer; }
    const QList<Delivery> &deliveries() const { return m_deliveries; }
    int total() const { return int(m_deliveries.size()); }
    int sentCount() const;
    int failedCount() const;
    QSet<QString> deliveredKeys() const;
    /** The error that paused the run, if an interruption did. */
    const GraphError &interruption() const { return m_interruption; }
    /** How often a message waited for the pacer, and how often the service still throttled us. */
    int pacedWaits() const { return m_pacedWaits; }
    int throttledRetries() const { return m_throttledRetries; }

Q_SIGNALS:
    void stateChanged(MailDeliveryRun::State state);
    void progress(int sent, int total);
    void messageSent(int index);
    void messageFailed(int index, const GraphError &error);
    /** The next message waits @p delayMs for the sending limit. */
    void waitingForLimit(int delayMs);
    /** The run paused because the sender or the connection failed; resume() retries. */
    void interrupted(const GraphError &error);
    /** Mail.Send was not granted; nothing was sent. */
    void consentFailed(const AuthError &error);
    /** A line could not be written to the audit log: said once per run. */
    void auditFailed(const QString &path, const QString &error);
    /** Every message is sent or failed (state Finished), or the run was cancelled (state Cancelled). */
    void finished();

private:
    void setState(State state);
    void requestConsent();
    void dropConsent();
    void sendNext();
    void onReply(int index, const GraphResponse &response);
    void record(int index, const QString &outcome, const GraphError &error);
    /** Whether @p error is about the sender or connection (every later message would fail too). */
    static bool stopsTheRun(const GraphError &error);
    int nextPending() const;
    void finishIfDone();

    GraphClient *m_client;
    QPointer<AuthSession> m_auth;
    std::optional<AuditLog> m_audit;
    bool m_auditFailed = false;
    MailComposer m_composer;
    QList<Delivery> m_deliveries;
    MailPacer m_pacer = MailPacer::exchangeOnline();
    ClockTimer *m_paceTimer;
    QPointer<GraphCall> m_call;
    /** Owns the pending Mail.Send consent (ScopeConsent); deleting it abandons the consent. */
    QPointer<QObject> m_consent;
    GraphError m_interruption;
    State m_state = State::Idle;
    bool m_cancelRequested = false;
    int m_pacedWaits = 0;
    int m_throttledRetries = 0;
};
