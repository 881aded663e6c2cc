// SPDX-License-Identifier: MIT
#include "sandbox/PasswordRules.h"

#include "sandbox/SandboxTenant.h"

#include <QRegularExpression>

#include <algorithm>
#include <set>
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
    // The UPN's local part ("elsa.nilsson"): the name again, as the user would see it.
    const QString local = user.userPrincipalName.section(u'@', 0, 0).section(u"#EXT#"_s, 0, 0);
    const QStringList sources {user.givenName, user.surname, tenantName, local};
    // Folded and split in one go, a space between each two: it separates them like any other
    // separator, and one fold and one split cost less than four.
    QStringList terms = asciiFolded(sources.join(u' ')).split(separators, Qt::SkipEmptyParts);
    terms.removeIf([](const QString &part) { return part.size() < MinimumNameTermLength; });
    terms.removeDuplicates();
    return terms;
}

/** @p terms longest first, so "passw0rd" is not first eaten by a shorter neighbour. */
template<typename Text> QList<Text> longestFirst(QList<Text> terms)
{
    if (terms.size() > 1) // fewer are in order already, and begin() would detach an empty list
        std::sort(
            terms.begin(), terms.end(), [](const Text &a, const Text &b) { return a.size() > b.size(); });
    return terms;
}

/**
 * A banned term split in two halves. One edit leaves one half whole, so a window within one edit
 * of the term lies next to an exact occurrence of a half: two searches rule out most terms for a
 * password, and the rest are compared only where a half occurs instead of at every window.
 */
class FuzzyTerm
{
public:
    explicit FuzzyTerm(const QString &term)
        : m_term(term)
        , m_half(term.size() / 2)
        , m_firstHalf(term.first(m_half))
        , m_secondHalf(term.sliced(m_half))
    {
    }

    const QString &term() const { return m_term; }

    /** False when no window of @p text is within one edit of the term. */
    bool mayMatchIn(const QString &text) const
    {
        return text.contains(m_firstHalf) || text.contains(m_secondHalf);
    }

    /**
     * Where in @p text a window within one edit of the term can start, ascending; some may not
     * match, but no match starts anywhere else. The first half starts such a window, or the
     * second half sits where the term has it, one place earlier (a deletion before it) or one
     * later (an insertion).
     */
    std::set<qsizetype> possibleStarts(const QString &text) const
    {
        std::set<qsizetype> starts;
        for (qsizetype at = text.indexOf(m_firstHalf); at >= 0; at = text.indexOf(m_firstHalf, at + 1))
            starts.insert(at);
        for (qsizetype at = text.indexOf(m_secondHalf); at >= 0; at = text.indexOf(m_secondHalf, at + 1)) {
            for (const qsizetype start : {at - m_half - 1, at - m_half, at - m_half + 1}) {
                if (start >= 0)
                    starts.insert(start);
            }
        }
        return starts;
    }

private:
    QString m_term;
    qsizetype m_half;
    QString m_firstHalf;
    QString m_secondHalf;
};

/** @p terms longest first, each split for the search. */
QList<FuzzyTerm> splitLongestFirst(const QStringList &terms)
{
    QList<FuzzyTerm> fuzzy;
    for (const QString &term : longestFirst(terms))
        fuzzy.append(FuzzyTerm(term));
    return fuzzy;
}

/**
 * The exact terms in @p normalised, longest first. Most passwords hold none of the user's names:
 * only those found are ordered (as views, so no string is copied or moved).
 */
QList<QStringView> foundLongestFirst(const QString &normalised, const QStringList &exactTerms)
{
    QList<QStringView> found;
    for (const QString &term : exactTerms) {
        if (normalised.contains(term))
            found.append(term);
    }
    return longestFirst(found);
}

/** PasswordRules::score() with the fuzzy terms sorted longest first and split. */
int preparedScore(
    const QString &normalised, const QList<FuzzyTerm> &fuzzyTerms, const QStringList &exactTerms)
{
    std::vector<bool> used(std::size_t(normalised.size()), false);
    qsizetype remaining = normalised.size(); // characters in no term found: a point each
    int terms = 0;
    auto claim = [&](qsizetype from, qsizetype length) {
        for (qsizetype k = from; k < from + length; ++k) {
            if (used[std::size_t(k)])
                return false;
        }
        for (qsizetype k = from; k < from + length; ++k)
            used[std::size_t(k)] = true;
        remaining -= length;
        return true;
    };
    for (const QStringView term : foundLongestFirst(normalised, exactTerms)) {
        for (qsizetype at = normalised.indexOf(term); at >= 0; at = normalised.indexOf(term, at + 1)) {
            if (claim(at, term.size()))
                ++terms;
        }
    }
    for (const FuzzyTerm &fuzzy : fuzzyTerms) {
        if (!fuzzy.mayMatchIn(normalised))
            continue;
        const QString &term = fuzzy.term();
        qsizetype next = 0; // where the window after the last one claimed for this term may start
        for (const qsizetype at : fuzzy.possibleStarts(normalised)) {
            if (at < next)
                continue;
            for (const qsizetype length : {term.size(), term.size() - 1, term.size() + 1}) {
                if (length < 1 || at + length > normalised.size())
                    continue;
                if (withinOneEdit(QStringView(normalised).mid(at, length), term) && claim(at, length)) {
                    ++terms;
                    next = at + length;
                    break;
                }
            }
        }
    }
    return terms + int(remaining);
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
    return preparedScore(normalised, splitLongestFirst(fuzzyTerms), exactTerms);
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
    // The banned list never changes: sorted and split once, not again for every password.
    static const QList<FuzzyTerm> banned = splitLongestFirst(bannedTerms());
    if (preparedScore(normalise(password), banned, nameTerms(user, tenantName)) < MinimumScore)
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
