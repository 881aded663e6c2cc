// SPDX-License-Identifier: MIT
#include "sandbox/FaultInjector.h"

#include "sandbox/GraphErrors.h"
#include "sandbox/TokenIssuer.h"

using namespace Qt::Literals::StringLiterals;

namespace {

bool isTransportAction(SandboxFaultRule::Action action)
{
    return action == SandboxFaultRule::Action::ResetConnection
           || action == SandboxFaultRule::Action::ResetConnectionAfterHandling
           || action == SandboxFaultRule::Action::Delay || action == SandboxFaultRule::Action::MalformedBody;
}

/** The Graph path of a whole HTTP request ("/v1.0/users/x" -> segments users, x); empty if not Graph. */
QStringList graphSegments(const SandboxRequest &request)
{
    if (request.segments.value(0) != u"v1.0"_s)
        return {};
    return request.segments.mid(1);
}

} // namespace

std::optional<SandboxFaultRule::Action> SandboxFaultRule::actionFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower.isEmpty() || lower == u"respond"_s)
        return Action::Respond;
    if (lower == u"reset"_s || lower == u"resetconnection"_s)
        return Action::ResetConnection;
    if (lower == u"resetafter"_s || lower == u"resetconnectionafterhandling"_s)
        return Action::ResetConnectionAfterHandling;
    if (lower == u"delay"_s || lower == u"slow"_s)
        return Action::Delay;
    if (lower == u"malformed"_s || lower == u"malformedbody"_s)
        return Action::MalformedBody;
    if (lower == u"expiretoken"_s || lower == u"expire"_s)
        return Action::ExpireToken;
    return std::nullopt;
}

FaultInjector::FaultInjector(quint32 seed)
    : m_random(seed)
{
}

void FaultInjector::addRule(SandboxFaultRule rule)
{
    m_rules.push_back(std::move(rule));
}

void FaultInjector::clearRules()
{
    m_rules.clear();
}

qint64 FaultInjector::total() const
{
    qint64 sum = 0;
    for (const qint64 count : m_counts)
        sum += count;
    return sum;
}

SandboxFaultRule *FaultInjector::takeRule(const SandboxRequest &request, bool transportActions)
{
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (isTransportAction(it->action) != transportActions || it->remaining == 0)
            continue;
        if (!ruleMatches(*it, request))
            continue;
        if (it->after > 0) {
            --it->after;
            continue;
        }
        if (it->remaining > 0)
            --it->remaining;
        return &*it;
    }
    return nullptr;
}

std::optional<SandboxResponse> FaultInjector::itemFault(SandboxRequest &request, TokenIssuer &tokens)
{
    if (SandboxFaultRule *rule = takeRule(request, false)) {
        if (rule->action == SandboxFaultRule::Action::ExpireToken) {
            if (request.caller)
                tokens.expireAccessToken(request.caller->tokenId);
            m_counts[u"expired"_s] += 1;
            return GraphErrors::invalidAuthenticationToken(request, u"Access token has expired or is not yet valid."_s);
        }
        m_counts[u"rule"_s] += 1;
        SandboxResponse response;
        if (rule->status == 429 && rule->code.isEmpty()) {
            response = GraphErrors::tooManyRequests(request, qMax(1, rule->retryAfterSeconds), {}, {});
        } else if ((rule->status == 503 || rule->status == 504) && rule->code.isEmpty()) {
            response = GraphErrors::serviceUnavailable(request, rule->status);
        } else {
            response = GraphErrors::error(request, rule->status, rule->code.isEmpty() ? u"UnknownError"_s : rule->code,
                                          rule->message);
        }
        if (rule->retryAfterSeconds > 0)
            response.setHeader("Retry-After", QByteArray::number(rule->retryAfterSeconds));
        return response;
    }

    // One roll per kind, always in the same order, so a seed replays the same faults.
    const bool throttle = roll(m_rates.throttled429);
    const bool unavailable = roll(m_rates.unavailable503);
    const bool timeout = roll(m_rates.timeout504);
    if (throttle) {
        m_counts[u"429"_s] += 1;
        return GraphErrors::tooManyRequests(request, 1 + int(m_random.bounded(5)), {}, {});
    }
    if (unavailable) {
        m_counts[u"503"_s] += 1;
        return GraphErrors::serviceUnavailable(request, 503);
    }
    if (timeout) {
        m_counts[u"504"_s] += 1;
        return GraphErrors::serviceUnavailable(request, 504);
    }
    return std::nullopt;
}

FaultInjector::TransportPlan FaultInjector::planTransport(const SandboxRequest &request)
{
    TransportPlan plan;
    const QStringList segments = graphSegments(request);
    if (segments.isEmpty())
        return plan;

    SandboxRequest graphRequest;
    graphRequest.method = request.method;
    graphRequest.segments = segments;
    graphRequest.path = u"/"_s + segments.join(u'/');
    if (SandboxFaultRule *rule = takeRule(graphRequest, true)) {
        switch (rule->action) {
        case SandboxFaultRule::Action::ResetConnection:
            plan.resetBeforeHandling = true;
            m_counts[u"reset"_s] += 1;
            break;
        case SandboxFaultRule::Action::ResetConnectionAfterHandling:
            plan.resetAfterHandling = true;
            m_counts[u"reset"_s] += 1;
            break;
        case SandboxFaultRule::Action::MalformedBody:
            plan.malformedBody = true;
            m_counts[u"malformed"_s] += 1;
            break;
        case SandboxFaultRule::Action::Delay:
            plan.extraDelayMs = rule->delayMs;
            m_counts[u"slow"_s] += 1;
            break;
        default:
            break;
        }
        return plan;
    }

    const bool reset = roll(m_rates.connectionReset);
    const bool resetAfter = roll(m_rates.resetAfterProcessing);
    const bool slow = roll(m_rates.slowResponse);
    const bool malformed = roll(m_rates.malformedBody);
    if (reset) {
        m_counts[u"reset"_s] += 1;
        (resetAfter ? plan.resetAfterHandling : plan.resetBeforeHandling) = true;
        return plan;
    }
    if (slow) {
        m_counts[u"slow"_s] += 1;
        plan.extraDelayMs = m_rates.slowResponseMs;
    }
    if (malformed) {
        m_counts[u"malformed"_s] += 1;
        plan.malformedBody = true;
    }
    return plan;
}

bool FaultInjector::roll(double probability)
{
    // Always draw, so whether one kind is enabled does not shift the others' sequence.
    const double draw = m_random.generateDouble();
    return draw < probability;
}

bool FaultInjector::ruleMatches(const SandboxFaultRule &rule, const SandboxRequest &request) const
{
    if (!rule.method.isEmpty() && rule.method.compare(request.method, Qt::CaseInsensitive) != 0)
        return false;
    if (rule.path.isValid() && !rule.path.pattern().isEmpty() && !rule.path.match(request.path).hasMatch())
        return false;
    if (!rule.userId.isEmpty()) {
        const QString first = request.segments.value(0).toLower();
        const QString target = request.segments.value(1);
        bool addressed = false;
        if (first == u"users"_s) {
            addressed = target.compare(rule.userId, Qt::CaseInsensitive) == 0
                        || (!rule.userPrincipalName.isEmpty()
                            && target.compare(rule.userPrincipalName, Qt::CaseInsensitive) == 0);
        } else if (first == u"me"_s && request.caller) {
            addressed = request.caller->userId == rule.userId;
        }
        if (!addressed)
            return false;
    }
    return true;
}
