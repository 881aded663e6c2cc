// SPDX-License-Identifier: MIT
// The retry rules shared by single requests and $batch items, as a table: each row an answer,
// what was used up before, and what must happen next.
#include "CatchQt.h"

#include "graph/RetryDecision.h"

using namespace Qt::Literals::StringLiterals;
using RetryDecision::Action;

namespace {

GraphError httpError(int status, const QString &code = {}, int retryAfterSeconds = -1)
{
    QByteArray body;
    if (!code.isEmpty())
        body = QByteArray(R"({"error":{"code":")") + code.toUtf8() + R"(","message":"m"}})";
    return GraphError::fromHttp(status, body, retryAfterSeconds >= 0 ? QByteArray::number(retryAfterSeconds) : QByteArray(),
                                {}, {});
}

struct Row
{
    const char *name;
    RetryDecision::Outcome outcome;
    RetryDecision::Attempts before;
    Action action;
    /** -1: a backoff pause, checked against its bounds instead. */
    int delayMs;
    RetryDecision::Attempts after;
};

RetryDecision::Outcome answered(int status, const GraphError &error = {}, bool idempotent = false)
{
    RetryDecision::Outcome outcome;
    outcome.status = status;
    outcome.error = error;
    outcome.idempotent = idempotent;
    return outcome;
}

RetryDecision::Outcome noAnswer(bool idempotent)
{
    RetryDecision::Outcome outcome;
    outcome.error = GraphError::make(GraphError::Kind::NetworkUnavailable);
    outcome.idempotent = idempotent;
    return outcome;
}

} // namespace

TEST_CASE("RetryDecision: one table of retries for requests and batch items", "[graph][retry]")
{
    RetryPolicy policy; // production: 5 attempts, 10 throttle retries, 500 ms base, 5 s default
    RetryDecision::Outcome malformed = answered(200, GraphError::make(GraphError::Kind::MalformedResponse), true);
    malformed.malformedBody = true;
    RetryDecision::Outcome malformedPost = malformed;
    malformedPost.idempotent = false;
    RetryDecision::Outcome noTokenSource = answered(401, httpError(401, u"InvalidAuthenticationToken"_s));
    noTokenSource.canRefreshToken = false;

    const Row rows[] = {
        {"200 stands", answered(200), {}, Action::Finish, 0, {}},
        {"400 is final", answered(400, httpError(400, u"Request_BadRequest"_s)), {}, Action::Finish, 0, {}},
        {"403 is final", answered(403, httpError(403, u"Authorization_RequestDenied"_s)), {}, Action::Finish, 0, {}},
        {"404 is final", answered(404, httpError(404, u"Request_ResourceNotFound"_s)), {}, Action::Finish, 0, {}},
        {"401 refreshes the token once", answered(401, httpError(401, u"InvalidAuthenticationToken"_s)), {},
         Action::RefreshToken, 0, {0, 0, true}},
        {"a second 401 stands", answered(401, httpError(401, u"InvalidAuthenticationToken"_s)), {0, 0, true},
         Action::Finish, 0, {0, 0, true}},
        {"401 without a token source stands", noTokenSource, {}, Action::Finish, 0, {}},
        {"429 waits its Retry-After", answered(429, httpError(429, u"TooManyRequests"_s, 7)), {},
         Action::RetryThrottled, 7000, {1, 0, false}},
        {"429 without Retry-After waits the default", answered(429, httpError(429, u"TooManyRequests"_s)), {},
         Action::RetryThrottled, 5000, {1, 0, false}},
        {"429 has its own allowance", answered(429, httpError(429, u"TooManyRequests"_s, 1)), {9, 4, false},
         Action::RetryThrottled, 1000, {10, 4, false}},
        {"the eleventh 429 stands", answered(429, httpError(429, u"TooManyRequests"_s, 1)), {10, 0, false},
         Action::Finish, 0, {10, 0, false}},
        {"503 backs off", answered(503, httpError(503, u"serviceNotAvailable"_s)), {}, Action::RetryTransient, -1,
         {0, 1, false}},
        {"503 with Retry-After waits it", answered(503, httpError(503, u"serviceNotAvailable"_s, 3)), {},
         Action::RetryTransient, 3000, {0, 1, false}},
        {"503 after many 429s still retries", answered(503, httpError(503)), {10, 0, false}, Action::RetryTransient,
         -1, {10, 1, false}},
        {"the fifth failed send stands", answered(503, httpError(503)), {0, 4, false}, Action::Finish, 0,
         {0, 4, false}},
        {"a concurrency violation retries", answered(409, httpError(409, u"Directory_ConcurrencyViolation"_s)), {},
         Action::RetryTransient, -1, {0, 1, false}},
        {"a lost answer to a GET goes out again", noAnswer(true), {}, Action::RetryTransient, -1, {0, 1, false}},
        {"a lost answer to a POST stands", noAnswer(false), {}, Action::Finish, 0, {}},
        {"an unreadable body of a GET goes out again", malformed, {}, Action::RetryTransient, -1, {0, 1, false}},
        {"an unreadable body of a POST stands", malformedPost, {}, Action::Finish, 0, {}},
    };
    for (const Row &row : rows) {
        INFO(row.name);
        RetryDecision::Attempts attempts = row.before;
        const RetryDecision::Decision decision = RetryDecision::decide(row.outcome, attempts, policy, 0.5);
        CHECK(decision.action == row.action);
        if (row.delayMs >= 0) {
            CHECK(decision.delayMs == row.delayMs);
        } else {
            // d/2 + random * d/2 with d = min(cap, base * 2^(n-1)) for the n-th retry.
            const int d = qMin(policy.maxDelayMs, policy.baseDelayMs << (attempts.transientRetries - 1));
            CHECK(decision.delayMs == d / 2 + d / 4);
        }
        CHECK(attempts.throttleRetries == row.after.throttleRetries);
        CHECK(attempts.transientRetries == row.after.transientRetries);
        CHECK(attempts.tokenRefreshed == row.after.tokenRefreshed);
    }
}

TEST_CASE("RetryDecision: Retry-After is scaled by the policy, backoff grows to its cap", "[graph][retry]")
{
    RetryPolicy policy;
    policy.retryAfterScale = 0.01;
    CHECK(RetryDecision::retryAfterMs(httpError(429, u"TooManyRequests"_s, 30), policy) == 300);
    CHECK(RetryDecision::retryAfterMs(httpError(429, u"TooManyRequests"_s), policy) == 50);

    policy = RetryPolicy();
    policy.maxAttempts = 100;
    RetryDecision::Attempts attempts;
    int previous = 0;
    for (int i = 0; i < 12; ++i) {
        const RetryDecision::Decision decision
            = RetryDecision::decide(answered(503, httpError(503)), attempts, policy, 0.999);
        REQUIRE(decision.action == Action::RetryTransient);
        CHECK(decision.delayMs >= previous);
        CHECK(decision.delayMs <= policy.maxDelayMs);
        previous = decision.delayMs;
    }
    CHECK(previous > policy.maxDelayMs / 2);
}

TEST_CASE("RetryDecision: a Retry-After too long for a timer waits a day instead of not at all", "[graph][retry]")
{
    // Found by fuzzing: 999999999 seconds in milliseconds overflowed the int, which on x86 came
    // out as the smallest int and so as no wait at all, hammering a service that asked for rest.
    const RetryPolicy policy;
    constexpr int day = 24 * 60 * 60 * 1000;
    CHECK(RetryDecision::retryAfterMs(httpError(429, u"TooManyRequests"_s, 999'999'999), policy) == day);
    CHECK(RetryDecision::retryAfterMs(httpError(503, {}, 2'147'483'647), policy) == day);
    CHECK(RetryDecision::retryAfterMs(httpError(429, u"TooManyRequests"_s, 86'400), policy) == day);
    CHECK(RetryDecision::retryAfterMs(httpError(429, u"TooManyRequests"_s, 3'600), policy) == 3'600'000);
    RetryDecision::Attempts attempts;
    const RetryDecision::Decision decision = RetryDecision::decide(
        answered(429, httpError(429, u"TooManyRequests"_s, 999'999'999)), attempts, policy, 0.5);
    CHECK(decision.action == Action::RetryThrottled);
    CHECK(decision.delayMs == day);
}
