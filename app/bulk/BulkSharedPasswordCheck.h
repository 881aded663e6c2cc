// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkPreflight.h"
#include "password/LocalPasswordRules.h"

#include <QHash>
#include <QList>
#include <QString>

/**
 * The local password rules for one typed password that a bulk run gives to many users. Entra
 * refuses a password containing the user's own name, so the password is checked against the
 * name parts of every user who would get it. Checked as the admin types, so it must not cost a
 * pass over 100,000 users per key press: the name parts are gathered into one hash once per plan
 * (setPlan, O(users)), and each check looks up the password's own substrings (O(length²)).
 */
class BulkSharedPasswordCheck final
{
public:
    explicit BulkSharedPasswordCheck(const QString &tenantName = {});

    /** The users who would get the shared password: the plan's included rows without a CSV password. */
    void setPlan(const BulkPreflight::Plan &plan);
    /** How many users the shared password is for (0: every included user brings their own). */
    int userCount() const { return m_userCount; }

    /** Every failure, in LocalPasswordRules' order; the names found come last, each once. Empty = acceptable.
     */
    QList<PasswordRuleFailure> check(const QString &password) const;
    bool isAcceptable(const QString &password) const { return check(password).isEmpty(); }

private:
    QString m_tenantName;
    /** Name part (LocalPasswordRules::nameParts) -> users having it. */
    QHash<QString, int> m_nameParts;
    int m_longestPart = 0;
    int m_userCount = 0;
};
