// SPDX-License-Identifier: MIT
#include "CatchQt.h"

#include "delivery/HandoverLanguage.h"
#include "delivery/PhoneticSpelling.h"
#include "password/PasswordGenerator.h"

using namespace Qt::Literals::StringLiterals;

TEST_CASE("PhoneticSpelling: spells a password with the NATO alphabet in English", "[delivery][phonetic]")
{
    const PhoneticSpelling english(HandoverLanguage(u"en"_s));
    const QStringList spelled = english.spell(u"Kx7#m"_s);
    REQUIRE(spelled.size() == 5);
    CHECK(spelled.at(0) == u"capital K as in Kilo"_s);
    CHECK(spelled.at(1) == u"small x as in X-ray"_s);
    CHECK(spelled.at(2) == u"digit 7 (seven)"_s);
    CHECK(spelled.at(3) == u"symbol # (hash)"_s);
    CHECK(spelled.at(4) == u"small m as in Mike"_s);
    CHECK(english.spellAsText(u"Ab"_s) == u"capital A as in Alfa and small b as in Bravo"_s);
}

TEST_CASE("PhoneticSpelling: spells a password with the Swedish spelling alphabet in Swedish", "[delivery][phonetic]")
{
    const HandoverLanguage swedish(u"sv"_s);
    REQUIRE(swedish.isLoaded());
    const PhoneticSpelling spelling(swedish);
    const QStringList spelled = spelling.spell(u"Kq9@"_s);
    REQUIRE(spelled.size() == 4);
    CHECK(spelled.at(0) == u"stort K som i Kalle"_s);
    CHECK(spelled.at(1) == u"litet q som i Qvintus"_s);
    CHECK(spelled.at(2) == u"siffran 9 (nio)"_s);
    CHECK(spelled.at(3) == u"tecknet @ (snabel-a)"_s);
    CHECK(spelling.spellAsText(u"Ab"_s) == u"stort A som i Adam och litet b som i Bertil"_s);
}

TEST_CASE("PhoneticSpelling: names every character a readable password can hold", "[delivery][phonetic]")
{
    const QString alphabet = PasswordGenerator::readableUppercase() + PasswordGenerator::readableLowercase()
        + PasswordGenerator::readableDigits() + PasswordGenerator::readableSymbols();
    for (const QString &code : {u"en"_s, u"sv"_s}) {
        const PhoneticSpelling spelling{HandoverLanguage(code)};
        const QStringList spelled = spelling.spell(alphabet);
        REQUIRE(spelled.size() == alphabet.size());
        for (int i = 0; i < alphabet.size(); ++i) {
            CAPTURE(code, alphabet.at(i));
            // Never just the bare character: every entry says what it is.
            CHECK(spelled.at(i).size() > 3);
            CHECK(spelled.at(i).contains(alphabet.at(i)));
        }
    }
    // Upper and lower case of the same letter are told apart.
    const PhoneticSpelling english(HandoverLanguage(u"en"_s));
    CHECK(english.spell(u"C"_s) != english.spell(u"c"_s));
    CHECK(english.codeWord(u'c') == u"Charlie"_s);
    CHECK(english.codeWord(u'5').isEmpty());
}
