// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

/**
 * The users ticked for a bulk action, as a set of user ids (never view rows), so it survives
 * paging, sorting, filtering and refreshes. The signed-in admin's own id is never added by a
 * bulk operation (select all, invert, range), as the support article demands; it can still be
 * ticked on its own.
 */
class UserSelection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserSelection)
public:
    explicit UserSelection(QObject *parent = nullptr);

    /** The signed-in admin, whom bulk operations never add. */
    void setSelfId(const QString &id);
    const QString &selfId() const { return m_selfId; }

    bool isSelected(const QString &id) const { return m_ids.contains(Key {id}); }
    qsizetype count() const { return m_ids.size(); }
    bool isEmpty() const { return m_ids.isEmpty(); }
    /** A copy, built on each call: for the bulk action, not for per-row checks. */
    QSet<QString> ids() const;

    void select(const QString &id);
    void deselect(const QString &id);
    void setSelected(const QString &id, bool selected);
    void toggle(const QString &id);
    /** Adds every id of @p ids (e.g. the current filter's) except the signed-in admin's. */
    void selectAll(const QStringList &ids);
    /** Sets every id of @p ids (a shift-click range) to @p selected; never adds the admin. */
    void setRange(const QStringList &ids, bool selected = true);
    /** Flips every id of @p ids except the signed-in admin's, which keeps its state. */
    void invert(const QStringList &ids);
    /** Drops ids that no longer exist (deleted users after a refresh). */
    void remove(const QStringList &ids);
    void clear();

Q_SIGNALS:
    /** Emitted once per operation that changed the set. */
    void changed();

private:
    /**
     * A user id with a cheaper hash than qHash(QString): the seeded string hash made selecting
     * 100,000 users cost several times the 50 ms budget. Ids come from Graph, not from an
     * attacker choosing collisions.
     */
    struct Key
    {
        QString id;
        friend bool operator==(const Key &a, const Key &b) noexcept { return a.id == b.id; }
        static size_t hash(const QString &id, size_t seed) noexcept;
        friend size_t qHash(const Key &key, size_t seed) noexcept { return hash(key.id, seed); }
    };

    QSet<Key> m_ids;
    QString m_selfId;
};
