// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>

class Clock;
class ClockTimer;

/**
 * Puts a temporary password on the clipboard and takes it off again after a while (30 seconds by
 * default), unless the admin has copied something else since. The data carries the hints that
 * clipboard managers honour for secrets (KDE's x-kde-passwordManagerHint, Windows' history and
 * monitoring exclusions), so the password is not kept in a clipboard history.
 *
 * Only a salted digest of the password is kept, to recognise it when the time is up. Lives as
 * long as the application, not the result window, so closing the window does not cancel the
 * clearing. The countdown runs on the clock it is given.
 */
class SecretClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)
public:
    static constexpr int DefaultClearAfterMs = 30000;

    explicit SecretClipboard(Clock *clock, QObject *parent = nullptr);
    ~SecretClipboard() override;

    void setClearAfter(int milliseconds) { m_clearAfterMs = milliseconds; }
    int clearAfter() const { return m_clearAfterMs; }

    void copy(const QString &secret);
    /** True while a copied password waits to be cleared. */
    bool isPending() const;
    /** Whole seconds until the clipboard is cleared (0 when nothing is pending). */
    int secondsLeft() const;
    /** Clears now if the clipboard still holds the password; stops the countdown either way. */
    void clearNow();

Q_SIGNALS:
    void copied();
    /** The countdown ended; @p removed is false when the clipboard held something else by then. */
    void cleared(bool removed);

private:
    QByteArray digest(const QString &text) const;

    ClockTimer *m_timer;
    QByteArray m_salt;
    QByteArray m_digest;
    int m_clearAfterMs = DefaultClearAfterMs;
};
