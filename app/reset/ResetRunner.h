// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphRequest.h"
#include "reset/ResetOutcome.h"
#include "reset/ResetRequest.h"

#include <QObject>
#include <QPointer>

class ClockTimer;
class GraphCall;
class GraphClient;

/**
 * Resets one user's password through GraphClient:
 *  - cloud users: PATCH /users/{id} with passwordProfile;
 *  - synced users with writeback chosen: POST /users/{id}/authentication/methods/{passwordMethodId}/
 *    resetPassword with the new password, then polls the operation in Location until it
 *    succeeds or fails, with growing pauses;
 * then, when asked, POST /users/{id}/revokeSignInSessions. One reset at a time per runner.
 * The pauses between polls run on the GraphClient's clock.
 * A password is generated here (PasswordGenerator) when the request carries none.
 */
class ResetRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetRunner)
public:
    enum class Step { Idle, Resetting, WaitingForWriteback, SigningOut };
    Q_ENUM(Step)

    /** Pauses between polls of the writeback operation: initial (or Retry-After), doubled up to the cap. */
    struct PollPolicy
    {
        int initialDelayMs = 1000;
        int maxDelayMs = 8000;
        int maxPolls = 40;
    };

    explicit ResetRunner(GraphClient *client, QObject *parent = nullptr);
    ~ResetRunner() override;

    void setPollPolicy(const PollPolicy &policy) { m_pollPolicy = policy; }

    /** Starts @p request; returns false (and does nothing) while another reset runs. */
    bool start(const ResetRequest &request);
    void cancel();
    bool isRunning() const { return m_step != Step::Idle; }
    Step step() const { return m_step; }


Q_SIGNALS:
    void stepChanged(ResetRunner::Step step);
    /** Microsoft 365 asked to wait (throttled, busy): the request goes out again after @p delayMs. */
    void waiting(int delayMs, const GraphError &reason);
    void finished(const ResetOutcome &outcome);

private:
    void setStep(Step step);
    void send(const GraphRequest &request, void (ResetRunner::*handler)(const GraphResponse &));
    void onPatched(const GraphResponse &response);
    void onWritebackAccepted(const GraphResponse &response);
    void pollLater(int delayMs);
    void poll();
    void onPolled(const GraphResponse &response);
    void afterReset();
    void onSignedOut(const GraphResponse &response);
    void fail(ResetOutcome::Failure failure, const GraphError &error);
    void finish();
    int retryAfterMs(const GraphResponse &response, int fallbackMs) const;

    GraphClient *m_client;
    PollPolicy m_pollPolicy;
    ResetRequest m_request;
    ResetOutcome m_outcome;
    Step m_step = Step::Idle;
    QPointer<GraphCall> m_call;
    ClockTimer *m_pollTimer;
    QUrl m_operationUrl;
    int m_pollDelayMs = 0;
};
