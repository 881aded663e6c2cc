// SPDX-License-Identifier: MIT
#include "session/ConsoleSession.h"

#include "auth/AuthSession.h"
#include "bulk/BulkRunListUpdater.h"
#include "bulk/BulkRunStore.h"
#include "bulk/ResetJournal.h"
#include "directory/AdminProfileLoader.h"
#include "directory/DirectoryCache.h"
#include "directory/UserDirectory.h"
#include "graph/GraphClient.h"
#include "session/OrganisationStore.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

BulkRunStore *ConsoleSession::runStore()
{
    if (!m_runStore)
        m_runStore = new BulkRunStore(m_auth->tokenStore(), journalDirectory(), this);
    return m_runStore;
}

QString ConsoleSession::journalDirectory() const
{
    return m_organisations ? currentOrganisation().journalDirectory(m_journalRoot) : m_journalRoot;
}

void ConsoleSession::replaceRunStore()
{
    if (!m_runStore)
        return; // made for the right organisation when first asked for
    m_runStore->deleteLater();
    m_runStore = new BulkRunStore(m_auth->tokenStore(), journalDirectory(), this);
}

void ConsoleSession::followBulkRun(BulkResetRunner *runner)
{
    if (runner)
        new BulkRunListUpdater(runner, m_directory->model());
}

QString ConsoleSession::defaultDataDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(u"organisations"_s);
}

void ConsoleSession::setDataDirectory(const QString &directory)
{
    m_dataRoot = directory;
    replaceDirectoryCache();
}

void ConsoleSession::replaceDirectoryCache()
{
    DirectoryCache *old = m_directory->cache();
    DirectoryCache *cache = nullptr;
    if (m_organisations && m_auth->tokenStore()) {
        const Organisation current = currentOrganisation();
        cache = new DirectoryCache(m_auth->tokenStore(), current.dataDirectory(m_dataRoot), current.id, this);
    }
    m_directory->setCache(cache);
    delete old;
}

void ConsoleSession::setJournalDirectory(const QString &directory)
{
    m_journalRoot = directory;
    if (m_runStore)
        m_runStore->deleteLater();
    m_runStore = new BulkRunStore(m_auth->tokenStore(), journalDirectory(), this);
}

ConsoleSession::ConsoleSession(AuthSession *auth, GraphClient *graph, QSettings *settings, Clock *clock,
                               QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_graph(graph)
    , m_settings(settings)
    , m_clock(clock)
    , m_directory(new UserDirectory(graph, this))
    , m_journalRoot(BulkRunStore::defaultDirectory())
    , m_dataRoot(defaultDataDirectory())
{
    m_auth->setClock(clock);
    m_graph->setClock(clock);
    connect(m_auth, &AuthSession::signedIn, this, &ConsoleSession::onSignedIn);
    connect(m_auth, &AuthSession::deviceCodeReady, this, &ConsoleSession::deviceCodeReady);
    connect(m_auth, &AuthSession::browserNotOpened, this, &ConsoleSession::browserNotOpened);
    connect(m_auth, &AuthSession::scopeRequestStarted, this, &ConsoleSession::scopeRequestStarted);
    connect(m_auth, &AuthSession::keychainProblem, this, &ConsoleSession::keychainProblem);
    connect(m_auth, &AuthSession::signInFailed, this, [this](const AuthError &error) {
        // A failed second sign-in leaves the session as it was; a rejected refresh mid-session
        // ends it as surely as a failed sign-in.
        if (m_auth->state() != AuthSession::State::SignedIn) {
            m_admin = {};
            setState(State::SignedOut);
        }
        Q_EMIT signInFailed(error);
    });
    connect(m_auth, &AuthSession::restoreFailed, this, [this](const AuthError &error) {
        setState(State::SignedOut);
        Q_EMIT restoreFailed(error);
    });
    connect(m_auth, &AuthSession::signedOut, this, [this] {
        m_admin = {};
        m_directory->stop(); // a saved list still being read is not shown once signed out
        setState(State::SignedOut);
    });
    if (m_settings) {
        m_organisations = std::make_unique<OrganisationStore>(m_settings);
        const Organisation current = m_organisations->current();
        applyConnection(current.connection);
        m_preferences = current.preferences;
    }
    replaceDirectoryCache();
}

ConsoleSession::~ConsoleSession() = default;

ConnectionSettings ConsoleSession::connection() const
{
    return m_auth->connection();
}

bool ConsoleSession::isRemembered() const
{
    return m_auth->isRemembered();
}

bool ConsoleSession::applyConnection(const ConnectionSettings &connection)
{
    const CloudEndpoints endpoints = connection.endpoints();
    if (!endpoints.isValid() || !m_graph->setGraphRoot(endpoints.graphRoot()))
        return false;
    m_auth->setConnection(connection);
    return true;
}

bool ConsoleSession::setConnection(const ConnectionSettings &connection)
{
    ConnectionSettings scoped = connection;
    if (m_organisations)
        scoped.keychainScope = currentOrganisation().connection.keychainScope;
    return m_state == State::SignedOut && applyConnection(scoped);
}

bool ConsoleSession::signIn(const ConnectionSettings &connection, const SignInPreferences &preferences)
{
    // The organisation's refresh token keeps its organisation's name whatever the dialog entered.
    ConnectionSettings scoped = connection;
    Organisation current;
    if (m_organisations) {
        current = currentOrganisation();
        scoped.keychainScope = current.connection.keychainScope;
    }
    if (m_state != State::SignedOut || !applyConnection(scoped))
        return false;
    m_preferences = preferences;
    if (m_organisations) {
        current.connection = scoped;
        current.preferences = preferences;
        m_organisations->update(current);
    }
    setState(State::SigningIn);
    if (preferences.method == SignInMethod::Browser)
        m_auth->signInWithBrowser(preferences.signInScopes());
    else
        m_auth->signInWithDeviceCode(preferences.signInScopes());
    return true;
}

void ConsoleSession::cancelSignIn()
{
    if (m_state == State::SigningIn)
        m_auth->cancelSignIn();
}

bool ConsoleSession::restoreLastSession()
{
    if (!m_organisations || m_state != State::SignedOut)
        return false;
    const QString account = currentOrganisation().lastAccount;
    if (account.isEmpty())
        return false;
    setState(State::SigningIn);
    m_auth->restore(account);
    return true;
}

void ConsoleSession::reloadProfile()
{
    if (m_auth->state() != AuthSession::State::SignedIn)
        return;
    setState(State::LoadingProfile);
    delete m_loader;
    m_loader = new AdminProfileLoader(m_graph, this);
    connect(m_loader, &AdminProfileLoader::loaded, this, &ConsoleSession::onProfileLoaded);
    connect(m_loader, &AdminProfileLoader::failed, this, [this](const GraphError &error) {
        m_loader->deleteLater();
        setState(State::ProfileFailed);
        Q_EMIT profileFailed(error);
    });
    m_loader->load();
}

void ConsoleSession::signOut()
{
    delete m_loader;
    // What was read of the directory goes with the sign-in: the next admin reads it anew.
    m_directory->stop();
    if (m_directory->cache())
        m_directory->cache()->remove();
    if (m_organisations) {
        Organisation current = currentOrganisation();
        current.lastAccount.clear();
        m_organisations->update(current);
    }
    // AuthSession removes the refresh token and reports signedOut(), which resets the state.
    m_auth->signOut();
}

void ConsoleSession::onSignedIn()
{
    if (m_organisations) {
        Organisation current = currentOrganisation();
        current.lastAccount = m_auth->account().userPrincipalName;
        m_organisations->update(current);
    }
    reloadProfile();
}

Organisation ConsoleSession::currentOrganisation() const
{
    return m_organisations ? m_organisations->current() : Organisation();
}

void ConsoleSession::closeForSwitch()
{
    if (m_state == State::SignedOut)
        return;
    delete m_loader;
    // In memory only: the refresh token stays in the keychain, so switching back is silent.
    // AuthSession reports signedOut(), which resets the state.
    m_auth->closeSession();
}

bool ConsoleSession::switchOrganisation(const QString &id)
{
    if (!m_organisations)
        return false;
    const std::optional<Organisation> chosen = m_organisations->find(id);
    if (!chosen)
        return false;
    closeForSwitch();
    m_organisations->setCurrent(chosen->id);
    // A saved connection that has become unusable still switches: the sign-in dialog shows why.
    applyConnection(chosen->connection);
    m_preferences = chosen->preferences;
    replaceRunStore();
    m_directory->stop();
    replaceDirectoryCache();
    Q_EMIT organisationChanged(*chosen);
    return true;
}

bool ConsoleSession::signInToNewOrganisation(const QString &name, const ConnectionSettings &connection,
                                             const SignInPreferences &preferences)
{
    if (!m_organisations || !connection.endpoints().isValid())
        return false;
    const std::optional<Organisation> added = m_organisations->add(name, connection, preferences);
    if (!added)
        return false;
    Q_EMIT organisationsChanged();
    switchOrganisation(added->id);
    return signIn(connection, preferences);
}

bool ConsoleSession::renameOrganisation(const QString &id, const QString &name)
{
    if (!m_organisations || !m_organisations->rename(id, name))
        return false;
    Q_EMIT organisationsChanged();
    if (currentOrganisation().id == id)
        Q_EMIT organisationChanged(currentOrganisation());
    return true;
}

int ConsoleSession::storedRunCount(const Organisation &organisation) const
{
    return int(ResetJournal::list(organisation.journalDirectory(m_journalRoot)).size());
}

bool ConsoleSession::removeOrganisation(const QString &id)
{
    if (!m_organisations)
        return false;
    const std::optional<Organisation> removed = m_organisations->find(id);
    if (!removed || storedRunCount(*removed) > 0 || !m_organisations->remove(id))
        return false;
    // Removing an organisation is signing out of it for good.
    const QString key = removed->refreshTokenKey();
    if (!key.isEmpty() && m_auth->tokenStore())
        m_auth->tokenStore()->remove(key);
    if (!removed->carriedOver)
        QDir().rmdir(removed->journalDirectory(m_journalRoot)); // empty, as checked above
    if (m_auth->tokenStore())
        DirectoryCache(m_auth->tokenStore(), removed->dataDirectory(m_dataRoot), removed->id).remove();

    Q_EMIT organisationsChanged();
    return true;
}

void ConsoleSession::onProfileLoaded(const SignedInAdmin &admin)
{
    m_loader->deleteLater();
    m_admin = admin;
    setState(State::Ready);
    Q_EMIT ready(m_admin);
}

void ConsoleSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
