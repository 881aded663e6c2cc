// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

/**
 * Error bodies exactly as Microsoft Graph (error.code, error.message, error.innerError with date,
 * request-id and client-request-id) and the identity platform (error, error_description with the
 * AADSTS code, error_codes, timestamp, trace_id, correlation_id) shape them. Every Graph failure
 * of the sandbox is built here.
 */
namespace GraphErrors {

/** { "error": { code, message, innerError: { date, request-id, client-request-id } } } */
SandboxResponse error(const SandboxRequest &request, int status, const QString &code, const QString &message);

/** 403 Authorization_RequestDenied "Insufficient privileges to complete the operation." */
SandboxResponse insufficientPrivileges(const SandboxRequest &request);
/** 404 Request_ResourceNotFound "Resource '<id>' does not exist or …" */
SandboxResponse resourceNotFound(const SandboxRequest &request, const QString &resource);
/** 400 Request_BadRequest with @p message. */
SandboxResponse badRequest(const SandboxRequest &request, const QString &message);
/** 400 Request_UnsupportedQuery with @p message. */
SandboxResponse unsupportedQuery(const SandboxRequest &request, const QString &message);
/** 401 InvalidAuthenticationToken with a WWW-Authenticate challenge. */
SandboxResponse invalidAuthenticationToken(const SandboxRequest &request, const QString &message);
/** 429 TooManyRequests with Retry-After and the x-ms-throttle-* headers. */
SandboxResponse tooManyRequests(const SandboxRequest &request, int retryAfterSeconds, const QString &scope,
                                const QString &information);
/** 503 / 504 as the service sends them under load. */
SandboxResponse serviceUnavailable(const SandboxRequest &request, int status);

/** The password-complexity rejection, alike for length, classes and banned list (observed, not in docs). */
QString passwordComplexityMessage();
/** The "on-premises mastered" rejection of synced users (observed, not in the docs). */
QString onPremisesMasteredMessage();

/**
 * Identity-platform error (token/devicecode endpoints): { error, error_description "AADSTSnnnn: …",
 * error_codes, timestamp, trace_id, correlation_id, error_uri }.
 */
SandboxResponse identityError(int status, const QString &error, int aadstsCode, const QString &description);

} // namespace GraphErrors
