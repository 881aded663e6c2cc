// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxTypes.h"

#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <optional>
#include <vector>

class TokenIssuer;

/** A targeted fault: "answer this documented error for this user", "expire the token", … */
struct SandboxFaultRule
{
    enum class Action {
        Respond,         // answer status/code/message instead of the handler
        ResetConnection, // drop the connection (before the handler runs)
        /** Drop the connection after the handler ran: the change is applied, its answer lost. */
        ResetConnectionAfterHandling,
        Delay,           // add delayMs to the response
        MalformedBody,   // answer with a broken JSON body
        ExpireToken,     // expire the caller's access token, then answer 401 as Graph does
    };
    Action action = Action::Respond;
    QByteArray method;           // empty = any
    QRegularExpression path;     // matched against the Graph path ("/users/…"); invalid/empty = any
    QString userId;              // matches when the path addresses this user (by id); empty = any
    int remaining = 1;           // how many requests it hits; -1 = unlimited
    int status = 500;
    QString code;
    QString message;
    int retryAfterSeconds = 0;   // adds Retry-After when > 0
    int delayMs = 0;
    /** Also matches the user addressed by this UPN (case-insensitive); set with userId. */
    QString userPrincipalName;
    /** Matching requests let through before the rule starts to hit ("expire after N requests"). */
    int after = 0;

    static std::optional<Action> actionFromName(const QString &name);
};

/**
 * Seeded random faults (429, 503/504, slow answers, dropped connections, broken bodies) and
 * targeted rules that force any documented error. Only Graph requests
 * (/v1.0/…) get faults: the inspection API and sign-in stay dependable so tests can steer.
 */
class FaultInjector
{
public:
    explicit FaultInjector(quint32 seed);

    void setRates(const SandboxFaultRates &rates) { m_rates = rates; }
    const SandboxFaultRates &rates() const { return m_rates; }
    void addRule(SandboxFaultRule rule);
    void clearRules();
    qsizetype ruleCount() const { return qsizetype(m_rules.size()); }

    /** For one Graph item: an injected 429/503/504 or rule response; nullopt to carry on. */
    std::optional<SandboxResponse> itemFault(SandboxRequest &request, TokenIssuer &tokens);

    /** Decides the transport-level fate of a whole HTTP request before it is handled. */
    struct TransportPlan
    {
        bool resetBeforeHandling = false;
        bool resetAfterHandling = false;
        bool malformedBody = false;
        int extraDelayMs = 0;
    };
    TransportPlan planTransport(const SandboxRequest &request);

    /** Injected faults by kind ("429", "503", "504", "reset", "slow", "malformed", "rule", "expired"). */
    const QHash<QString, qint64> &counts() const { return m_counts; }
    qint64 total() const;

private:
    bool roll(double probability);
    bool ruleMatches(const SandboxFaultRule &rule, const SandboxRequest &request) const;
    /** The first live rule with one of @p actions matching @p request, consuming one hit of it. */
    SandboxFaultRule *takeRule(const SandboxRequest &request, bool transportActions);

    SandboxFaultRates m_rates;
    QRandomGenerator m_random;
    std::vector<SandboxFaultRule> m_rules;
    QHash<QString, qint64> m_counts;
};
