// SPDX-License-Identifier: MIT
// LocalPasswordRules (the client-side Entra checks) and SecretString.
#include "CatchQt.h"

#include "password/BannedPasswordScore.h"
#include "password/LocalPasswordRules.h"
#include "common/SecretString.h"

using namespace Qt::Literals::StringLiterals;
using Kind = PasswordRuleFailure::Kind;

namespace {

PasswordContext elsa()
{
    PasswordContext context;
    context.displayName = u"Elsa Nilsson"_s;
    context.givenName = u"Elsa"_s;
    context.surname = u"Nilsson"_s;
    context.userPrincipalName = u"elsa.nilsson@kvarnby.se"_s;
    context.tenantName = u"Kvarnby"_s;
    return context;
}

QList<Kind> kinds(const QList<PasswordRuleFailure> &failures)
{
    QList<Kind> result;
    for (const PasswordRuleFailure &failure : failures)
        result.append(failure.kind);
    return result;
}

} // namespace

TEST_CASE("LocalPasswordRules: a strong password without names passes", "[reset][rules]")
{
    CHECK(LocalPasswordRules::check(u"Trg7#mpQ-w4x"_s, elsa()).isEmpty());
    CHECK(LocalPasswordRules::isAcceptable(u"Lantern-Otter-Quilt-47"_s, elsa()));
}

TEST_CASE("LocalPasswordRules: an empty password gives Empty alone", "[reset][rules]")
{
    const auto failures = LocalPasswordRules::check(QString(), elsa());
    REQUIRE(failures.size() == 1);
    CHECK(failures.at(0).kind == Kind::Empty);
}

TEST_CASE("LocalPasswordRules: fewer than 8 characters is TooShort with the length", "[reset][rules]")
{
    const auto failures = LocalPasswordRules::check(u"Ab3#xyz"_s, elsa());
    REQUIRE(kinds(failures) == QList<Kind> {Kind::TooShort});
    CHECK(failures.at(0).count == 7);
    CHECK(LocalPasswordRules::check(u"Ab3#xyzw"_s, elsa()).isEmpty()); // exactly 8
}

TEST_CASE("LocalPasswordRules: more than 256 characters is TooLong", "[reset][rules]")
{
    const QString exactly256 = u"Ab3#"_s.repeated(64);
    CHECK(LocalPasswordRules::check(exactly256, elsa()).isEmpty());
    const auto failures = LocalPasswordRules::check(exactly256 + u'x', elsa());
    REQUIRE(kinds(failures) == QList<Kind> {Kind::TooLong});
    CHECK(failures.at(0).count == 257);
}

TEST_CASE("LocalPasswordRules: fewer than 3 of 4 classes is TooFewCharacterClasses", "[reset][rules]")
{
    auto failures = LocalPasswordRules::check(u"abcdefghjk"_s, elsa());
    REQUIRE(kinds(failures) == QList<Kind> {Kind::TooFewCharacterClasses});
    CHECK(failures.at(0).count == 1);
    failures = LocalPasswordRules::check(u"abcdefgh42"_s, elsa());
    REQUIRE(kinds(failures) == QList<Kind> {Kind::TooFewCharacterClasses});
    CHECK(failures.at(0).count == 2);
    CHECK(LocalPasswordRules::check(u"abcdefgh42X"_s, elsa()).isEmpty());
    CHECK(LocalPasswordRules::check(u"abcdefgh 42"_s, elsa()).isEmpty()); // the space is a symbol
}

TEST_CASE("LocalPasswordRules: each disallowed character is named once", "[reset][rules]")
{
    const auto failures = LocalPasswordRules::check(u"Lösenordåä7!ö"_s, elsa());
    REQUIRE(kinds(failures)
        == QList<Kind> {Kind::DisallowedCharacter, Kind::DisallowedCharacter, Kind::DisallowedCharacter});
    CHECK(failures.at(0).character == u"ö"_s);
    CHECK(failures.at(1).character == u"å"_s);
    CHECK(failures.at(2).character == u"ä"_s);

    // A character outside the BMP is reported whole, not as half a surrogate pair; a tab is refused too.
    const auto emoji = LocalPasswordRules::check(u"Abc12345\U0001F600\t"_s, elsa());
    REQUIRE(kinds(emoji) == QList<Kind> {Kind::DisallowedCharacter, Kind::DisallowedCharacter});
    CHECK(emoji.at(0).character == u"\U0001F600"_s);
    CHECK(emoji.at(1).character == u"\t"_s);
}

TEST_CASE("LocalPasswordRules: every one of the 32 symbols and the space is allowed", "[reset][rules]")
{
    const QString symbols = LocalPasswordRules::allowedSymbols();
    CHECK(symbols.size() == 32);
    const QString withSpace = symbols + u' ';
    for (QChar c : withSpace)
        CHECK(LocalPasswordRules::isAllowedCharacter(c));
    CHECK(LocalPasswordRules::check(u"Aa1"_s + symbols, elsa()).isEmpty());
    for (QChar c : u"åäöéü€£§´¨"_s)
        CHECK_FALSE(LocalPasswordRules::isAllowedCharacter(c));
}

TEST_CASE(
    "LocalPasswordRules: the user's and the tenant's names are refused after normalisation", "[reset][rules]")
{
    auto failures = LocalPasswordRules::check(u"Elsa#2024xyz"_s, elsa());
    REQUIRE(kinds(failures) == QList<Kind> {Kind::ContainsName});
    CHECK(failures.at(0).namePart == u"elsa"_s);

    failures = LocalPasswordRules::check(u"Nil$$0n!Qz8"_s, elsa()); // $->s, 0->o
    REQUIRE(kinds(failures) == QList<Kind> {Kind::ContainsName});
    CHECK(failures.at(0).namePart == u"nilsson"_s);

    failures = LocalPasswordRules::check(u"Kv@rnby-7Xq"_s, elsa()); // the tenant, @->a
    REQUIRE(kinds(failures) == QList<Kind> {Kind::ContainsName});
    CHECK(failures.at(0).namePart == u"kvarnby"_s);

    // Names with å/ä/ö match as they would be typed in ASCII.
    PasswordContext asa;
    asa.givenName = u"Åsa"_s;
    asa.surname = u"Öberg"_s;
    asa.userPrincipalName = u"asa.oberg@kvarnby.se"_s;
    failures = LocalPasswordRules::check(u"xOBERG-42q"_s, asa);
    REQUIRE(kinds(failures) == QList<Kind> {Kind::ContainsName});
    CHECK(failures.at(0).namePart == u"oberg"_s);
    CHECK(kinds(LocalPasswordRules::check(u"Asa-Tr7qx"_s, asa)) == QList<Kind> {Kind::ContainsName});

    // Parts shorter than 3 characters and address noise are not names.
    PasswordContext guest;
    guest.givenName = u"Bo"_s;
    guest.surname = u"Ek"_s;
    guest.userPrincipalName = u"bo.ek_gmail.com#EXT#@kvarnby.onmicrosoft.com"_s;
    CHECK(LocalPasswordRules::nameParts(guest) == QStringList {u"gmail"_s});
    CHECK(LocalPasswordRules::check(u"Boekcom-77x"_s, guest).isEmpty());
}

TEST_CASE("LocalPasswordRules: DisableStrongPassword drops only the class rule", "[reset][rules]")
{
    PasswordContext weak = elsa();
    weak.strongPasswordRequired = false;
    CHECK(LocalPasswordRules::check(u"abcdefghjk"_s, weak).isEmpty());
    CHECK(kinds(LocalPasswordRules::check(u"abcdefg"_s, weak)) == QList<Kind> {Kind::TooShort});
    CHECK(kinds(LocalPasswordRules::check(u"abcdefgå"_s, weak)) == QList<Kind> {Kind::DisallowedCharacter});
    CHECK(kinds(LocalPasswordRules::check(u"elsaabcdef"_s, weak)) == QList<Kind> {Kind::ContainsName});
}

TEST_CASE("LocalPasswordRules: several failures come back together in a stable order", "[reset][rules]")
{
    const auto failures = LocalPasswordRules::check(u"elsaå"_s, elsa());
    CHECK(kinds(failures)
        == QList<Kind> {
            Kind::TooShort, Kind::DisallowedCharacter, Kind::TooFewCharacterClasses, Kind::ContainsName});
}

TEST_CASE("SecretString: holds the text and wipes it on clear", "[reset][secret]")
{
    SecretString secret(u"Trg7#mpQ-w4x"_s);
    CHECK(secret.size() == 12);
    CHECK(secret.reveal() == u"Trg7#mpQ-w4x"_s);
    CHECK(secret.equals(u"Trg7#mpQ-w4x"_s));
    CHECK_FALSE(secret.equals(u"Trg7#mpQ-w4y"_s));
    CHECK_FALSE(secret.equals(u"Trg7"_s));

    SecretString copy = secret;
    secret.clear();
    CHECK(secret.isEmpty());
    CHECK(secret.reveal().isEmpty());
    // The copy shares nothing that clear() could have zeroed under it.
    CHECK(copy.reveal() == u"Trg7#mpQ-w4x"_s);

    SecretString moved = std::move(copy);
    CHECK(copy.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from is documented as empty
    CHECK(moved.equals(u"Trg7#mpQ-w4x"_s));
    moved = SecretString(u"other"_s);
    CHECK(moved.reveal() == u"other"_s);
}

TEST_CASE("BannedPasswordScore: scores the documented examples as Entra does", "[reset][rules]")
{
    const QStringList contoso {u"contoso"_s};
    // Microsoft's example: contoso + blank + 1 + 2 = 4 points, refused; one more character makes 5.
    CHECK(BannedPasswordScore::score(u"C0ntos0Blank12"_s, contoso) == 4);
    CHECK(BannedPasswordScore::likelyRefused(u"C0ntos0Blank12"_s, contoso));
    CHECK(BannedPasswordScore::score(u"ContoS0Bl@nkf9!"_s, contoso) == 5);
    CHECK_FALSE(BannedPasswordScore::likelyRefused(u"ContoS0Bl@nkf9!"_s, contoso));
    // Within one edit: "abci23" is abc123 with one substitution.
    CHECK(BannedPasswordScore::score(u"Abci2335"_s, {}) == 3);
    CHECK(BannedPasswordScore::likelyRefused(u"P@ssw0rd1"_s, {}));
    CHECK(BannedPasswordScore::score(u"Trg7#mpQ-w4x"_s, {}) == 12);
    // Name parts count as one point each.
    CHECK(BannedPasswordScore::score(u"xElsaNilsson"_s, {u"elsa"_s, u"nilsson"_s}) == 3);
}

TEST_CASE("BannedPasswordScore: scores passwords up to 64 and beyond the same way", "[reset][rules]")
{
    // Short generated passwords and long typed ones take the same path; each copy of a banned
    // word is one point wherever it stands.
    for (const int copies : {1, 7, 8, 9, 20}) {
        const QString password = u"P@ssw0rd"_s.repeated(copies);
        CHECK(BannedPasswordScore::score(password, {}) == copies);
        const QString withName = password + u"Elsa"_s;
        CHECK(BannedPasswordScore::score(withName, {u"elsa"_s}) == copies + 1);
        // One extra character is within the one edit of the term next to it; a second is not,
        // and counts one point.
        CHECK(BannedPasswordScore::score(u"#"_s + password, {}) == copies);
        CHECK(BannedPasswordScore::score(u"##"_s + password, {}) == copies + 1);
    }
}
