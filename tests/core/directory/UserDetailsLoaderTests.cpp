// SPDX-License-Identifier: MIT
// UserDetailsLoader against the sandbox over real HTTP: the contact facts of one user, only the
// latest request counts, and a missing user is an error.
#include "CatchQt.h"
#include "WaitUntil.h"
#include "SandboxFixture.h"
#include "SandboxTokenSource.h"

#include "directory/UserDetailsLoader.h"
#include "graph/GraphClient.h"
#include "sandbox/SandboxTenant.h"
#include "sandbox/TenantGenerator.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct DetailsRig
{
    SandboxFixture fixture {[] {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.userCount = 60;
        return options;
    }()};
    QNetworkAccessManager network;
    SandboxTokenSource tokens {[this] { return fixture.adminToken(); }};
    GraphClient client {&network, &tokens};
    UserDetailsLoader loader {&client};
    QSignalSpy loaded {&loader, &UserDetailsLoader::loaded};
    QSignalSpy failed {&loader, &UserDetailsLoader::failed};

    DetailsRig() { REQUIRE(client.setGraphRoot(fixture.sandbox().graphUrl())); }

    const SandboxUser &user(TenantGenerator::Archetype archetype)
    {
        const QString upn = TenantGenerator::archetypeUpn(archetype);
        for (const SandboxUser &candidate : fixture.tenant().users()) {
            if (candidate.userPrincipalName == upn)
                return candidate;
        }
        FAIL("archetype missing from the tenant");
        return fixture.tenant().users().front();
    }
};

} // namespace

TEST_CASE("UserDetailsLoader: reads mail and phones of one user with $select", "[core][directory][sandbox]")
{
    DetailsRig rig;
    const SandboxUser &elsa = rig.user(TenantGenerator::Archetype::PlainUser);
    rig.loader.load(elsa.id);
    CHECK(rig.loader.isBusy());
    REQUIRE(waitUntil([&] { return !rig.loaded.isEmpty() || !rig.failed.isEmpty(); }, 10000));
    REQUIRE(rig.loaded.size() == 1);
    const auto details = rig.loaded.first().at(0).value<UserContactDetails>();
    CHECK(details.id == elsa.id);
    CHECK(details.mail == elsa.mail);
    CHECK(details.otherMails == elsa.otherMails);
    CHECK(details.mobilePhone == elsa.mobilePhone);
    CHECK(details.businessPhones == elsa.businessPhones);
    CHECK_FALSE(rig.loader.isBusy());

    const RequestLogEntry &last = rig.fixture.context().log.entries().last();
    CHECK(last.path.endsWith(u"/users/"_s + elsa.id));
    CHECK(last.query.contains(u"$select=id,mail,otherMails,mobilePhone,businessPhones,preferredLanguage"_s));
    CHECK(details.preferredLanguage == elsa.preferredLanguage);
}

TEST_CASE("UserDetailsLoader: only the latest user asked for is reported", "[core][directory][sandbox]")
{
    DetailsRig rig;
    const SandboxUser &first = rig.user(TenantGenerator::Archetype::PlainUser);
    const SandboxUser &second = rig.user(TenantGenerator::Archetype::UnlicensedUser);
    rig.loader.load(first.id);
    rig.loader.load(second.id);
    REQUIRE(waitUntil([&] { return !rig.loaded.isEmpty(); }, 10000));
    QTest::qWait(200);
    REQUIRE(rig.loaded.size() == 1);
    CHECK(rig.loaded.first().at(0).value<UserContactDetails>().id == second.id);
    CHECK(rig.failed.isEmpty());

    // Cancel: nothing is reported at all.
    rig.loader.load(first.id);
    rig.loader.cancel();
    CHECK(rig.loader.userId().isEmpty());
    QTest::qWait(300);
    CHECK(rig.loaded.size() == 1);
    CHECK(rig.failed.isEmpty());
}

TEST_CASE("UserDetailsLoader: a deleted user fails with not found", "[core][directory][sandbox]")
{
    DetailsRig rig;
    const QString id = rig.user(TenantGenerator::Archetype::FederatedUser).id;
    rig.fixture.tenant().deleteUser(id, true);
    rig.loader.load(id);
    REQUIRE(waitUntil([&] { return !rig.failed.isEmpty(); }, 10000));
    CHECK(rig.loaded.isEmpty());
    CHECK(rig.failed.first().at(0).toString() == id);
    CHECK(rig.failed.first().at(1).value<GraphError>().kind == GraphError::Kind::NotFound);
}
