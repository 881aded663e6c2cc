// SPDX-License-Identifier: MIT
#include "session/ConsoleSession.h"

#include "auth/AuthSession.h"
#include "bulk/BulkRunListUpdater.h"
#include "bulk/BulkRunStore.h"
#include "directory/AdminProfileLoader.h"
#include "directory/UserDirectory.h"
#include "graph/GraphClient.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {
// Which account to restore on the next start: a user principal name, never a secret.
const auto lastAccountKey = u"session/lastAccount"_s;
} // namespace

BulkRunStore *ConsoleSession::runStore()
{
    if (!m_runStore)
        m_runStore = new BulkRunStore(m_auth->tokenStore(), BulkRunStore::defaultDirectory(), this);
    return m_runStore;
}

void ConsoleSession::followBulkRun(BulkResetRunner *runner)
{
    if (runner)
        new BulkRunListUpdater(runner, m_directory->model());
}

void ConsoleSession::setJournalDirectory(const QString &directory)
{
    if (m_runStore)
        m_runStore->deleteLater();
    m_runStore = new BulkRunStore(m_auth->tokenStore(), directory, this);
}

ConsoleSession::ConsoleSession(AuthSession *auth, GraphClient *graph, QSettings *settings, Clock *clock,
                               QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_graph(graph)
    , m_settings(settings)
    , m_clock(clock)
    , m_directory(new UserDirectory(graph, this))
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
        setState(State::SignedOut);
    });
    if (m_settings) {
        applyConnection(ConnectionSettings::load(*m_settings));
        m_preferences = SignInPreferences::load(*m_settings);
    }
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
    return m_state == State::SignedOut && applyConnection(connection);
}

bool ConsoleSession::signIn(const ConnectionSettings &connection, const SignInPreferences &preferences)
{
    if (m_state != State::SignedOut || !applyConnection(connection))
        return false;
    m_preferences = preferences;
    if (m_settings) {
        connection.save(*m_settings);
        preferences.save(*m_settings);
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
    if (!m_settings || m_state != State::SignedOut)
        return false;
    const QString account = m_settings->value(lastAccountKey).toString();
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
    if (m_settings)
        m_settings->remove(lastAccountKey);
    // AuthSession removes the refresh token and reports signedOut(), which resets the state.
    m_auth->signOut();
}

void ConsoleSession::onSignedIn()
{
    if (m_settings)
        m_settings->setValue(lastAccountKey, m_auth->account().userPrincipalName);
    reloadProfile();
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
