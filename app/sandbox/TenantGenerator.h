// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTenant.h"

/**
 * A deterministic tenant: the same seed and user count give the same users, roles and domains
 * every time (ids are GUID-shaped strings drawn from QRandomGenerator(seed)). Realistic data for
 * demos and tests (issue "Sandbox tenant").
 *
 * The first users are fixed archetypes, in the order of the Archetype enum, with the same names
 * and user principal names for every seed; tests find them with archetypeUpn(). They are all
 * present whenever userCount >= ArchetypeCount (the default of 50 is enough); with fewer users
 * only the first userCount archetypes exist (the admin always comes first). Every other user is
 * random: Swedish and English names with å/ä/ö, licensed and unlicensed, disabled, guests,
 * synced from on-premises, on the federated domain, with passwordPolicies set, and a few with
 * directory roles.
 *
 * Archetype                              UPN                                   What makes it special
 * Admin                                  admin@kvarnby.se                      Global Administrator ("Karin Lindqvist (admin)")
 * PasswordAdministrator                  petra.sjoberg@kvarnby.se              Password Administrator
 * HelpdeskAdministrator                  hugo.akesson@kvarnby.se               Helpdesk Administrator
 * SecondHelpdeskAdministrator            hedda.nasstrom@kvarnby.se             Helpdesk Administrator
 * UserAdministrator                      ulla.ekstrom@kvarnby.se               User Administrator
 * AuthenticationAdministrator            anders.oberg@kvarnby.se               Authentication Administrator
 * PrivilegedAuthenticationAdministrator  paula.nystrom@kvarnby.se              Privileged Authentication Administrator
 * SecondGlobalAdministrator              oliver.bennett@kvarnbybygg.com        Global Administrator, en-US
 * ReportsReader                          rebecka.holm@kvarnby.se               Reports Reader
 * DomainNameAdministrator                daniel.wikstrom@kvarnby.se            Domain Name Administrator
 * RoleGroupMember                        ida.engstrom@kvarnby.se               no direct role; member of the role-assignable
 *                                                                              group "IT support tier 1" (Helpdesk Administrator)
 * RoleGroupUserAdministrator             tove.lindgren@kvarnby.se              no direct role; member of the role-assignable
 *                                                                              group "HR user administration" (User Administrator)
 * PlainUser                              elsa.nilsson@kvarnby.se               licensed member, no role, sv-SE, phone, otherMails
 * Guest                                  anna.berg_gmail.com#EXT#@kvarnby.onmicrosoft.com  userType Guest, creationType Invitation
 * SyncedUser                             sven.johansson@kvarnby.se             onPremisesSyncEnabled true
 * FormerlySyncedUser                     bertil.martensson@kvarnby.se          onPremisesSyncEnabled false
 * FederatedUser                          fredrik.holmqvist@partner.kvarnby.se  cloud-only user on the Federated domain
 * DisabledUser                           lars.backstrom@kvarnby.se             accountEnabled false
 * NeverExpiresUser                       maja.forsberg@kvarnby.se              passwordPolicies "DisablePasswordExpiration"
 * WeakPasswordAllowedUser                erik.strand@kvarnby.se                "DisablePasswordExpiration, DisableStrongPassword"
 * UnlicensedUser                         oskar.lund@kvarnbybygg.com            no licence, mail null, preferredLanguage null
 */
class TenantGenerator
{
public:
    enum class Archetype {
        Admin,
        PasswordAdministrator,
        HelpdeskAdministrator,
        SecondHelpdeskAdministrator,
        UserAdministrator,
        AuthenticationAdministrator,
        PrivilegedAuthenticationAdministrator,
        SecondGlobalAdministrator,
        ReportsReader,
        DomainNameAdministrator,
        RoleGroupMember,
        RoleGroupUserAdministrator,
        PlainUser,
        Guest,
        SyncedUser,
        FormerlySyncedUser,
        FederatedUser,
        DisabledUser,
        NeverExpiresUser,
        WeakPasswordAllowedUser,
        UnlicensedUser,
    };
    static constexpr int ArchetypeCount = int(Archetype::UnlicensedUser) + 1;

    static SandboxTenant generate(int userCount, quint32 seed);

    /** The user principal name of an archetype (the same for every seed). */
    static QString archetypeUpn(Archetype archetype);

    /** The demo admin (Global Administrator), present in every generated tenant. */
    static QString adminUserPrincipalName();
    /** The demo admin's password, for tests of /me/changePassword. */
    static QString adminPassword();
    /** An app registration of the sandbox with every scope consented (demo and tests). */
    static QString sandboxClientId();
    /** Microsoft Graph Command Line Tools, also registered, as in every real tenant. */
    static QString graphCommandLineToolsClientId();
    /** A registered app with "Allow public client flows" off: sign-ins get AADSTS7000218. */
    static QString confidentialClientId();
    /** The role-assignable group "IT support tier 1" (holds Helpdesk Administrator). */
    static QString itSupportGroupName();
    /** The role-assignable group "HR user administration" (holds User Administrator). */
    static QString userAdminGroupName();
    /** Every scope the tenant's admin consented to for the public client apps. */
    static QStringList consentedScopes();

    /** Licence SKU ids the generator puts in assignedLicenses ({skuId, disabledPlans} items). */
    static QString businessPremiumSku();
    static QString businessBasicSku();
    static QString businessStandardSku();

    /** The fixed epoch generated dates count back from: 2026-01-01T00:00:00Z. */
    static QDateTime epoch();
};
