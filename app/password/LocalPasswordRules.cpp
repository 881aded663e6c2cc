// SPDX-License-Identifier: MIT
#include "password/LocalPasswordRules.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

/** "Åsa Öberg" -> "asa oberg": names as they would be typed in an ASCII-only password. */
QString asciiFold(const QString &text)
{
    // Most names and addresses are ASCII already: no decomposition to do.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return text.toLower();
    QString folded = text.normalized(QString::NormalizationForm_KD);
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    folded.replace(u"ß"_s, u"ss"_s);
    folded.replace(u"æ"_s, u"ae"_s);
    folded.replace(u"Æ"_s, u"ae"_s);
    folded.replace(u"ø"_s, u"o"_s);
    folded.replace(u"Ø"_s, u"o"_s);
    return folded.toLower();
}

/** Name parts are made of these, after asciiFold() and normalise(). */
bool isLetterOrDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
}

bool isStopPart(QStringView part)
{
    // Pieces of guest and mail addresses that are nobody's name.
    static const QStringList stop {u"com"_s, u"net"_s, u"org"_s, u"ext"_s, u"www"_s};
    return stop.contains(part);
}

} // namespace

QString LocalPasswordRules::allowedSymbols()
{
    return u"@#$%^&*-_!+=[]{}|\\:',.?/`~\"();<>"_s;
}

bool LocalPasswordRules::isAllowedCharacter(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u' ')
        return true;
    static const QString symbols = allowedSymbols();
    return symbols.contains(c);
}

int LocalPasswordRules::characterClassCount(const QString &password)
{
    bool lower = false, upper = false, digit = false, symbol = false;
    for (QChar c : password) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            lower = true;
        else if (u >= u'A' && u <= u'Z')
            upper = true;
        else if (u >= u'0' && u <= u'9')
            digit = true;
        else if (isAllowedCharacter(c)) // the space or one of the symbols
            symbol = true;
    }
    return int(lower) + int(upper) + int(digit) + int(symbol);
}

QString LocalPasswordRules::normalise(const QString &password)
{
    QString result = password.toLower();
    for (QChar &c : result) {
        switch (c.unicode()) {
        case u'0':
            c = u'o';
            break;
        case u'1':
            c = u'l';
            break;
        case u'$':
            c = u's';
            break;
        case u'@':
            c = u'a';
            break;
        default:
            break;
        }
    }
    return result;
}

QStringList LocalPasswordRules::nameParts(const PasswordContext &context)
{
    const QString upn = context.userPrincipalName;
    // Guests: "anna.berg_gmail.com#EXT#@…": the part before #EXT# is their own address.
    const QString local
        = upn.section(u'@', 0, 0).section(u"#EXT#"_s, 0, 0, QString::SectionCaseInsensitiveSeps);
    const QStringList sources {
        context.givenName, context.surname, context.displayName, local, context.tenantName};
    // Normalised like the password, so "L1sa" in a name matches "lisa" typed. The parts are the
    // runs of letters and digits; everything else separates them, so the sources are folded and
    // scanned in one go with a space between each two: the same parts in the same order as one
    // source at a time, for one fold and one scan instead of five.
    const QString folded = normalise(asciiFold(sources.join(u' ')));
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        if (i < folded.size() && isLetterOrDigit(folded.at(i)))
            continue;
        // Looked at as a view: the display name and the address mostly repeat the given name and
        // the surname, and a repeat needs no copy.
        const QStringView part = QStringView(folded).sliced(start, i - start);
        if (part.size() >= MinimumNamePartLength && !isStopPart(part) && !parts.contains(part))
            parts.append(part.toString());
        start = i + 1;
    }
    return parts;
}

QString LocalPasswordRules::containedNamePart(const QString &password, const QStringList &nameParts)
{
    const QString normalised = normalise(password);
    for (const QString &part : nameParts) {
        if (normalised.contains(part))
            return part;
    }
    return {};
}

QList<PasswordRuleFailure> LocalPasswordRules::check(const QString &password, const PasswordContext &context)
{
    return check(password, context, nameParts(context));
}

QList<PasswordRuleFailure> LocalPasswordRules::check(
    const QString &password, const PasswordContext &context, const QStringList &nameParts)
{
    using Kind = PasswordRuleFailure::Kind;
    QList<PasswordRuleFailure> failures;
    if (password.isEmpty()) {
        failures.append({Kind::Empty, {}, {}, 0});
        return failures;
    }
    // Entra counts UTF-16 code units like QString does; only ASCII is allowed anyway.
    const int length = int(password.size());
    if (length < MinimumLength)
        failures.append({Kind::TooShort, {}, {}, length});
    else if (length > MaximumLength)
        failures.append({Kind::TooLong, {}, {}, length});

    QStringList seen;
    for (qsizetype i = 0; i < password.size(); ++i) {
        const QChar c = password.at(i);
        if (isAllowedCharacter(c))
            continue;
        QString character(c);
        if (c.isHighSurrogate() && i + 1 < password.size() && password.at(i + 1).isLowSurrogate())
            character.append(password.at(++i));
        if (!seen.contains(character)) {
            seen.append(character);
            failures.append({Kind::DisallowedCharacter, character, {}, 0});
        }
    }

    const int classes = characterClassCount(password);
    if (context.strongPasswordRequired && classes < RequiredCharacterClasses)
        failures.append({Kind::TooFewCharacterClasses, {}, {}, classes});

    const QString normalised = normalise(password);
    for (const QString &part : nameParts) {
        if (normalised.contains(part))
            failures.append({Kind::ContainsName, {}, part, 0});
    }
    return failures;
}
