// SPDX-License-Identifier: MIT
// Two organisations side by side in one console: two demo tenants on loopback (the same tenant
// ID and admin name, as two customers reached through "organizations" can look), one session,
// the real keychain. Each keeps its own refresh token and its own bulk runs.
#include "CatchQt.h"
#include "WaitUntil.h"

#include "auth/AuthSession.h"
#include "auth/KeychainTokenStore.h"
#include "bulk/BulkRunStore.h"
#include "bulk/ResetJournal.h"
#include "demo/DemoTenant.h"
#include "graph/GraphClient.h"
#include "sandbox/TenantGenerator.h"
#include "session/ConsoleSession.h"
#include "session/OrganisationStore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

TokenStoreError storedTokenState(TokenStore &store, const QString &key)
{
    QSignalSpy spy(&store, &TokenStore::readFinished);
    store.read(key);
    REQUIRE(spy.wait(10000));
    return spy.takeFirst().at(2).value<TokenStoreError>();
}

/** One console, two customers' tenants, the browser playing whichever tenant it is sent to. */
struct TwoOrganisations
{
    QTemporaryDir folder;
    QSettings settings{folder.filePath(u"resetdesk.ini"_s), QSettings::IniFormat};
    KeychainTokenStore keychain{u"io.github.resetdesk.ResetDesk.tests"_s, nullptr};
    QNetworkAccessManager network;
    DemoTenant kvarnby{&network, Clock::system()};
    DemoTenant ekdal{&network, Clock::system()};
    AuthSession auth{&keychain, &network};
    GraphClient graph{&network, &auth};
    ConsoleSession session{&auth, &graph, &settings};
    int browserOpened = 0;

    TwoOrganisations()
    {
        QString error;
        REQUIRE(kvarnby.start(20, &error));
        REQUIRE(ekdal.start(20, &error));
        auth.setUrlOpener([this](const QUrl &url) {
            ++browserOpened;
            DemoTenant &tenant = url.port() == kvarnby.connection().customAuthorityHost.port() ? kvarnby : ekdal;
            return tenant.openInBrowser(url);
        });
        session.setJournalDirectory(folder.filePath(u"journals"_s));
    }

    bool waitUntilReady()
    {
        (void)waitUntil([this] {
            const auto state = session.state();
            return state == ConsoleSession::State::Ready || state == ConsoleSession::State::SignedOut;
        }, 15000);
        return session.state() == ConsoleSession::State::Ready;
    }

    /** A run interrupted after one password was sent: the kind offered again at sign-in. */
    QString createRun()
    {
        QSignalSpy created(session.runStore(), &BulkRunStore::runCreated);
        session.runStore()->createRun();
        REQUIRE(created.wait(10000));
        const auto journal = created.takeFirst().at(0).value<std::shared_ptr<ResetJournal>>();
        REQUIRE(journal->plan({{u"u1"_s, u"ulla@example.com"_s, SecretString(u"Kx7#mPq4&tRw9e"_s), u"Ulla"_s}}));
        REQUIRE(journal->markSent({u"u1"_s}));
        return journal->runId();
    }

    QStringList storedRunIds()
    {
        QSignalSpy found(session.runStore(), &BulkRunStore::storedRunsFound);
        session.runStore()->findStoredRuns();
        // With no journals the answer comes at once.
        REQUIRE((!found.isEmpty() || found.wait(10000)));
        QStringList ids;
        for (const BulkRunStore::StoredRun &run : found.takeFirst().at(0).value<QList<BulkRunStore::StoredRun>>())
            ids.append(run.runId);
        return ids;
    }
};

} // namespace

TEST_CASE("ConsoleSession: two organisations keep their own sign-in and runs, and switching back is silent",
          "[core][session][keychain][organisations]")
{
    TwoOrganisations rig;
    const QString first = rig.session.currentOrganisation().id;
    REQUIRE(rig.session.renameOrganisation(first, u"Kvarnby Bygg AB"_s));
    REQUIRE(rig.session.signIn(rig.kvarnby.connection(), {}));
    REQUIRE(rig.waitUntilReady());
    const QString kvarnbyKey = rig.session.currentOrganisation().refreshTokenKey();
    REQUIRE(waitUntil([&] { return storedTokenState(rig.keychain, kvarnbyKey) == TokenStoreError::None; }, 5000));
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
    REQUIRE(waitUntil([&] { return storedTokenState(rig.keychain, ekdalKey) == TokenStoreError::None; }, 5000));
    CHECK(storedTokenState(rig.keychain, kvarnbyKey) == TokenStoreError::None);
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
    CHECK(storedTokenState(rig.keychain, ekdalKey) == TokenStoreError::None);

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
    REQUIRE(waitUntil([&] { return storedTokenState(rig.keychain, ekdalKey) == TokenStoreError::NotFound; }, 5000));
    CHECK(storedTokenState(rig.keychain, kvarnbyKey) == TokenStoreError::None);
    CHECK(rig.session.organisations()->all().size() == 1);

    // Kvarnby's last account is restored as it was, and signing out removes its token.
    REQUIRE(rig.session.restoreLastSession());
    REQUIRE(rig.waitUntilReady());
    QSignalSpy kvarnbyPurged(rig.session.runStore(), &BulkRunStore::purged);
    rig.session.runStore()->purge(kvarnbyRun);
    REQUIRE(kvarnbyPurged.wait(10000));
    rig.session.signOut();
    REQUIRE(waitUntil([&] { return storedTokenState(rig.keychain, kvarnbyKey) == TokenStoreError::NotFound; }, 5000));
}
