// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

/** When a Temporary Access Pass works and how often, as the service issued it: what a slip, an email or the CSV says beside the pass. */
struct TemporaryAccessPassTerms
{
    /** UTC. */
    QDateTime start;
    int lifetimeInMinutes = 0;
    bool usableOnce = false;

    /**
     * Where the user registers a passkey or Microsoft Authenticator with the pass: the "Security
     * info" page of My Sign-Ins, by Microsoft's short link.
     */
    static QString registrationAddress() { return QStringLiteral("https://aka.ms/mysecurityinfo"); }

    QDateTime end() const { return start.addSecs(qint64(lifetimeInMinutes) * 60); }
    bool operator==(const TemporaryAccessPassTerms &other) const = default;
};
