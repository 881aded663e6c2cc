// SPDX-License-Identifier: MIT
#include "password/PasswordGenerator.h"

#include "password/BannedPasswordScore.h"
#include "password/LocalPasswordRules.h"

#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace {

QString without(const QString &alphabet, const QString &excluded)
{
    QString result;
    for (QChar c : alphabet) {
        if (!excluded.contains(c))
            result.append(c);
    }
    return result;
}

bool hasAllFourClasses(const QString &candidate)
{
    bool lower = false, upper = false, digit = false, symbol = false;
    for (QChar c : candidate) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            symbol = true;
    }
    return lower && upper && digit && symbol;
}

} // namespace

PasswordGenerator::PasswordGenerator(QRandomGenerator *random)
    : m_random(random ? random : QRandomGenerator::system())
{
}

void PasswordGenerator::setReadableLength(int length)
{
    m_readableLength = qBound(LocalPasswordRules::MinimumLength, length, LocalPasswordRules::MaximumLength);
}

void PasswordGenerator::setPassphraseWordCount(int count)
{
    m_passphraseWords = qBound(MinimumPassphraseWords, count, MaximumPassphraseWords);
}

QString PasswordGenerator::lookAlikeCharacters()
{
    return u"0Oo1lI|5Ss2Zz8B6G"_s;
}

QString PasswordGenerator::readableUppercase()
{
    return without(u"ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s, lookAlikeCharacters());
}

QString PasswordGenerator::readableLowercase()
{
    return without(u"abcdefghijklmnopqrstuvwxyz"_s, lookAlikeCharacters());
}

QString PasswordGenerator::readableDigits()
{
    return without(u"0123456789"_s, lookAlikeCharacters());
}

QString PasswordGenerator::readableSymbols()
{
    // Easy to say and type on Swedish and English keyboards: no quotes, backtick, dead keys (^ ~),
    // brackets, or punctuation that disappears on paper (. , : ;).
    return u"#%&*+-=?@!"_s;
}

QString PasswordGenerator::spreadsheetFormulaLeaders()
{
    return u"=+-@ \t\r"_s;
}

QString PasswordGenerator::classicDigits()
{
    // 0 and 1 read as O and l; the other digits stand where only digits can be.
    return u"23456789"_s;
}

QString PasswordGenerator::passphraseSeparators()
{
    return u"-.+=#"_s;
}

quint32 PasswordGenerator::uniform(quint32 bound)
{
    Q_ASSERT(bound > 0);
    // Accept only draws below the largest multiple of bound that fits in 2^32, so every residue
    // is equally likely.
    const quint64 range = quint64(1) << 32;
    const quint64 limit = range - range % bound;
    for (;;) {
        const quint32 draw = m_random->generate();
        if (draw < limit)
            return draw % bound;
    }
}

QChar PasswordGenerator::pick(const QString &alphabet)
{
    return alphabet.at(qsizetype(uniform(quint32(alphabet.size()))));
}

QString PasswordGenerator::readableCandidate()
{
    static const QString alphabet
        = readableUppercase() + readableLowercase() + readableDigits() + readableSymbols();
    QString candidate;
    candidate.reserve(m_readableLength);
    for (int i = 0; i < m_readableLength; ++i)
        candidate.append(pick(alphabet));
    return candidate;
}

QString PasswordGenerator::classicCandidate()
{
    static const QString upper = readableUppercase();
    static const QString lower = readableLowercase();
    static const QString digits = classicDigits();
    QString candidate;
    candidate.append(pick(upper));
    for (int i = 0; i < 3; ++i)
        candidate.append(pick(lower));
    for (int i = 0; i < 4; ++i)
        candidate.append(pick(digits));
    return candidate;
}

QString PasswordGenerator::passphraseCandidate()
{
    const QStringList &words = PassphraseWords::words(m_language);
    const QChar separator = pick(passphraseSeparators());
    QString candidate;
    for (int i = 0; i < m_passphraseWords; ++i) {
        QString word = words.at(qsizetype(uniform(quint32(words.size()))));
        word[0] = word.at(0).toUpper();
        candidate.append(word);
        candidate.append(separator);
    }
    candidate.append(pick(passphraseDigits()));
    candidate.append(pick(passphraseDigits()));
    return candidate;
}

SecretString PasswordGenerator::generate(PasswordStyle style, const PasswordContext &context)
{
    const QStringList nameParts = LocalPasswordRules::nameParts(context);
    for (;;) {
        QString candidate;
        switch (style) {
        case PasswordStyle::Readable:
            candidate = readableCandidate();
            if (!hasAllFourClasses(candidate))
                continue;
            break;
        case PasswordStyle::Classic:
            candidate = classicCandidate();
            break;
        case PasswordStyle::Passphrase:
            candidate = passphraseCandidate();
            break;
        }
        // Rejecting the whole candidate keeps the result uniform over the passwords that qualify.
        if (spreadsheetFormulaLeaders().contains(candidate.at(0)))
            continue;
        if (!LocalPasswordRules::containedNamePart(candidate, nameParts).isEmpty())
            continue;
        // Short styles can land within one edit of a common password ("Abci2335" ~ "abc123").
        if (BannedPasswordScore::likelyRefused(candidate, nameParts))
            continue;
        // Belt and braces: the shapes above satisfy the rules by construction.
        if (!LocalPasswordRules::check(candidate, context, nameParts).isEmpty())
            continue;
        SecretString secret(candidate);
        candidate.fill(u'\0');
        return secret;
    }
}
