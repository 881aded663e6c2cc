// SPDX-License-Identifier: MIT
#include "CatchQt.h"

#include "auth/Pkce.h"

#include <QSet>

#include <cctype>

TEST_CASE("Pkce: S256 challenge matches the RFC 7636 appendix B vector", "[auth][pkce]")
{
    // Appendix B: the verifier is base64url of 32 given octets; its challenge is fixed.
    const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    CHECK(Pkce::isValidVerifier(verifier));
    CHECK(Pkce::challengeS256(verifier) == QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

TEST_CASE("Pkce: verifiers use only unreserved characters and legal lengths", "[auth][pkce]")
{
    CHECK(Pkce::generateVerifier().size() == Pkce::defaultVerifierLength);
    CHECK(Pkce::generateVerifier(10).size() == Pkce::minimumVerifierLength);
    CHECK(Pkce::generateVerifier(500).size() == Pkce::maximumVerifierLength);
    QSet<QByteArray> seen;
    for (int i = 0; i < 50; ++i) {
        const QByteArray verifier = Pkce::generateVerifier();
        REQUIRE(Pkce::isValidVerifier(verifier));
        seen.insert(verifier);
    }
    CHECK(seen.size() == 50);
    CHECK_FALSE(Pkce::isValidVerifier("too-short"));
    CHECK_FALSE(Pkce::isValidVerifier(QByteArray(QByteArray(43, 'a') + "+")));
    CHECK_FALSE(Pkce::isValidVerifier(QByteArray(129, 'a')));
}

TEST_CASE("Pkce: states are 43 base64url characters and differ every time", "[auth][pkce]")
{
    const QByteArray first = Pkce::generateState();
    const QByteArray second = Pkce::generateState();
    CHECK(first.size() == 43);
    CHECK(first != second);
    for (char c : first)
        CHECK((std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'));
}
