// SPDX-License-Identifier: MIT
#include "sandbox/TenantGenerator.h"

#include "sandbox/TenantBuilder.h"
#include "sandbox/TenantNames.h"

#include <QRandomGenerator>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

using Archetype = TenantGenerator::Archetype;

const QString &domainSe()
{
    static const QString domain = u"kvarnby.se"_s;
    return domain;
}

const QString &domainCom()
{
    static const QString domain = u"kvarnbybygg.com"_s;
    return domain;
}

const QString &domainInitial()
{
    static const QString domain = u"kvarnby.onmicrosoft.com"_s;
    return domain;
}

const QString &domainFederated()
{
    static const QString domain = u"partner.kvarnby.se"_s;
    return domain;
}

struct ArchetypeSpec
{
    Archetype archetype;
    const char16_t *givenName;
    const char16_t *surname;
    const char16_t *upn;
    const char16_t *jobTitle;
    const char16_t *preferredLanguage; // nullptr = JSON null
    const QString *role;               // nullptr = no direct role
};

const std::array<ArchetypeSpec, TenantGenerator::ArchetypeCount> &archetypeSpecs()
{
    using namespace SandboxRoles;
    static const std::array<ArchetypeSpec, TenantGenerator::ArchetypeCount> specs{{
        {Archetype::Admin, u"Karin", u"Lindqvist", u"admin@kvarnby.se", u"IT-ansvarig", u"sv-SE", &GlobalAdministrator},
        {Archetype::PasswordAdministrator, u"Petra", u"Sjöberg", u"petra.sjoberg@kvarnby.se", u"IT-samordnare", u"sv-SE",
         &PasswordAdministrator},
        {Archetype::HelpdeskAdministrator, u"Hugo", u"Åkesson", u"hugo.akesson@kvarnby.se", u"Supporttekniker", u"sv-SE",
         &HelpdeskAdministrator},
        {Archetype::SecondHelpdeskAdministrator, u"Hedda", u"Näsström", u"hedda.nasstrom@kvarnby.se", u"Supporttekniker",
         u"sv-SE", &HelpdeskAdministrator},
        {Archetype::UserAdministrator, u"Ulla", u"Ekström", u"ulla.ekstrom@kvarnby.se", u"HR-administratör", u"sv-SE",
         &UserAdministrator},
        {Archetype::AuthenticationAdministrator, u"Anders", u"Öberg", u"anders.oberg@kvarnby.se", u"IT-säkerhetsansvarig",
         u"sv-SE", &AuthenticationAdministrator},
        {Archetype::PrivilegedAuthenticationAdministrator, u"Paula", u"Nyström", u"paula.nystrom@kvarnby.se", u"IT-chef",
         u"sv-SE", &PrivilegedAuthenticationAdministrator},
        {Archetype::SecondGlobalAdministrator, u"Oliver", u"Bennett", u"oliver.bennett@kvarnbybygg.com",
         u"Systems Administrator", u"en-US", &GlobalAdministrator},
        {Archetype::ReportsReader, u"Rebecka", u"Holm", u"rebecka.holm@kvarnby.se", u"Controller", u"sv-SE", &ReportsReader},
        {Archetype::DomainNameAdministrator, u"Daniel", u"Wikström", u"daniel.wikstrom@kvarnby.se", u"Nätverkstekniker",
         u"sv-SE", &DomainNameAdministrator},
        {Archetype::RoleGroupMember, u"Ida", u"Engström", u"ida.engstrom@kvarnby.se", u"Supporttekniker", u"sv-SE", nullptr},
        {Archetype::RoleGroupUserAdministrator, u"Tove", u"Lindgren", u"tove.lindgren@kvarnby.se", u"Personalchef",
         u"sv-SE", nullptr},
        {Archetype::PlainUser, u"Elsa", u"Nilsson", u"elsa.nilsson@kvarnby.se", u"Projektledare", u"sv-SE", nullptr},
        {Archetype::Guest, u"Anna", u"Berg", u"anna.berg_gmail.com#EXT#@kvarnby.onmicrosoft.com", nullptr, nullptr, nullptr},
        {Archetype::SyncedUser, u"Sven", u"Johansson", u"sven.johansson@kvarnby.se", u"Platschef", u"sv-SE", nullptr},
        {Archetype::FormerlySyncedUser, u"Bertil", u"Mårtensson", u"bertil.martensson@kvarnby.se", u"Kalkylator", u"sv-SE",
         nullptr},
        {Archetype::FederatedUser, u"Fredrik", u"Holmqvist", u"fredrik.holmqvist@partner.kvarnby.se", u"Konsult", u"sv-SE",
         nullptr},
        {Archetype::DisabledUser, u"Lars", u"Bäckström", u"lars.backstrom@kvarnby.se", u"Snickare", u"sv-SE", nullptr},
        {Archetype::NeverExpiresUser, u"Maja", u"Forsberg", u"maja.forsberg@kvarnby.se", u"Ekonom", u"sv-SE", nullptr},
        {Archetype::WeakPasswordAllowedUser, u"Erik", u"Strand", u"erik.strand@kvarnby.se", u"Lagerarbetare", u"sv-SE",
         nullptr},
        {Archetype::UnlicensedUser, u"Oskar", u"Lund", u"oskar.lund@kvarnbybygg.com", u"Sommarvikarie", nullptr, nullptr},
    }};
    return specs;
}

const QStringList &premiumLicence()
{
    static const QStringList skus{TenantGenerator::businessPremiumSku()};
    return skus;
}

const QStringList &standardLicence()
{
    static const QStringList skus{TenantGenerator::businessStandardSku()};
    return skus;
}

const QStringList &basicLicence()
{
    static const QStringList skus{TenantGenerator::businessBasicSku()};
    return skus;
}

const QString &policyNeverExpires()
{
    static const QString policy = u"DisablePasswordExpiration"_s;
    return policy;
}

const QString &policyBoth()
{
    static const QString policy = u"DisablePasswordExpiration, DisableStrongPassword"_s;
    return policy;
}

const QString &policyNone()
{
    static const QString policy = u"None"_s;
    return policy;
}

const QString &languageSwedish()
{
    static const QString language = u"sv-SE"_s;
    return language;
}

const QString &languageEnglish()
{
    static const QString language = u"en-US"_s;
    return language;
}

const QString &guestType()
{
    static const QString type = u"Guest"_s;
    return type;
}

const QString &invitation()
{
    static const QString type = u"Invitation"_s;
    return type;
}

QString guestUpn(const QString &externalAddress)
{
    QString local = externalAddress;
    local.replace(u'@', u'_');
    return local % u"#EXT#@"_s % domainInitial();
}

SandboxUser archetypeUser(TenantBuilder &builder, const ArchetypeSpec &spec, int index)
{
    SandboxUser user;
    user.id = builder.newId();
    user.givenName = QString::fromUtf16(spec.givenName);
    user.surname = QString::fromUtf16(spec.surname);
    user.displayName = user.givenName % u' ' % user.surname;
    user.userPrincipalName = QString::fromUtf16(spec.upn);
    builder.claim(user.userPrincipalName);
    user.mail = user.userPrincipalName;
    user.jobTitle = spec.jobTitle ? QString::fromUtf16(spec.jobTitle) : QString();
    user.officeLocation = TenantNames::offices().at(index % TenantNames::offices().size());
    user.preferredLanguage = spec.preferredLanguage ? QString::fromUtf16(spec.preferredLanguage) : QString();
    user.assignedLicenseSkus = premiumLicence();
    user.mobilePhone = QString::asprintf("+46 70 555 01 %02d", index);
    user.authenticationPhone = QString::asprintf("+46 7055501%02d", index);
    user.businessPhones = QStringList{QString::asprintf("+46 31 700 10 %02d", index)};
    user.isMfaRegistered = true;
    user.isSsprRegistered = true;
    if (spec.role)
        user.roleTemplateIds = QStringList{*spec.role};
    builder.setDates(user);
    builder.setPassword(user, builder.newPassword());

    switch (spec.archetype) {
    case Archetype::Admin:
        user.displayName = u"Karin Lindqvist (admin)"_s;
        user.otherMails = QStringList{u"karin.lindqvist@outlook.com"_s};
        user.authenticationEmail = user.otherMails.constFirst();
        builder.setPassword(user, TenantGenerator::adminPassword());
        break;
    case Archetype::SecondGlobalAdministrator:
        user.mobilePhone = u"+44 7700 900123"_s;
        user.authenticationPhone = u"+44 7700900123"_s;
        break;
    case Archetype::PlainUser:
        user.otherMails = QStringList{u"elsa.nilsson@gmail.com"_s};
        user.authenticationEmail = user.otherMails.constFirst();
        break;
    case Archetype::Guest:
        user.userType = guestType();
        user.creationType = invitation();
        user.mail = u"anna.berg@gmail.com"_s;
        builder.claim(user.mail);
        user.otherMails = QStringList{user.mail};
        user.assignedLicenseSkus.clear();
        user.mobilePhone.clear();
        user.businessPhones.clear();
        user.officeLocation.clear();
        user.authenticationPhone.clear();
        user.isMfaRegistered = false;
        user.isSsprRegistered = false;
        // A guest's password lives in its home tenant.
        user.password.clear();
        user.passwordHistory.clear();
        break;
    case Archetype::SyncedUser:
        user.onPremisesSyncEnabled = true;
        user.passwordPolicies = policyNeverExpires();
        break;
    case Archetype::FormerlySyncedUser:
        user.onPremisesSyncEnabled = false;
        break;
    case Archetype::FederatedUser:
        // Cloud-only on purpose, so the federated-domain rejection is what a reset runs into.
        user.assignedLicenseSkus = standardLicence();
        break;
    case Archetype::DisabledUser:
        user.accountEnabled = false;
        user.isMfaRegistered = false;
        break;
    case Archetype::NeverExpiresUser:
        user.passwordPolicies = policyNeverExpires();
        break;
    case Archetype::WeakPasswordAllowedUser:
        user.passwordPolicies = policyBoth();
        user.assignedLicenseSkus = basicLicence();
        break;
    case Archetype::UnlicensedUser:
        user.mail.clear();
        user.assignedLicenseSkus.clear();
        user.businessPhones.clear();
        user.isSsprRegistered = false;
        user.isMfaRegistered = false;
        user.authenticationPhone.clear();
        break;
    default:
        break;
    }
    return user;
}

SandboxUser randomUser(TenantBuilder &builder)
{
    SandboxUser user;
    user.id = builder.newId();
    const bool english = builder.percent(20);
    const bool female = builder.percent(50);
    const TenantNames::Pool &given = english ? (female ? TenantNames::englishFemale() : TenantNames::englishMale())
                                             : (female ? TenantNames::swedishFemale() : TenantNames::swedishMale());
    const TenantNames::Pool &surnames = english ? TenantNames::englishSurnames() : TenantNames::swedishSurnames();
    const qsizetype givenIndex = builder.below(quint32(given.names.size()));
    const qsizetype surnameIndex = builder.below(quint32(surnames.names.size()));
    user.givenName = given.names.at(givenIndex);
    user.surname = surnames.names.at(surnameIndex);
    user.displayName = user.givenName % u' ' % user.surname;
    const QString local = given.folded.at(givenIndex) % u'.' % surnames.folded.at(surnameIndex);
    builder.setDates(user);

    if (builder.percent(3)) {
        const QStringList &externals = TenantNames::externalDomains();
        const QString external = builder.uniqueAddress(local, externals.at(builder.below(quint32(externals.size()))));
        user.userType = guestType();
        user.creationType = invitation();
        user.mail = external;
        user.otherMails = QStringList{external};
        user.userPrincipalName = guestUpn(external);
        if (builder.percent(30))
            user.preferredLanguage = english ? languageEnglish() : languageSwedish();
        return user;
    }

    const quint32 domainRoll = builder.below(100);
    const bool federated = domainRoll < 2;
    const QString &domain = federated ? domainFederated() : (domainRoll < 22 ? domainCom() : domainSe());
    user.userPrincipalName = builder.uniqueAddress(local, domain);

    const quint32 licence = builder.below(100);
    if (licence < 10) {
        // Unlicensed: no mailbox, so no mail address.
    } else {
        user.mail = user.userPrincipalName;
        user.assignedLicenseSkus = licence < 55 ? premiumLicence() : (licence < 78 ? standardLicence() : basicLicence());
    }

    const quint32 language = builder.below(100);
    if (language < 70)
        user.preferredLanguage = english ? languageEnglish() : languageSwedish();
    else if (language < 80)
        user.preferredLanguage = english ? languageSwedish() : languageEnglish();

    const QStringList &titles = TenantNames::jobTitles();
    if (builder.percent(90))
        user.jobTitle = titles.at(builder.below(quint32(titles.size())));
    const QStringList &offices = TenantNames::offices();
    if (builder.percent(80))
        user.officeLocation = offices.at(builder.below(quint32(offices.size())));

    QString authenticationPhone;
    if (builder.percent(75)) {
        auto [mobile, sspr] = builder.newMobile();
        user.mobilePhone = std::move(mobile);
        authenticationPhone = std::move(sspr);
    }
    if (builder.percent(40))
        user.businessPhones = QStringList{builder.newOfficePhone()};
    if (builder.percent(25)) {
        const QStringList &privates = TenantNames::privateMailDomains();
        user.otherMails = QStringList{local % u'@' % privates.at(builder.below(quint32(privates.size())))};
    }

    // Entra Connect stamps DisablePasswordExpiration on the accounts it syncs.
    const quint32 sync = builder.below(100);
    if (federated || sync < 30) {
        user.onPremisesSyncEnabled = true;
        if (builder.percent(90))
            user.passwordPolicies = policyNeverExpires();
    } else {
        if (sync < 33)
            user.onPremisesSyncEnabled = false;
        const quint32 policy = builder.below(100);
        if (policy < 4)
            user.passwordPolicies = policyNone();
        else if (policy < 16)
            user.passwordPolicies = policyNeverExpires();
        else if (policy < 20)
            user.passwordPolicies = policyBoth();
    }

    user.accountEnabled = !builder.percent(4);
    user.isMfaRegistered = builder.percent(75);
    user.isSsprRegistered = builder.percent(65);
    if ((user.isMfaRegistered || user.isSsprRegistered) && !authenticationPhone.isEmpty())
        user.authenticationPhone = std::move(authenticationPhone);
    if (user.isSsprRegistered && !user.otherMails.isEmpty())
        user.authenticationEmail = user.otherMails.constFirst();

    if (builder.below(200) == 0) {
        const QStringList &roles = TenantNames::occasionalRoles();
        user.roleTemplateIds = QStringList{roles.at(builder.below(quint32(roles.size())))};
    }
    builder.setPassword(user, builder.newPassword());
    return user;
}

void addDomains(SandboxTenant &tenant)
{
    const QStringList services{u"Email"_s, u"OfficeCommunicationsOnline"_s};
    SandboxDomain primary;
    primary.id = domainSe();
    primary.isDefault = true;
    primary.supportedServices = services;
    tenant.domains.push_back(primary);

    SandboxDomain second;
    second.id = domainCom();
    second.supportedServices = services;
    // The older of the two names still carries the pre-2021 default expiry policy.
    second.passwordValidityPeriodInDays = 90;
    second.passwordNotificationWindowInDays = 14;
    tenant.domains.push_back(second);

    SandboxDomain initial;
    initial.id = domainInitial();
    initial.isInitial = true;
    initial.supportedServices = services;
    tenant.domains.push_back(initial);

    SandboxDomain unverified;
    unverified.id = u"kvarnbyhus.se"_s;
    unverified.isVerified = false;
    tenant.domains.push_back(unverified);

    // A subdomain must be promoted to a root domain before it can federate on its own.
    SandboxDomain federated;
    federated.id = domainFederated();
    federated.authenticationType = u"Federated"_s;
    federated.supportedServices = QStringList{u"Email"_s};
    tenant.domains.push_back(federated);
}

void addApps(SandboxTenant &tenant)
{
    const QStringList scopes = TenantGenerator::consentedScopes();
    tenant.apps.push_back({TenantGenerator::sandboxClientId(), u"ResetDesk sandbox"_s, true, scopes});
    tenant.apps.push_back(
        {TenantGenerator::graphCommandLineToolsClientId(), u"Microsoft Graph Command Line Tools"_s, true, scopes});
    tenant.apps.push_back({TenantGenerator::confidentialClientId(), u"Kvarnby intranät (webbapp)"_s, false, scopes});
}

} // namespace

SandboxTenant TenantGenerator::generate(int userCount, quint32 seed)
{
    SandboxTenant tenant;
    tenant.tenantId = u"6f1c9d4e-2a7b-4c3d-9e8f-0a1b2c3d4e5f"_s;
    tenant.displayName = u"Kvarnby Bygg AB"_s;
    addDomains(tenant);
    addApps(tenant);

    TenantBuilder builder(seed);
    const int count = qMax(0, userCount);
    tenant.reserveUsers(count);

    SandboxGroup itSupport;
    itSupport.id = builder.newId();
    itSupport.displayName = itSupportGroupName();
    itSupport.roleTemplateIds = QStringList{SandboxRoles::HelpdeskAdministrator};
    SandboxGroup userAdmins;
    userAdmins.id = builder.newId();
    userAdmins.displayName = userAdminGroupName();
    userAdmins.roleTemplateIds = QStringList{SandboxRoles::UserAdministrator};

    const auto &specs = archetypeSpecs();
    for (int i = 0; i < count && i < ArchetypeCount; ++i) {
        SandboxUser user = archetypeUser(builder, specs[std::size_t(i)], i);
        if (specs[std::size_t(i)].archetype == Archetype::Admin)
            tenant.adminUserId = user.id;
        if (specs[std::size_t(i)].archetype == Archetype::RoleGroupMember)
            itSupport.memberIds.append(user.id);
        if (specs[std::size_t(i)].archetype == Archetype::RoleGroupUserAdministrator)
            userAdmins.memberIds.append(user.id);
        tenant.addUser(std::move(user));
    }
    for (int i = ArchetypeCount; i < count; ++i)
        tenant.addUser(randomUser(builder));

    tenant.groups.push_back(std::move(itSupport));
    tenant.groups.push_back(std::move(userAdmins));
    return tenant;
}

QString TenantGenerator::archetypeUpn(Archetype archetype)
{
    return QString::fromUtf16(archetypeSpecs()[std::size_t(archetype)].upn);
}

QString TenantGenerator::adminUserPrincipalName()
{
    return archetypeUpn(Archetype::Admin);
}

QString TenantGenerator::adminPassword()
{
    return u"Kvarn-Admin-2026!"_s;
}

QString TenantGenerator::sandboxClientId()
{
    return u"5d1f0a3b-7c2e-4b9a-8f6d-3e4c5b6a7d8e"_s;
}

QString TenantGenerator::graphCommandLineToolsClientId()
{
    return u"14d82eec-204b-4c2f-b7e8-296a70dab67e"_s;
}

QString TenantGenerator::confidentialClientId()
{
    return u"9a3e6b1c-4d2f-4e8a-b7c5-1f0e2d3c4b5a"_s;
}

QString TenantGenerator::itSupportGroupName()
{
    return u"IT support tier 1"_s;
}

QString TenantGenerator::userAdminGroupName()
{
    return u"HR user administration"_s;
}

QStringList TenantGenerator::consentedScopes()
{
    return {u"openid"_s,
            u"profile"_s,
            u"offline_access"_s,
            u"User.Read"_s,
            u"User.Read.All"_s,
            u"User.ReadWrite.All"_s,
            u"User-PasswordProfile.ReadWrite.All"_s,
            u"User.RevokeSessions.All"_s,
            u"User-Mail.ReadWrite.All"_s,
            u"User-Phone.ReadWrite.All"_s,
            u"RoleManagement.Read.Directory"_s,
            u"GroupMember.Read.All"_s,
            u"Directory.Read.All"_s,
            u"Directory.AccessAsUser.All"_s,
            u"Domain.ReadWrite.All"_s,
            u"Mail.Send"_s,
            u"UserAuthenticationMethod.Read"_s,
            u"UserAuthenticationMethod.ReadWrite.All"_s,
            u"Policy.Read.AuthenticationMethod"_s,
            u"AuditLog.Read.All"_s};
}

QString TenantGenerator::businessPremiumSku()
{
    return u"cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46"_s;
}

QString TenantGenerator::businessBasicSku()
{
    return u"3b555118-da6a-4418-894f-7df1e2096870"_s;
}

QString TenantGenerator::businessStandardSku()
{
    return u"f245ecc8-75af-4f8e-b61f-27d8114de5f3"_s;
}

QDateTime TenantGenerator::epoch()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}
