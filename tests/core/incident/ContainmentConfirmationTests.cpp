// SPDX-License-Identifier: MIT
// When a containment run asks for the organisation's domain to be typed, and what counts as typed.
#include "CatchQt.h"
#include "SandboxFixture.h"
#include "SandboxGraphClient.h"
#include "WaitUntil.h"

#include "directory/DirectoryUser.h"
#include "directory/RoleTemplates.h"
#include "incident/ContainmentConfirmation.h"
#include "incident/OrganisationInfo.h"

#include <QJsonArray>

#include <optional>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("ContainmentConfirmation: more than 20 users or one privileged admin needs the domain typed",
    "[core][incident]")
{
    CHECK_FALSE(ContainmentConfirmation::isRequired(1, 0));
    CHECK_FALSE(ContainmentConfirmation::isRequired(20, 0));
    CHECK(ContainmentConfirmation::isRequired(21, 0));
    CHECK(ContainmentConfirmation::isRequired(1, 1));
    CHECK(ContainmentConfirmation::isRequired(20, 1));
}

TEST_CASE("ContainmentConfirmation: privileged roles and unknown roles count, readers of messages do not",
    "[core][incident]")
{
    DirectoryUser user;
    user.setId(u"u1"_s);
    CHECK_FALSE(ContainmentConfirmation::isPrivileged(user));
    user.setRoleMask(DirectoryUser::roleMask({RoleTemplates::MessageCenterReader}));
    CHECK_FALSE(ContainmentConfirmation::isPrivileged(user));
    user.setRoleMask(
        DirectoryUser::roleMask({RoleTemplates::MessageCenterReader, RoleTemplates::HelpdeskAdministrator}));
    CHECK(ContainmentConfirmation::isPrivileged(user));
    user.setRoleMask(DirectoryUser::roleMask({RoleTemplates::GlobalAdministrator}));
    CHECK(ContainmentConfirmation::isPrivileged(user));
    // A custom role cannot be judged from here: asking once too often is the safe side.
    user.setRoleMask(DirectoryUser::OtherRoleBit);
    CHECK(ContainmentConfirmation::isPrivileged(user));
}

TEST_CASE(
    "ContainmentConfirmation: the domain matches ignoring case and surrounding spaces", "[core][incident]")
{
    CHECK(ContainmentConfirmation::matches(u"kvarnby.se"_s, u"kvarnby.se"_s));
    CHECK(ContainmentConfirmation::matches(u"  KVARNBY.se \n"_s, u"kvarnby.se"_s));
    CHECK_FALSE(ContainmentConfirmation::matches(u"kvarnby"_s, u"kvarnby.se"_s));
    CHECK_FALSE(ContainmentConfirmation::matches(u"kvarnby.se.evil"_s, u"kvarnby.se"_s));
    CHECK_FALSE(ContainmentConfirmation::matches(QString(), QString()));
}

TEST_CASE("OrganisationInfo: the default verified domain, else the initial one", "[core][incident]")
{
    const QJsonObject organization {{u"displayName"_s, u"Kvarnby"_s},
        {u"verifiedDomains"_s,
            QJsonArray {QJsonObject {{u"name"_s, u"kvarnby.onmicrosoft.com"_s}, {u"isInitial"_s, true}},
                QJsonObject {{u"name"_s, u"kvarnby.se"_s}, {u"isDefault"_s, true}}}}};
    const OrganisationInfo info = OrganisationInfo::fromJson(organization);
    CHECK(info.displayName == u"Kvarnby"_s);
    CHECK(info.confirmationDomain() == u"kvarnby.se"_s);
    OrganisationInfo initialOnly = info;
    initialOnly.defaultDomain.clear();
    CHECK(initialOnly.confirmationDomain() == u"kvarnby.onmicrosoft.com"_s);
}

TEST_CASE(
    "OrganisationInfoReader: reads the organisation's name and default domain over Graph", "[core][incident]")
{
    SandboxFixture fixture;
    SandboxGraphClient graph(fixture);
    OrganisationInfoReader reader(&graph.client);
    std::optional<OrganisationInfo> info;
    QObject::connect(
        &reader, &OrganisationInfoReader::loaded, [&](const OrganisationInfo &loaded) { info = loaded; });
    reader.load();
    REQUIRE(waitUntil([&] { return info.has_value(); }, 15000));
    CHECK(info->displayName == fixture.tenant().displayName);
    QString expected;
    for (const SandboxDomain &domain : fixture.tenant().domains) {
        if (domain.isDefault)
            expected = domain.id;
    }
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(info->confirmationDomain() == expected);
}
