// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * The Temporary Access Pass method configuration of the tenant's authentication methods policy,
 * with Microsoft's defaults ("Configure Temporary Access Pass in Microsoft Entra ID").
 */
struct SandboxTapPolicy
{
    bool enabled = true;
    int defaultLifetimeInMinutes = 60;
    int minimumLifetimeInMinutes = 60;
    int maximumLifetimeInMinutes = 480;
    bool isUsableOnce = false;
    int defaultLength = 8;
    /** Group ids, or "all_users". */
    QStringList includeGroupIds{QStringLiteral("all_users")};
    QStringList excludeGroupIds;
};

/** One Temporary Access Pass as the service keeps it (the value is never returned after creation). */
struct SandboxTemporaryAccessPass
{
    QString id;
    QString value;
    QDateTime created;
    QDateTime start;
    int lifetimeInMinutes = 60;
    bool isUsableOnce = false;
};

/**
 * A registered authentication method other than the password, the user's SSPR mobile phone
 * (SandboxUser::authenticationPhone), the email method (SandboxUser::authenticationEmail) and the
 * TAP, which live elsewhere. @p kind is the path segment without "Methods": "phone", "fido2",
 * "microsoftAuthenticator", "softwareOath", "windowsHelloForBusiness", "platformCredential".
 */
struct SandboxAuthMethod
{
    QString kind;
    QString id;
    /** The Graph properties besides @odata.type and id (displayName, phoneType, …). */
    QJsonObject properties;
};

/**
 * How the sandbox answers where Microsoft documents the refusal but not its HTTP status or error
 * code. Each default is the most plausible one; tests may change them.
 */
struct SandboxAuthMethodBehaviour
{
    struct Refusal
    {
        int status = 400;
        QString code = QStringLiteral("badRequest");
    };
    /** lifetimeInMinutes outside the policy's bounds, or multi-use where the policy says one-time. */
    Refusal outOfPolicyBounds;
    /** "Temporary Access Pass cannot be added to an external guest user." */
    Refusal externalGuest;
    /** TAP disabled or the user not targeted: observed to refuse creation ("Converged UserCredentialPolicy…"). */
    Refusal notAllowedByPolicy;
    /**
     * Off: creation succeeds as the docs say and the pass reads isUsable false, "DisabledByPolicy".
     */
    bool policyRefusesCreation = true;
    /** Deleting the phone that is the user's default MFA method while other methods remain. */
    Refusal defaultPhoneMethod;
    /** Deleting the mobile phone while an alternateMobile remains. */
    Refusal alternateMobileFirst;
};

/**
 * The authentication methods the sandbox keeps beside the users: the TAP policy, each user's TAP
 * and other registered methods, and (for tests) every TAP value ever issued.
 */
class AuthMethodStore
{
public:
    SandboxTapPolicy tapPolicy;
    SandboxAuthMethodBehaviour behaviour;

    /** The user's one TAP, or nullptr. */
    const SandboxTemporaryAccessPass *tapOf(const QString &userId) const;
    /** Stores @p pass as the user's TAP, replacing the previous one (one TAP per user). */
    void setTap(const QString &userId, SandboxTemporaryAccessPass pass);
    void removeTap(const QString &userId);
    /** Every TAP value issued to the user, oldest first: server-side truth for "never two values". */
    QStringList tapHistory(const QString &userId) const { return m_tapHistory.value(userId); }

    QList<SandboxAuthMethod> methodsOf(const QString &userId) const { return m_methods.value(userId); }
    void addMethod(const QString &userId, SandboxAuthMethod method);
    bool removeMethod(const QString &userId, const QString &kind, const QString &id);

    /** The phone method id that is the user's default MFA method; empty = the mobile phone, if any. */
    void setDefaultPhoneMethod(const QString &userId, const QString &methodId);
    QString defaultPhoneMethod(const QString &userId) const { return m_defaultPhone.value(userId); }

private:
    QHash<QString, SandboxTemporaryAccessPass> m_taps;
    QHash<QString, QStringList> m_tapHistory;
    QHash<QString, QList<SandboxAuthMethod>> m_methods;
    QHash<QString, QString> m_defaultPhone;
};
