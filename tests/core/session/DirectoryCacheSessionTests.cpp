// SPDX-License-Identifier: MIT
// The saved copy of an organisation's user list goes with the sign-in: signing out, or removing
// the organisation, deletes the file and its key. Two demo tenants, one session, the real keychain.
#include "CatchQt.h"
#include "TwoOrganisations.h"
#include "WaitUntil.h"

#include "directory/DirectoryCache.h"
#include "directory/UserDirectory.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserListModel.h"
#include "session/ConsoleSession.h"

#include <QFile>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

namespace {

/**
 * Signs in to a new organisation called @p name and waits until its list is loaded and saved. A
 * new one, not the carried-over first: that one's refresh token has the same keychain entry in
 * every test, and tests run side by side.
 */
QString signInAndSave(TwoOrganisations &rig, const QString &name, const ConnectionSettings &connection)
{
    REQUIRE(rig.session.signInToNewOrganisation(name, connection, {}));
    REQUIRE(rig.waitUntilReady());
    DirectoryCache *cache = rig.session.directory()->cache();
    REQUIRE(cache);
    QSignalSpy saved(cache, &DirectoryCache::saved);
    rig.session.directory()->start(rig.session.admin().id);
    REQUIRE(waitUntil([&] { return !saved.isEmpty(); }, 30000));
    REQUIRE(saved.first().at(0).toBool());
    REQUIRE(QFile::exists(cache->path()));
    return cache->path();
}

QString keyEntry(const Organisation &organisation)
{
    return u"directory-cache/%1/key"_s.arg(organisation.id);
}

} // namespace

TEST_CASE("ConsoleSession: signing out deletes the saved user list and its key",
    "[core][session][keychain][directory][cache]")
{
    TwoOrganisations rig;
    rig.session.setDataDirectory(rig.folder.filePath(u"organisations"_s));
    const QString path = signInAndSave(rig, u"Kvarnby Bygg AB"_s, rig.kvarnby.connection());
    const Organisation organisation = rig.session.currentOrganisation();
    CHECK(path.startsWith(organisation.dataDirectory(rig.folder.filePath(u"organisations"_s))));
    CHECK(TwoOrganisations::storedTokenState(rig.keychain, keyEntry(organisation)) == TokenStoreError::None);

    rig.session.signOut();
    CHECK_FALSE(QFile::exists(path));
    REQUIRE(waitUntil(
        [&] { return TwoOrganisations::storedTokenState(rig.keychain, keyEntry(organisation)) == TokenStoreError::NotFound; },
        10000));
    CHECK(rig.session.directory()->savedCopyTime().isValid() == false);
}

TEST_CASE("ConsoleSession: removing an organisation deletes its saved user list and its key",
    "[core][session][keychain][directory][cache][organisations]")
{
    TwoOrganisations rig;
    rig.session.setDataDirectory(rig.folder.filePath(u"organisations"_s));
    (void)signInAndSave(rig, u"Kvarnby Bygg AB"_s, rig.kvarnby.connection());
    const QString first = rig.session.currentOrganisation().id;

    REQUIRE(rig.session.signInToNewOrganisation(u"Ekdal Redovisning"_s, rig.ekdal.connection(), {}));
    REQUIRE(rig.waitUntilReady());
    const Organisation ekdal = rig.session.currentOrganisation();
    DirectoryCache *cache = rig.session.directory()->cache();
    QSignalSpy saved(cache, &DirectoryCache::saved);
    rig.session.directory()->start(rig.session.admin().id);
    REQUIRE(waitUntil([&] { return !saved.isEmpty(); }, 30000));
    const QString ekdalPath = cache->path();
    REQUIRE(QFile::exists(ekdalPath));

    // Switching keeps each organisation's copy; removing one takes its copy and key, not the other's.
    REQUIRE(rig.session.switchOrganisation(first));
    CHECK(QFile::exists(ekdalPath));
    const QString kvarnbyPath = rig.session.directory()->cache()->path();
    CHECK(QFile::exists(kvarnbyPath));
    REQUIRE(rig.session.removeOrganisation(ekdal.id));
    CHECK_FALSE(QFile::exists(ekdalPath));
    REQUIRE(waitUntil(
        [&] { return TwoOrganisations::storedTokenState(rig.keychain, keyEntry(ekdal)) == TokenStoreError::NotFound; },
        10000));
    CHECK(QFile::exists(kvarnbyPath));
    CHECK(TwoOrganisations::storedTokenState(rig.keychain, keyEntry(rig.session.currentOrganisation()))
        == TokenStoreError::None);
    rig.session.directory()->cache()->remove(); // leaves the test's keychain as it found it
}
