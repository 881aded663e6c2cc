// SPDX-License-Identifier: MIT
#pragma once

#include "CatchQt.h"
#include "WaitUntil.h"

#include "auth/AuthSession.h"
#include "auth/KeychainTokenStore.h"
#include "bulk/BulkRunStore.h"
#include "bulk/ResetJournal.h"
#include "demo/DemoTenant.h"
#include "graph/GraphClient.h"
#include "session/ConsoleSession.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

/**
 * One console with saved organisations (real settings file, real keychain) and two customers'
 * demo tenants on loopback, with the same tenant ID and admin name, as two customers reached
 * through "organizations" can look. The browser plays whichever tenant it is sent to.
 */
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

    /** What the keychain answers for @p key now: None when stored, NotFound when not. */
    static TokenStoreError storedTokenState(TokenStore &store, const QString &key)
    {
        QSignalSpy spy(&store, &TokenStore::readFinished);
        store.read(key);
        REQUIRE(spy.wait(10000));
        return spy.takeFirst().at(2).value<TokenStoreError>();
    }

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

