// SPDX-License-Identifier: MIT
// A real socket on 127.0.0.1: requests are raw HTTP, as a browser would send them.
#include "CatchQt.h"

#include "auth/LoopbackReceiver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

/** Sends one GET to the receiver and returns the whole response (status line, headers, body). */
QByteArray httpGet(quint16 port, const QByteArray &target)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + target + " HTTP/1.1\r\nHost: localhost:" + QByteArray::number(port)
                 + "\r\nUser-Agent: test\r\n\r\n");
    QByteArray response;
    // The receiver's socket lives on this thread: spin the event loop while we wait.
    for (int i = 0; i < 100 && socket.state() != QAbstractSocket::UnconnectedState; ++i) {
        QTest::qWait(20);
        response += socket.readAll();
    }
    response += socket.readAll();
    return response;
}

} // namespace

TEST_CASE("LoopbackReceiver: reports the one redirect and then stops listening", "[auth][loopback]")
{
    LoopbackReceiver receiver;
    receiver.setExpectedState(u"s1"_s);
    REQUIRE(receiver.start());
    REQUIRE(receiver.port() != 0);
    CHECK(receiver.redirectUri() == QUrl(u"http://localhost:%1/"_s.arg(receiver.port())));
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);

    const QByteArray response = httpGet(receiver.port(), "/?code=abc%2B1+2&state=s1&session_state=x");
    CHECK(response.startsWith("HTTP/1.1 200 "));
    CHECK(response.contains("Cache-Control: no-store"));
    CHECK(response.contains(LoopbackReceiver::defaultCompletedPage()));
    REQUIRE(received.size() == 1);
    const auto redirect = received.first().at(0).value<LoopbackRedirect>();
    CHECK(redirect.code == u"abc+1 2"_s);
    CHECK(redirect.state == u"s1"_s);
    CHECK_FALSE(redirect.isError());

    // One-shot: nothing listens any more.
    CHECK_FALSE(receiver.isListening());
    QTcpSocket late;
    late.connectToHost(u"127.0.0.1"_s, receiver.port());
    CHECK_FALSE(late.waitForConnected(1000));
    CHECK(received.size() == 1);
}

TEST_CASE("LoopbackReceiver: the browser's favicon request gets a 404 and does not count", "[auth][loopback]")
{
    LoopbackReceiver receiver;
    REQUIRE(receiver.start());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);

    CHECK(httpGet(receiver.port(), "/favicon.ico").startsWith("HTTP/1.1 404 "));
    CHECK(httpGet(receiver.port(), "/").startsWith("HTTP/1.1 404 "));
    CHECK(httpGet(receiver.port(), "/elsewhere?code=abc&state=s").startsWith("HTTP/1.1 404 "));
    CHECK(received.isEmpty());
    CHECK(receiver.isListening());

    CHECK(httpGet(receiver.port(), "/?code=abc&state=s").startsWith("HTTP/1.1 200 "));
    CHECK(received.size() == 1);
}

TEST_CASE("LoopbackReceiver: a foreign state gets the failed page and is reported as it came", "[auth][loopback]")
{
    LoopbackReceiver receiver;
    receiver.setExpectedState(u"ours"_s);
    receiver.setPages("<p>done</p>", "<p>nope</p>");
    REQUIRE(receiver.start());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);

    const QByteArray response = httpGet(receiver.port(), "/?code=stolen&state=theirs");
    CHECK(response.startsWith("HTTP/1.1 200 "));
    CHECK(response.endsWith("<p>nope</p>"));
    REQUIRE(received.size() == 1);
    CHECK(received.first().at(0).value<LoopbackRedirect>().state == u"theirs"_s);
}

TEST_CASE("LoopbackReceiver: an error redirect carries error and description", "[auth][loopback]")
{
    LoopbackReceiver receiver;
    REQUIRE(receiver.start());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);

    const QByteArray response = httpGet(
        receiver.port(), "/?error=access_denied&error_description=AADSTS65004%3A+User+declined&state=s");
    CHECK(response.contains(LoopbackReceiver::defaultFailedPage()));
    REQUIRE(received.size() == 1);
    const auto redirect = received.first().at(0).value<LoopbackRedirect>();
    CHECK(redirect.isError());
    CHECK(redirect.error == u"access_denied"_s);
    CHECK(redirect.errorDescription == u"AADSTS65004: User declined"_s);
}

TEST_CASE("LoopbackReceiver: times out when no redirect arrives", "[auth][loopback]")
{
    LoopbackReceiver receiver;
    receiver.setTimeout(200ms);
    REQUIRE(receiver.start());
    QSignalSpy timedOut(&receiver, &LoopbackReceiver::timedOut);
    REQUIRE(timedOut.wait(5000));
    CHECK_FALSE(receiver.isListening());
}
