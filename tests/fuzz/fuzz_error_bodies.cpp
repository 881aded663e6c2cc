// SPDX-License-Identifier: MIT
// The bodies the services answer with when something failed: Graph's {"error": {...}} with its
// innerError, the identity platform's OAuth error with error_codes, and the token response.
#include "FuzzSupport.h"

#include "auth/IdTokenClaims.h"
#include "auth/IdentityClient.h"
#include "graph/GraphError.h"
#include "graph/RetryDecision.h"
#include "graph/RetryPolicy.h"

#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    const RetryPolicy policy;
    // Short inputs are also tried as the Retry-After header that comes with the body.
    const QByteArray retryAfter = body.size() <= 32 ? body : QByteArray("120");
    for (int status : {400, 401, 403, 404, 409, 429, 500, 503, 504}) {
        const GraphError graph = GraphError::fromHttp(status, body, retryAfter, "request-id-header", {});
        Fuzz::check(graph.isError(), "an HTTP error is an error");
        graph.technicalSummary();
        Fuzz::check(GraphError::kindFromName(GraphError::kindName(graph.kind)) == graph.kind,
                    "the kind survives its name");
        RetryDecision::Outcome outcome;
        outcome.status = status;
        outcome.error = graph;
        outcome.idempotent = true;
        RetryDecision::Attempts attempts;
        Fuzz::check(RetryDecision::decide(outcome, attempts, policy, 0.5).delayMs >= 0,
                    "a retry never waits a negative time");

        const AuthError identity = IdentityClient::parseError(status, body);
        Fuzz::check(identity.isError(), "an identity platform failure is an error");
    }
    AuthError tokenError;
    const TokenResponse tokens
        = IdentityClient::parseTokenResponse(body, QDateTime::fromSecsSinceEpoch(1'760'000'000, Qt::UTC), &tokenError);
    if (!tokenError.isError()) {
        Fuzz::check(!tokens.accessToken.isEmpty(), "a token response has an access token");
        IdTokenClaims::decode(tokens.idToken);
    }
    return 0;
}
