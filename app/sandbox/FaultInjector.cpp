// SPDX-License-Identifier: MIT
#include "sandbox/FaultInjector.h"

// SCAFFOLD: the sandbox work replaces this with rates and rules.
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

std::optional<SandboxResponse> FaultInjector::itemFault(SandboxRequest &, TokenIssuer &)
{
    return std::nullopt;
}

FaultInjector::TransportPlan FaultInjector::planTransport(const SandboxRequest &)
{
    return {};
}

bool FaultInjector::roll(double probability)
{
    return m_random.generateDouble() < probability;
}

bool FaultInjector::ruleMatches(const SandboxFaultRule &, const SandboxRequest &) const
{
    return false;
}
