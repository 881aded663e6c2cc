// SPDX-License-Identifier: MIT
#pragma once

#include "password/PasswordContext.h"

#include <QList>
#include <QString>
#include <QStringList>

/** One reason a password breaks the Entra rules; ui/ turns it into a translated sentence. */
struct PasswordRuleFailure
{
    enum class Kind {
        Empty,
        TooShort, // fewer than LocalPasswordRules::MinimumLength characters
        TooLong, // more than LocalPasswordRules::MaximumLength characters
        TooFewCharacterClasses, // fewer than 3 of lowercase, uppercase, digits, symbols
        DisallowedCharacter, // `character` is not ASCII letter, digit, space or one of the 32 symbols
        ContainsName, // `namePart` (folded, lower-case) of the user's or tenant's name is in it
    };

    Kind kind = Kind::Empty;
    /** DisallowedCharacter: the offending character (two code units for one outside the BMP). */
    QString character;
    /** ContainsName: the part found, lower-case ASCII ("asa" for "Åsa"). */
    QString namePart;
    /** TooShort/TooLong: the length; TooFewCharacterClasses: the classes present. */
    int count = 0;

    bool operator==(const PasswordRuleFailure &other) const = default;
};

/**
 * The client-side copy of Microsoft Entra's password rules for cloud users ("Password policies and
 * account restrictions in Microsoft Entra ID"), run live as the admin types. Named "Local" because
 * the server's verdict still wins: its banned list is not published, so a password that passes here
 * may still come back as GraphError::Kind::PasswordRejected.
 *
 * Name parts are matched from 3 characters, stricter than Entra's 4 (an admin who asks for "not
 * the user's name" means "Eva" too), after Entra's normalisation (0->o, 1->l, $->s, @->a).
 * DisableStrongPassword drops only the 3-of-4 classes rule: the docs do not say it relaxes more.
 */
class LocalPasswordRules final
{
public:
    static constexpr int MinimumLength = 8;
    static constexpr int MaximumLength = 256;
    static constexpr int RequiredCharacterClasses = 3;
    static constexpr int MinimumNamePartLength = 3;

    /** Every failure, in a stable order: length, characters, classes, names. Empty list = acceptable. */
    static QList<PasswordRuleFailure> check(const QString &password, const PasswordContext &context);
    /** check() with the context's nameParts() worked out already (the generator tries many). */
    static QList<PasswordRuleFailure> check(
        const QString &password, const PasswordContext &context, const QStringList &nameParts);
    static bool isAcceptable(const QString &password, const PasswordContext &context)
    {
        return check(password, context).isEmpty();
    }

    /** The 32 symbols Entra allows besides letters, digits and the space. */
    static QString allowedSymbols();
    static bool isAllowedCharacter(QChar c);
    /** How many of lowercase, uppercase, digit, symbol (space counts as a symbol) occur. */
    static int characterClassCount(const QString &password);

    /** Lower-case, then 0->o, 1->l, $->s, @->a (Entra's step 1). */
    static QString normalise(const QString &password);
    /** Lower-case ASCII parts of the context's names, >= MinimumNamePartLength, without duplicates. */
    static QStringList nameParts(const PasswordContext &context);
    /** The first name part @p password contains (after normalise()), or an empty string. */
    static QString containedNamePart(const QString &password, const QStringList &nameParts);
};
