// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/HandoverLanguage.h"
#include "delivery/SlipTexts.h"

#include <QString>

/**
 * Every sentence of the incident summary page in one language (whole templates under the
 * "IncidentSummaryTexts" context, looked up in that language's catalogue like SlipTexts).
 */
class IncidentSummaryTexts final
{
public:
    explicit IncidentSummaryTexts(const HandoverLanguage &language);

    const SlipTexts &slipTexts() const { return m_slip; }
    QString title() const;
    QString runBy(const QString &admin) const;
    QString started(const QDateTime &moment) const;
    QString ended(const QDateTime &moment) const;
    QString actionsHeading() const;
    QString newPassword() const;
    QString withMfa() const;
    QString signedOut() const;
    QString methodsRemoved() const;
    QString countsHeading() const;
    QString passwordsReset(int count) const;
    QString sessionsRevoked(int count) const;
    QString methodsRemovedUsers(int count) const;
    QString failures(int count) const;
    QString privilegedHeading(int count) const;
    QString failedHeading(int count) const;
    /** One user whose step failed: "%1: %2", the user and why. */
    QString failedUser(const QString &user, const QString &reason) const;
    QString usersHeading(int count) const;
    QString none() const;
    QString andMore(int count) const;
    QString noPasswords() const;

private:
    QString text(const char *source) const;
    QString number(int count) const;

    HandoverLanguage m_language;
    SlipTexts m_slip;
};
