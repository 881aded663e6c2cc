// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/OutgoingMail.h"

#include <QList>
#include <QString>

/** Why an address gets no password mail (the UI turns it into text). */
enum class RecipientProblem {
    None,
    InvalidAddress,      // not an email address
    ResetAccountMailbox, // the mailbox (mail or UPN) of an account whose password was just reset
};

/** An address that was refused (mode a) or dropped (mode b), and why. */
struct RecipientIssue
{
    QString address;
    RecipientProblem problem = RecipientProblem::None;
    /**
     * Index into MailComposer::items(): for ResetAccountMailbox the account that owns the mailbox;
     * in mode (b) also the user whose alternate address it was. -1 when no user is concerned.
     */
    qsizetype itemIndex = -1;
};

/** What MailComposer would send for a mode, and what it refused. */
struct MailPlan
{
    QList<OutgoingMail> messages;
    /** Mode (a): typed recipients refused (nothing is sent until they are fixed); mode (b): addresses dropped. */
    QList<RecipientIssue> issues;
    /** Mode (b): indexes of reset users with no usable alternate address (they need a slip). */
    QList<qsizetype> usersWithoutAddress;
    /** Mode (a) refuses the whole message while a typed recipient is refused. */
    bool blocked = false;

    bool isSendable() const { return !blocked && !messages.isEmpty(); }
};
