// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/HandoverItem.h"
#include "delivery/MailPlan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * Decides whether an address may receive a temporary password: it must look like an email address,
 * and it must not be the mailbox (mail or user principal name, case-insensitive) of an account
 * whose password was just reset — its owner cannot sign in to read it, and in a bulk run nobody
 * else should read it there either.
 */
class MailRecipientCheck final
{
public:
    explicit MailRecipientCheck(const QList<HandoverItem> &items);

    /** Syntax only: one '@', no spaces or list separators, a dotted domain. */
    static bool isValidAddress(const QString &address);
    /** What the admin typed, split on ';', ',' and white space; empty parts and case-insensitive repeats dropped. */
    static QStringList splitTyped(const QString &text);

    /** RecipientProblem::None when @p address may get a password; else why not (and whose mailbox in @p accountIndex). */
    RecipientProblem check(const QString &address, qsizetype *accountIndex = nullptr) const;

private:
    QHash<QString, qsizetype> m_resetMailboxes; // lower-cased mail/UPN -> item index
};
