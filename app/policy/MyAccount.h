// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphError.h"

#include <QObject>
#include <QString>
#include <QStringList>

class GraphClient;

/** The signed-in admin's own contact details, as self-service password reset uses them. */
struct MyContactDetails
{
    QString userPrincipalName;
    QStringList alternateEmails; // otherMails
    QString mobilePhone;
};

/**
 * The admin's own account: reads and saves the alternate email addresses and mobile phone, and
 * changes the admin's own password. A password change revokes the admin's refresh tokens on the
 * service's side, so passwordChanged() tells the app to sign in again.
 */
class MyAccount final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyAccount)
public:
    enum class Problem {
        None,
        InvalidEmail,
        EmailIsAccountAddress, // the alternate address must reach you when the account cannot
        InvalidPhone,          // "+CountryCode Number", as self-service reset expects
        WrongCurrentPassword,
        PasswordRejected,      // the service's complexity or history rules
        SameAsCurrentPassword,
        Other,
    };
    Q_ENUM(Problem)

    explicit MyAccount(GraphClient *client, QObject *parent = nullptr);

    static Problem validateEmail(const QString &address, const QString &userPrincipalName);
    static Problem validatePhone(const QString &phone);
    /** "+46 701234567" from "+46 70-123 45 67": the country code, one space, the digits. */
    static QString normalizedPhone(const QString &phone);

    void load();
    /** Saves exactly these values (an empty phone clears it); check them with the validators first. */
    void save(const MyContactDetails &details);
    void changePassword(const QString &currentPassword, const QString &newPassword);

Q_SIGNALS:
    void loaded(const MyContactDetails &details);
    /** @p requestId: Graph's id of the answer (for the audit log and support cases). */
    void saved(const GraphError &error, const QString &requestId);
    void failed(const GraphError &error);
    void passwordChanged(const QString &requestId);
    void passwordChangeFailed(MyAccount::Problem problem, const GraphError &error);

private:
    GraphClient *m_client;
};
