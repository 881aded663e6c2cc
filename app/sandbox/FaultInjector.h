// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxTypes.h"

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
};

/** Seeded random faults and targeted rules (graph-api.md §16 item 24). */
class FaultInjector
{
public:
    explicit FaultInjector(quint32 seed);

    void setRates(const SandboxFaultRates &rates) { m_rates = rates; }
    const SandboxFaultRates &rates() const { return m_rates; }
    void addRule(SandboxFaultRule rule);
    void clearRules();

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

private:
    bool roll(double probability);
    bool ruleMatches(const SandboxFaultRule &rule, const SandboxRequest &request) const;

    SandboxFaultRates m_rates;
    QRandomGenerator m_random;
    std::vector<SandboxFaultRule> m_rules;
};
