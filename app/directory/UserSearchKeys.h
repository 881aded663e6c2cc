// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <vector>

class DirectoryUser;

/**
 * The search keys of a user list's rows (DirectoryUser::appendSearchKey), row by row in one
 * buffer, and the test of typed words against them.
 *
 * Search as you type tests every loaded user on the first letter and on every backspace. With
 * a key string per user on the heap, that walk over 100,000 users is mostly cache misses; here
 * the keys lie next to each other in UTF-8, half the bytes of QString, and each key is scanned
 * sixteen bytes at a time for places where a word's first and last bytes both match. UTF-8 is
 * self-synchronising, so a byte match of a folded word is a character match.
 *
 * Rows mirror the model: append() for new rows, replace() for a changed user, remove() for
 * deleted ones. Replaced and removed keys leave unused bytes behind, reclaimed once they are
 * half the buffer.
 */
class UserSearchKeys final
{
public:
    /** One per row while the buffer is being filled, so the reserve is exact for most tenants. */
    static constexpr qsizetype TypicalKeyBytes = 64;

    void reserve(qsizetype rows);
    void clear();
    void append(const DirectoryUser &user);
    void replace(qsizetype row, const DirectoryUser &user);
    void remove(qsizetype first, qsizetype count);

    qsizetype size() const { return m_slots.size(); }
    QByteArrayView keyAt(qsizetype row) const;
    /** Bytes held, unused ones included. */
    qsizetype bufferBytes() const { return m_bytes.size(); }

    /**
     * What containsAll() and keepContainingAll() look for in typed @p text: its words, folded as the keys are, in UTF-8,
     * longest first (a long word rules out most rows at once). Prepared once per keystroke.
     */
    static QList<QByteArray> wordsOf(const QString &text);

    /** Whether the key of @p row holds every one of @p words (from wordsOf()). */
    bool containsAll(qsizetype row, const QList<QByteArray> &words) const;
    /** Clears the entries of @p rows (one per row, non-zero = still shown) whose key lacks a word. */
    void keepContainingAll(const QList<QByteArray> &words, std::vector<char> &rows) const;

private:
    struct Slot
    {
        quint32 start = 0;
        quint32 size = 0;
    };

    Slot write(const QByteArray &key);
    void compactIfWasteful();
    static bool containsAll(QByteArrayView key, const QList<QByteArray> &words);

    QByteArray m_bytes;
    QList<Slot> m_slots;
    qsizetype m_unusedBytes = 0;
    QByteArray m_scratch; // a key being built, reused so that appending allocates nothing
};
