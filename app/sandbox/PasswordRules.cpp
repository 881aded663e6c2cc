// SPDX-License-Identifier: MIT
#include "sandbox/PasswordRules.h"

#include "sandbox/SandboxTenant.h"

#include <QRegularExpression>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MinimumLength = 8;
constexpr int MaximumLength = 256;
constexpr int MinimumScore = 5;
constexpr int MinimumNameTermLength = 4;

bool isAllowedSymbol(QChar c)
{
    static const QString symbols = u"@#$%^&*-_!+=[]{}|\\:',.?/`~\"();<>"_s;
    return symbols.contains(c);
}

/** Levenshtein distance, cut off above 1 (all the banned check needs). */
bool withinOneEdit(QStringView a, QStringView b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (qAbs(la - lb) > 1)
        return false;
    qsizetype i = 0;
    qsizetype j = 0;
    int edits = 0;
    while (i < la && j < lb) {
        if (a[i] == b[j]) {
            ++i;
            ++j;
            continue;
        }
        if (++edits > 1)
            return false;
        if (la > lb)
            ++i;
        else if (lb > la)
            ++j;
        else {
            ++i;
            ++j;
        }
    }
    edits += int((la - i) + (lb - j));
    return edits <= 1;
}

/** Names with å/ä/ö etc. as they would be typed in an ASCII-only password. */
QString asciiFolded(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KD);
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return PasswordRules::normalise(folded);
}

QStringList nameTerms(const SandboxUser &user, const QString &tenantName)
{
    static const QRegularExpression separators(u"[^a-z0-9]+"_s);
    QStringList sources {user.givenName, user.surname, tenantName};
    // The UPN's local part ("elsa.nilsson"): the name again, as the user would see it.
    sources.append(user.userPrincipalName.section(u'@', 0, 0).section(u"#EXT#"_s, 0, 0));
    QStringList terms;
    for (const QString &source : std::as_const(sources)) {
        for (const QString &part : asciiFolded(source).split(separators, Qt::SkipEmptyParts)) {
            if (part.size() >= MinimumNameTermLength && !terms.contains(part))
                terms.append(part);
        }
    }
    return terms;
}

} // namespace

const QStringList &PasswordRules::bannedTerms()
{
    // Stand-ins for the unpublished global list: the usual suspects, in English and Swedish,
    // plus "contoso" and "blank", the banned terms of Microsoft's scoring example.
    static const QStringList terms {
        u"password"_s,
        u"passw0rd"_s,
        u"losenord"_s,
        u"welcome"_s,
        u"valkommen"_s,
        u"qwerty"_s,
        u"asdfgh"_s,
        u"letmein"_s,
        u"admin"_s,
        u"summer"_s,
        u"winter"_s,
        u"sommar"_s,
        u"vinter"_s,
        u"spring"_s,
        u"autumn"_s,
        u"hosten"_s,
        u"monkey"_s,
        u"dragon"_s,
        u"iloveyou"_s,
        u"football"_s,
        u"contoso"_s,
        u"blank"_s,
        u"microsoft"_s,
        u"office"_s,
        u"abc123"_s,
        u"123456"_s,
        u"sverige"_s,
        u"sweden"_s,
    };
    return terms;
}

QString PasswordRules::normalise(const QString &password)
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

int PasswordRules::score(
    const QString &normalised, const QStringList &fuzzyTerms, const QStringList &exactTerms)
{
    std::vector<bool> used(std::size_t(normalised.size()), false);
    int terms = 0;
    auto claim = [&](qsizetype from, qsizetype length) {
        for (qsizetype k = from; k < from + length; ++k) {
            if (used[std::size_t(k)])
                return false;
        }
        for (qsizetype k = from; k < from + length; ++k)
            used[std::size_t(k)] = true;
        return true;
    };
    // Longest terms first, so "passw0rd" is not first eaten by a shorter neighbour.
    auto byLength = [](const QString &a, const QString &b) { return a.size() > b.size(); };
    QStringList exact = exactTerms;
    std::sort(exact.begin(), exact.end(), byLength);
    for (const QString &term : std::as_const(exact)) {
        for (qsizetype at = normalised.indexOf(term); at >= 0; at = normalised.indexOf(term, at + 1)) {
            if (claim(at, term.size()))
                ++terms;
        }
    }
    QStringList fuzzy = fuzzyTerms;
    std::sort(fuzzy.begin(), fuzzy.end(), byLength);
    for (const QString &term : std::as_const(fuzzy)) {
        for (qsizetype at = 0; at < normalised.size(); ++at) {
            for (qsizetype length : {term.size(), term.size() - 1, term.size() + 1}) {
                if (length < 1 || at + length > normalised.size())
                    continue;
                if (withinOneEdit(QStringView(normalised).mid(at, length), term) && claim(at, length)) {
                    ++terms;
                    at += length - 1;
                    break;
                }
            }
        }
    }
    int remaining = 0;
    for (bool taken : used)
        remaining += taken ? 0 : 1;
    return terms + remaining;
}

PasswordRules::Failure PasswordRules::check(
    const QString &password, const SandboxUser &user, const QString &tenantName, bool strongRequired)
{
    if (password.size() < MinimumLength || password.size() > MaximumLength)
        return Failure::Length;
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool symbol = false;
    for (QChar c : password) {
        if (c >= u'a' && c <= u'z')
            lower = true;
        else if (c >= u'A' && c <= u'Z')
            upper = true;
        else if (c >= u'0' && c <= u'9')
            digit = true;
        else if (isAllowedSymbol(c))
            symbol = true;
        else if (c != u' ')
            return Failure::Characters;
    }
    if (strongRequired && int(lower) + int(upper) + int(digit) + int(symbol) < 3)
        return Failure::Classes;
    if (score(normalise(password), bannedTerms(), nameTerms(user, tenantName)) < MinimumScore)
        return Failure::Banned;
    return Failure::None;
}

bool PasswordRules::reusesLastPassword(const SandboxUser &user, const QString &password)
{
    return !user.passwordHistory.isEmpty() && user.passwordHistory.constLast() == password;
}

bool PasswordRules::strongPasswordDisabled(const QString &policies)
{
    for (const QString &token : policies.split(u',')) {
        if (token.trimmed().compare(u"DisableStrongPassword"_s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
