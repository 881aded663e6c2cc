// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/HandoverLanguage.h"

#include <QString>
#include <QStringList>

/**
 * A password spelled out character by character in one hand-over language, for a user who reads
 * it from paper or hears it on the phone: "capital K as in Kilo", "digit 7 (seven)". English uses
 * the NATO alphabet; the code words are translatable, and Swedish uses the Swedish spelling
 * alphabet ("stort K som i Kalle"). Upper and lower case are always named, because look-alike
 * letters such as c/C differ only in size on paper.
 */
class PhoneticSpelling final
{
public:
    /** What QT_TRANSLATE_NOOP3 expands to: the source and its disambiguating comment. */
    struct Template
    {
        const char *source;
        const char *comment;
    };

    explicit PhoneticSpelling(const HandoverLanguage &language);

    /** One entry per character of @p password, in order. */
    QStringList spell(const QString &password) const;
    /** The entries as one list in the language's style ("a, b and c" / "a, b och c"). */
    QString spellAsText(const QString &password) const;
    /** The code word for a letter A-Z (either case), e.g. "Kilo"; empty for anything else. */
    QString codeWord(QChar letter) const;

private:
    QString spellCharacter(QChar character) const;
    QString translate(const Template &text) const;

    HandoverLanguage m_language;
};
