// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * One sendMail message as planned, before any password is put into it: who gets it, which
 * hand-over items it carries and in which language. The JSON body with the passwords is built
 * only when the message is about to go out (MailComposer::requestBody).
 */
struct OutgoingMail
{
    enum class Kind {
        PasswordList, // mode (a): every user and password, to recipients the admin typed
        UserPassword, // mode (b): one user's password, to that user's alternate email addresses
    };

    Kind kind = Kind::UserPassword;
    /**
     * Stable identity of the message across runs ("user:<id>" or "list:<recipients>"), never
     * holding a password: a resumed run skips the keys an earlier run delivered.
     */
    QString key;
    QStringList recipients;
    /** Indexes into MailComposer::items(). */
    QList<qsizetype> itemIndexes;
    /** "sv" or "en". */
    QString language;
};
