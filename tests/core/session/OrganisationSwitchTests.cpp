// SPDX-License-Identifier: MIT
// Two organisations side by side in one console: two demo tenants on loopback (the same tenant
// ID and admin name, as two customers reached through "organizations" can look), one session,
// the real keychain. Each keeps its own refresh token and its own bulk runs.
#include "CatchQt.h"
#include "TwoOrganisations.h"
#include "WaitUntil.h"

#include "bulk/BulkRunStore.h"
#include "bulk/ResetJournal.h"
#include "sandbox/TenantGenerator.h"
#include "session/ConsoleSession.h"
#include "session/OrganisationStore.h"

#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("ConsoleSession: two organisations keep their own sign-in and runs, and switching back is silent",
          "[core][session][keychain][organisations]")
{
    TwoOrganisations rig;
    const QString first = rig.session.currentOrganisation().id;
    REQUIRE(rig.session.renameOrganisation(first, u"Kvarnby Bygg AB"_s));
    REQUIRE(rig.session.signIn(rig.kvarnby.connection(), {}));
    REQUIRE(rig.waitUntilReady());
    const QString kvarnbyKey = rig.session.currentOrganisation().refreshTokenKey();
    REQUIRE(waitUntil([&] { return TwoOrganisations::storedTokenState(rig.keychain, kvarnbyKey) == TokenStoreError::None; }, 5000));
    const auto kvarnbyRun = rig.createRun();

    // The second customer, added while signed in to the first: that sign-in is closed, not forgotten.
    QSignalSpy changed(&rig.session, &ConsoleSession::organisationChanged);
    REQUIRE(rig.session.signInToNewOrganisation(u"Ekdal Redovisning"_s, rig.ekdal.connection(), {}));
    REQUIRE(rig.waitUntilReady());
    CHECK(changed.size() == 1);
    const Organisation ekdal = rig.session.currentOrganisation();
    CHECK(ekdal.name == u"Ekdal Redovisning"_s);
    CHECK(rig.session.connection().customAuthorityHost == rig.ekdal.connection().customAuthorityHost);
    // The same admin name in the same tenant ID: only the organisation tells the entries apart.
    CHECK(ekdal.lastAccount == TenantGenerator::adminUserPrincipalName());
    const QString ekdalKey = ekdal.refreshTokenKey();
    CHECK(ekdalKey != kvarnbyKey);
    REQUIRE(waitUntil([&] { return TwoOrganisations::storedTokenState(rig.keychain, ekdalKey) == TokenStoreError::None; }, 5000));
    CHECK(TwoOrganisations::storedTokenState(rig.keychain, kvarnbyKey) == TokenStoreError::None);
    // Kvarnby's interrupted run is not Ekdal's to offer or resume.
    CHECK(rig.storedRunIds().isEmpty());
    const auto ekdalRun = rig.createRun();

    // Back to Kvarnby: signed in silently with its own token, no browser, its own runs only.
    const int browsers = rig.browserOpened;
    REQUIRE(rig.session.switchOrganisation(first));
    REQUIRE(rig.session.restoreLastSession());
    REQUIRE(rig.waitUntilReady());
    CHECK(rig.browserOpened == browsers);
    CHECK(rig.session.connection().customAuthorityHost == rig.kvarnby.connection().customAuthorityHost);
    CHECK(rig.session.currentOrganisation().name == u"Kvarnby Bygg AB"_s);
    CHECK(rig.storedRunIds() == QStringList{kvarnbyRun});
    CHECK(TwoOrganisations::storedTokenState(rig.keychain, ekdalKey) == TokenStoreError::None);

    // Removing Ekdal waits for its run to be dealt with; then only its token goes.
    CHECK_FALSE(rig.session.removeOrganisation(ekdal.id));
    REQUIRE(rig.session.switchOrganisation(ekdal.id));
    CHECK(rig.storedRunIds() == QStringList{ekdalRun});
    QSignalSpy purged(rig.session.runStore(), &BulkRunStore::purged);
    rig.session.runStore()->purge(ekdalRun);
    REQUIRE(purged.wait(10000));
    REQUIRE(rig.session.switchOrganisation(first));
    CHECK(rig.session.state() == ConsoleSession::State::SignedOut);
    REQUIRE(rig.session.removeOrganisation(ekdal.id));
    REQUIRE(waitUntil([&] { return TwoOrganisations::storedTokenState(rig.keychain, ekdalKey) == TokenStoreError::NotFound; }, 5000));
    CHECK(TwoOrganisations::storedTokenState(rig.keychain, kvarnbyKey) == TokenStoreError::None);
    CHECK(rig.session.organisations()->all().size() == 1);

    // Kvarnby's last account is restored as it was, and signing out removes its token.
    REQUIRE(rig.session.restoreLastSession());
    REQUIRE(rig.waitUntilReady());
    QSignalSpy kvarnbyPurged(rig.session.runStore(), &BulkRunStore::purged);
    rig.session.runStore()->purge(kvarnbyRun);
    REQUIRE(kvarnbyPurged.wait(10000));
    rig.session.signOut();
    REQUIRE(waitUntil([&] { return TwoOrganisations::storedTokenState(rig.keychain, kvarnbyKey) == TokenStoreError::NotFound; }, 5000));
}
