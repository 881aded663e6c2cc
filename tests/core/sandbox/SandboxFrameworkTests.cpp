// SPDX-License-Identifier: MIT
#include "CatchQt.h"
#include "SandboxFixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("Sandbox: a Graph call without a token gets 401 InvalidAuthenticationToken", "[sandbox]")
{
    SandboxFixture fixture;
    const HttpResult result = fixture.get(u"/v1.0/me"_s);
    CHECK(result.status == 401);
    CHECK(result.json()[u"error"_s][u"code"_s].toString() == u"InvalidAuthenticationToken"_s);
    CHECK(result.json()[u"error"_s][u"message"_s].toString() == u"Access token is empty."_s);
    CHECK_FALSE(result.header("WWW-Authenticate").isEmpty());
}

TEST_CASE("Sandbox: an expired token gets 401 with the documented message", "[sandbox]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    fixture.context().tokens.expireAllAccessTokens();
    const HttpResult result = fixture.get(u"/v1.0/users"_s, token);
    CHECK(result.status == 401);
    CHECK(result.json()[u"error"_s][u"message"_s].toString() == u"Access token has expired or is not yet valid."_s);
}

TEST_CASE("Sandbox: every error carries request-id, date and the echoed client-request-id", "[sandbox]")
{
    SandboxFixture fixture;
    const QByteArray clientRequestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const HttpResult result =
        fixture.get(u"/v1.0/noSuchThing"_s, fixture.adminToken(), {{"client-request-id", clientRequestId}});
    CHECK(result.status == 400);
    const QJsonObject error = result.json()[u"error"_s].toObject();
    CHECK(error[u"code"_s].toString() == u"BadRequest"_s);
    CHECK(error[u"message"_s].toString() == u"Resource not found for the segment 'noSuchThing'."_s);
    const QJsonObject inner = error[u"innerError"_s].toObject();
    CHECK(inner[u"client-request-id"_s].toString().toLatin1() == clientRequestId);
    CHECK_FALSE(inner[u"request-id"_s].toString().isEmpty());
    CHECK_FALSE(inner[u"date"_s].toString().isEmpty());
    CHECK(result.header("client-request-id") == clientRequestId);
    CHECK(result.header("request-id").toStdString() == inner[u"request-id"_s].toString().toStdString());
}

TEST_CASE("Sandbox: the inspection API is not served unless the sandbox runs for tests or the demo", "[sandbox]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.inspection = false;
    SandboxFixture fixture(options);
    CHECK(fixture.get(u"/_sandbox/users/"_s + fixture.adminId()).status == 404);
}

TEST_CASE("Sandbox: simulated latency does not serialise concurrent requests", "[sandbox]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.latencyMs = 300;
    SandboxFixture fixture(options);
    const QString token = fixture.adminToken();

    constexpr int parallel = 5;
    int finished = 0;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < parallel; ++i) {
        QNetworkRequest request(QUrl(fixture.sandbox().graphUrl().toString() + u"/noSuchThing"_s));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = fixture.network().get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->deleteLater();
            if (++finished == parallel)
                loop.quit();
        });
    }
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(finished == parallel);
    // Five requests of 300 ms each, answered side by side: well under the 1.5 s a queue would take.
    CHECK(timer.elapsed() < 1200);
}
