// SPDX-License-Identifier: MIT
#include "directory/UserSelection.h"

#include <cstring>

size_t UserSelection::Key::hash(const QString &id, size_t seed) noexcept
{
    // 64-bit multiply-xorshift over four UTF-16 units at a time (a GUID is 36 of them).
    const QChar *data = id.constData();
    const qsizetype size = id.size();
    quint64 h = 0x9e3779b97f4a7c15ULL ^ quint64(seed) ^ quint64(size);
    qsizetype i = 0;
    for (; i + 4 <= size; i += 4) {
        quint64 word;
        std::memcpy(&word, data + i, sizeof word);
        h = (h ^ word) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
    }
    for (; i < size; ++i)
        h = (h ^ data[i].unicode()) * 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 29;
    return size_t(h);
}

UserSelection::UserSelection(QObject *parent)
    : QObject(parent)
{
}

void UserSelection::setSelfId(const QString &id)
{
    m_selfId = id;
}

QSet<QString> UserSelection::ids() const
{
    QSet<QString> result;
    result.reserve(m_ids.size());
    for (const Key &key : m_ids)
        result.insert(key.id);
    return result;
}

void UserSelection::select(const QString &id)
{
    setSelected(id, true);
}

void UserSelection::deselect(const QString &id)
{
    setSelected(id, false);
}

void UserSelection::setSelected(const QString &id, bool selected)
{
    if (id.isEmpty() || m_ids.contains(Key {id}) == selected)
        return;
    if (selected)
        m_ids.insert(Key {id});
    else
        m_ids.remove(Key {id});
    Q_EMIT changed();
}

void UserSelection::toggle(const QString &id)
{
    setSelected(id, !m_ids.contains(Key {id}));
}

void UserSelection::selectAll(const QStringList &ids)
{
    setRange(ids, true);
}

void UserSelection::setRange(const QStringList &ids, bool selected)
{
    const qsizetype before = m_ids.size();
    if (selected) {
        m_ids.reserve(before + ids.size());
        for (const QString &id : ids) {
            if (!id.isEmpty() && id != m_selfId)
                m_ids.insert(Key {id});
        }
    } else {
        for (const QString &id : ids)
            m_ids.remove(Key {id});
    }
    if (m_ids.size() != before)
        Q_EMIT changed();
}

void UserSelection::invert(const QStringList &ids)
{
    bool any = false;
    for (const QString &id : ids) {
        if (id.isEmpty() || id == m_selfId)
            continue;
        if (!m_ids.remove(Key {id}))
            m_ids.insert(Key {id});
        any = true;
    }
    if (any)
        Q_EMIT changed();
}

void UserSelection::remove(const QStringList &ids)
{
    setRange(ids, false);
}

void UserSelection::clear()
{
    if (m_ids.isEmpty())
        return;
    m_ids.clear();
    Q_EMIT changed();
}
