// SPDX-License-Identifier: MIT
#pragma once

#include <QFlags>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

/**
 * For one run (a single reset or a bulk run): every password the server may now hold, confirmed
 * or not, and the channels that carried it to a person. It answers the question that decides
 * whether a run's encrypted journal may go: did every such password leave through a channel that
 * carries it exactly and lasts (slips or PDF, an email, the results CSV)? Seeing or copying it on
 * screen is recorded too, but does not count: nothing of it remains once the window closes.
 *
 * A run decides each user's password once, before anything is sent, and retries send the same
 * one: a channel that carried it stays valid whatever the server answers later.
 */
class HandoverLedger final
{
public:
    enum class Channel {
        Shown = 0x1,
        Copied = 0x2,
        Slips = 0x4,
        Email = 0x8,
        Csv = 0x10,
    };
    Q_DECLARE_FLAGS(Channels, Channel)

    /** The channels that leave the password exactly and durably in someone's hands. */
    static constexpr Channels lasting() { return Channels(Channel::Slips) | Channel::Email | Channel::Csv; }

    /**
     * @p userId's server may now hold the run's password for them; channels already recorded stay.
     * There is no way back: a later refusal does not undo an earlier request whose answer was lost.
     */
    void hold(const QString &userId);
    bool holds(const QString &userId) const { return m_channels.contains(userId); }
    int heldCount() const { return int(m_channels.size()); }

    /** @p channel carried the passwords of @p userIds; users not held are ignored. */
    void record(Channel channel, const QStringList &userIds);
    Channels channels(const QString &userId) const { return m_channels.value(userId); }

    /** Held users whose password went out through no lasting channel, in the order they were held. */
    QStringList pending() const;
    /** Some password is held, and every one went out through a lasting channel. */
    bool isComplete() const;
    /** Some password is held and not yet handed over through a lasting channel. */
    bool hasPending() const { return !pending().isEmpty(); }

private:
    QHash<QString, Channels> m_channels;
    QStringList m_order;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(HandoverLedger::Channels)
