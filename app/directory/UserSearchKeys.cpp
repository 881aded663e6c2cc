// SPDX-License-Identifier: MIT
#include "directory/UserSearchKeys.h"

#include "directory/DirectoryUser.h"

#include <QRegularExpression>

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

/** Reclaiming unused bytes copies every key; below this it is not worth a pause. */
constexpr qsizetype MinimumBytesToReclaim = 64 * 1024;

/** Whether @p word occurs in @p key from @p from on: memchr for its first byte, then the rest. */
bool containsFrom(QByteArrayView key, qsizetype from, const QByteArray &word)
{
    const qsizetype size = word.size();
    const char *at = key.data() + from;
    const char *const end = key.data() + key.size() - size + 1; // one past the last place it fits
    while (at < end) {
        at = static_cast<const char *>(std::memchr(at, word.front(), std::size_t(end - at)));
        if (!at)
            return false;
        if (std::memcmp(at + 1, word.constData() + 1, std::size_t(size - 1)) == 0)
            return true;
        ++at;
    }
    return false;
}

/**
 * Whether @p word occurs in @p key. Sixteen places at a time, a place is a candidate only when
 * the word's first and last bytes are both where they would be (SSE2, in every x86-64): names
 * are full of the same few letters, and the pair rules out nearly every place one byte would not.
 */
bool keyContains(QByteArrayView key, const QByteArray &word)
{
    const qsizetype size = word.size();
    if (size == 0)
        return true;
    if (size > key.size())
        return false;
    if (size == 1)
        return std::memchr(key.data(), word.front(), std::size_t(key.size())) != nullptr;
    qsizetype from = 0;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(word.front());
    const __m128i last = _mm_set1_epi8(word.back());
    // Both loads stay inside the key: the places the blocks do not reach are searched below.
    for (; from + 16 + size - 1 <= key.size(); from += 16) {
        const __m128i starts = _mm_loadu_si128(reinterpret_cast<const __m128i *>(key.data() + from));
        const __m128i ends = _mm_loadu_si128(reinterpret_cast<const __m128i *>(key.data() + from + size - 1));
        auto candidates = unsigned(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(starts, first), _mm_cmpeq_epi8(ends, last))));
        while (candidates != 0) {
            const int offset = std::countr_zero(candidates);
            if (std::memcmp(key.data() + from + offset + 1, word.constData() + 1, std::size_t(size - 2)) == 0)
                return true;
            candidates &= candidates - 1;
        }
    }
#endif
    return containsFrom(key, from, word);
}

} // namespace

void UserSearchKeys::reserve(qsizetype rows)
{
    m_slots.reserve(rows);
    const qsizetype bytes = rows * TypicalKeyBytes;
    if (bytes > m_bytes.capacity())
        m_bytes.reserve(bytes);
}

void UserSearchKeys::clear()
{
    m_bytes.clear();
    m_slots.clear();
    m_unusedBytes = 0;
}

void UserSearchKeys::append(const DirectoryUser &user)
{
    const qsizetype start = m_bytes.size();
    user.appendSearchKey(m_bytes);
    m_slots.append(Slot {quint32(start), quint32(m_bytes.size() - start)});
}

QList<QByteArray> UserSearchKeys::wordsOf(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QList<QByteArray> words;
    for (const QString &word : DirectoryUser::fold(text).split(spaces, Qt::SkipEmptyParts))
        words.append(word.toUtf8());
    std::stable_sort(words.begin(), words.end(),
        [](const QByteArray &left, const QByteArray &right) { return left.size() > right.size(); });
    return words;
}

void UserSearchKeys::replace(qsizetype row, const DirectoryUser &user)
{
    m_scratch.clear();
    user.appendSearchKey(m_scratch);
    Slot &slot = m_slots[row];
    if (keyAt(row) == QByteArrayView(m_scratch))
        return; // a delta mostly changes flags, not names
    if (m_scratch.size() <= qsizetype(slot.size)) {
        // Fits where the old key was: no bytes move.
        std::copy(m_scratch.cbegin(), m_scratch.cend(), m_bytes.begin() + slot.start);
        m_unusedBytes += slot.size - m_scratch.size();
        slot.size = quint32(m_scratch.size());
        return;
    }
    m_unusedBytes += slot.size;
    slot = write(m_scratch);
    compactIfWasteful();
}

void UserSearchKeys::remove(qsizetype first, qsizetype count)
{
    for (qsizetype row = first; row < first + count; ++row)
        m_unusedBytes += m_slots.at(row).size;
    m_slots.remove(first, count);
    compactIfWasteful();
}

QByteArrayView UserSearchKeys::keyAt(qsizetype row) const
{
    const Slot slot = m_slots.at(row);
    return QByteArrayView(m_bytes.constData() + slot.start, slot.size);
}

bool UserSearchKeys::containsAll(qsizetype row, const QList<QByteArray> &words) const
{
    return containsAll(keyAt(row), words);
}

bool UserSearchKeys::containsAll(QByteArrayView key, const QList<QByteArray> &words)
{
    return std::all_of(
        words.cbegin(), words.cend(), [key](const QByteArray &word) { return keyContains(key, word); });
}

void UserSearchKeys::keepContainingAll(const QList<QByteArray> &words, std::vector<char> &rows) const
{
    if (words.isEmpty())
        return;
    const qsizetype count = qMin(qsizetype(rows.size()), m_slots.size());
    for (qsizetype row = 0; row < count; ++row) {
        if (rows[std::size_t(row)] && !containsAll(keyAt(row), words))
            rows[std::size_t(row)] = 0;
    }
}

UserSearchKeys::Slot UserSearchKeys::write(const QByteArray &key)
{
    const Slot slot {quint32(m_bytes.size()), quint32(key.size())};
    m_bytes += key;
    return slot;
}

void UserSearchKeys::compactIfWasteful()
{
    if (m_unusedBytes < MinimumBytesToReclaim || m_unusedBytes * 2 < m_bytes.size())
        return;
    QByteArray bytes;
    bytes.reserve(m_bytes.size() - m_unusedBytes);
    for (Slot &slot : m_slots) {
        const quint32 start = quint32(bytes.size());
        bytes.append(m_bytes.constData() + slot.start, slot.size);
        slot.start = start;
    }
    m_bytes = std::move(bytes);
    m_unusedBytes = 0;
}
