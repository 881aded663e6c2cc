// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/** Microsoft Entra built-in role template ids: the same in every tenant. */
namespace SandboxRoles {
inline const QString GlobalAdministrator = QStringLiteral("62e90394-69f5-4237-9190-012177145e10");
inline const QString PrivilegedAuthenticationAdministrator = QStringLiteral("7be44c8a-adaf-4e2a-84d6-ab2649e08a13");
inline const QString PrivilegedRoleAdministrator = QStringLiteral("e8611ab8-c189-46e8-94e1-60213ab1f814");
inline const QString UserAdministrator = QStringLiteral("fe930be7-5e62-47db-91af-98c3a49a38b1");
inline const QString AuthenticationAdministrator = QStringLiteral("c4e39bd9-1100-46d3-8c65-fb160da0071f");
inline const QString HelpdeskAdministrator = QStringLiteral("729827e3-9c14-49f7-bb1b-9608f156bbb8");
inline const QString PasswordAdministrator = QStringLiteral("966707d0-3269-4727-9be2-8c3a10f19b9d");
inline const QString GroupsAdministrator = QStringLiteral("fdd7a751-b60b-444a-984c-02652fe8fa1c");
inline const QString DirectoryReaders = QStringLiteral("88d8e3e3-8f55-4a1e-953a-9b9898b8876b");
inline const QString GuestInviter = QStringLiteral("95e79109-95c0-4d8e-aee3-d01accf2d47b");
inline const QString MessageCenterReader = QStringLiteral("790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b");
inline const QString ReportsReader = QStringLiteral("4a5d8f65-41da-4de4-8968-e035b65339cf");
inline const QString UsageSummaryReportsReader = QStringLiteral("75934031-6c7e-415a-99d7-48dbd49e875e");
inline const QString GlobalReader = QStringLiteral("f2ef992c-3afb-46b9-b7cf-a126ee74c451");
inline const QString DomainNameAdministrator = QStringLiteral("8329153b-31d0-4727-b945-745eb3bc5f31");
inline const QString SecurityReader = QStringLiteral("5d6b6bb7-de71-4623-b4af-96380a352509");
inline const QString SecurityAdministrator = QStringLiteral("194ae4cb-b126-40b2-bd5b-6091b380977d");

/** The English display name Graph returns for a template id (empty when unknown). */
QString displayName(const QString &templateId);
/** Every template id above. */
QStringList all();
} // namespace SandboxRoles

/** A user as the directory stores it, including what Graph never returns (the password). */
struct SandboxUser
{
    QString id;
    QString displayName;
    QString givenName;
    QString surname;
    QString userPrincipalName;
    QString mail;                 // null QString = JSON null
    QStringList otherMails;
    QString mobilePhone;          // null = JSON null
    QStringList businessPhones;
    QString jobTitle;
    QString officeLocation;
    QString preferredLanguage;    // "sv-SE", "en-US" or null
    bool accountEnabled = true;
    QString userType = QStringLiteral("Member"); // "Member" | "Guest"
    QString creationType;         // null, "Invitation", …
    QString passwordPolicies;     // null, "None", "DisablePasswordExpiration", "…, DisableStrongPassword"
    QDateTime lastPasswordChangeDateTime;
    QDateTime createdDateTime;
    QDateTime signInSessionsValidFromDateTime;
    QStringList assignedLicenseSkus;
    std::optional<bool> onPremisesSyncEnabled; // nullopt = JSON null (never synced)
    QStringList roleTemplateIds;  // roles assigned directly to the user

    // Server-side truth that Graph never returns; the inspection API exposes it to tests.
    QString password;
    bool forceChangePasswordNextSignIn = false;
    bool forceChangePasswordNextSignInWithMfa = false;
    /** Every password ever set on this user, oldest first (for "never two values" checks). */
    QStringList passwordHistory;

    // Authentication methods (phone, email) and registration (userRegistrationDetails).
    QString authenticationPhone;  // "+46 701234567" or empty
    QString authenticationEmail;  // or empty
    bool isSsprRegistered = false;
    bool isMfaRegistered = false;

    bool deleted = false;          // soft- or hard-deleted: gone from lists, kept for delta
    bool permanentlyDeleted = false;
    qint64 changeSequence = 0;     // tenant change counter when this user last changed (delta)
    /**
     * Per Graph property name ("mobilePhone", …): the tenant change counter when it last changed,
     * so /users/delta with Prefer: return=minimal can send only what changed. Record with
     * UserDelta::markChanged(); a touch() without it makes the whole object count as changed.
     */
    QHash<QString, qint64> propertyChangeSequence;
};

/** A role-assignable group: its members hold its roles transitively. */
struct SandboxGroup
{
    QString id;
    QString displayName;
    QStringList roleTemplateIds;
    QStringList memberIds;
};

struct SandboxDomain
{
    QString id; // FQDN
    QString authenticationType = QStringLiteral("Managed");
    bool isDefault = false;
    bool isInitial = false;
    bool isRoot = true;
    bool isVerified = true;
    std::optional<int> passwordValidityPeriodInDays;   // nullopt = JSON null
    std::optional<int> passwordNotificationWindowInDays;
    QStringList supportedServices;
};

/** An app registration the sandbox's identity endpoints accept. */
struct SandboxApp
{
    QString clientId;
    QString displayName;
    bool publicClientFlowsAllowed = true;
    /** Scopes the tenant's admin consented to; tokens never carry more. */
    QStringList consentedScopes;
};

struct SandboxMail
{
    QString senderId;
    QDateTime sentAt;
    QJsonObject message; // as POSTed to /me/sendMail
    bool saveToSentItems = true;
};

/** The in-memory tenant: directory objects, domains, apps and the mail outbox. */
class SandboxTenant
{
public:
    QString tenantId;
    QString displayName;
    QString adminUserId;          // the demo admin (Global Administrator)
    bool premiumLicensed = true;  // Entra ID P1/P2: gates the registration report
    std::vector<SandboxDomain> domains;
    std::vector<SandboxGroup> groups;
    std::vector<SandboxApp> apps;
    std::vector<SandboxMail> outbox;

    void addUser(SandboxUser user);
    /** Reserves room for @p count users (the generator adds up to 200,000). */
    void reserveUsers(qsizetype count);
    /** All users, including deleted ones (check SandboxUser::deleted). Index order is stable. */
    const std::vector<SandboxUser> &users() const { return m_users; }
    qsizetype liveUserCount() const;

    SandboxUser *userById(const QString &id);
    const SandboxUser *userById(const QString &id) const;
    /** By object id or user principal name (case-insensitive), as /users/{id | upn} addresses. */
    SandboxUser *userByIdOrUpn(const QString &key);
    const SandboxUser *userAt(qsizetype index) const { return &m_users.at(std::size_t(index)); }

    /** Records that @p user changed, for /users/delta. Call after every write. */
    void touch(SandboxUser &user);
    void deleteUser(const QString &id, bool permanently);
    qint64 changeCounter() const { return m_changeCounter; }

    /** Role template ids the user holds: direct, or with @p transitive also through groups. */
    QStringList rolesOf(const QString &userId, bool transitive) const;
    const SandboxGroup *groupById(const QString &id) const;
    /** Ids of role-assignable groups the user is a direct member of. */
    QStringList groupsOf(const QString &userId) const;
    /** Every user holding @p templateId directly or through a group. */
    QStringList membersOfRole(const QString &templateId) const;

    const SandboxApp *app(const QString &clientId) const;
    SandboxDomain *domain(const QString &id);
    const SandboxDomain *defaultDomain() const;

private:
    std::vector<SandboxUser> m_users;
    QHash<QString, qsizetype> m_indexById;
    QHash<QString, qsizetype> m_indexByUpn; // lower-case UPN
    qint64 m_changeCounter = 0;
};
