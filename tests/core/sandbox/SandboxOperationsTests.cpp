// SPDX-License-Identifier: MIT
// $batch, throttling and fault injection of the sandbox, over real HTTP.
#include "CatchQt.h"
#include "ManualClock.h"
#include "SandboxFixture.h"

#include "sandbox/GraphErrors.h"
#include "sandbox/GraphService.h"
#include "sandbox/TenantGenerator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace {

QString userIdOf(SandboxFixture &fixture, TenantGenerator::Archetype archetype)
{
    const SandboxUser *user = fixture.tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(archetype));
    REQUIRE(user);
    return user->id;
}

QJsonObject item(const QString &id, const QString &method, const QString &url, const QStringList &dependsOn = {})
{
    QJsonObject object{{u"id"_s, id}, {u"method"_s, method}, {u"url"_s, url}};
    if (!dependsOn.isEmpty())
        object.insert(u"dependsOn"_s, QJsonArray::fromStringList(dependsOn));
    return object;
}

HttpResult postBatch(SandboxFixture &fixture, const QJsonArray &requests, const QString &token)
{
    const QByteArray body = QJsonDocument(QJsonObject{{u"requests"_s, requests}}).toJson(QJsonDocument::Compact);
    return fixture.request("POST", u"/v1.0/$batch"_s, body, token);
}

/** The batch's item responses by id; fails the test when an id is answered twice. */
QHash<QString, QJsonObject> responsesById(const HttpResult &result)
{
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : result.json()[u"responses"_s].toArray()) {
        const QJsonObject response = value.toObject();
        const QString id = response[u"id"_s].toString();
        CHECK_FALSE(byId.contains(id));
        byId.insert(id, response);
    }
    return byId;
}

HttpResult postJson(SandboxFixture &fixture, const QString &path, const QJsonObject &object, const QString &token = {})
{
    return fixture.request("POST", path, QJsonDocument(object).toJson(QJsonDocument::Compact), token);
}

/** Runs @p count requests of @p method on @p path through the Graph pipeline in-process, as fast as possible. */
void chargeInProcess(SandboxFixture &fixture, const QByteArray &method, const QString &path, int count)
{
    QString failure;
    const std::optional<SandboxCaller> caller =
        fixture.context().tokens.validate("Bearer " + fixture.adminToken().toLatin1(), &failure);
    REQUIRE(caller);
    for (int i = 0; i < count; ++i) {
        SandboxRequest request;
        request.method = method;
        request.path = path;
        request.segments = path.split(u'/', Qt::SkipEmptyParts);
        request.caller = caller;
        fixture.sandbox().graph().handleItem(request);
    }
}

/** Test-only routes that cost exactly one write or one resource unit and do nothing else. */
void addCheapRoutes(SandboxFixture &fixture)
{
    fixture.sandbox().graph().router().add("POST", u"/testOnly/write"_s, {}, [](SandboxRequest &, const QStringList &) {
        return SandboxResponse::noContent();
    });
    fixture.sandbox().graph().router().add("GET", u"/testOnly/read"_s, {}, [](SandboxRequest &, const QStringList &) {
        return SandboxResponse::json(200, QJsonObject{{u"value"_s, true}});
    });
}

} // namespace

TEST_CASE("BatchEndpoint: a batch of 21 requests is rejected with 400", "[sandbox][operations]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    QJsonArray requests;
    for (int i = 1; i <= 21; ++i)
        requests.append(item(QString::number(i), u"GET"_s, u"/me"_s));
    const HttpResult tooMany = postBatch(fixture, requests, token);
    CHECK(tooMany.status == 400);
    CHECK(tooMany.json()[u"error"_s][u"code"_s].toString() == u"BadRequest"_s);
    CHECK_FALSE(tooMany.json()[u"error"_s][u"innerError"_s][u"request-id"_s].toString().isEmpty());

    requests.removeLast();
    const HttpResult twenty = postBatch(fixture, requests, token);
    CHECK(twenty.status == 200);
    CHECK(twenty.json()[u"responses"_s].toArray().size() == 20);
}

TEST_CASE("BatchEndpoint: malformed batches get 400 and the batch needs a token", "[sandbox][operations]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    CHECK(fixture.request("POST", u"/v1.0/$batch"_s, "{not json", token).status == 400);
    CHECK(fixture.request("POST", u"/v1.0/$batch"_s, R"({"requests":[]})", token).status == 400);

    const HttpResult duplicate =
        postBatch(fixture, QJsonArray{item(u"1"_s, u"GET"_s, u"/me"_s), item(u"1"_s, u"GET"_s, u"/me"_s)}, token);
    CHECK(duplicate.status == 400);

    const HttpResult unknownDependency =
        postBatch(fixture, QJsonArray{item(u"1"_s, u"GET"_s, u"/me"_s, {u"7"_s})}, token);
    CHECK(unknownDependency.status == 400);

    const HttpResult cycle = postBatch(
        fixture, QJsonArray{item(u"1"_s, u"GET"_s, u"/me"_s, {u"2"_s}), item(u"2"_s, u"GET"_s, u"/me"_s, {u"1"_s})},
        token);
    CHECK(cycle.status == 400);

    QJsonObject withBody = item(u"1"_s, u"PATCH"_s, u"/me"_s);
    withBody.insert(u"body"_s, QJsonObject{{u"mobilePhone"_s, u"+46 70 000 00 00"_s}});
    CHECK(postBatch(fixture, QJsonArray{withBody}, token).status == 400); // a body needs Content-Type

    CHECK(postBatch(fixture, QJsonArray{item(u"1"_s, u"GET"_s, u"/me"_s)}, {}).status == 401);
}

TEST_CASE("BatchEndpoint: every id is answered once with its own status headers and body", "[sandbox][operations]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    const QString plain = userIdOf(fixture, TenantGenerator::Archetype::PlainUser);
    const HttpResult result = postBatch(fixture,
                                        QJsonArray{
                                            item(u"a"_s, u"GET"_s, u"/users/"_s + plain + u"?$select=id,displayName"_s),
                                            item(u"b"_s, u"GET"_s, u"users/00000000-0000-0000-0000-000000000000"_s),
                                            item(u"c"_s, u"GET"_s, u"/noSuchThing"_s),
                                            item(u"d"_s, u"DELETE"_s, u"/me"_s),
                                        },
                                        token);
    REQUIRE(result.status == 200);
    const QHash<QString, QJsonObject> byId = responsesById(result);
    REQUIRE(byId.size() == 4);

    CHECK(byId[u"a"_s][u"status"_s].toInt() == 200);
    CHECK(byId[u"a"_s][u"body"_s][u"id"_s].toString() == plain);
    CHECK(byId[u"a"_s][u"headers"_s].toObject().contains(u"Content-Type"_s));

    CHECK(byId[u"b"_s][u"status"_s].toInt() == 404);
    CHECK(byId[u"b"_s][u"body"_s][u"error"_s][u"code"_s].toString() == u"Request_ResourceNotFound"_s);
    CHECK(byId[u"c"_s][u"status"_s].toInt() == 400);
    CHECK(byId[u"d"_s][u"status"_s].toInt() == 405);

    // Items are logged one by one, as the service sees them.
    const QJsonArray log = fixture.get(u"/_sandbox/log"_s).json()[u"value"_s].toArray();
    int batchItems = 0;
    for (const QJsonValue &entry : log)
        batchItems += entry[u"batchItem"_s].toBool() ? 1 : 0;
    CHECK(batchItems == 4);
}

TEST_CASE("BatchEndpoint: responses come back shuffled but every id exactly once", "[sandbox][operations]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    QJsonArray requests;
    QStringList sent;
    for (int i = 1; i <= 20; ++i) {
        sent.append(QString::number(i));
        requests.append(item(sent.last(), u"GET"_s, u"/me?$select=id"_s));
    }
    const HttpResult result = postBatch(fixture, requests, token);
    REQUIRE(result.status == 200);
    QStringList received;
    for (const QJsonValue &response : result.json()[u"responses"_s].toArray()) {
        received.append(response[u"id"_s].toString());
        CHECK(response[u"status"_s].toInt() == 200);
    }
    CHECK(received != sent);
    QStringList sorted = received;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    CHECK(sorted == sent);

    // The same seed shuffles the same way.
    SandboxFixture again;
    const HttpResult replay = postBatch(again, requests, again.adminToken());
    QStringList replayed;
    for (const QJsonValue &response : replay.json()[u"responses"_s].toArray())
        replayed.append(response[u"id"_s].toString());
    CHECK(replayed == received);
}

TEST_CASE("BatchEndpoint: dependsOn runs dependencies first and a failed one gives 424", "[sandbox][operations]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    const QString plain = userIdOf(fixture, TenantGenerator::Archetype::PlainUser);
    fixture.request("DELETE", u"/_sandbox/log"_s);
    const HttpResult result =
        postBatch(fixture,
                  QJsonArray{
                      item(u"1"_s, u"GET"_s, u"/users/00000000-0000-0000-0000-00000000dead"_s),
                      item(u"2"_s, u"GET"_s, u"/me"_s, {u"1"_s}),
                      item(u"3"_s, u"GET"_s, u"/users/"_s + plain, {u"4"_s}),
                      item(u"4"_s, u"GET"_s, u"/users/"_s + fixture.adminId()),
                      item(u"5"_s, u"GET"_s, u"/me?$select=id"_s, {u"2"_s}),
                  },
                  token);
    REQUIRE(result.status == 200);
    const QHash<QString, QJsonObject> byId = responsesById(result);
    REQUIRE(byId.size() == 5);
    CHECK(byId[u"1"_s][u"status"_s].toInt() == 404);
    CHECK(byId[u"2"_s][u"status"_s].toInt() == 424);
    CHECK(byId[u"5"_s][u"status"_s].toInt() == 424); // the cascade goes on
    CHECK(byId[u"4"_s][u"status"_s].toInt() == 200);
    CHECK(byId[u"3"_s][u"status"_s].toInt() == 200);

    // Item 4 ran before item 3, which depends on it; 2 and 5 never reached a handler.
    QStringList order;
    for (const QJsonValue &entry : fixture.get(u"/_sandbox/log"_s).json()[u"value"_s].toArray()) {
        if (entry[u"batchItem"_s].toBool())
            order.append(entry[u"path"_s].toString());
    }
    const qsizetype four = order.indexOf(u"/users/"_s + fixture.adminId());
    const qsizetype three = order.indexOf(u"/users/"_s + plain);
    REQUIRE(four >= 0);
    REQUIRE(three >= 0);
    CHECK(four < three);
}

TEST_CASE("BatchEndpoint: a throttled item carries its own 429 and Retry-After inside a 200 envelope",
          "[sandbox][operations]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    const QString plain = userIdOf(fixture, TenantGenerator::Archetype::PlainUser);
    REQUIRE(fixture.addFaultRule(QJsonObject{{u"method"_s, u"GET"_s},
                                 {u"path"_s, u"^/users/[^/]+$"_s},
                                 {u"user"_s, plain},
                                 {u"status"_s, 429},
                                 {u"retryAfterSeconds"_s, 7}}));
    const HttpResult result =
        postBatch(fixture, QJsonArray{item(u"1"_s, u"GET"_s, u"/users/"_s + plain), item(u"2"_s, u"GET"_s, u"/me"_s)},
                  token);
    REQUIRE(result.status == 200);
    CHECK(result.header("Retry-After").isEmpty());
    const QHash<QString, QJsonObject> byId = responsesById(result);
    CHECK(byId[u"1"_s][u"status"_s].toInt() == 429);
    CHECK(byId[u"1"_s][u"headers"_s][u"Retry-After"_s].toString() == u"7"_s);
    CHECK(byId[u"1"_s][u"body"_s][u"error"_s][u"code"_s].toString() == u"TooManyRequests"_s);
    CHECK(byId[u"2"_s][u"status"_s].toInt() == 200);

    // Retrying just the failed id works once the rule is used up.
    const HttpResult retry = postBatch(fixture, QJsonArray{item(u"1"_s, u"GET"_s, u"/users/"_s + plain)}, token);
    CHECK(responsesById(retry)[u"1"_s][u"status"_s].toInt() == 200);
}

TEST_CASE("BatchEndpoint: each item counts against the write quota as if sent alone", "[sandbox][operations]")
{
    SandboxFixture fixture;
    addCheapRoutes(fixture);
    const QString token = fixture.adminToken();
    const qint64 before = fixture.context().log.counter(u"writes"_s);
    QJsonArray requests;
    for (int i = 1; i <= 20; ++i)
        requests.append(item(QString::number(i), u"POST"_s, u"/testOnly/write"_s));
    REQUIRE(postBatch(fixture, requests, token).status == 200);
    CHECK(fixture.context().log.counter(u"writes"_s) - before == 20);
}

TEST_CASE("ThrottleModel: resource-unit costs and quotas follow the documented tables", "[sandbox][operations]")
{
    const auto request = [](const QByteArray &method, const QString &path, const QString &query = {}) {
        SandboxRequest result;
        result.method = method;
        result.path = path;
        result.segments = path.split(u'/', Qt::SkipEmptyParts);
        result.query = QUrlQuery(query);
        return result;
    };
    CHECK(ThrottleModel::resourceUnits(request("GET", u"/users"_s)) == 2);
    CHECK(ThrottleModel::resourceUnits(request("GET", u"/users"_s, u"$select=id"_s)) == 1);
    CHECK(ThrottleModel::resourceUnits(request("GET", u"/users"_s, u"$top=5&$select=id"_s)) == 1);
    CHECK(ThrottleModel::resourceUnits(request("GET", u"/users"_s, u"$expand=manager"_s)) == 3);
    CHECK(ThrottleModel::resourceUnits(request("GET", u"/me/memberOf"_s)) == 2);
    CHECK(ThrottleModel::resourceUnits(request("GET", u"/users/x/transitiveMemberOf"_s)) == 2);
    CHECK(ThrottleModel::resourceUnits(request("GET", u"/groups/g/transitiveMembers"_s)) == 5);
    CHECK(ThrottleModel::resourceUnits(request("GET", u"/users/x"_s)) == 1);
    CHECK(ThrottleModel::resourceUnits(request("POST", u"/me/checkMemberGroups"_s)) == 4);
    CHECK(ThrottleModel::isWrite(request("PATCH", u"/users/x"_s)));
    CHECK(ThrottleModel::isWrite(request("POST", u"/users/x/revokeSignInSessions"_s)));
    CHECK_FALSE(ThrottleModel::isWrite(request("POST", u"/me/getMemberGroups"_s)));
    CHECK_FALSE(ThrottleModel::isWrite(request("POST", u"/$batch"_s)));
    CHECK_FALSE(ThrottleModel::isWrite(request("GET", u"/users"_s)));
    CHECK(ThrottleModel::resourceUnitCapacity(49) == 3500);
    CHECK(ThrottleModel::resourceUnitCapacity(50) == 5000);
    CHECK(ThrottleModel::resourceUnitCapacity(500) == 5000);
    CHECK(ThrottleModel::resourceUnitCapacity(501) == 8000);
}

TEST_CASE("ThrottleModel: 3000 writes per 150 s are throttled with Retry-After and recover at time scale 0.01",
          "[sandbox][operations]")
{
    ManualClock clock;
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.throttling = true;
    options.timeScale = 0.01; // the 150 s window lasts 1.5 s
    options.clock = &clock;
    SandboxFixture fixture(options);
    addCheapRoutes(fixture);
    const QString token = fixture.adminToken();

    chargeInProcess(fixture, "POST", u"/testOnly/write"_s, 3000);
    const HttpResult throttled = fixture.request("POST", u"/v1.0/testOnly/write"_s, {}, token);
    REQUIRE(throttled.status == 429);
    const QJsonObject error = throttled.json()[u"error"_s].toObject();
    CHECK(error[u"code"_s].toString() == u"TooManyRequests"_s);
    CHECK(error[u"message"_s].toString() == u"Please retry again later."_s);
    CHECK(throttled.header("x-ms-throttle-information") == "WriteLimitExceeded");
    CHECK(throttled.header("x-ms-throttle-scope").startsWith("Tenant_Application/Write/"));
    CHECK(throttled.header("x-ms-throttle-scope").endsWith(fixture.sandbox().tenantId().toLatin1()));
    const int retryAfter = throttled.header("Retry-After").toInt();
    CHECK(retryAfter >= 1);
    CHECK(retryAfter <= 2); // 1.5 s scaled window, rounded up to whole seconds

    // Writes are throttled while reads still succeed (separate quotas).
    CHECK(fixture.get(u"/v1.0/testOnly/read"_s, token).status == 200);
    CHECK(fixture.context().log.counter(u"throttled"_s) >= 1);

    clock.advance(retryAfter * 1000);
    CHECK(fixture.request("POST", u"/v1.0/testOnly/write"_s, {}, token).status == 204);
}

TEST_CASE("ThrottleModel: the resource-unit quota of a medium tenant throttles reads", "[sandbox][operations]")
{
    ManualClock clock;
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.throttling = true; // 50 users: size M, 5,000 RU per 10 s
    options.clock = &clock;
    SandboxFixture fixture(options);
    addCheapRoutes(fixture);
    const QString token = fixture.adminToken();

    chargeInProcess(fixture, "GET", u"/testOnly/read"_s, 4999);
    CHECK(fixture.get(u"/v1.0/testOnly/read"_s, token).status == 200); // the 5,000th unit
    const HttpResult throttled = fixture.get(u"/v1.0/testOnly/read"_s, token);
    REQUIRE(throttled.status == 429);
    CHECK(throttled.header("x-ms-throttle-information") == "ResourceUnitLimitExceeded");
    CHECK(throttled.header("x-ms-throttle-scope").startsWith("Tenant_Application/Read/"));
    const int retryAfter = throttled.header("Retry-After").toInt();
    CHECK(retryAfter >= 1);
    CHECK(retryAfter <= 10);
    // A write costs one resource unit as well, so an exhausted RU quota stops writes too.
    CHECK(fixture.request("POST", u"/v1.0/testOnly/write"_s, {}, token).status == 429);

    // Shrinking the window through the inspection API lets the old charges age out.
    REQUIRE(postJson(fixture, u"/_sandbox/throttling"_s, QJsonObject{{u"timeScale"_s, 0.01}}).status == 200);
    clock.advance(200);
    CHECK(fixture.get(u"/v1.0/testOnly/read"_s, token).status == 200);
}

TEST_CASE("ThrottleModel: with throttling off nothing is throttled", "[sandbox][operations]")
{
    SandboxFixture fixture;
    addCheapRoutes(fixture);
    chargeInProcess(fixture, "POST", u"/testOnly/write"_s, 3100);
    CHECK(fixture.request("POST", u"/v1.0/testOnly/write"_s, {}, fixture.adminToken()).status == 204);
    CHECK(fixture.context().log.counter(u"throttled"_s) == 0);
}

TEST_CASE("FaultInjector: random 503 and 504 faults use the documented error bodies", "[sandbox][operations]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    REQUIRE(postJson(fixture, u"/_sandbox/faults"_s, QJsonObject{{u"rates"_s, QJsonObject{{u"unavailable503"_s, 1.0}}}})
                .status == 200);
    const HttpResult unavailable = fixture.get(u"/v1.0/me"_s, token);
    CHECK(unavailable.status == 503);
    CHECK(unavailable.json()[u"error"_s][u"code"_s].toString() == u"serviceNotAvailable"_s);

    REQUIRE(fixture.request("DELETE", u"/_sandbox/faults"_s).status == 204);
    REQUIRE(postJson(fixture, u"/_sandbox/faults"_s, QJsonObject{{u"rates"_s, QJsonObject{{u"timeout504"_s, 1.0}}}})
                .status == 200);
    const HttpResult timeout = fixture.get(u"/v1.0/me"_s, token);
    CHECK(timeout.status == 504);
    CHECK_FALSE(timeout.json()[u"error"_s][u"code"_s].toString().isEmpty());

    // The inspection API itself is never faulted, and the counters saw both.
    const QJsonObject counters = fixture.get(u"/_sandbox/counters"_s).json();
    CHECK(counters[u"faults"_s].toInt() == 2);
    CHECK(counters[u"faultsByKind"_s][u"503"_s].toInt() == 1);
    CHECK(counters[u"faultsByKind"_s][u"504"_s].toInt() == 1);

    REQUIRE(fixture.request("DELETE", u"/_sandbox/faults"_s).status == 204);
    CHECK(fixture.get(u"/v1.0/me"_s, token).status == 200);
}

TEST_CASE("FaultInjector: the same seed replays the same random faults", "[sandbox][operations]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.faults.unavailable503 = 0.5;
    const auto statuses = [&options] {
        SandboxFixture fixture(options);
        const QString token = fixture.adminToken();
        QList<int> result;
        for (int i = 0; i < 24; ++i)
            result.append(fixture.get(u"/v1.0/me?$select=id"_s, token).status);
        return result;
    };
    const QList<int> first = statuses();
    CHECK(first == statuses());
    CHECK(first.contains(200));
    CHECK(first.contains(503));
}

TEST_CASE("FaultInjector: a connection reset before processing is a network error for the client",
          "[sandbox][operations]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    // Unlimited, because QNetworkAccessManager resends once on a dropped keep-alive connection.
    REQUIRE(fixture.addFaultRule(QJsonObject{{u"action"_s, u"reset"_s}, {u"path"_s, u"^/me$"_s}, {u"count"_s, -1}}));
    const HttpResult reset = fixture.get(u"/v1.0/me"_s, token);
    CHECK(reset.error != QNetworkReply::NoError);
    CHECK(reset.status == 0);
    CHECK(fixture.get(u"/v1.0/users/"_s + fixture.adminId(), token).status == 200); // other paths unaffected

    REQUIRE(fixture.request("DELETE", u"/_sandbox/faults"_s).status == 204);
    CHECK(fixture.get(u"/v1.0/me"_s, token).status == 200);
    CHECK(fixture.get(u"/_sandbox/counters"_s).json()[u"faultsByKind"_s][u"reset"_s].toInt() >= 1);
}

TEST_CASE("FaultInjector: a reset after processing loses the answer but not the write", "[sandbox][operations]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.faults.connectionReset = 1.0;
    options.faults.resetAfterProcessing = 1.0;
    SandboxFixture fixture(options);
    const QString plain = userIdOf(fixture, TenantGenerator::Archetype::PlainUser);
    const QDateTime before = fixture.tenant().userById(plain)->signInSessionsValidFromDateTime;
    const HttpResult result =
        fixture.request("POST", u"/v1.0/users/%1/revokeSignInSessions"_s.arg(plain), {}, fixture.adminToken());
    CHECK(result.error != QNetworkReply::NoError);
    CHECK(fixture.tenant().userById(plain)->signInSessionsValidFromDateTime != before);
}

TEST_CASE("FaultInjector: a targeted reset after handling applies the write and loses its answer",
          "[sandbox][operations]")
{
    SandboxFixture fixture;
    const QString plain = userIdOf(fixture, TenantGenerator::Archetype::PlainUser);
    const QDateTime before = fixture.tenant().userById(plain)->signInSessionsValidFromDateTime;
    REQUIRE(fixture.addFaultRule(QJsonObject{{u"action"_s, u"resetAfter"_s}, {u"path"_s, u"revokeSignInSessions$"_s},
                                             {u"count"_s, -1}}));
    const HttpResult result =
        fixture.request("POST", u"/v1.0/users/%1/revokeSignInSessions"_s.arg(plain), {}, fixture.adminToken());
    CHECK(result.error != QNetworkReply::NoError);
    CHECK(result.status == 0);
    CHECK(fixture.tenant().userById(plain)->signInSessionsValidFromDateTime != before);
    CHECK(fixture.get(u"/v1.0/users/"_s + plain, fixture.adminToken()).status == 200); // other paths unaffected
}

TEST_CASE("FaultInjector: slow responses arrive late and malformed bodies do not parse", "[sandbox][operations]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    REQUIRE(fixture.addFaultRule(QJsonObject{{u"action"_s, u"delay"_s}, {u"path"_s, u"^/me$"_s}, {u"delayMs"_s, 400}}));
    QElapsedTimer timer;
    timer.start();
    const HttpResult slow = fixture.get(u"/v1.0/me"_s, token);
    CHECK(slow.status == 200);
    CHECK(timer.elapsed() >= 350); // coarse: proves the delay happened at all

    REQUIRE(fixture.addFaultRule(QJsonObject{{u"action"_s, u"malformed"_s}, {u"path"_s, u"^/me$"_s}}));
    const HttpResult malformed = fixture.get(u"/v1.0/me"_s, token);
    CHECK(malformed.status == 200);
    QJsonParseError error;
    QJsonDocument::fromJson(malformed.body, &error);
    CHECK(error.error != QJsonParseError::NoError);
    CHECK_FALSE(malformed.body.isEmpty());

    // Random rates do the same.
    REQUIRE(postJson(fixture, u"/_sandbox/faults"_s,
                     QJsonObject{{u"rates"_s, QJsonObject{{u"malformedBody"_s, 1.0}}}})
                .status == 200);
    QJsonDocument::fromJson(fixture.get(u"/v1.0/me"_s, token).body, &error);
    CHECK(error.error != QJsonParseError::NoError);
}

TEST_CASE("FaultInjector: a documented error can be forced for one user's password reset", "[sandbox][operations]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    const QString plain = userIdOf(fixture, TenantGenerator::Archetype::PlainUser);
    const QString other = userIdOf(fixture, TenantGenerator::Archetype::NeverExpiresUser);
    const QString upn = fixture.tenant().userById(plain)->userPrincipalName;
    REQUIRE(fixture.addFaultRule(QJsonObject{{u"method"_s, u"PATCH"_s},
                                 {u"user"_s, upn},
                                 {u"status"_s, 400},
                                 {u"code"_s, u"Request_BadRequest"_s},
                                 {u"message"_s, GraphErrors::passwordComplexityMessage()}}));
    const QByteArray body = R"({"passwordProfile":{"password":"Vinter-Kastanj-8431!","forceChangePasswordNextSignIn":true}})";
    const QString passwordBefore = fixture.tenant().userById(plain)->password;

    // The rule is keyed to the user, not the spelling: the id addresses it too.
    const HttpResult forced = fixture.request("PATCH", u"/v1.0/users/"_s + plain, body, token);
    CHECK(forced.status == 400);
    CHECK(forced.json()[u"error"_s][u"code"_s].toString() == u"Request_BadRequest"_s);
    CHECK(forced.json()[u"error"_s][u"message"_s].toString() == GraphErrors::passwordComplexityMessage());
    CHECK(fixture.tenant().userById(plain)->password == passwordBefore);

    CHECK(fixture.request("PATCH", u"/v1.0/users/"_s + other, body, token).status == 204);
    CHECK(fixture.request("PATCH", u"/v1.0/users/"_s + plain, body, token).status == 204); // used up
    const HttpResult truth = fixture.get(u"/_sandbox/users/"_s + upn);
    CHECK(truth.json()[u"password"_s].toString() == u"Vinter-Kastanj-8431!"_s);
}

TEST_CASE("FaultInjector: access tokens expire mid-run after N requests", "[sandbox][operations]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    REQUIRE(fixture.addFaultRule(QJsonObject{{u"action"_s, u"expireToken"_s}, {u"after"_s, 3}}));
    for (int i = 0; i < 3; ++i)
        CHECK(fixture.get(u"/v1.0/me"_s, token).status == 200);
    const HttpResult expired = fixture.get(u"/v1.0/me"_s, token);
    CHECK(expired.status == 401);
    CHECK(expired.json()[u"error"_s][u"code"_s].toString() == u"InvalidAuthenticationToken"_s);
    CHECK(expired.json()[u"error"_s][u"message"_s].toString() == u"Access token has expired or is not yet valid."_s);
    CHECK_FALSE(expired.header("WWW-Authenticate").isEmpty());
    CHECK(fixture.get(u"/v1.0/me"_s, token).status == 401); // really expired, not a one-off answer

    const QString fresh = fixture.adminToken();
    CHECK(fixture.get(u"/v1.0/me"_s, fresh).status == 200);
    REQUIRE(fixture.request("POST", u"/_sandbox/tokens/expire"_s).status == 204);
    CHECK(fixture.get(u"/v1.0/me"_s, fresh).status == 401);
}
