// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/HandoverItem.h"
#include "delivery/HandoverLanguage.h"
#include "directory/SignedInAdmin.h"

#include <QDate>
#include <QList>
#include <QString>

/** A rendered message: subject line and HTML body (holds the password: keep it short-lived). */
struct MailContent
{
    QString subject;
    QString html;
};

/**
 * The translated templates of the password emails, rendered in the recipient's language (not
 * the UI's). Every template is a whole sentence with placeholders; values are HTML-escaped before
 * they are put in, and the template text itself is escaped too, so a translation with '<' or '&'
 * cannot break the markup.
 */
class MailTexts final
{
public:
    /** Where users sign in for the first time (printed in the mail). */
    static QString defaultSignInAddress();

    /** Mode (a): one message listing every user and password, for the admin's recipients. */
    static MailContent passwordList(const HandoverLanguage &language, const SignedInAdmin &sender,
                                    const QList<const HandoverItem *> &items, const QString &signInAddress,
                                    const QDate &date);
    /** Mode (b): one user's own password, sent to that user's alternate address. */
    static MailContent userPassword(const HandoverLanguage &language, const SignedInAdmin &sender,
                                    const HandoverItem &item, const QString &signInAddress, const QDate &date);

    /** Mode (a) for Temporary Access Passes: every user, pass, start and end. */
    static MailContent passList(const HandoverLanguage &language, const SignedInAdmin &sender,
                                const QList<const HandoverItem *> &items, const QDate &date);
    /** Mode (b) for a Temporary Access Pass: what it is, when it works, where to set up a sign-in method. */
    static MailContent userPass(const HandoverLanguage &language, const SignedInAdmin &sender,
                                const HandoverItem &item, const QDate &date);

private:
    /** @p sourceText translated and escaped, with @p htmlValues (already HTML) filled in one pass. */
    template<typename... Values>
    static QString sentence(const HandoverLanguage &language, const char *sourceText, int n,
                            const Values &...htmlValues);
    static QString paragraph(const QString &html);
    /** The last paragraphs of a mail to one user: whom to ask, and when it was sent. */
    static QString userClosing(const HandoverLanguage &language, const SignedInAdmin &sender, const QDate &date);
    /** The last paragraph of a list mail: who sent it, and when. */
    static QString listClosing(const HandoverLanguage &language, const SignedInAdmin &sender, const QDate &date);
    static QString passwordHtml(const HandoverItem &item);
    static QString document(const QString &lang, const QString &bodyHtml);
};
