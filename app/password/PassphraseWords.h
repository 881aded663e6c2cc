// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

enum class PassphraseLanguage { English, Swedish };

/** The word lists of passphrase passwords: lower-case ASCII, no duplicates, sorted. */
namespace PassphraseWords {
const QStringList &english();
/** Swedish words spelled without å/ä/ö (Entra allows only ASCII). */
const QStringList &swedish();
const QStringList &words(PassphraseLanguage language);
} // namespace PassphraseWords
