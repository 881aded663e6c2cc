// SPDX-License-Identifier: MIT
#include "CatchQt.h"
#include "DirectoryTestUsers.h"

#include "directory/DirectoryUser.h"
#include "directory/RoleTemplates.h"

#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using DirectoryTestUsers::Spec;

TEST_CASE("DirectoryUser: selects exactly the properties the list shows or needs", "[core][directory]")
{
    const QStringList select = DirectoryUser::selectProperties().split(u',');
    CHECK(select
        == QStringList {u"id"_s, u"displayName"_s, u"userPrincipalName"_s, u"mail"_s, u"otherMails"_s,
            u"accountEnabled"_s, u"userType"_s, u"creationType"_s, u"passwordPolicies"_s,
            u"lastPasswordChangeDateTime"_s, u"assignedLicenses"_s, u"onPremisesSyncEnabled"_s,
            u"preferredLanguage"_s, u"passwordProfile"_s});
}

TEST_CASE("DirectoryUser: must change at next sign-in comes from passwordProfile", "[core][directory]")
{
    const auto mustChange = [](const QJsonValue &profile, bool present = true) {
        QJsonObject object = DirectoryTestUsers::json({u"id-1"_s, u"Anna"_s, u"anna@contoso.com"_s});
        if (present)
            object.insert(u"passwordProfile"_s, profile);
        return DirectoryTestUsers::fromJson(object).mustChangeAtNextSignIn();
    };
    using TriState = DirectoryUser::TriState;
    // Not returned (not selected): unknown. Null, Graph's default: no change pending.
    CHECK(mustChange({}, false) == TriState::Unknown);
    CHECK(mustChange(QJsonValue::Null) == TriState::No);
    // passwordProfile as Graph returns it: both flags, the password always null.
    CHECK(mustChange(QJsonObject {{u"forceChangePasswordNextSignIn"_s, true},
              {u"forceChangePasswordNextSignInWithMfa"_s, false}, {u"password"_s, QJsonValue::Null}})
        == TriState::Yes);
    CHECK(mustChange(QJsonObject {{u"forceChangePasswordNextSignIn"_s, false},
              {u"forceChangePasswordNextSignInWithMfa"_s, false}, {u"password"_s, QJsonValue::Null}})
        == TriState::No);
    CHECK(mustChange(QJsonObject {{u"forceChangePasswordNextSignInWithMfa"_s, true}}) == TriState::Yes);
    CHECK(mustChange(u"unexpected"_s) == TriState::Unknown);
}

TEST_CASE("DirectoryUser: parses a user object as Graph sends it", "[core][directory]")
{
    // One user of a /users page with the list's $select, as Graph sends it (nulls included).
    const QByteArray page
        = R"({"id": "4562bcc8-c436-4f95-b7c0-4f8ce89dca5e", "displayName": "MOD Administrator",
        "userPrincipalName": "admin@contoso.com", "mail": null, "otherMails": [], "mobilePhone": "425-555-0101",
        "accountEnabled": true, "userType": "Member", "passwordPolicies": null,
        "lastPasswordChangeDateTime": "2024-05-01T10:11:12Z", "preferredLanguage": "en-US",
        "assignedLicenses": [ { "disabledPlans": [], "skuId": "c7df2760-2c81-4ef7-b578-5b5392b571df" } ],
        "onPremisesSyncEnabled": null, "creationType": null })";
    const DirectoryUser user = DirectoryTestUsers::fromJson(QJsonDocument::fromJson(page).object());
    REQUIRE(user.isValid());
    CHECK(user.id() == u"4562bcc8-c436-4f95-b7c0-4f8ce89dca5e"_s);
    CHECK(user.displayName() == u"MOD Administrator"_s);
    CHECK(user.userPrincipalName() == u"admin@contoso.com"_s);
    CHECK(user.mail().isEmpty());
    CHECK(user.isLicensed());
    CHECK(user.isAccountEnabled());
    CHECK_FALSE(user.isGuest());
    CHECK_FALSE(user.isSynced());
    CHECK_FALSE(user.passwordNeverExpires());
    CHECK_FALSE(user.weakPasswordAllowed());
    CHECK_FALSE(user.hasAlternateEmail());
    CHECK(user.alternateEmails().isEmpty());
    CHECK(user.preferredLanguage() == u"en-US"_s);
    CHECK(user.lastPasswordChange() == QDateTime(QDate(2024, 5, 1), QTime(10, 11, 12), QTimeZone::utc()));
    CHECK(user.selfServiceRegistered() == DirectoryUser::TriState::Unknown);
    CHECK(user.mustChangeAtNextSignIn() == DirectoryUser::TriState::Unknown);
    CHECK_FALSE(user.isAdmin());
}

TEST_CASE("DirectoryUser: reads every flag the list and the filters use", "[core][directory]")
{
    const DirectoryUser user = DirectoryTestUsers::user(
        {u"id-1"_s, u"Guest Person"_s, u"guest_example.org#EXT#@contoso.com"_s, u"guest@example.org"_s, false,
            false, true, true, u"DisableStrongPassword, DisablePasswordExpiration"_s, true});
    CHECK_FALSE(user.isLicensed());
    CHECK_FALSE(user.isAccountEnabled());
    CHECK(user.isGuest());
    CHECK(user.isSynced());
    CHECK(user.passwordNeverExpires());
    CHECK(user.weakPasswordAllowed());
    CHECK(user.hasAlternateEmail());

    QJsonObject invited = DirectoryTestUsers::json({u"id-2"_s, u"Invited"_s, u"inv@contoso.com"_s});
    invited.insert(u"creationType"_s, u"Invitation"_s);
    CHECK(DirectoryTestUsers::fromJson(invited).isGuest());

    QJsonObject onlyExpiry = DirectoryTestUsers::json({u"id-3"_s, u"Expiry"_s, u"e@contoso.com"_s});
    onlyExpiry.insert(u"passwordPolicies"_s, u"DisablePasswordExpiration"_s);
    const DirectoryUser expiry = DirectoryTestUsers::fromJson(onlyExpiry);
    CHECK(expiry.passwordNeverExpires());
    CHECK_FALSE(expiry.weakPasswordAllowed());

    QJsonObject unsynced = DirectoryTestUsers::json({u"id-4"_s, u"Was synced"_s, u"w@contoso.com"_s});
    unsynced.insert(u"onPremisesSyncEnabled"_s, false);
    CHECK_FALSE(DirectoryTestUsers::fromJson(unsynced).isSynced());
}

TEST_CASE("DirectoryUser: parses password change dates with and without fractions", "[core][directory]")
{
    const auto parsed = [](const QString &value) {
        QJsonObject object = DirectoryTestUsers::json({u"id"_s, u"n"_s, u"n@contoso.com"_s});
        object.insert(u"lastPasswordChangeDateTime"_s, value);
        return DirectoryTestUsers::fromJson(object).lastPasswordChange();
    };
    CHECK(parsed(u"2023-03-13T19:15:41.6195833Z"_s)
        == QDateTime(QDate(2023, 3, 13), QTime(19, 15, 41, 619), QTimeZone::utc()));
    CHECK(parsed(u"1999-12-31T23:59:59Z"_s)
        == QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59), QTimeZone::utc()));
    CHECK(parsed(u"2024-02-29T00:00:00+02:00"_s)
        == QDateTime(QDate(2024, 2, 28), QTime(22, 0), QTimeZone::utc()));
    CHECK_FALSE(parsed(QString()).isValid());
    CHECK_FALSE(parsed(u"not a date"_s).isValid());
}

TEST_CASE("DirectoryUser: an object without an id is not a user", "[core][directory]")
{
    CHECK_FALSE(DirectoryTestUsers::fromJson(QJsonObject {{u"displayName"_s, u"Nobody"_s}}).isValid());
}

TEST_CASE("DirectoryUser: keeps alternate addresses and one string per language", "[core][directory]")
{
    QByteArray items = R"([
        {"id": "1", "otherMails": ["anna@example.org", "anna.backup@example.net"], "preferredLanguage": "sv-SE"},
        {"id": "2", "otherMails": [], "preferredLanguage": "sv-SE"},
        {"id": "3", "otherMails": [null, 7], "preferredLanguage": null},
        {"id": "4", "preferredLanguage": "en-US"}])";
    const QList<DirectoryUser> users = DirectoryUser::listFromJson(JsonText::padded(items));
    REQUIRE(users.size() == 4);
    CHECK(users.at(0).alternateEmails() == QStringList {u"anna@example.org"_s, u"anna.backup@example.net"_s});
    CHECK(users.at(0).hasAlternateEmail());
    CHECK(users.at(1).alternateEmails().isEmpty());
    CHECK_FALSE(users.at(1).hasAlternateEmail());
    // Anything but addresses is no address.
    CHECK(users.at(2).alternateEmails().isEmpty());
    CHECK_FALSE(users.at(2).hasAlternateEmail());
    CHECK(users.at(2).preferredLanguage().isEmpty());
    CHECK(users.at(3).preferredLanguage() == u"en-US"_s);
    // The same language is one shared string, not one per user.
    CHECK(users.at(0).preferredLanguage() == u"sv-SE"_s);
    CHECK(users.at(0).preferredLanguage().constData() == users.at(1).preferredLanguage().constData());

    DirectoryUser edited = users.at(1);
    edited.setAlternateEmails({u"new@example.org"_s});
    CHECK(edited.hasAlternateEmail());
    edited.setAlternateEmails({});
    CHECK_FALSE(edited.hasAlternateEmail());
}

TEST_CASE("DirectoryUser: folds case and diacritics for search", "[core][directory]")
{
    CHECK(DirectoryUser::fold(u"Åsa Öberg"_s) == u"asa oberg"_s);
    CHECK(DirectoryUser::fold(u"ÄNGEL Müller"_s) == u"angel muller"_s);
    CHECK(DirectoryUser::fold(u"Søren Strauß"_s) == u"soren strauss"_s);
    CHECK(DirectoryUser::fold(u"Zoë Łukasz Æsir"_s) == u"zoe lukasz aesir"_s);
    // Decomposed input (an "A" followed by a combining ring) folds the same way.
    CHECK(DirectoryUser::fold(u"A\u030Asa"_s) == u"asa"_s);

    const DirectoryUser user = DirectoryTestUsers::user(
        {u"id"_s, u"Åsa Öberg"_s, u"Asa.Oberg@Contoso.com"_s, u"asa@contoso.se"_s});
    CHECK(user.searchKey() == "asa oberg\nasa.oberg@contoso.com\nasa@contoso.se");
    const DirectoryUser sameMail
        = DirectoryTestUsers::user({u"id2"_s, u"Bo"_s, u"bo@contoso.com"_s, u"Bo@Contoso.com"_s});
    CHECK(sameMail.searchKey() == "bo\nbo@contoso.com");
}

TEST_CASE("DirectoryUser: keeps roles as a mask over the known templates", "[core][directory]")
{
    const quint32 mask = DirectoryUser::roleMask({RoleTemplates::GlobalAdministrator,
        RoleTemplates::HelpdeskAdministrator.toUpper(), u"11111111-2222-3333-4444-555555555555"_s});
    DirectoryUser user = DirectoryTestUsers::user({u"id"_s, u"Admin"_s, u"admin@contoso.com"_s});
    user.setRoleMask(mask);
    CHECK(user.isAdmin());
    CHECK(user.hasRole(RoleTemplates::GlobalAdministrator));
    CHECK(user.hasRole(RoleTemplates::HelpdeskAdministrator));
    CHECK_FALSE(user.hasRole(RoleTemplates::UserAdministrator));
    CHECK(user.hasOtherRole());
    CHECK(user.roleTemplateIds()
        == QStringList {RoleTemplates::GlobalAdministrator, RoleTemplates::HelpdeskAdministrator});
    CHECK_FALSE(user.isRoleGroupMember());
    // One bit each, below RoleGroupMemberBit and OtherRoleBit.
    CHECK(DirectoryUser::knownRoleTemplates().size() < 30);

    // Membership of a role-assignable group is a bit of its own: not a role, not counted as one.
    user.setRoleMask(
        DirectoryUser::roleMask({RoleTemplates::UserAdministrator}) | DirectoryUser::RoleGroupMemberBit);
    CHECK(user.isRoleGroupMember());
    CHECK(user.roleTemplateIds() == QStringList {RoleTemplates::UserAdministrator});
    CHECK_FALSE(user.hasOtherRole());
    CHECK(user.roleCount() == 1);
}
