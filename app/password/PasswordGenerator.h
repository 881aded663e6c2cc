// SPDX-License-Identifier: MIT
#pragma once

#include "password/PassphraseWords.h"
#include "password/PasswordContext.h"
#include "common/SecretString.h"

#include <QString>
#include <QStringList>

class QRandomGenerator;

/** How a generated temporary password looks. */
enum class PasswordStyle {
    /** Default: 14 random characters of all four classes, without look-alikes (0/O/o, 1/l/I, 5/S …). */
    Readable,
    /** "Kmtr4827": one capital, three small letters, four digits (2-9): easy to type from paper. */
    Classic,
    /** "Lantern-Otter-Quilt-47": capitalised words, one separator, two digits (2-9). */
    Passphrase,
};

/**
 * Temporary passwords from the operating system's CSPRNG (QRandomGenerator::system()), every
 * character or word drawn with rejection sampling so no value is more likely than another (no
 * modulo bias). A candidate that misses a required class or contains a part of the user's or the
 * tenant's name is thrown away whole and drawn again, so every result is uniform over the passwords
 * that qualify, satisfies Entra's rules (checked with LocalPasswordRules), contains no name part,
 * and scores enough points against common banned passwords (BannedPasswordScore) that Entra's
 * banned-password check should let it through.
 */
class PasswordGenerator final
{
public:
    static constexpr int DefaultReadableLength = 14;
    static constexpr int DefaultPassphraseWords = 3;
    static constexpr int MinimumPassphraseWords = 2;
    static constexpr int MaximumPassphraseWords = 8;

    /** @p random defaults to the OS generator; tests may pass a seeded one for reproducible runs. */
    explicit PasswordGenerator(QRandomGenerator *random = nullptr);

    /** 8-256; default 14. */
    void setReadableLength(int length);
    int readableLength() const { return m_readableLength; }
    void setPassphraseWordCount(int count);
    int passphraseWordCount() const { return m_passphraseWords; }
    void setPassphraseLanguage(PassphraseLanguage language) { m_language = language; }
    PassphraseLanguage passphraseLanguage() const { return m_language; }

    SecretString generate(PasswordStyle style, const PasswordContext &context);

    /** A uniform integer in [0, bound) by rejection sampling over 32-bit draws; bound > 0. */
    quint32 uniform(quint32 bound);

    // The alphabets, exposed for tests and for the UI's explanation of the styles.
    /** Characters left out of Readable (and Classic letters) because they look like others. */
    static QString lookAlikeCharacters();
    static QString readableUppercase();
    static QString readableLowercase();
    static QString readableDigits();
    static QString readableSymbols();
    static QString classicDigits();
    static QString passphraseSeparators();
    static QString passphraseDigits() { return classicDigits(); }
    /**
     * First characters that make a spreadsheet read a cell as a formula (= + - @) or that vanish
     * when a cell is trimmed (space): no generated password starts with one, so the results CSV
     * can carry every password exactly and Excel still shows it as it is.
     */
    static QString spreadsheetFormulaLeaders();

private:
    QChar pick(const QString &alphabet);
    QString readableCandidate();
    QString classicCandidate();
    QString passphraseCandidate();

    QRandomGenerator *m_random;
    int m_readableLength = DefaultReadableLength;
    int m_passphraseWords = DefaultPassphraseWords;
    PassphraseLanguage m_language = PassphraseLanguage::English;
};
