// SPDX-License-Identifier: MIT
#include "CatchQt.h"
#include "DirectoryTestUsers.h"

#include "directory/UserSearchKeys.h"

#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;
using DirectoryTestUsers::user;

namespace {

/** Names with folding that changes length (ß, æ, Å) and letters that stay non-ASCII (Greek). */
const QStringList &names()
{
    static const QStringList list {u"Åsa Öberg"_s, u"Anna Svensson"_s, u"Bo Ek"_s, u"Søren Strauß"_s,
        u"Æsa Lind"_s, u"Σοφία Παππά"_s, u"Erik Nyström"_s, u"Zoë Łukasz"_s, u"Li"_s,
        u"Annika Annerstedt-Björk"_s};
    return list;
}

DirectoryUser randomUser(QRandomGenerator &random, int serial)
{
    const QString name = names().at(random.bounded(int(names().size())));
    const QString upn = u"user%1@kvarnby.se"_s.arg(serial);
    const QString mail = random.bounded(3) == 0 ? u"%1@other.se"_s.arg(serial) : QString();
    return user({u"id%1"_s.arg(serial), name, upn, mail});
}

/** The same rows as plain byte arrays: what UserSearchKeys must agree with. */
struct Reference
{
    QList<QByteArray> keys;

    QList<qsizetype> rowsContaining(const QList<QByteArray> &words) const
    {
        QList<qsizetype> rows;
        for (qsizetype row = 0; row < keys.size(); ++row) {
            if (std::all_of(words.cbegin(), words.cend(),
                    [&](const QByteArray &word) { return keys.at(row).contains(word); }))
                rows.append(row);
        }
        return rows;
    }
};

QList<qsizetype> rowsContaining(const UserSearchKeys &keys, const QList<QByteArray> &words)
{
    std::vector<char> rows(std::size_t(keys.size()), 1);
    keys.keepContainingAll(words, rows);
    QList<qsizetype> result;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        if (rows[row]) {
            result.append(qsizetype(row));
            CHECK(keys.containsAll(qsizetype(row), words));
        } else {
            CHECK_FALSE(keys.containsAll(qsizetype(row), words));
        }
    }
    return result;
}

QList<QByteArray> folded(const QStringList &words)
{
    QList<QByteArray> result;
    for (const QString &word : words)
        result.append(DirectoryUser::fold(word).toUtf8());
    return result;
}

} // namespace

TEST_CASE("UserSearchKeys: holds each row's folded key in UTF-8", "[core][directory]")
{
    UserSearchKeys keys;
    keys.append(user({u"1"_s, u"Søren Strauß"_s, u"soren@contoso.com"_s, u"S.Strauss@Contoso.se"_s}));
    keys.append(user({u"2"_s, u"Σοφία"_s, u"sofia@contoso.com"_s}));
    REQUIRE(keys.size() == 2);
    CHECK(keys.keyAt(0) == "soren strauss\nsoren@contoso.com\ns.strauss@contoso.se");
    CHECK(keys.keyAt(1) == QByteArrayView(u"σοφια\nsofia@contoso.com"_s.toUtf8()));

    CHECK(rowsContaining(keys, folded({u"STRAUSS"_s})) == QList<qsizetype> {0});
    CHECK(rowsContaining(keys, folded({u"Σοφ"_s})) == QList<qsizetype> {1});
    CHECK(rowsContaining(keys, folded({u"contoso.com"_s})) == QList<qsizetype> {0, 1});
    CHECK(rowsContaining(keys, folded({u"søren"_s, u"contoso.se"_s})) == QList<qsizetype> {0});
    // A word never spans two fields: the name ends and the address begins on a new line.
    CHECK(rowsContaining(keys, folded({u"straussoren"_s})).isEmpty());
    CHECK(rowsContaining(keys, {}) == QList<qsizetype> {0, 1});
}

TEST_CASE("UserSearchKeys: replaced keys are found by the new name only", "[core][directory]")
{
    UserSearchKeys keys;
    keys.append(user({u"1"_s, u"Anna Svensson"_s, u"anna@contoso.com"_s}));
    keys.append(user({u"2"_s, u"Bo Ek"_s, u"bo@contoso.com"_s}));

    keys.replace(0, user({u"1"_s, u"Anna Ek"_s, u"anna@contoso.com"_s})); // shorter: in place
    CHECK(keys.keyAt(0) == "anna ek\nanna@contoso.com");
    CHECK(rowsContaining(keys, {"svensson"}).isEmpty());
    CHECK(rowsContaining(keys, {"ek"}) == QList<qsizetype> {0, 1});

    keys.replace(1, user({u"2"_s, u"Bo Ekström-Lindqvist"_s, u"bo@contoso.com"_s})); // longer
    CHECK(keys.keyAt(1) == "bo ekstrom-lindqvist\nbo@contoso.com");
    CHECK(keys.keyAt(0) == "anna ek\nanna@contoso.com");
    CHECK(rowsContaining(keys, {"lindqvist"}) == QList<qsizetype> {1});

    keys.remove(0, 1);
    REQUIRE(keys.size() == 1);
    CHECK(keys.keyAt(0) == "bo ekstrom-lindqvist\nbo@contoso.com");
    CHECK(rowsContaining(keys, {"anna"}).isEmpty());
}

TEST_CASE("UserSearchKeys: agrees with plain keys through appends, renames and removals",
    "[core][directory]")
{
    // Enough churn that unused bytes are reclaimed several times over.
    QRandomGenerator random(20261125);
    UserSearchKeys keys;
    Reference reference;
    int serial = 0;
    keys.reserve(2500);
    for (int i = 0; i < 2500; ++i) {
        const DirectoryUser next = randomUser(random, serial++);
        keys.append(next);
        reference.keys.append(next.searchKey());
    }
    const qsizetype bytesAfterLoad = keys.bufferBytes();
    for (int round = 0; round < 12; ++round) {
        for (int i = 0; i < 1500; ++i) {
            const qsizetype row = random.bounded(int(reference.keys.size()));
            const DirectoryUser renamed = randomUser(random, serial++);
            keys.replace(row, renamed);
            reference.keys[row] = renamed.searchKey();
        }
        const qsizetype first = random.bounded(int(reference.keys.size()) - 20);
        const qsizetype count = random.bounded(1, 20);
        keys.remove(first, count);
        reference.keys.remove(first, count);
        for (int i = 0; i < count; ++i) {
            const DirectoryUser next = randomUser(random, serial++);
            keys.append(next);
            reference.keys.append(next.searchKey());
        }

        REQUIRE(keys.size() == reference.keys.size());
        for (qsizetype row = 0; row < keys.size(); ++row)
            REQUIRE(keys.keyAt(row) == QByteArrayView(reference.keys.at(row)));
        for (const QStringList &words : {QStringList {u"anna"_s}, QStringList {u"a"_s, u"other"_s},
                 QStringList {u"Σ"_s}, QStringList {u"strauss"_s, u"@kvarnby"_s},
                 QStringList {u"user1"_s}, QStringList {u"nobody"_s}}) {
            CHECK(rowsContaining(keys, folded(words)) == reference.rowsContaining(folded(words)));
        }
    }
    // Reclaimed: 18,000 renames did not leave 18,000 keys' worth of bytes behind.
    CHECK(keys.bufferBytes() < 3 * bytesAfterLoad);
}

TEST_CASE("UserSearchKeys: finds words at every place, across the sixteen-byte blocks",
    "[core][directory]")
{
    // Three letters only, so that nearly every place is a partial match; keys from 3 to 120
    // bytes and words from 1 to 40, so that words start, end and straddle every block edge.
    QRandomGenerator random(7);
    const auto randomText = [&random](int length) {
        QString text;
        for (int i = 0; i < length; ++i)
            text += QChar(u"abn"[random.bounded(3)]);
        return text;
    };
    UserSearchKeys keys;
    Reference reference;
    for (int row = 0; row < 400; ++row) {
        const DirectoryUser next
            = user({u"id%1"_s.arg(row), randomText(random.bounded(1, 70)), randomText(random.bounded(1, 50))});
        keys.append(next);
        reference.keys.append(next.searchKey());
    }
    for (int i = 0; i < 300; ++i) {
        const QList<QByteArray> words {randomText(random.bounded(1, 41)).toUtf8()};
        REQUIRE(rowsContaining(keys, words) == reference.rowsContaining(words));
    }
    // Words cut from the keys themselves: each must find at least its own row.
    for (int i = 0; i < 300; ++i) {
        const QByteArray &key = reference.keys.at(random.bounded(int(reference.keys.size())));
        const qsizetype from = random.bounded(int(key.size()));
        const QList<QByteArray> words {key.mid(from, random.bounded(1, int(key.size() - from) + 1))};
        if (words.first().contains('\n'))
            continue;
        const QList<qsizetype> found = rowsContaining(keys, words);
        REQUIRE(found == reference.rowsContaining(words));
        CHECK(!found.isEmpty());
    }
}

TEST_CASE("UserSearchKeys: clear empties the rows and the buffer", "[core][directory]")
{
    UserSearchKeys keys;
    keys.append(user({u"1"_s, u"Bo Ek"_s, u"bo@contoso.com"_s}));
    keys.clear();
    CHECK(keys.size() == 0);
    CHECK(keys.bufferBytes() == 0);
    keys.append(user({u"2"_s, u"Li"_s, u"li@contoso.com"_s}));
    CHECK(keys.keyAt(0) == "li\nli@contoso.com");
}
