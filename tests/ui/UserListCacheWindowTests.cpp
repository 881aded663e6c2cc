// SPDX-License-Identifier: MIT
// The saved user list in the real window: a sign-in to an organisation whose list was saved shows
// it at once, says in the status bar how old it is while it is updated, and stays usable.
#include "CatchQt.h"
#include "TwoOrganisations.h"
#include "WaitUntil.h"

#include "directory/DirectoryCache.h"
#include "directory/UserDirectory.h"
#include "directory/UserDirectoryLoader.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxTenant.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"

#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("MainWindow: a sign-in shows the saved user list at once, marked with its time until it is updated",
    "[ui][shell][directory][cache][keychain]")
{
    TwoOrganisations rig;
    const QString dataRoot = rig.folder.filePath(u"organisations"_s);
    rig.session.setDataDirectory(dataRoot);
    LanguageManager languages;
    languages.apply(u"en"_s);
    MainWindow window(&languages, &rig.session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *status = window.findChild<QLabel *>(u"labelUserListStatus"_s);
    auto *table = window.findChild<QTableView *>(u"tableUsers"_s);
    REQUIRE(status);
    REQUIRE(table);

    // The first sign-in: nothing saved yet, a full load, then the list is saved. A new
    // organisation, not the carried-over first one, whose refresh token has the same keychain
    // entry in every test (and tests run side by side).
    REQUIRE(rig.session.signInToNewOrganisation(u"Kvarnby Bygg AB"_s, rig.kvarnby.connection(), {}));
    REQUIRE(rig.waitUntilReady());
    const QString kvarnby = rig.session.currentOrganisation().id;
    QSignalSpy saved(rig.session.directory()->cache(), &DirectoryCache::saved);
    REQUIRE(waitUntil([&] { return !saved.isEmpty(); }, 30000));
    CHECK(status->isHidden());
    const int users = table->model()->rowCount();
    CHECK(users == rig.kvarnby.sandbox().context().tenant.liveUserCount());

    // Away to another organisation and back: the sign-in is restored and the saved list shown.
    REQUIRE(rig.session.signInToNewOrganisation(u"Ekdal Redovisning"_s, rig.ekdal.connection(), {}));
    REQUIRE(rig.waitUntilReady());
    const Organisation ekdal = rig.session.currentOrganisation();
    REQUIRE(rig.session.switchOrganisation(kvarnby));
    // Slow answers, so the update is still under way while the saved list is shown.
    rig.kvarnby.sandbox().context().options.latencyMs = 400;
    REQUIRE(rig.session.restoreLastSession());
    REQUIRE(waitUntil([&] { return status->isVisible(); }, 30000));
    const QDateTime savedAt = rig.session.directory()->savedCopyTime();
    REQUIRE(savedAt.isValid());
    CHECK(status->text()
        == u"Users as of %1, updating…"_s.arg(QLocale().toString(savedAt.toLocalTime().time(), QLocale::ShortFormat)));
    CHECK(rig.session.directory()->loader()->isBusy());
    CHECK(table->model()->rowCount() == users);

    // Up to date: the mark goes.
    REQUIRE(waitUntil([&] { return !rig.session.directory()->loader()->isBusy(); }, 30000));
    CHECK(status->isHidden());
    CHECK(table->model()->rowCount() == users);
    rig.kvarnby.sandbox().context().options.latencyMs = 0;

    // Nothing of the test stays behind: both copies and their keys go.
    QSignalSpy removed(&rig.keychain, &TokenStore::removeFinished);
    DirectoryCache(&rig.keychain, ekdal.dataDirectory(dataRoot), ekdal.id).remove();
    const Organisation kvarnbyOrganisation = rig.session.currentOrganisation();
    rig.session.signOut();
    REQUIRE(waitUntil([&] { return removed.size() >= 3; }, 10000));
    // And the organisations' sign-ins.
    for (const Organisation &organisation : {ekdal, kvarnbyOrganisation}) {
        if (!organisation.refreshTokenKey().isEmpty())
            rig.keychain.remove(organisation.refreshTokenKey());
    }
}
