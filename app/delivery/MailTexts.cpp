// SPDX-License-Identifier: MIT
#include "delivery/MailTexts.h"

#include "delivery/SlipTexts.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {

QString escaped(const QString &value)
{
    return value.toHtmlEscaped();
}

QString senderContact(const SignedInAdmin &sender)
{
    return sender.mail.isEmpty() ? sender.userPrincipalName : sender.mail;
}

/** Plain text (a subject line) in @p language; lupdate reads the QT_TRANSLATE_*NOOP at the call. */
QString plain(const HandoverLanguage &language, const char *sourceText, int n = -1)
{
    return language.translate("MailTexts", sourceText, nullptr, n);
}

QString senderName(const SignedInAdmin &sender)
{
    return sender.displayName.isEmpty() ? sender.userPrincipalName : sender.displayName;
}

} // namespace

QString MailTexts::defaultSignInAddress()
{
    return u"https://www.microsoft365.com"_s;
}

template<typename... Values>
QString MailTexts::sentence(const HandoverLanguage &language, const char *sourceText, int n,
                            const Values &...htmlValues)
{
    const QString text = language.translate("MailTexts", sourceText, nullptr, n).toHtmlEscaped();
    if constexpr (sizeof...(htmlValues) == 0)
        return text;
    else
        return text.arg(htmlValues...); // one pass: a value holding "%2" is not filled in again
}

QString MailTexts::paragraph(const QString &html)
{
    return u"<p>"_s + html + u"</p>\n"_s;
}

QString MailTexts::passwordHtml(const HandoverItem &item)
{
    // A monospaced face keeps l/1/I and O/0 apart; the password stays a SecretString until here.
    return u"<span style=\"font-family:Consolas,'Courier New',monospace;font-size:13pt;font-weight:bold;"
           u"letter-spacing:1px\">"_s
           + escaped(item.password.reveal()) + u"</span>"_s;
}

QString MailTexts::document(const QString &lang, const QString &bodyHtml)
{
    return u"<!DOCTYPE html>\n<html lang=\""_s + lang + u"\"><head><meta charset=\"utf-8\"></head>\n"_s
           + u"<body style=\"font-family:'Segoe UI',Arial,sans-serif;font-size:11pt\">\n"_s + bodyHtml
           + u"</body></html>\n"_s;
}

QString MailTexts::userClosing(const HandoverLanguage &language, const SignedInAdmin &sender, const QDate &date)
{
    return paragraph(sentence(language,
                              QT_TRANSLATE_NOOP("MailTexts", "If you did not expect this message, contact %1 (%2)."), -1,
                              escaped(senderName(sender)), escaped(senderContact(sender))))
           + paragraph(sentence(language, QT_TRANSLATE_NOOP("MailTexts", "Sent with ResetDesk on %1."), -1,
                                escaped(language.locale().toString(date, QLocale::LongFormat))));
}

QString MailTexts::listClosing(const HandoverLanguage &language, const SignedInAdmin &sender, const QDate &date)
{
    return paragraph(sentence(language, QT_TRANSLATE_NOOP("MailTexts", "Sent with ResetDesk by %1 (%2) on %3."), -1,
                              escaped(senderName(sender)), escaped(senderContact(sender)),
                              escaped(language.locale().toString(date, QLocale::LongFormat))));
}

MailContent MailTexts::passwordList(const HandoverLanguage &language, const SignedInAdmin &sender,
                                    const QList<const HandoverItem *> &items, const QString &signInAddress,
                                    const QDate &date)
{
    const int count = int(items.size());
    MailContent content;
    content.subject = plain(language, QT_TRANSLATE_N_NOOP("MailTexts", "Temporary passwords for %n user(s)"), count);

    QString body;
    body += paragraph(sentence(language, QT_TRANSLATE_NOOP("MailTexts", "Hello,"), -1));
    body += paragraph(sentence(language,
                               QT_TRANSLATE_N_NOOP("MailTexts", "%1 has reset the passwords of the following %n user(s)."),
                               count, escaped(senderName(sender))));

    QString table = u"<table cellpadding=\"6\" cellspacing=\"0\" border=\"1\" style=\"border-collapse:collapse\">\n"_s
                    u"<tr>"_s;
    //: Column header in the email that lists users and temporary passwords
    table += u"<th align=\"left\">"_s + sentence(language, QT_TRANSLATE_NOOP("MailTexts", "Name"), -1) + u"</th>"_s;
    //: Column header in the email: the user's sign-in name (user principal name)
    table += u"<th align=\"left\">"_s + sentence(language, QT_TRANSLATE_NOOP("MailTexts", "User name"), -1) + u"</th>"_s;
    //: Column header in the email
    table += u"<th align=\"left\">"_s + sentence(language, QT_TRANSLATE_NOOP("MailTexts", "Temporary password"), -1)
             + u"</th></tr>\n"_s;
    for (const HandoverItem *item : items) {
        QString password = passwordHtml(*item);
        if (item->outcome == HandoverItem::Outcome::Unconfirmed)
            password += u"<br>"_s + sentence(language, QT_TRANSLATE_NOOP("MailTexts", "(may be set, not confirmed)"), -1);
        table += u"<tr><td>"_s + escaped(item->displayName) + u"</td><td>"_s + escaped(item->userPrincipalName)
                 + u"</td><td>"_s + password + u"</td></tr>\n"_s;
    }
    table += u"</table>\n"_s;
    body += table;

    body += paragraph(sentence(language,
                               QT_TRANSLATE_NOOP("MailTexts",
                                                 "Hand each password over to its user in person or by a channel only "
                                                 "that user can read. Each user signs in at %1 and must choose a new "
                                                 "password right away."),
                               -1, escaped(signInAddress)));
    body += paragraph(sentence(
        language, QT_TRANSLATE_NOOP("MailTexts", "Delete this message once every password has been handed over."), -1));
    body += listClosing(language, sender, date);
    content.html = document(language.code(), body);
    return content;
}

MailContent MailTexts::userPassword(const HandoverLanguage &language, const SignedInAdmin &sender,
                                    const HandoverItem &item, const QString &signInAddress, const QDate &date)
{
    MailContent content;
    content.subject =
        plain(language, QT_TRANSLATE_NOOP("MailTexts", "Your temporary password for %1")).arg(item.userPrincipalName);

    const QString name = item.displayName.isEmpty() ? item.userPrincipalName : item.displayName;
    QString body;
    body += paragraph(sentence(language, QT_TRANSLATE_NOOP("MailTexts", "Hello %1,"), -1, escaped(name)));
    body += paragraph(sentence(language, QT_TRANSLATE_NOOP("MailTexts", "%1 has reset the password of your work account %2."),
                               -1, escaped(senderName(sender)), escaped(item.userPrincipalName)));
    body += paragraph(sentence(language, QT_TRANSLATE_NOOP("MailTexts", "Your temporary password: %1"), -1,
                               passwordHtml(item)));
    if (item.outcome == HandoverItem::Outcome::Unconfirmed)
        body += paragraph(sentence(language,
                                   QT_TRANSLATE_NOOP("MailTexts", "This password may not be set yet. If it does not "
                                                                  "work, ask %1 (%2) for a new one."),
                                   -1, escaped(senderName(sender)), escaped(senderContact(sender))));
    body += paragraph(sentence(language,
                               QT_TRANSLATE_NOOP("MailTexts",
                                                 "Sign in at %1 with your user name %2 and the temporary password. "
                                                 "You will be asked to choose a new password right away."),
                               -1, escaped(signInAddress), escaped(item.userPrincipalName)));
    body += paragraph(sentence(language,
                               QT_TRANSLATE_NOOP("MailTexts",
                                                 "Delete this message as soon as you have signed in, and never share "
                                                 "your password with anyone."),
                               -1));
    body += userClosing(language, sender, date);
    content.html = document(language.code(), body);
    return content;
}

MailContent MailTexts::passList(const HandoverLanguage &language, const SignedInAdmin &sender,
                                const QList<const HandoverItem *> &items, const QDate &date)
{
    const SlipTexts slip(language);
    const int count = int(items.size());
    MailContent content;
    content.subject =
        plain(language, QT_TRANSLATE_N_NOOP("MailTexts", "Temporary Access Passes for %n user(s)"), count);

    QString body;
    body += paragraph(sentence(language, QT_TRANSLATE_NOOP("MailTexts", "Hello,"), -1));
    body += paragraph(sentence(
        language, QT_TRANSLATE_N_NOOP("MailTexts", "%1 has issued Temporary Access Passes for the following %n user(s)."),
        count, escaped(senderName(sender))));
    body += paragraph(escaped(slip.tapExplained()));

    QString table = u"<table cellpadding=\"6\" cellspacing=\"0\" border=\"1\" style=\"border-collapse:collapse\">\n"_s
                    u"<tr>"_s;
    for (const QString &heading : {sentence(language, QT_TRANSLATE_NOOP("MailTexts", "Name"), -1),
                                   sentence(language, QT_TRANSLATE_NOOP("MailTexts", "User name"), -1),
                                   escaped(slip.tapLabel())}) {
        table += u"<th align=\"left\">"_s + heading + u"</th>"_s;
    }
    //: Column header in the email: when and how often each Temporary Access Pass works
    table += u"<th align=\"left\">"_s + sentence(language, QT_TRANSLATE_NOOP("MailTexts", "Validity"), -1)
             + u"</th></tr>\n"_s;
    for (const HandoverItem *item : items) {
        const TemporaryAccessPassTerms terms = item->temporaryAccessPass.value_or(TemporaryAccessPassTerms{});
        table += u"<tr><td>"_s + escaped(item->displayName) + u"</td><td>"_s + escaped(item->userPrincipalName)
                 + u"</td><td>"_s + passwordHtml(*item) + u"</td><td>"_s
                 + escaped(slip.tapValidity(terms.start, terms.end())) + u"<br>"_s
                 + escaped(slip.tapUsage(terms.usableOnce)) + u"</td></tr>\n"_s;
    }
    table += u"</table>\n"_s;
    body += table;
    body += paragraph(escaped(slip.tapRegisterAt(TemporaryAccessPassTerms::registrationAddress())));
    body += paragraph(sentence(
        language, QT_TRANSLATE_NOOP("MailTexts", "Delete this message once every pass has been handed over."), -1));
    body += listClosing(language, sender, date);
    content.html = document(language.code(), body);
    return content;
}

MailContent MailTexts::userPass(const HandoverLanguage &language, const SignedInAdmin &sender,
                                const HandoverItem &item, const QDate &date)
{
    const SlipTexts slip(language);
    const TemporaryAccessPassTerms terms = item.temporaryAccessPass.value_or(TemporaryAccessPassTerms{});
    MailContent content;
    content.subject = plain(language, QT_TRANSLATE_NOOP("MailTexts", "Your Temporary Access Pass for %1"))
                          .arg(item.userPrincipalName);

    const QString name = item.displayName.isEmpty() ? item.userPrincipalName : item.displayName;
    QString body;
    body += paragraph(sentence(language, QT_TRANSLATE_NOOP("MailTexts", "Hello %1,"), -1, escaped(name)));
    body += paragraph(sentence(
        language, QT_TRANSLATE_NOOP("MailTexts", "%1 has issued a Temporary Access Pass for your work account %2."), -1,
        escaped(senderName(sender)), escaped(item.userPrincipalName)));
    body += paragraph(escaped(slip.tapExplained()));
    body += paragraph(sentence(language, QT_TRANSLATE_NOOP("MailTexts", "Your Temporary Access Pass: %1"), -1,
                               passwordHtml(item)));
    body += paragraph(escaped(slip.tapValidity(terms.start, terms.end())) + u" "_s
                      + escaped(slip.tapUsage(terms.usableOnce)));
    body += paragraph(escaped(slip.tapRegisterAt(TemporaryAccessPassTerms::registrationAddress())));
    body += userClosing(language, sender, date);
    content.html = document(language.code(), body);
    return content;
}
