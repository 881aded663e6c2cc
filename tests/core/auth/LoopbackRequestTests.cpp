// SPDX-License-Identifier: MIT
// The loopback request parser on its own: bytes in, outcome out, as the receiver and the fuzzer feed it.
#include "CatchQt.h"

#include "auth/LoopbackRequest.h"

using namespace Qt::Literals::StringLiterals;
using Outcome = LoopbackRequest::Outcome;

namespace {

/** What Firefox sends for the redirect, with @p target and @p host. */
QByteArray browserRequest(const QByteArray &target, const QByteArray &host = "localhost:50123")
{
    return "GET " + target + " HTTP/1.1\r\nHost: " + host
           + "\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0\r\n"
             "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
             "Accept-Language: sv-SE,sv;q=0.8,en-US;q=0.5,en;q=0.3\r\n"
             "Accept-Encoding: gzip, deflate, br\r\nConnection: keep-alive\r\n"
             "Upgrade-Insecure-Requests: 1\r\nSec-Fetch-Dest: document\r\n\r\n";
}

Outcome outcomeOf(const QByteArray &bytes)
{
    return LoopbackRequest::parse(bytes).outcome();
}

} // namespace

TEST_CASE("LoopbackRequest: a browser's redirect carries the decoded code and state", "[auth][loopback]")
{
    const LoopbackRequest request
        = LoopbackRequest::parse(browserRequest("/?code=0.AX%2Bq-1+2&state=s%3D1&session_state=abc"));
    REQUIRE(request.outcome() == Outcome::Redirect);
    CHECK(request.redirect().code == u"0.AX+q-1 2"_s);
    CHECK(request.redirect().state == u"s=1"_s);
    CHECK_FALSE(request.redirect().isError());
}

TEST_CASE("LoopbackRequest: an error redirect needs no code", "[auth][loopback]")
{
    const LoopbackRequest request = LoopbackRequest::parse(
        browserRequest("/?error=access_denied&error_description=AADSTS65004%3A+User+declined&state=s"));
    REQUIRE(request.outcome() == Outcome::Redirect);
    CHECK(request.redirect().error == u"access_denied"_s);
    CHECK(request.redirect().errorDescription == u"AADSTS65004: User declined"_s);
}

TEST_CASE("LoopbackRequest: waits for the rest of a head that has not ended", "[auth][loopback]")
{
    const QByteArray whole = browserRequest("/?code=c&state=s");
    CHECK(outcomeOf(whole.first(whole.size() - 1)) == Outcome::Incomplete);
    CHECK(outcomeOf({}) == Outcome::Incomplete);
    CHECK(outcomeOf("GET / HTTP/1.1\r\n") == Outcome::Incomplete);
}

TEST_CASE("LoopbackRequest: other paths and a bare visit are not found", "[auth][loopback]")
{
    CHECK(outcomeOf(browserRequest("/favicon.ico")) == Outcome::NotFound);
    CHECK(outcomeOf(browserRequest("/")) == Outcome::NotFound);
    CHECK(outcomeOf(browserRequest("/?session_state=x")) == Outcome::NotFound);
    CHECK(outcomeOf(browserRequest("/elsewhere?code=c&state=s")) == Outcome::NotFound);
    CHECK(outcomeOf(browserRequest("//?code=c&state=s")) == Outcome::NotFound);
}

TEST_CASE("LoopbackRequest: a code without state, or with an error, is a bad request", "[auth][loopback]")
{
    CHECK(outcomeOf(browserRequest("/?code=c")) == Outcome::BadRequest);
    CHECK(outcomeOf(browserRequest("/?code=c&state=")) == Outcome::BadRequest);
    CHECK(outcomeOf(browserRequest("/?code=c&state=s&error=server_error")) == Outcome::BadRequest);
}

TEST_CASE("LoopbackRequest: a repeated parameter is a bad request, not first or last wins", "[auth][loopback]")
{
    CHECK(outcomeOf(browserRequest("/?code=c&state=s&code=injected")) == Outcome::BadRequest);
    CHECK(outcomeOf(browserRequest("/?code=c&state=s&st%61te=t")) == Outcome::BadRequest);
    CHECK(outcomeOf(browserRequest("/?error=a&error=b")) == Outcome::BadRequest);
}

TEST_CASE("LoopbackRequest: only GET with HTTP/1.x is read", "[auth][loopback]")
{
    CHECK(outcomeOf("POST /?code=c&state=s HTTP/1.1\r\nHost: localhost\r\n\r\n") == Outcome::BadRequest);
    CHECK(outcomeOf("HEAD /?code=c&state=s HTTP/1.1\r\nHost: localhost\r\n\r\n") == Outcome::BadRequest);
    CHECK(outcomeOf("GET /?code=c&state=s HTTP/2.0\r\nHost: localhost\r\n\r\n") == Outcome::BadRequest);
    CHECK(outcomeOf("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") == Outcome::BadRequest);
    CHECK(outcomeOf("GET http://localhost/?code=c&state=s HTTP/1.1\r\nHost: localhost\r\n\r\n")
          == Outcome::BadRequest);
    CHECK(outcomeOf("GET  /?code=c&state=s HTTP/1.1\r\nHost: localhost\r\n\r\n") == Outcome::BadRequest);
    CHECK(outcomeOf("GET /?code=c&state=s\r\nHost: localhost\r\n\r\n") == Outcome::BadRequest);
    CHECK(outcomeOf("GET /?code=c&state=s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n") == Outcome::Redirect);
}

TEST_CASE("LoopbackRequest: the Host must name the loopback address, exactly once", "[auth][loopback]")
{
    for (const QByteArray host : {"localhost", "LocalHost:1", "127.0.0.1:50123", "[::1]:50123"})
        CHECK(outcomeOf(browserRequest("/?code=c&state=s", host)) == Outcome::Redirect);
    // A page on another site that rebinds its name to 127.0.0.1 reaches us with its own Host.
    for (const QByteArray host : {"evil.example", "localhost.evil.example", "localhost:", "localhost:x",
                                  "127.0.0.2", "[::1", "", "localhost:1234567"})
        CHECK(outcomeOf(browserRequest("/?code=c&state=s", host)) == Outcome::BadRequest);
    CHECK(outcomeOf("GET /?code=c&state=s HTTP/1.1\r\n\r\n") == Outcome::BadRequest);
    CHECK(outcomeOf("GET /?code=c&state=s HTTP/1.1\r\nHost: localhost\r\nHost: localhost\r\n\r\n")
          == Outcome::BadRequest);
}

TEST_CASE("LoopbackRequest: malformed header fields are a bad request", "[auth][loopback]")
{
    const QByteArray line = "GET /?code=c&state=s HTTP/1.1\r\nHost: localhost\r\n";
    CHECK(outcomeOf(line + "X-Folded: a\r\n b\r\n\r\n") == Outcome::BadRequest);
    CHECK(outcomeOf(line + "X-Space : a\r\n\r\n") == Outcome::BadRequest);
    CHECK(outcomeOf(line + ": a\r\n\r\n") == Outcome::BadRequest);
    CHECK(outcomeOf(line + "NoColon\r\n\r\n") == Outcome::BadRequest);
    CHECK(outcomeOf(line + "X-Bare: a\nX-Other: b\r\n\r\n") == Outcome::BadRequest);
    CHECK(outcomeOf(line + "X-Bare: a\rb\r\n\r\n") == Outcome::BadRequest);
    CHECK(outcomeOf(line + QByteArray("X-Nul: a\0b\r\n\r\n", 15)) == Outcome::BadRequest);
    CHECK(outcomeOf(line + "X-Fine: \xc3\xa5 \t ok\r\n\r\n") == Outcome::Redirect);
}

TEST_CASE("LoopbackRequest: a body or bytes after the head are a bad request", "[auth][loopback]")
{
    const QByteArray line = "GET /?code=c&state=s HTTP/1.1\r\nHost: localhost\r\n";
    CHECK(outcomeOf(line + "Content-Length: 4\r\n\r\nbody") == Outcome::BadRequest);
    CHECK(outcomeOf(line + "Content-Length: 0\r\n\r\n") == Outcome::Redirect);
    CHECK(outcomeOf(line + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n") == Outcome::BadRequest);
    CHECK(outcomeOf(line + "\r\nGET / HTTP/1.1\r\n") == Outcome::BadRequest);
}

TEST_CASE("LoopbackRequest: a head larger than the limit is a bad request", "[auth][loopback]")
{
    const QByteArray padding = "X-Padding: " + QByteArray(LoopbackRequest::maximumSize, 'a') + "\r\n";
    CHECK(outcomeOf("GET /?code=c&state=s HTTP/1.1\r\nHost: localhost\r\n" + padding + "\r\n") == Outcome::BadRequest);
    // Without its end in sight, more than the limit is refused before the head is over.
    CHECK(outcomeOf("GET /?code=c&state=s HTTP/1.1\r\n" + padding) == Outcome::BadRequest);
}
