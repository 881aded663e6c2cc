// SPDX-License-Identifier: MIT
#pragma once

#include "password/PasswordGenerator.h"

#include <QCoreApplication>

class QComboBox;

/**
 * The "how should the password look" choice of the reset and bulk dialogs: the style combo and
 * the passphrase language combo. A new window starts with the choice the admin made last; the
 * first time, with a passphrase in the app's language, because admins read temporary passwords
 * out over the phone and users type them on phones, and words read aloud without symbol soup.
 */
class PasswordStyleChoice final
{
    // The reset dialog's context, where these texts have always been translated.
    Q_DECLARE_TR_FUNCTIONS(ResetPasswordDialog)
    Q_DISABLE_COPY_MOVE(PasswordStyleChoice)
public:
    /** Fills @p style and @p language and selects the remembered choice. */
    PasswordStyleChoice(QComboBox *style, QComboBox *language);

    /** Fills the combos again in the current language, keeping what is selected. */
    void retranslate();
    PasswordStyle style() const;
    PassphraseLanguage language() const;

    /** The settings group the choice is remembered under. */
    static QString settingsGroup();

private:
    void remember() const;

    QComboBox *m_style;
    QComboBox *m_language;
};
