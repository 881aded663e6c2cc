// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/FaultInjector.h"

#include <QString>

/** Documented Graph answers to password writes (PATCH /users/{id}), for tests that need them. */
namespace PasswordWriteFaults {

/** The next password write for @p userId is throttled: 429 with Retry-After @p seconds. */
inline SandboxFaultRule throttledOnce(const QString &userId, int seconds)
{
    SandboxFaultRule rule;
    rule.method = "PATCH";
    rule.userId = userId;
    rule.status = 429;
    rule.retryAfterSeconds = seconds;
    rule.remaining = 1;
    return rule;
}

/** Every password write is refused as when the permission or the role is missing (403). */
inline SandboxFaultRule allRefused()
{
    SandboxFaultRule rule;
    rule.method = "PATCH";
    rule.status = 403;
    rule.code = QStringLiteral("Authorization_RequestDenied");
    rule.message = QStringLiteral("Insufficient privileges to complete the operation.");
    rule.remaining = -1;
    return rule;
}

} // namespace PasswordWriteFaults
