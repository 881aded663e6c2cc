// SPDX-License-Identifier: MIT
#include "password/BannedPasswordScore.h"

#include "password/LocalPasswordRules.h"

#include <algorithm>
#include <array>
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
 * Where each ASCII character occurs in a text of up to 64 characters, as bit masks: which terms
 * can match anywhere at all is then a few operations per term instead of a pass over the text.
 */
class CharacterPlaces
{
public:
    static constexpr qsizetype MaximumText = 64;

    explicit CharacterPlaces(QStringView text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t u = text.at(i).unicode();
            if (u < m_places.size())
                m_places[u] |= quint64(1) << i;
        }
    }

    quint64 of(QChar c) const { return c.unicode() < m_places.size() ? m_places[c.unicode()] : 0; }

    /**
     * Where a window can start whose first two characters hold @p term's first or second
     * character in either place: the windows score() compares with the term.
     */
    quint64 windowsFor(const QString &term) const
    {
        const quint64 first = of(term.at(0));
        const quint64 second = of(term.at(1));
        return first | second | (first >> 1) | (second >> 1);
    }

private:
    std::array<quint64, 128> m_places {};
};

QStringList longestFirst(QStringList terms)
{
    std::stable_sort(
        terms.begin(), terms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return terms;
}

} // namespace

const QStringList &commonTerms()
{
    static const QStringList terms = longestFirst({
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
    int terms = 0;
    auto claim = [&claimed](qsizetype from, qsizetype length) {
        for (qsizetype k = from; k < from + length; ++k) {
            if (claimed[std::size_t(k)])
                return false;
        }
        for (qsizetype k = from; k < from + length; ++k)
            claimed[std::size_t(k)] = true;
        return true;
    };

    // Names exactly (Entra step 3), then the banned terms within one edit (step 2).
    for (const QString &part : longestFirst(nameParts)) {
        for (qsizetype at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            if (claim(at, part.size()))
                ++terms;
        }
    }
    // Long typed passwords take the plain pass; generated ones are all short enough for the masks.
    const bool masked = text.size() <= CharacterPlaces::MaximumText;
    const CharacterPlaces places(masked ? QStringView(text) : QStringView());
    for (const QString &term : commonTerms()) {
        const quint64 windows = masked ? places.windowsFor(term) : ~quint64(0);
        if (windows == 0)
            continue; // most terms share no character with a given password
        for (qsizetype at = 0; at < text.size(); ++at) {
            if (masked && !((windows >> at) & 1))
                continue;
            for (const qsizetype length : {term.size(), term.size() - 1, term.size() + 1}) {
                if (length < 2 || at + length > text.size())
                    continue;
                // One edit leaves the first character in place or shifts it by one: a cheap
                // test that skips most windows before the full comparison.
                const QChar w0 = text.at(at), w1 = text.at(at + 1);
                if (w0 != term.at(0) && w1 != term.at(1) && w1 != term.at(0) && w0 != term.at(1))
                    continue;
                if (oneEditApart(QStringView(text).mid(at, length), term) && claim(at, length)) {
                    ++terms;
                    at += length - 1;
                    break;
                }
            }
        }
    }
    const int remaining = int(std::count(claimed.begin(), claimed.end(), false));
    return terms + remaining;
}

} // namespace BannedPasswordScore
