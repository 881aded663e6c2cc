// SPDX-License-Identifier: MIT
// PasswordStyleChoice: what a new reset or bulk window offers for generated passwords, and that
// it is the admin's last pick.
#include "CatchQt.h"
#include "ScopedLanguage.h"

#include "ui/widgets/PasswordStyleChoice.h"

#include <QComboBox>
#include <QSettings>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

/** The style and language combos of one window, as the dialogs lay them out. */
struct ChoiceWindow
{
    QWidget window;
    QComboBox *style = new QComboBox(&window);
    QComboBox *language = new QComboBox(&window);
    PasswordStyleChoice choice {style, language};
};

/** Picks the item holding @p value the way an admin does, with the keyboard. */
void pick(QComboBox *combo, int value)
{
    combo->setFocus();
    while (combo->currentData().toInt() != value) {
        const int before = combo->currentIndex();
        QTest::keyClick(combo, Qt::Key_Down);
        REQUIRE(combo->currentIndex() != before);
    }
}

} // namespace

TEST_CASE("PasswordStyleChoice: a first window offers a passphrase in the app's language, then the last pick",
    "[ui][password]")
{
    QSettings().remove(PasswordStyleChoice::settingsGroup());
    {
        ScopedLanguage swedish(u"sv"_s);
        ChoiceWindow first;
        // Words read aloud over the phone without symbol soup.
        CHECK(first.choice.style() == PasswordStyle::Passphrase);
        CHECK(first.choice.language() == PassphraseLanguage::Swedish);
    }
    ScopedLanguage english(u"en"_s);
    {
        ChoiceWindow first;
        CHECK(first.choice.style() == PasswordStyle::Passphrase);
        CHECK(first.choice.language() == PassphraseLanguage::English);
        // What a window selects for itself is not a pick.
        first.style->setCurrentIndex(first.style->findData(int(PasswordStyle::Classic)));
    }
    {
        ChoiceWindow second;
        CHECK(second.choice.style() == PasswordStyle::Passphrase);
        second.window.show();
        pick(second.language, int(PassphraseLanguage::Swedish));
        pick(second.style, int(PasswordStyle::Readable));
        CHECK(second.choice.style() == PasswordStyle::Readable);
    }
    {
        ChoiceWindow third;
        CHECK(third.choice.style() == PasswordStyle::Readable);
        CHECK(third.choice.language() == PassphraseLanguage::Swedish);
        // A language change refills the combos and keeps the pick.
        third.choice.retranslate();
        CHECK(third.choice.style() == PasswordStyle::Readable);
        CHECK(third.style->count() == 3);
    }
    QSettings().remove(PasswordStyleChoice::settingsGroup());
}
