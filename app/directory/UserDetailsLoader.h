// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphError.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class GraphCall;
class GraphClient;

/** Contact facts of one user that the list does not load for 100,000 users. */
struct UserContactDetails
{
    QString id;
    QString mail;
    QStringList otherMails;
    QString mobilePhone;
    QStringList businessPhones;
    /** "sv-SE", "en-US" or empty: the language slips and emails to this user are written in. */
    QString preferredLanguage;
};

/**
 * Reads the contact details of the user shown in the details pane:
 * GET /users/{id}?$select=id,mail,otherMails,mobilePhone,businessPhones,preferredLanguage. Only the latest request
 * counts: asking for another user abandons the one under way, so moving quickly through the list
 * never shows a previous user's details.
 */
class UserDetailsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDetailsLoader)
public:
    explicit UserDetailsLoader(GraphClient *client, QObject *parent = nullptr);
    ~UserDetailsLoader() override;

    /** Starts reading @p userId's details; an empty id just cancels. */
    void load(const QString &userId);
    void cancel();
    /** The user asked for last (empty after cancel). */
    const QString &userId() const { return m_userId; }
    bool isBusy() const { return !m_call.isNull(); }

    static QString selectProperties();

Q_SIGNALS:
    void loaded(const UserContactDetails &details);
    void failed(const QString &userId, const GraphError &error);

private:
    GraphClient *m_client;
    QPointer<GraphCall> m_call;
    QString m_userId;
};
