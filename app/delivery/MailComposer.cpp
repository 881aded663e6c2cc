// SPDX-License-Identifier: MIT
#include "delivery/MailComposer.h"

#include "delivery/HandoverLanguage.h"
#include "delivery/MailRecipientCheck.h"
#include "delivery/MailTexts.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonArray recipientArray(const QStringList &addresses, const QString &name)
{
    QJsonArray array;
    for (const QString &address : addresses) {
        QJsonObject emailAddress{{u"address"_s, address}};
        if (!name.isEmpty())
            emailAddress.insert(u"name"_s, name);
        array.append(QJsonObject{{u"emailAddress"_s, emailAddress}});
    }
    return array;
}

/**
 * The usable addresses of @p addresses (trimmed; empty ones and repeats in any case dropped); the
 * refused ones go to @p issues, attributed to @p itemIndex, or with -1 to the account they belong to.
 */
QStringList screenRecipients(const QStringList &addresses, const MailRecipientCheck &check,
                             QList<RecipientIssue> &issues, qsizetype itemIndex)
{
    QStringList usable;
    QSet<QString> seen;
    for (const QString &candidate : addresses) {
        const QString address = candidate.trimmed();
        if (address.isEmpty() || seen.contains(address.toLower()))
            continue;
        seen.insert(address.toLower());
        qsizetype account = -1;
        const RecipientProblem problem = check.check(address, &account);
        if (problem == RecipientProblem::None)
            usable.append(address);
        else
            issues.append({address, problem, itemIndex >= 0 ? itemIndex : account});
    }
    return usable;
}

} // namespace

MailComposer::MailComposer(QList<HandoverItem> items, SignedInAdmin sender, QString adminLanguage)
    : m_items(std::move(items))
    , m_sender(std::move(sender))
    , m_adminLanguage(std::move(adminLanguage))
    , m_signInAddress(MailTexts::defaultSignInAddress())
    , m_date(QDate::currentDate())
{
}

QString MailComposer::adminLanguage() const
{
    return HandoverLanguage::forUser(m_adminLanguage, {}).code();
}

MailPlan MailComposer::plan(Mode mode, const QStringList &typedRecipients) const
{
    return mode == Mode::ListToRecipients ? planList(typedRecipients) : planEachUser();
}

MailPlan MailComposer::planList(const QStringList &typedRecipients) const
{
    MailPlan plan;
    const MailRecipientCheck check(m_items);
    const QStringList accepted = screenRecipients(typedRecipients, check, plan.issues, -1);
    // One refused recipient stops the whole list: the admin fixes the list instead of guessing who got it.
    plan.blocked = !plan.issues.isEmpty() || accepted.isEmpty();

    OutgoingMail mail;
    mail.kind = OutgoingMail::Kind::PasswordList;
    mail.recipients = accepted;
    mail.language = adminLanguage();
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).carriesPassword())
            mail.itemIndexes.append(i);
    }
    QStringList keyParts;
    for (const QString &address : std::as_const(accepted))
        keyParts.append(address.toLower());
    std::sort(keyParts.begin(), keyParts.end());
    mail.key = u"list:"_s + keyParts.join(u';');
    if (!plan.blocked && !mail.itemIndexes.isEmpty())
        plan.messages.append(mail);
    return plan;
}

MailPlan MailComposer::planEachUser() const
{
    MailPlan plan;
    const MailRecipientCheck check(m_items);
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const HandoverItem &item = m_items.at(i);
        if (!item.carriesPassword())
            continue;
        const QStringList usable = screenRecipients(item.alternateEmails, check, plan.issues, i);
        if (usable.isEmpty()) {
            plan.usersWithoutAddress.append(i);
            continue;
        }
        OutgoingMail mail;
        mail.kind = OutgoingMail::Kind::UserPassword;
        mail.key = u"user:"_s + (item.userId.isEmpty() ? item.userPrincipalName.toLower() : item.userId);
        mail.recipients = usable;
        mail.itemIndexes = {i};
        mail.language = HandoverLanguage::forUser(item.preferredLanguage, m_adminLanguage).code();
        plan.messages.append(mail);
    }
    return plan;
}

QJsonObject MailComposer::requestBody(const OutgoingMail &mail) const
{
    const HandoverLanguage language(mail.language);
    MailContent content;
    QString recipientName;
    if (mail.kind == OutgoingMail::Kind::PasswordList) {
        QList<const HandoverItem *> listed;
        for (qsizetype index : mail.itemIndexes)
            listed.append(&m_items.at(index));
        const bool passes = !listed.isEmpty() && listed.constFirst()->temporaryAccessPass.has_value();
        content = passes ? MailTexts::passList(language, m_sender, listed, m_date)
                         : MailTexts::passwordList(language, m_sender, listed, m_signInAddress, m_date);
    } else {
        const HandoverItem &item = m_items.at(mail.itemIndexes.value(0));
        content = item.temporaryAccessPass ? MailTexts::userPass(language, m_sender, item, m_date)
                                           : MailTexts::userPassword(language, m_sender, item, m_signInAddress, m_date);
        recipientName = item.displayName;
    }
    const QJsonObject message{
        {u"subject"_s, content.subject},
        {u"body"_s, QJsonObject{{u"contentType"_s, u"HTML"_s}, {u"content"_s, content.html}}},
        {u"toRecipients"_s, recipientArray(mail.recipients, recipientName)},
    };
    // saveToSentItems defaults to true: send it only when false, as a JSON boolean.
    return QJsonObject{{u"message"_s, message}, {u"saveToSentItems"_s, false}};
}
