// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/HandoverItem.h"
#include "delivery/MailPlan.h"
#include "directory/SignedInAdmin.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * Turns hand-over items into Graph sendMail messages: plans who gets what in which language,
 * refusing addresses that must not get a password, and builds each message's JSON body only when it
 * is about to be sent, so passwords stay in SecretString until then.
 */
class MailComposer final
{
public:
    enum class Mode {
        ListToRecipients, // (a) one message with every user and password, to the typed recipients
        EachUser,         // (b) one message per user, to that user's alternate addresses
    };

    /**
     * @p adminLanguage is the language of mode (a) and the fallback of users without a
     * preferredLanguage (normally the UI language, e.g. "sv" or "en-US").
     */
    MailComposer(QList<HandoverItem> items, SignedInAdmin sender, QString adminLanguage);

    const QList<HandoverItem> &items() const { return m_items; }
    const SignedInAdmin &sender() const { return m_sender; }
    /** "sv" or "en". */
    QString adminLanguage() const;
    void setSignInAddress(const QString &address) { m_signInAddress = address; }
    /** The date printed in the mails (today by default). */

    /** Only items whose reset succeeded are mailed. */
    MailPlan plan(Mode mode, const QStringList &typedRecipients = {}) const;

    /**
     * The sendMail request body for @p mail: HTML in the mail's language, saveToSentItems false
     * (no copy of the passwords in the admin's Sent Items). Holds passwords: send it and drop it.
     */
    QJsonObject requestBody(const OutgoingMail &mail) const;

private:
    MailPlan planList(const QStringList &typedRecipients) const;
    MailPlan planEachUser() const;

    QList<HandoverItem> m_items;
    SignedInAdmin m_sender;
    QString m_adminLanguage;
    QString m_signInAddress;
    QDate m_date;
};
