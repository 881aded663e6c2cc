// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/**
 * A temporary password held as UTF-8 bytes that are overwritten with zeros (sodium_memzero, which
 * the optimiser may not drop) when the value is cleared, reassigned or destroyed.
 *
 * Honest limits: this protects only the buffer it owns. Every QString made by reveal(), the JSON
 * body GraphClient sends, Qt's network buffers, widgets and the clipboard hold their own copies,
 * which this class cannot reach; keep those short-lived. Copies of a SecretString share one buffer
 * (QByteArray's implicit sharing); the last owner to let go wipes it.
 */
class SecretString final
{
public:
    SecretString() = default;
    explicit SecretString(const QString &text);
    SecretString(const SecretString &other) = default;
    SecretString(SecretString &&other) noexcept;
    SecretString &operator=(const SecretString &other);
    SecretString &operator=(SecretString &&other) noexcept;
    ~SecretString();

    bool isEmpty() const { return m_utf8.isEmpty(); }
    /** Length in UTF-16 code units, as Entra counts (ASCII passwords: characters). */
    qsizetype size() const { return m_length; }
    /** A copy the caller must keep short-lived (it is not wiped). */
    QString reveal() const { return QString::fromUtf8(m_utf8); }
    /** Constant-time comparison of the bytes (no early exit on the first difference). */
    bool equals(const QString &text) const;

    /** Zeros the buffer (when this is its only owner) and empties the value. */
    void clear();

private:
    QByteArray m_utf8;
    qsizetype m_length = 0;
};
