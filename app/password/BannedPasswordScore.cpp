// SPDX-License-Identifier: MIT
#include "password/BannedPasswordScore.h"

#include "password/LocalPasswordRules.h"

#include <algorithm>
#include <set>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace BannedPasswordScore {

namespace {

/** True when @p a and @p b differ by at most one insertion, deletion or substitution. */
bool oneEditApart(QStringView a, QStringView b)
{
    if (qAbs(a.size() - b.size()) > 1)
        return false;
    qsizetype i = 0;
    qsizetype j = 0;
    bool edited = false;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) {
            ++i;
            ++j;
            continue;
        }
        if (edited)
            return false;
        edited = true;
        if (a.size() > b.size())
            ++i;
        else if (b.size() > a.size())
            ++j;
        else {
            ++i;
            ++j;
        }
    }
    const qsizetype left = (a.size() - i) + (b.size() - j);
    return left + (edited ? 1 : 0) <= 1;
}

/**
 * The characters a text holds, as a set of 64 bits (character code modulo 64: a few share a bit,
 * which only lets a few more terms through). A piece of text can only occur in a text that holds
 * all its characters, so comparing two sets rules out most terms without searching the text.
 */
class CharacterSet
{
public:
    explicit CharacterSet(QStringView text)
    {
        for (const QChar c : text)
            m_bits |= quint64(1) << (c.unicode() % 64);
    }

    bool contains(const CharacterSet &other) const { return (m_bits & other.m_bits) == other.m_bits; }

private:
    quint64 m_bits = 0;
};

/**
 * A common term split in two halves. One edit leaves one half whole, so a window within one edit
 * of the term lies next to an exact occurrence of a half: a term is compared only where one of
 * its halves occurs, at a few windows instead of every one, however long the text.
 */
class SplitTerm
{
public:
    explicit SplitTerm(const QString &term)
        : m_term(term)
        , m_half(term.size() / 2)
        , m_firstHalf(term.first(m_half))
        , m_secondHalf(term.sliced(m_half))
        , m_firstCharacters(m_firstHalf)
        , m_secondCharacters(m_secondHalf)
    {
    }

    const QString &term() const { return m_term; }

    /** False when no window of @p text, which holds @p characters, is within one edit of the term. */
    bool mayMatchIn(const QString &text, const CharacterSet &characters) const
    {
        return (characters.contains(m_firstCharacters) && text.contains(m_firstHalf))
            || (characters.contains(m_secondCharacters) && text.contains(m_secondHalf));
    }

    /**
     * Where in @p text a window within one edit of the term can start, ascending; some of them
     * may not match (score() compares each in full), but no match starts anywhere else. The
     * first half starts such a window, or the second half sits where the term has it, one place
     * earlier (a deletion before it) or one later (an insertion).
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
    CharacterSet m_firstCharacters;
    CharacterSet m_secondCharacters;
};

/** commonTerms(), each split once. */
const QList<SplitTerm> &splitCommonTerms()
{
    static const QList<SplitTerm> terms = [] {
        QList<SplitTerm> split;
        for (const QString &term : commonTerms())
            split.append(SplitTerm(term));
        return split;
    }();
    return terms;
}

/** @p terms longest first, equal lengths in their order: a long term is claimed before a short one inside it.
 */
template<typename Text> QList<Text> longestFirst(QList<Text> terms)
{
    if (terms.size() > 1) // fewer are in order already, and begin() would detach an empty list
        std::stable_sort(
            terms.begin(), terms.end(), [](const Text &a, const Text &b) { return a.size() > b.size(); });
    return terms;
}

/**
 * The name parts in @p text, longest first. Most passwords hold none of the user's names: only
 * those found are ordered (as views, so no string is copied or moved).
 */
QList<QStringView> foundLongestFirst(const QString &text, const QStringList &nameParts)
{
    QList<QStringView> found;
    for (const QString &part : nameParts) {
        if (text.contains(part))
            found.append(part);
    }
    return longestFirst(found);
}

} // namespace

const QStringList &commonTerms()
{
    static const QStringList terms = longestFirst(QStringList {
        // English
        u"password"_s,
        u"passwort"_s,
        u"welcome"_s,
        u"qwerty"_s,
        u"qwertz"_s,
        u"asdfgh"_s,
        u"zxcvbn"_s,
        u"letmein"_s,
        u"admin"_s,
        u"administrator"_s,
        u"login"_s,
        u"iloveyou"_s,
        u"monkey"_s,
        u"dragon"_s,
        u"football"_s,
        u"baseball"_s,
        u"sunshine"_s,
        u"princess"_s,
        u"master"_s,
        u"secret"_s,
        u"summer"_s,
        u"winter"_s,
        u"spring"_s,
        u"autumn"_s,
        u"office"_s,
        u"microsoft"_s,
        u"windows"_s,
        u"contoso"_s,
        u"blank"_s,
        u"changeme"_s,
        u"default"_s,
        u"temp"_s,
        u"abc123"_s,
        u"abcdef"_s,
        u"123456"_s,
        u"234567"_s,
        u"345678"_s,
        u"456789"_s,
        u"987654"_s,
        u"876543"_s,
        u"765432"_s,
        u"654321"_s,
        // Swedish, as typed without å/ä/ö
        u"losenord"_s,
        u"valkommen"_s,
        u"sommar"_s,
        u"vinter"_s,
        u"hosten"_s,
        u"varen"_s,
        u"sverige"_s,
        u"sweden"_s,
        u"hemligt"_s,
    });
    return terms;
}

int score(const QString &password, const QStringList &nameParts)
{
    const QString text = LocalPasswordRules::normalise(password);
    std::vector<bool> claimed(std::size_t(text.size()), false);
    qsizetype remaining = text.size(); // characters no term has claimed: a point each
    int terms = 0;
    auto claim = [&claimed, &remaining](qsizetype from, qsizetype length) {
        for (qsizetype k = from; k < from + length; ++k) {
            if (claimed[std::size_t(k)])
                return false;
        }
        for (qsizetype k = from; k < from + length; ++k)
            claimed[std::size_t(k)] = true;
        remaining -= length;
        return true;
    };

    // Names exactly (Entra step 3), then the banned terms within one edit (step 2).
    for (const QStringView part : foundLongestFirst(text, nameParts)) {
        for (qsizetype at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            if (claim(at, part.size()))
                ++terms;
        }
    }
    const CharacterSet characters(text);
    for (const SplitTerm &common : splitCommonTerms()) {
        if (!common.mayMatchIn(text, characters))
            continue;
        const QString &term = common.term();
        qsizetype next = 0; // where the window after the last one claimed for this term may start
        for (const qsizetype at : common.possibleStarts(text)) {
            if (at < next)
                continue;
            for (const qsizetype length : {term.size(), term.size() - 1, term.size() + 1}) {
                if (length < 2 || at + length > text.size())
                    continue;
                if (oneEditApart(QStringView(text).mid(at, length), term) && claim(at, length)) {
                    ++terms;
                    next = at + length;
                    break;
                }
            }
        }
    }
    return terms + int(remaining);
}

} // namespace BannedPasswordScore
