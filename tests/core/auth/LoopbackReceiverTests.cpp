// SPDX-License-Identifier: MIT
// A real socket on 127.0.0.1: requests are raw HTTP, as a browser would send them.
#include "CatchQt.h"

#include "ManualClock.h"
#include "WaitUntil.h"
#include "auth/LoopbackReceiver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

/**
 * Sends @p request as it is to the receiver and returns the whole response (status line, headers,
 * body) once the receiver closed the connection; empty when it did not within two seconds.
 */
QByteArray exchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray response;
    // The receiver's socket lives on this thread: spin the event loop while we wait.
    const bool closed = waitUntil([&] {
        response += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
    }, 2000);
    response += socket.readAll();
    return closed ? response : QByteArray();
}

/** Sends one GET to the receiver and returns the whole response (status line, headers, body). */
QByteArray httpGet(quint16 port, const QByteArray &target)
{
    return exchange(port, "GET " + target + " HTTP/1.1\r\nHost: localhost:" + QByteArray::number(port)
                              + "\r\nUser-Agent: test\r\n\r\n");
}

/** A connection to the receiver that sends nothing until told to. */
std::unique_ptr<QTcpSocket> connectTo(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(u"127.0.0.1"_s, port);
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

bool waitForClose(QTcpSocket &socket)
{
    return waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 2000);
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

TEST_CASE("LoopbackReceiver: answers what is not a browser's GET with a plain 400 and keeps waiting", "[auth][loopback]")
{
    LoopbackReceiver receiver;
    REQUIRE(receiver.start());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);

    const QByteArray port = QByteArray::number(receiver.port());
    const QByteArray post = exchange(receiver.port(), "POST /?code=c&state=s HTTP/1.1\r\nHost: localhost:" + port
                                                          + "\r\nContent-Length: 3\r\n\r\nabc");
    CHECK(post.startsWith("HTTP/1.1 400 "));
    CHECK(post.contains("Content-Type: text/plain"));
    CHECK(post.contains("Connection: close"));
    CHECK(exchange(receiver.port(), "GET /?code=c&state=s HTTP/1.1\r\nHost: rebound.example\r\n\r\n")
              .startsWith("HTTP/1.1 400 "));
    CHECK(httpGet(receiver.port(), "/?code=c").startsWith("HTTP/1.1 400 "));
    CHECK(exchange(receiver.port(), "\x16\x03\x01\x02\x05\x01\x02\x01\xfc\x03\x03\r\n\r\n").startsWith("HTTP/1.1 400 "));
    CHECK(received.isEmpty());
    CHECK(receiver.isListening());

    CHECK(httpGet(receiver.port(), "/?code=c&state=s").startsWith("HTTP/1.1 200 "));
    CHECK(received.size() == 1);
}

TEST_CASE("LoopbackReceiver: a request larger than the limit gets a 400 before it ends", "[auth][loopback]")
{
    LoopbackReceiver receiver;
    REQUIRE(receiver.start());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);

    // A head that never ends: the receiver answers once the limit is passed, not when it is over.
    const QByteArray endless = "GET /?code=c&state=s HTTP/1.1\r\nX-Padding: "
                               + QByteArray(LoopbackRequest::maximumSize + 100, 'a');
    CHECK(exchange(receiver.port(), endless).startsWith("HTTP/1.1 400 "));
    CHECK(received.isEmpty());
    CHECK(receiver.isListening());
}

TEST_CASE("LoopbackReceiver: drops a connection whose request does not arrive in time", "[auth][loopback]")
{
    ManualClock clock;
    LoopbackReceiver receiver(&clock);
    REQUIRE(receiver.start());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);

    auto silent = connectTo(receiver.port());
    REQUIRE(silent);
    auto slow = connectTo(receiver.port());
    REQUIRE(slow);
    slow->write("GET /?code=c&st");
    QTest::qWait(100); // accepted and read on this thread's event loop
    CHECK(silent->state() == QAbstractSocket::ConnectedState);

    clock.advance(9'000);
    QTest::qWait(50);
    CHECK(silent->state() == QAbstractSocket::ConnectedState);
    clock.advance(1'000);
    CHECK(waitForClose(*silent));
    CHECK(waitForClose(*slow));
    CHECK(received.isEmpty());
    // The listener itself still waits for the browser.
    CHECK(receiver.isListening());
    CHECK(httpGet(receiver.port(), "/?code=c&state=s").startsWith("HTTP/1.1 200 "));
}

TEST_CASE("LoopbackReceiver: a second redirect on a connection opened before the first is not reported", "[auth][loopback]")
{
    LoopbackReceiver receiver;
    REQUIRE(receiver.start());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
    auto early = connectTo(receiver.port());
    REQUIRE(early);
    QTest::qWait(50);

    CHECK(httpGet(receiver.port(), "/?code=first&state=s").startsWith("HTTP/1.1 200 "));
    REQUIRE(received.size() == 1);
    early->write("GET /?code=second&state=s HTTP/1.1\r\nHost: localhost\r\n\r\n");
    REQUIRE(waitForClose(*early));
    CHECK(early->readAll().startsWith("HTTP/1.1 404 "));
    CHECK(received.size() == 1);
    CHECK(received.first().at(0).value<LoopbackRedirect>().code == u"first"_s);
}

TEST_CASE("LoopbackReceiver: closes connections beyond the few a browser opens", "[auth][loopback]")
{
    LoopbackReceiver receiver;
    REQUIRE(receiver.start());
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 16; ++i) {
        idle.push_back(connectTo(receiver.port()));
        REQUIRE(idle.back());
    }
    auto extra = connectTo(receiver.port());
    REQUIRE(extra);
    CHECK(waitForClose(*extra));
    CHECK(idle.front()->state() == QAbstractSocket::ConnectedState);

    // Once the idle ones are gone, the browser gets through again.
    idle.clear();
    QTest::qWait(100);
    CHECK(httpGet(receiver.port(), "/?code=c&state=s").startsWith("HTTP/1.1 200 "));
}
