// SPDX-License-Identifier: MIT
// GraphClient::sendBatch against the sandbox's real $batch: shuffled answers, per-item statuses and
// per-item Retry-After must all land on the request they belong to.
#include "CatchQt.h"
#include "WaitUntil.h"
#include "SandboxFixture.h"
#include "SandboxGraphClient.h"

#include "graph/GraphClient.h"
#include "sandbox/TenantGenerator.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Archetype = TenantGenerator::Archetype;

struct BatchRig : SandboxGraphClient
{
    using SandboxGraphClient::SandboxGraphClient;

    QList<GraphResponse> run(const QList<GraphRequest> &requests)
    {
        GraphBatch *batch = client.sendBatch(requests);
        QList<GraphResponse> responses;
        bool done = false;
        QObject::connect(batch, &GraphBatch::finished, [&] {
            responses = batch->responses();
            done = true;
        });
        REQUIRE(waitUntil([&] { return done; }, 30000));
        return responses;
    }
};

QString idOf(SandboxFixture &fixture, Archetype archetype)
{
    const SandboxUser *user = fixture.tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(archetype));
    REQUIRE(user);
    return user->id;
}

} // namespace

TEST_CASE("GraphBatch: mixed item results from a real $batch map back to their own requests", "[core][graph][batch]")
{
    SandboxFixture fixture;
    BatchRig rig(fixture);
    const QString plain = idOf(fixture, Archetype::PlainUser);
    const QString throttled = idOf(fixture, Archetype::NeverExpiresUser);
    const QString protectedAdmin = idOf(fixture, Archetype::SecondGlobalAdministrator);
    const QString missing = u"00000000-0000-0000-0000-0000000000aa"_s;

    REQUIRE(fixture.addFaultRule(QJsonObject{{u"method"_s, u"GET"_s},
                                 {u"user"_s, throttled},
                                 {u"status"_s, 429},
                                 {u"retryAfterSeconds"_s, 2}}));
    REQUIRE(fixture.addFaultRule(QJsonObject{{u"method"_s, u"PATCH"_s},
                                 {u"user"_s, protectedAdmin},
                                 {u"status"_s, 403},
                                 {u"code"_s, u"Authorization_RequestDenied"_s},
                                 {u"message"_s, u"Insufficient privileges to complete the operation."_s}}));

    const QList<GraphRequest> requests{
        GraphRequest::get(u"/users/"_s + plain),
        GraphRequest::get(u"/users/"_s + missing),
        GraphRequest::get(u"/users/"_s + throttled),
        GraphRequest::patch(u"/users/"_s + protectedAdmin, QJsonObject{{u"mobilePhone"_s, u"+46 70 111 22 33"_s}}),
    };
    const QList<GraphResponse> responses = rig.run(requests);
    REQUIRE(responses.size() == 4);

    CHECK(responses.at(0).ok());
    CHECK(responses.at(0).status == 200);
    CHECK(responses.at(0).object()[u"id"_s].toString() == plain);

    CHECK(responses.at(1).status == 404);
    CHECK(responses.at(1).error.kind == GraphError::Kind::NotFound);

    CHECK(responses.at(2).ok());
    CHECK(responses.at(2).object()[u"id"_s].toString() == throttled);
    CHECK(responses.at(2).attempts == 2); // the item's own 429, then success

    CHECK(responses.at(3).status == 403);
    CHECK(responses.at(3).error.kind == GraphError::Kind::InsufficientPrivileges);
    CHECK(fixture.tenant().userById(protectedAdmin)->mobilePhone != u"+46 70 111 22 33"_s);
}

TEST_CASE("GraphBatch: 45 requests go out as 20-item envelopes and come back in input order", "[core][graph][batch]")
{
    SandboxFixture fixture;
    BatchRig rig(fixture);
    QList<GraphRequest> requests;
    QStringList ids;
    for (const SandboxUser &user : fixture.tenant().users()) {
        if (user.deleted || ids.size() == 45)
            continue;
        ids.append(user.id);
        requests.append(GraphRequest::get(u"/users/"_s + user.id, GraphQuery {{u"$select"_s, u"id"_s}}));
    }
    REQUIRE(ids.size() == 45);
    const qint64 itemsBefore = fixture.context().log.counter(u"batchItems"_s);
    const QList<GraphResponse> responses = rig.run(requests);
    REQUIRE(responses.size() == 45);
    for (int i = 0; i < 45; ++i) {
        INFO("item " << i);
        CHECK(responses.at(i).ok());
        CHECK(responses.at(i).object()[u"id"_s].toString() == ids.at(i));
    }
    CHECK(fixture.context().log.counter(u"batchItems"_s) - itemsBefore == 45);
    int envelopes = 0;
    for (const RequestLogEntry &entry : fixture.context().log.entries())
        envelopes += (entry.path == u"/v1.0/$batch"_s || entry.path == u"/$batch"_s) && !entry.batchItem ? 1 : 0;
    CHECK(envelopes == 3);
}
