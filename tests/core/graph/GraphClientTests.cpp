// SPDX-License-Identifier: MIT
// GraphClient against the sandbox over real HTTP. Routes under /test/… are added by the tests
// themselves where a behaviour must be exact (a route that fails twice, then succeeds).
#include "CatchQt.h"
#include "ManualClock.h"
#include "WaitUntil.h"
#include "SandboxFixture.h"
#include "SandboxTokenSource.h"

#include "directory/DirectoryUser.h"
#include "graph/GraphClient.h"
#include "sandbox/GraphErrors.h"
#include "sandbox/GraphService.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTcpServer>

using namespace Qt::Literals::StringLiterals;

namespace {

/**
 * A client wired to a fixture's sandbox: on the real clock with a fast retry policy, or, given a
 * ManualClock, with the production policy's waits passing on that clock.
 */
struct ClientRig
{
    SandboxFixture &fixture;
    ManualClock *clock;
    QNetworkAccessManager network;
    SandboxTokenSource tokens;
    GraphClient client;

    explicit ClientRig(SandboxFixture &f, ManualClock *manual = nullptr)
        : fixture(f)
        , clock(manual)
        , tokens([&f] { return f.adminToken(); })
        , client(&network, &tokens)
    {
        REQUIRE(client.setGraphRoot(f.sandbox().graphUrl()));
        RetryPolicy policy;
        policy.transferTimeoutMs = 5000;
        if (clock) {
            client.setClock(clock);
            clock->watchNetwork(&network);
        } else {
            policy.baseDelayMs = 10;
            policy.maxDelayMs = 50;
            policy.retryAfterScale = 0.01; // "Retry-After: 1" waits 10 ms here
        }
        client.setRetryPolicy(policy);
    }

    GraphResponse run(const GraphRequest &request, QList<int> *retryDelays = nullptr)
    {
        GraphCall *call = client.send(request);
        GraphResponse result;
        bool done = false;
        QObject::connect(call, &GraphCall::finished, [&](const GraphResponse &response) {
            result = response;
            done = true;
        });
        if (retryDelays) {
            QObject::connect(call, &GraphCall::retrying,
                             [retryDelays](int, int delayMs, const GraphError &) { retryDelays->append(delayMs); });
        }
        const auto finished = [&] { return done; };
        REQUIRE((clock ? waitUntil(finished, *clock, 20000) : waitUntil(finished, 20000)));
        return result;
    }
};

/** Adds GET /test/<name> that answers @p failures times with @p failure, then 200 {"ok":true}. */
std::shared_ptr<int> addFlakyRoute(SandboxFixture &fixture, const QString &name, int failures,
                                   std::function<SandboxResponse(const SandboxRequest &)> failure)
{
    auto calls = std::make_shared<int>(0);
    fixture.sandbox().graph().router().add("GET", u"/test/"_s + name, {},
                                           [calls, failures, failure](SandboxRequest &request, const QStringList &) {
                                               if ((*calls)++ < failures)
                                                   return failure(request);
                                               return SandboxResponse::json(200, QJsonObject{{u"ok"_s, true}});
                                           });
    return calls;
}

/** Page @p page of a three-page test collection at @p path: a nextLink to the next, a deltaLink on the last. */
SandboxResponse testPage(SandboxRequest &request, const QString &path, int page, const QJsonArray &value)
{
    QJsonObject body {{u"value"_s, value}};
    if (page < 2)
        body.insert(u"@odata.nextLink"_s, QString(request.graphRoot() + path + u"?$skiptoken=%1"_s.arg(page + 1)));
    else
        body.insert(u"@odata.deltaLink"_s, QString(request.graphRoot() + path + u"?$deltatoken=last"_s));
    return SandboxResponse::json(200, body);
}

/** Waits for @p reader to finish; its error kind, and the deltaLink it ended with. */
GraphError::Kind waitForPages(GraphPageReader *reader, QUrl *deltaLink)
{
    QSignalSpy finished(reader, &GraphPageReader::finished);
    QObject::connect(reader, &GraphPageReader::finished, [deltaLink, reader] { *deltaLink = reader->deltaLink(); });
    REQUIRE(finished.wait(10000));
    return finished.first().first().value<GraphError>().kind;
}

} // namespace

TEST_CASE("GraphClient: sends the bearer token and a fresh client-request-id with every call", "[core][graph]")
{
    SandboxFixture fixture;
    ClientRig rig(fixture);
    QStringList seenIds;
    QStringList seenUsers;
    fixture.sandbox().graph().router().add("GET", u"/test/echo"_s, {}, [&](SandboxRequest &request, const QStringList &) {
        seenIds.append(request.clientRequestId);
        seenUsers.append(request.caller->userId);
        return SandboxResponse::json(200, QJsonObject{{u"value"_s, 42}});
    });

    const GraphResponse first = rig.run(GraphRequest::get(u"/test/echo"_s));
    const GraphResponse second = rig.run(GraphRequest::get(u"/test/echo"_s));
    REQUIRE(first.ok());
    CHECK(first.object().value(u"value"_s).toInt() == 42);
    CHECK(first.attempts == 1);
    REQUIRE(seenIds.size() == 2);
    CHECK_FALSE(seenIds.at(0).isEmpty());
    CHECK(seenIds.at(0) != seenIds.at(1));
    CHECK(seenUsers == QStringList{fixture.adminId(), fixture.adminId()});
    CHECK(first.header("client-request-id") == seenIds.at(0).toLatin1());
    CHECK(second.ok());
}

TEST_CASE("GraphClient: an expired token is refreshed once and the request replayed", "[core][graph]")
{
    SandboxFixture fixture;
    ClientRig rig(fixture);
    const auto calls = addFlakyRoute(fixture, u"data"_s, 0, {});
    fixture.context().tokens.expireAllAccessTokens();

    const GraphResponse response = rig.run(GraphRequest::get(u"/test/data"_s));
    CHECK(response.ok());
    CHECK(response.attempts == 2);
    CHECK(rig.tokens.refreshCount() == 1);
    CHECK(*calls == 1); // the first attempt was refused before the handler ran
}

TEST_CASE("GraphClient: a refresh that fails ends in SessionExpired without looping", "[core][graph]")
{
    SandboxFixture fixture;
    ClientRig rig(fixture);
    addFlakyRoute(fixture, u"data"_s, 0, {});
    fixture.context().tokens.expireAllAccessTokens();
    rig.tokens.setRefreshFails(true);

    const GraphResponse response = rig.run(GraphRequest::get(u"/test/data"_s));
    CHECK(response.error.kind == GraphError::Kind::SessionExpired);
    CHECK(response.error.code == u"InvalidAuthenticationToken"_s);
    CHECK(rig.tokens.refreshCount() == 1);
    CHECK(response.attempts == 1);
}

TEST_CASE("GraphClient: waits out 429 Retry-After and then succeeds", "[core][graph]")
{
    SandboxFixture fixture;
    ManualClock clock;
    ClientRig rig(fixture, &clock);
    const auto calls = addFlakyRoute(fixture, u"throttled"_s, 2, [](const SandboxRequest &request) {
        return GraphErrors::tooManyRequests(request, 3, u"Tenant_Application/ReadWrite/app/tenant"_s,
                                            u"ResourceUnitLimitExceeded"_s);
    });
    QList<int> delays;
    const GraphResponse response = rig.run(GraphRequest::get(u"/test/throttled"_s), &delays);
    CHECK(response.ok());
    CHECK(response.attempts == 3);
    CHECK(*calls == 3);
    // Exactly as long as the service asked, each time.
    CHECK(delays == QList<int>{3000, 3000});
    CHECK(clock.monotonicMs() == 6000);
}

TEST_CASE("GraphClient: gives up on 429 after the policy's throttle retries", "[core][graph]")
{
    // On the real clock: Retry-After really passes here, scaled down, between real HTTP requests.
    SandboxFixture fixture;
    ClientRig rig(fixture);
    RetryPolicy policy = rig.client.retryPolicy();
    policy.maxThrottleRetries = 2;
    rig.client.setRetryPolicy(policy);
    addFlakyRoute(fixture, u"throttled"_s, 100, [](const SandboxRequest &request) {
        return GraphErrors::tooManyRequests(request, 1, {}, {});
    });
    const GraphResponse response = rig.run(GraphRequest::get(u"/test/throttled"_s));
    CHECK(response.error.kind == GraphError::Kind::Throttled);
    CHECK(response.error.retryAfterSeconds == 1);
    CHECK(response.attempts == 3);
}

TEST_CASE("GraphClient: retries 503 and 504 with backoff and reports the last error when they persist", "[core][graph]")
{
    SandboxFixture fixture;
    ManualClock clock;
    ClientRig rig(fixture, &clock);
    addFlakyRoute(fixture, u"recovers"_s, 2,
                  [](const SandboxRequest &request) { return GraphErrors::serviceUnavailable(request, 503); });
    addFlakyRoute(fixture, u"down"_s, 100,
                  [](const SandboxRequest &request) { return GraphErrors::serviceUnavailable(request, 504); });

    const GraphResponse recovered = rig.run(GraphRequest::get(u"/test/recovers"_s));
    CHECK(recovered.ok());
    CHECK(recovered.attempts == 3);

    const GraphResponse down = rig.run(GraphRequest::get(u"/test/down"_s));
    CHECK(down.error.kind == GraphError::Kind::ServiceUnavailable);
    CHECK(down.error.httpStatus == 504);
    CHECK(down.attempts == rig.client.retryPolicy().maxAttempts);
    CHECK_FALSE(down.error.requestId.isEmpty());
}

TEST_CASE("GraphClient: no answer at all is retried for safe requests only", "[core][graph]")
{
    SandboxFixture fixture;
    ManualClock clock;
    ClientRig rig(fixture, &clock);
    // A port that is certainly closed: bind one, note it, close it again.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    REQUIRE(rig.client.setGraphRoot(QUrl(u"http://127.0.0.1:%1/v1.0"_s.arg(closedPort))));

    const GraphResponse get = rig.run(GraphRequest::get(u"/users"_s));
    CHECK(get.error.kind == GraphError::Kind::NetworkUnavailable);
    CHECK(get.attempts == rig.client.retryPolicy().maxAttempts);

    // A POST may have been carried out before the connection dropped: never sent twice.
    const GraphResponse post = rig.run(GraphRequest::post(u"/me/sendMail"_s, QJsonObject{}));
    CHECK(post.error.kind == GraphError::Kind::NetworkUnavailable);
    CHECK(post.attempts == 1);
}

TEST_CASE("GraphClient: maps Graph's error bodies to typed errors", "[core][graph]")
{
    const auto error = [](int status, const QString &code, const QString &message) {
        const QByteArray body = QJsonDocument(QJsonObject{
            {u"error"_s, QJsonObject{{u"code"_s, code},
                                     {u"message"_s, message},
                                     {u"innerError"_s, QJsonObject{{u"request-id"_s, u"rid"_s},
                                                                   {u"client-request-id"_s, u"crid"_s},
                                                                   {u"date"_s, u"2026-11-24T10:00:00"_s}}}}}})
                                    .toJson();
        return GraphError::fromHttp(status, body, "7", {}, {});
    };
    using Kind = GraphError::Kind;
    CHECK(error(400, u"Request_BadRequest"_s,
                u"The specified password does not comply with password complexity requirements. Please provide a different password."_s)
              .kind
          == Kind::PasswordRejected);
    CHECK(error(400, u"Request_BadRequest"_s,
                u"Unable to update the specified properties for on-premises mastered Directory Sync objects or objects currently undergoing migration."_s)
              .kind
          == Kind::SyncedObject);
    CHECK(error(400, u"Request_UnsupportedQuery"_s, u"x"_s).kind == Kind::UnsupportedQuery);
    CHECK(error(403, u"Authorization_RequestDenied"_s, u"Insufficient privileges to complete the operation."_s).kind
          == Kind::InsufficientPrivileges);
    CHECK(error(403, u"Authentication_RequestFromNonPremiumTenantOrB2CTenant"_s, u"x"_s).kind == Kind::LicenseRequired);
    CHECK(error(404, u"Request_ResourceNotFound"_s, u"x"_s).kind == Kind::NotFound);
    CHECK(error(404, u"MailboxNotEnabledForRESTAPI"_s, u"x"_s).kind == Kind::MailboxNotEnabled);
    CHECK(error(503, u"serviceNotAvailable"_s, u"x"_s).kind == Kind::ServiceUnavailable);
    CHECK(error(400, u"Directory_ConcurrencyViolation"_s, u"x"_s).isTransient());

    const GraphError parsed = error(429, u"TooManyRequests"_s, u"Please retry again later."_s);
    CHECK(parsed.kind == Kind::Throttled);
    CHECK(parsed.retryAfterSeconds == 7);
    CHECK(parsed.requestId == u"rid"_s);
    CHECK(parsed.clientRequestId == u"crid"_s);
    CHECK(parsed.technicalSummary().contains(u"request-id rid"_s));
}

TEST_CASE("GraphClient: follows nextLink pages and resends ConsistencyLevel on each", "[core][graph]")
{
    SandboxFixture fixture;
    ClientRig rig(fixture);
    QList<QByteArray> consistencyHeaders;
    fixture.sandbox().graph().router().add("GET", u"/test/pages"_s, {}, [&](SandboxRequest &request, const QStringList &) {
        consistencyHeaders.append(request.header("consistencylevel"));
        const int page = request.queryValue(u"$skiptoken"_s).toInt();
        return testPage(request, u"/test/pages"_s, page, QJsonArray {page * 2, page * 2 + 1});
    });

    GraphRequest request = GraphRequest::get(u"/test/pages"_s);
    request.eventualConsistency = true;
    GraphPageReader *reader = rig.client.readPages(request);
    QList<int> items;
    QObject::connect(reader, &GraphPageReader::pageReceived, [&](const QJsonArray &page, const QJsonObject &) {
        for (const QJsonValue &value : page)
            items.append(value.toInt());
    });
    QUrl deltaLink;
    CHECK(waitForPages(reader, &deltaLink) == GraphError::Kind::None);
    CHECK(items == QList<int>{0, 1, 2, 3, 4, 5});
    CHECK(consistencyHeaders == QList<QByteArray>{"eventual", "eventual", "eventual"});
    CHECK(deltaLink.toString().endsWith(u"$deltatoken=last"_s));
}

TEST_CASE("GraphClient: raw pages are checked, followed and retried when malformed", "[core][graph][json]")
{
    SandboxFixture fixture;
    ClientRig rig(fixture);
    int malformedLeft = 2; // the second page arrives cut off twice, then whole
    fixture.sandbox().graph().router().add("GET", u"/test/raw"_s, {}, [&](SandboxRequest &request, const QStringList &) {
        const int page = request.queryValue(u"$skiptoken"_s).toInt();
        if (page == 1 && malformedLeft-- > 0)
            return SandboxResponse::text(200, R"({"value":[{"id":"3"},{"id":)", "application/json");
        return testPage(request, u"/test/raw"_s, page,
            QJsonArray {QJsonObject {{u"id"_s, QString::number(page * 2)}},
                QJsonObject {{u"id"_s, QString::number(page * 2 + 1)}}});
    });

    GraphRequest request = GraphRequest::get(u"/test/raw"_s);
    request.keepRawJson = true;
    GraphPageReader *reader = rig.client.readPages(request);
    QStringList ids;
    int parsedPages = 0;
    QObject::connect(reader, &GraphPageReader::rawPageReceived, [&](const JsonText &items) {
        for (const DirectoryUser &user : DirectoryUser::listFromJson(items))
            ids.append(user.id());
    });
    QObject::connect(reader, &GraphPageReader::pageReceived, [&] { ++parsedPages; });
    QUrl deltaLink;
    CHECK(waitForPages(reader, &deltaLink) == GraphError::Kind::None);
    CHECK(ids == QStringList {u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s});
    CHECK(parsedPages == 0);
    CHECK(malformedLeft < 0);
    CHECK(deltaLink.toString().endsWith(u"$deltatoken=last"_s));

    // A body that stays malformed ends the reading with an error, never with half a page.
    malformedLeft = 100;
    GraphPageReader *failing = rig.client.readPages(request);
    int pages = 0;
    QObject::connect(failing, &GraphPageReader::rawPageReceived, [&] { ++pages; });
    CHECK(waitForPages(failing, &deltaLink) == GraphError::Kind::MalformedResponse);
    CHECK(pages == 1);
}

TEST_CASE("GraphClient: never sends the token to a link outside the Graph endpoint", "[core][graph]")
{
    SandboxFixture fixture;
    ClientRig rig(fixture);
    fixture.sandbox().graph().router().add("GET", u"/test/evil"_s, {}, [](SandboxRequest &, const QStringList &) {
        return SandboxResponse::json(
            200, QJsonObject{{u"value"_s, QJsonArray{}}, {u"@odata.nextLink"_s, u"http://127.0.0.2:1/v1.0/steal"_s}});
    });
    GraphPageReader *reader = rig.client.readPages(GraphRequest::get(u"/test/evil"_s));
    QSignalSpy finished(reader, &GraphPageReader::finished);
    REQUIRE(finished.wait(10000));
    CHECK(finished.first().first().value<GraphError>().kind == GraphError::Kind::InsecureUrl);

    CHECK_FALSE(rig.client.setGraphRoot(QUrl(u"http://graph.example.com/v1.0"_s)));
    CHECK(rig.client.setGraphRoot(QUrl(u"https://graph.microsoft.com/v1.0"_s)));
}
