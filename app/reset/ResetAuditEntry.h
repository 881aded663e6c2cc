// SPDX-License-Identifier: MIT
#pragma once

#include "audit/AuditLog.h"

#include <QDateTime>

struct ResetOutcome;
struct ResetRequest;
struct SignedInAdmin;

/**
 * The audit line for a finished reset of one user, single or in a bulk run: the action (reset,
 * resend or writeback reset), the options asked for, and how it ended. Never the password.
 */
AuditEntry resetAuditEntry(const ResetRequest &request, const SignedInAdmin &admin, const ResetOutcome &outcome,
    const QDateTime &time = QDateTime::currentDateTimeUtc());
