// SPDX-License-Identifier: MIT
// Hand-over items and a sender for the mail tests (header-only; shared by the mail test files).
#pragma once

#include "delivery/HandoverItem.h"
#include "directory/SignedInAdmin.h"

#include <QList>
#include <QString>

namespace MailTestItems {

inline HandoverItem item(const QString &id, const QString &name, const QString &language, const QStringList &otherMails,
                         const QString &password)
{
    using namespace Qt::Literals::StringLiterals;
    HandoverItem result;
    result.userId = id;
    result.displayName = name;
    result.userPrincipalName = id + u"@contoso.example"_s;
    result.mail = id + u"@contoso.example"_s;
    result.preferredLanguage = language;
    result.alternateEmails = otherMails;
    result.password = SecretString(password);
    result.outcome = HandoverItem::Outcome::Reset;
    return result;
}

/** Astrid (Swedish) and Brian (English), each with a private alternate address. */
inline QList<HandoverItem> swedishAndEnglish()
{
    using namespace Qt::Literals::StringLiterals;
    return {item(u"astrid"_s, u"Astrid Lindqvist"_s, u"sv-SE"_s, {u"astrid.l@privat.example"_s}, u"Kx7#mPq2vR"_s),
            item(u"brian"_s, u"Brian O'Neill"_s, u"en-US"_s, {u"brian.home@mail.example"_s}, u"Tz4!wNb8sL"_s)};
}

/** @p count users with one alternate address each, languages alternating. */
inline QList<HandoverItem> many(int count)
{
    using namespace Qt::Literals::StringLiterals;
    QList<HandoverItem> items;
    for (int i = 0; i < count; ++i) {
        const QString id = u"user%1"_s.arg(i, 3, 10, QChar(u'0'));
        items.append(item(id, u"User %1"_s.arg(i), i % 2 ? u"en-GB"_s : u"sv-SE"_s, {id + u"@home.example"_s},
                          u"Pw%1#Temp9x"_s.arg(i)));
    }
    return items;
}

inline SignedInAdmin admin(const QString &id = QStringLiteral("admin-id"))
{
    using namespace Qt::Literals::StringLiterals;
    SignedInAdmin sender;
    sender.id = id;
    sender.displayName = u"Helpdesk Hanna"_s;
    sender.userPrincipalName = u"hanna@contoso.example"_s;
    sender.mail = u"hanna@contoso.example"_s;
    return sender;
}

} // namespace MailTestItems
