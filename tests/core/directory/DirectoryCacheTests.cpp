// SPDX-License-Identifier: MIT
// The encrypted copy of the user list between sign-ins: its file on its own, and a UserDirectory
// that starts from it against the sandbox over real HTTP, with the real keychain.
#include "CatchQt.h"
#include "LogCapture.h"
#include "ManualClock.h"
#include "SandboxGraphClient.h"
#include "WaitUntil.h"

#include "auth/KeychainTokenStore.h"
#include "common/SecretBox.h"
#include "directory/DirectoryCache.h"
#include "directory/DirectoryCacheFile.h"
#include "directory/UserDirectory.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserFilterProxyModel.h"
#include "directory/UserListModel.h"
#include "directory/UserSelection.h"
#include "sandbox/SandboxTenant.h"
#include "sandbox/UserDelta.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString keychainService = u"io.github.resetdesk.ResetDesk.tests"_s;
const QString cacheLog = u"resetdesk.directory.cache"_s;

DirectoryUser sampleUser(const QString &id, const QString &name)
{
    DirectoryUser user;
    user.setId(id);
    user.setDisplayName(name);
    user.setUserPrincipalName(name.toLower().remove(u' ') + u"@kvarnby.se"_s);
    user.setMail(user.userPrincipalName());
    return user;
}

/** A sandbox, the admin's client, the real keychain and a data folder: one organisation's starts. */
struct CacheRig
{
    SandboxFixture fixture;
    SandboxGraphClient graph;
    KeychainTokenStore keychain {keychainService, nullptr};
    QTemporaryDir folder;
    const QString organisationId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    explicit CacheRig(SandboxOptions options)
        : fixture(std::move(options))
        , graph(fixture)
    {
        REQUIRE(folder.isValid());
    }
    ~CacheRig()
    {
        // Nothing of the test stays in the keychain.
        QSignalSpy removed(&keychain, &TokenStore::removeFinished);
        DirectoryCache(&keychain, dataFolder(), organisationId).remove();
        (void)waitUntil([&] { return !removed.isEmpty(); }, 10000);
    }

    QString dataFolder() const { return folder.filePath(u"organisations/"_s + organisationId); }
    QString cachePath() const { return QDir(dataFolder()).filePath(DirectoryCache::fileName()); }

    /** The key the keychain holds for this organisation's copy, or empty. */
    QByteArray storedKey()
    {
        QSignalSpy read(&keychain, &TokenStore::readFinished);
        keychain.read(u"directory-cache/%1/key"_s.arg(organisationId));
        REQUIRE(waitUntil([&] { return !read.isEmpty(); }, 10000));
        return read.first().at(1).toByteArray();
    }
};

/** One sign-in: the console's directory with the organisation's saved copy. */
struct Start
{
    UserDirectory directory;
    DirectoryCache cache;
    UserSelection selection;
    UserFilterProxyModel proxy;
    QAbstractItemModelTester modelTester {directory.model(), QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester proxyTester {&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QSignalSpy finished {directory.loader(), &UserDirectoryLoader::finished};
    QSignalSpy saved {&cache, &DirectoryCache::saved};
    QSignalSpy resets {directory.model(), &QAbstractItemModel::modelReset};

    explicit Start(CacheRig &rig)
        : directory(&rig.graph.client)
        , cache(&rig.keychain, rig.dataFolder(), rig.organisationId)
    {
        directory.model()->setSelection(&selection);
        directory.model()->setSelfId(rig.fixture.adminId());
        proxy.setSourceModel(directory.model());
        proxy.sort(UserListModel::DisplayName, Qt::AscendingOrder);
        directory.setCache(&cache);
        directory.start(rig.fixture.adminId());
    }

    void waitUntilSaved()
    {
        REQUIRE(waitUntil([&] { return !finished.isEmpty() && !directory.loader()->isBusy(); }, 60000));
        REQUIRE_FALSE(finished.last().at(0).value<GraphError>().isError());
        REQUIRE(waitUntil([&] { return !saved.isEmpty(); }, 30000));
        REQUIRE(saved.last().at(0).toBool());
    }

    QString nameOf(const QString &id) const
    {
        const int row = directory.model()->rowOf(id);
        return row < 0 ? QString() : directory.model()->userAt(row).displayName();
    }
};

/** Ordinary members of the tenant other than the admin, in directory order. */
QStringList ordinaryUsers(SandboxFixture &fixture, int count)
{
    QStringList ids;
    for (const SandboxUser &user : fixture.tenant().users()) {
        if (!user.deleted && user.id != fixture.adminId() && user.userType == u"Member"_s)
            ids.append(user.id);
        if (ids.size() == count)
            break;
    }
    return ids;
}

/** Renames @p renameId, deletes @p deleteId and adds a new user in the sandbox; the new user's id. */
QString changeTenant(SandboxFixture &fixture, const QString &renameId, const QString &deleteId)
{
    SandboxUser *renamed = fixture.tenant().userById(renameId);
    REQUIRE(renamed);
    renamed->displayName = u"Zäta Renamed"_s;
    UserDelta::markChanged(fixture.tenant(), *renamed, {u"displayName"_s});
    fixture.tenant().deleteUser(deleteId, false);
    SandboxUser added;
    added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    added.displayName = u"Nyanställd Person"_s;
    added.userPrincipalName = u"nyanstalld.person@kvarnby.se"_s;
    added.mail = added.userPrincipalName;
    added.userType = u"Member"_s;
    added.accountEnabled = true;
    fixture.tenant().addUser(added);
    return added.id;
}

SandboxOptions options(int users, int latencyMs)
{
    SandboxOptions result = SandboxFixture::defaultOptions();
    result.userCount = users;
    result.latencyMs = latencyMs;
    return result;
}

} // namespace

TEST_CASE("DirectoryCacheFile: keeps exactly the listed properties of every user", "[core][directory][cache]")
{
    DirectoryUser full = sampleUser(u"u1"_s, u"Åsa Öberg"_s);
    full.setMail(u"asa@example.org"_s);
    full.setAlternateEmails({u"asa.private@example.net"_s, u"asa2@example.net"_s});
    full.setPreferredLanguage(u"sv-SE"_s);
    full.setFlag(DirectoryUser::Licensed);
    full.setFlag(DirectoryUser::AccountEnabled);
    full.setFlag(DirectoryUser::Synced);
    full.setFlag(DirectoryUser::PasswordNeverExpires);
    full.setLastPasswordChange(QDateTime(QDate(2026, 3, 1), QTime(8, 15, 30, 250), QTimeZone::utc()));
    full.setMustChangeAtNextSignIn(DirectoryUser::TriState::Yes);
    // Learned from other calls, not the user object: not saved, read again at every start.
    full.setRoleMask(DirectoryUser::roleBit(u"62e90394-69f5-4237-9190-012177145e10"_s));
    full.setSelfServiceRegistered(DirectoryUser::TriState::Yes);
    DirectoryUser plain = sampleUser(u"u2"_s, u"Bo Ek"_s);
    plain.setFlag(DirectoryUser::Guest);
    plain.setFlag(DirectoryUser::WeakPasswordAllowed);
    plain.setPreferredLanguage(u"sv-SE"_s);
    DirectoryUser noMail = sampleUser(u"u3"_s, u"Ci Lind"_s);
    noMail.setMail({});

    const DirectoryCacheFile::Snapshot snapshot {u"admin-id"_s,
        QDateTime(QDate(2026, 12, 7), QTime(7, 30), QTimeZone::utc()),
        QUrl(u"https://graph.microsoft.com/v1.0/users/delta?$deltatoken=abc"_s), {full, plain, noMail}};
    const QByteArray key = SecretBox::generateKey();
    const QByteArray bytes = DirectoryCacheFile::encode(snapshot, key);
    REQUIRE_FALSE(bytes.isEmpty());

    DirectoryCacheFile::Problem problem = DirectoryCacheFile::Problem::None;
    const auto decoded = DirectoryCacheFile::decode(bytes, key, &problem);
    REQUIRE(decoded);
    CHECK(problem == DirectoryCacheFile::Problem::None);
    CHECK(decoded->adminId == snapshot.adminId);
    CHECK(decoded->savedAt == snapshot.savedAt);
    CHECK(decoded->deltaLink == snapshot.deltaLink);
    REQUIRE(decoded->users.size() == 3);
    const DirectoryUser &back = decoded->users.at(0);
    CHECK(back.id() == full.id());
    CHECK(back.displayName() == full.displayName());
    CHECK(back.userPrincipalName() == full.userPrincipalName());
    CHECK(back.mail() == u"asa@example.org"_s);
    CHECK(back.alternateEmails() == full.alternateEmails());
    CHECK(back.preferredLanguage() == u"sv-SE"_s);
    CHECK(back.flags() == full.flags());
    CHECK(back.lastPasswordChangeMSecs() == full.lastPasswordChangeMSecs());
    CHECK(back.mustChangeAtNextSignIn() == DirectoryUser::TriState::Yes);
    CHECK(back.roleMask() == 0);
    CHECK(back.selfServiceRegistered() == DirectoryUser::TriState::Unknown);
    CHECK(decoded->users.at(1).mail() == plain.userPrincipalName());
    CHECK(decoded->users.at(1).flags() == plain.flags());
    CHECK(decoded->users.at(1).lastPasswordChangeMSecs() == 0);
    CHECK(decoded->users.at(1).mustChangeAtNextSignIn() == DirectoryUser::TriState::Unknown);
    CHECK(decoded->users.at(2).mail().isEmpty());
    // One string for every user of a language, as a page from Graph gives it.
    CHECK(decoded->users.at(0).preferredLanguage().constData() == decoded->users.at(1).preferredLanguage().constData());
}

TEST_CASE("DirectoryCacheFile: nothing in the file can be read or changed without its key", "[core][directory][cache]")
{
    const DirectoryCacheFile::Snapshot snapshot {u"admin-id"_s, QDateTime::currentDateTimeUtc(),
        QUrl(u"https://graph.microsoft.com/v1.0/users/delta?$deltatoken=abc"_s),
        {sampleUser(u"9d1c0a4e-0000-4000-8000-000000000001"_s, u"Hemlig Person"_s)}};
    const QByteArray key = SecretBox::generateKey();
    const QByteArray bytes = DirectoryCacheFile::encode(snapshot, key);
    for (const QString &text : {u"Hemlig"_s, u"hemligperson@kvarnby.se"_s, u"9d1c0a4e"_s, u"deltatoken"_s}) {
        CHECK_FALSE(bytes.contains(text.toUtf8()));
        CHECK_FALSE(bytes.contains(QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)));
    }

    DirectoryCacheFile::Problem problem = DirectoryCacheFile::Problem::None;
    CHECK_FALSE(DirectoryCacheFile::decode(bytes, SecretBox::generateKey(), &problem));
    CHECK(problem == DirectoryCacheFile::Problem::NotDecryptable);
    QByteArray changed = bytes;
    changed[changed.size() - 10] = char(changed.at(changed.size() - 10) ^ 0x01);
    CHECK_FALSE(DirectoryCacheFile::decode(changed, key, &problem));
    CHECK(problem == DirectoryCacheFile::Problem::NotDecryptable);
    CHECK_FALSE(DirectoryCacheFile::decode(bytes.left(bytes.size() / 2), key, &problem));
    CHECK(problem == DirectoryCacheFile::Problem::NotDecryptable);
    CHECK_FALSE(DirectoryCacheFile::decode("{\"value\":[]}", key, &problem));
    CHECK(problem == DirectoryCacheFile::Problem::NotOurs);
}

TEST_CASE("UserDirectory: starts from the saved copy and applies renames, deletions and new users in place",
    "[core][directory][cache][sandbox][keychain]")
{
    CacheRig rig(options(300, 100));
    int loaded = 0;
    {
        // The first sign-in: nothing saved, a full load, saved owner-only with its key in the keychain.
        Start first(rig);
        first.waitUntilSaved();
        CHECK(first.directory.savedCopyTime().isValid() == false);
        loaded = first.directory.model()->rowCount();
        CHECK(loaded == rig.fixture.tenant().liveUserCount());
        CHECK(QFileInfo(rig.cachePath()).permissions()
            == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
        CHECK((QFileInfo(rig.dataFolder()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
        CHECK(rig.storedKey().size() == SecretBox::KeySize);
    }

    const QStringList users = ordinaryUsers(rig.fixture, 2);
    REQUIRE(users.size() == 2);
    const QString renamedId = users.at(0);
    const QString deletedId = users.at(1);
    const QString oldName = rig.fixture.tenant().userById(renamedId)->displayName;
    const QString addedId = changeTenant(rig.fixture, renamedId, deletedId);

    // The next sign-in: the saved list at once, usable while the changes come.
    Start second(rig);
    QSignalSpy copyShown(&second.directory, &UserDirectory::savedCopyChanged);
    REQUIRE(waitUntil([&] { return second.directory.savedCopyTime().isValid(); }, 10000));
    REQUIRE(second.directory.loader()->isBusy());
    CHECK(second.directory.model()->rowCount() == loaded);
    CHECK(second.nameOf(renamedId) == oldName);
    CHECK(second.directory.model()->rowOf(deletedId) >= 0);
    const int renamedRow = second.directory.model()->rowOf(renamedId);
    second.selection.setSelected(renamedId, true);
    second.proxy.setSearchText(oldName);
    CHECK(second.proxy.rowCount() >= 1);
    CHECK(second.proxy.visibleIds().contains(renamedId));
    second.proxy.setSearchText({});

    second.waitUntilSaved();
    CHECK_FALSE(second.directory.savedCopyTime().isValid());
    CHECK(second.resets.isEmpty()); // the copy went in as rows; the changes came in place
    CHECK(second.directory.model()->rowOf(renamedId) == renamedRow);
    CHECK(second.nameOf(renamedId) == u"Zäta Renamed"_s);
    CHECK(second.directory.model()->rowOf(deletedId) == -1);
    CHECK(second.directory.model()->rowOf(addedId) >= 0);
    CHECK(second.directory.model()->rowCount() == loaded);
    CHECK(second.selection.ids() == QSet<QString> {renamedId});
    CHECK(second.directory.model()->rolesKnown());
    // The copy was brought up to date with /users/delta, not read again from /users.
    qsizetype listReads = 0;
    for (const RequestLogEntry &entry : rig.fixture.context().log.entries())
        listReads += entry.path.endsWith(u"/users"_s) ? 1 : 0;
    CHECK(listReads == 1); // the first sign-in's one page

    // The third sign-in starts from the list as the second left it.
    Start third(rig);
    REQUIRE(waitUntil([&] { return third.directory.savedCopyTime().isValid(); }, 10000));
    CHECK(third.nameOf(renamedId) == u"Zäta Renamed"_s);
    CHECK(third.directory.model()->rowOf(addedId) >= 0);
    CHECK(third.directory.model()->rowOf(deletedId) == -1);
    third.waitUntilSaved();
}

TEST_CASE("UserDirectory: an expired delta link falls back to a full load and keeps the list shown",
    "[core][directory][cache][sandbox][keychain]")
{
    ManualClock clock;
    SandboxOptions sandboxOptions = options(300, 0);
    sandboxOptions.clock = &clock;
    CacheRig rig(sandboxOptions);
    {
        Start first(rig);
        first.waitUntilSaved();
    }
    const QStringList users = ordinaryUsers(rig.fixture, 2);
    const QString renamedId = users.at(0);
    const QString deletedId = users.at(1);
    const QString addedId = changeTenant(rig.fixture, renamedId, deletedId);
    // Past the seven days a directory delta token lives.
    clock.advance(qint64(UserDelta::TokenLifetimeDays + 1) * 24 * 3600 * 1000);

    Start second(rig);
    QSignalSpy started(second.directory.loader(), &UserDirectoryLoader::started);
    int fewestRows = INT_MAX;
    QObject::connect(second.directory.model(), &QAbstractItemModel::rowsRemoved,
        [&] { fewestRows = std::min(fewestRows, second.directory.model()->rowCount()); });
    REQUIRE(waitUntil([&] { return second.directory.savedCopyTime().isValid(); }, 10000));
    const int shown = second.directory.model()->rowCount();
    const int renamedRow = second.directory.model()->rowOf(renamedId);
    second.selection.setSelected(renamedId, true);
    second.waitUntilSaved();

    // A refresh first, then the full load the refused link calls for: no reset, no emptied list.
    REQUIRE(started.size() == 2);
    CHECK(started.at(0).at(0).toBool() == false);
    CHECK(started.at(1).at(0).toBool() == true);
    CHECK(second.resets.isEmpty());
    CHECK(fewestRows >= shown - 1);
    CHECK(second.directory.model()->rowOf(renamedId) == renamedRow);
    CHECK(second.nameOf(renamedId) == u"Zäta Renamed"_s);
    CHECK(second.directory.model()->rowOf(deletedId) == -1);
    CHECK(second.directory.model()->rowOf(addedId) >= 0);
    CHECK(second.directory.model()->rowCount() == rig.fixture.tenant().liveUserCount());
    CHECK(second.selection.ids() == QSet<QString> {renamedId});
    bool refused = false;
    for (const RequestLogEntry &entry : rig.fixture.context().log.entries())
        refused = refused || (entry.path.endsWith(u"/users/delta"_s) && entry.status == 400);
    CHECK(refused);
}

TEST_CASE("UserDirectory: a corrupted or foreign-key copy is ignored, replaced and reported in the log",
    "[core][directory][cache][sandbox][keychain]")
{
    CacheRig rig(options(120, 0));
    {
        Start first(rig);
        first.waitUntilSaved();
    }
    const QByteArray key = rig.storedKey();
    QFile file(rig.cachePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();

    const DirectoryCacheFile::Snapshot foreign {rig.fixture.adminId(), QDateTime::currentDateTimeUtc(),
        QUrl(rig.fixture.sandbox().graphUrl().toString() + u"/users/delta?$deltatoken=x"_s),
        {sampleUser(u"someone"_s, u"Someone Else"_s)}};
    QByteArray corrupted = good;
    corrupted[corrupted.size() / 2] = char(corrupted.at(corrupted.size() / 2) ^ 0x20);
    const auto [which, bytes] = GENERATE_COPY(table<QString, QByteArray>({
        {u"corrupted"_s, corrupted},
        {u"foreign-key"_s, DirectoryCacheFile::encode(foreign, SecretBox::generateKey())},
        {u"cut short"_s, good.left(10)},
    }));
    INFO(which.toStdString());
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();

    LogCapture log;
    Start second(rig);
    second.waitUntilSaved();
    // Never shown: a full load from the start, and the list is the directory's.
    CHECK_FALSE(second.directory.savedCopyTime().isValid());
    CHECK(second.directory.model()->rowOf(u"someone"_s) == -1);
    CHECK(second.directory.model()->rowCount() == rig.fixture.tenant().liveUserCount());
    CHECK(log.contains(cacheLog, u"is ignored and will be replaced"_s));
    // Replaced: the file reads again with the keychain's key.
    REQUIRE(file.open(QIODevice::ReadOnly));
    DirectoryCacheFile::Problem problem = DirectoryCacheFile::Problem::None;
    const auto replaced = DirectoryCacheFile::decode(file.readAll(), rig.storedKey(), &problem);
    REQUIRE(replaced);
    CHECK(replaced->users.size() == rig.fixture.tenant().liveUserCount());
    CHECK(rig.storedKey() == key);
}

TEST_CASE("DirectoryCache: a copy whose key left the keychain is deleted, and remove() takes both",
    "[core][directory][cache][sandbox][keychain]")
{
    CacheRig rig(options(60, 0));
    {
        Start first(rig);
        first.waitUntilSaved();
    }
    REQUIRE(QFile::exists(rig.cachePath()));
    {
        DirectoryCache cache(&rig.keychain, rig.dataFolder(), rig.organisationId);
        QSignalSpy removed(&rig.keychain, &TokenStore::removeFinished);
        cache.remove();
        CHECK_FALSE(QFile::exists(rig.cachePath()));
        CHECK_FALSE(QFileInfo::exists(rig.dataFolder()));
        REQUIRE(waitUntil([&] { return !removed.isEmpty(); }, 10000));
        CHECK(rig.storedKey().isEmpty());
    }
    // A file left without its key (restored from a backup, say) can never be read: it goes.
    {
        Start again(rig);
        again.waitUntilSaved();
    }
    const QByteArray bytes = [&] {
        QFile file(rig.cachePath());
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();
    QSignalSpy removed(&rig.keychain, &TokenStore::removeFinished);
    rig.keychain.remove(u"directory-cache/%1/key"_s.arg(rig.organisationId));
    REQUIRE(waitUntil([&] { return !removed.isEmpty(); }, 10000));
    LogCapture log;
    DirectoryCache cache(&rig.keychain, rig.dataFolder(), rig.organisationId);
    QSignalSpy unavailable(&cache, &DirectoryCache::unavailable);
    QSignalSpy loaded(&cache, &DirectoryCache::loaded);
    cache.load();
    REQUIRE(waitUntil([&] { return !unavailable.isEmpty(); }, 10000));
    CHECK(loaded.isEmpty());
    CHECK_FALSE(QFile::exists(rig.cachePath()));
    CHECK(log.contains(cacheLog, u"its key is not in the keychain"_s));
    CHECK_FALSE(bytes.isEmpty());
}
