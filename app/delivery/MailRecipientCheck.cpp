// SPDX-License-Identifier: MIT
#include "delivery/MailRecipientCheck.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

MailRecipientCheck::MailRecipientCheck(const QList<HandoverItem> &items)
{
    // Every account of the run counts, also those whose reset failed: their mailbox is still no
    // place for other people's passwords.
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (const QString &mailbox : {items.at(i).mail, items.at(i).userPrincipalName}) {
            if (!mailbox.trimmed().isEmpty() && !m_resetMailboxes.contains(mailbox.trimmed().toLower()))
                m_resetMailboxes.insert(mailbox.trimmed().toLower(), i);
        }
    }
}

bool MailRecipientCheck::isValidAddress(const QString &address)
{
    // Deliberately simple: what Exchange accepts is decided by Exchange (ErrorInvalidRecipients);
    // this only catches typing slips before anything is sent. Unicode letters are allowed (EAI/IDN).
    static const QRegularExpression pattern(
        uR"(^[^\s@<>(),;:"\[\]\\]+@([^\s@<>(),;:"\[\]\\.]+\.)+[^\s@<>(),;:"\[\]\\.]{2,}$)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    if (!pattern.match(address).hasMatch())
        return false;
    const QString local = address.section(u'@', 0, 0);
    return !local.startsWith(u'.') && !local.endsWith(u'.') && !local.contains(u".."_s);
}

QStringList MailRecipientCheck::splitTyped(const QString &text)
{
    static const QRegularExpression separators(uR"([;,\s]+)"_s);
    QStringList result;
    QSet<QString> seen;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString lower = part.toLower();
        if (seen.contains(lower))
            continue;
        seen.insert(lower);
        result.append(part);
    }
    return result;
}

RecipientProblem MailRecipientCheck::check(const QString &address, qsizetype *accountIndex) const
{
    if (accountIndex)
        *accountIndex = -1;
    const QString trimmed = address.trimmed();
    if (!isValidAddress(trimmed))
        return RecipientProblem::InvalidAddress;
    const auto found = m_resetMailboxes.constFind(trimmed.toLower());
    if (found != m_resetMailboxes.constEnd()) {
        if (accountIndex)
            *accountIndex = found.value();
        return RecipientProblem::ResetAccountMailbox;
    }
    return RecipientProblem::None;
}
