// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "auth/ConnectionSettings.h"
#include "auth/SignInPreferences.h"
#include "auth/TokenStore.h"
#include "common/Clock.h"
#include "directory/SignedInAdmin.h"
#include "session/Organisation.h"
#include "graph/GraphError.h"
#include "audit/AuditLog.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class AdminProfileLoader;
class BulkResetRunner;
class BulkRunStore;
class OrganisationStore;
class AuthSession;
class GraphClient;
class QSettings;
class UserDirectory;
class ScopeRequest;
struct DeviceCodePrompt;

/**
 * The signed-in console as a whole: signs in through AuthSession, points GraphClient at the
 * right cloud, reads the admin's profile and roles, and remembers which account to restore
 * next time. The UI watches this one object instead of wiring auth, Graph and directory itself.
 */
class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)
public:
    enum class State {
        SignedOut,
        SigningIn,      // browser or device code flow, or a silent restore
        LoadingProfile, // tokens in hand, reading /me and the roles
        ProfileFailed,  // signed in, but the profile could not be read (retry with reloadProfile())
        Ready,
    };
    Q_ENUM(State)
    using Flow = SignInMethod;

    /**
     * @p settings keeps the saved organisations between runs (OrganisationStore: connection,
     * sign-in preferences, last account; never a secret); nullptr for the demo, which must not
     * touch the admin's real settings and has no saved organisations. @p clock is the time
     * the console waits on: @p auth and @p graph are set to it, and the views take it from clock().
     */
    ConsoleSession(AuthSession *auth, GraphClient *graph, QSettings *settings, Clock *clock = Clock::system(),
                   QObject *parent = nullptr);
    ~ConsoleSession() override;

    State state() const { return m_state; }
    AuthSession *auth() const { return m_auth; }
    GraphClient *graph() const { return m_graph; }
    Clock *clock() const { return m_clock; }
    const SignedInAdmin &admin() const { return m_admin; }
    /**
     * The directory's users as this console reads them through graph(): one list, its loaders and
     * its search, shared by every view that shows users.
     */
    UserDirectory *directory() const { return m_directory; }
    /** The connection used (or about to be used) for signing in. */
    ConnectionSettings connection() const;
    /** Whether the refresh token is kept in the keychain (false: this run only). */
    bool isRemembered() const;
    /** Where the operations of this console record what they wrote (AuditLog::defaultPath() unless set). */
    const AuditLog &auditLog() const { return m_auditLog; }
    /** Tests and the composition root point the operations at another log file. */
    void setAuditLog(const AuditLog &log) { m_auditLog = log; }
    /**
     * Where bulk runs keep their journals (BulkRunStore::defaultDirectory() unless set), with
     * their keys in this session's keychain.
     */
    BulkRunStore *runStore();
    /**
     * Shows @p runner's users in directory()'s list as Graph confirms their new passwords, not
     * when the run ends (BulkRunListUpdater, which lives as long as the runner).
     */
    void followBulkRun(BulkResetRunner *runner);
    /**
     * Where journals are kept: each saved organisation's runs in their own folder below
     * @p directory (Organisation::journalDirectory()), so a run is only ever offered in its own
     * organisation. Tests keep journals elsewhere; a store already handed out is replaced (and
     * deleted later).
     */
    void setJournalDirectory(const QString &directory);

    /**
     * The folder that holds one folder per saved organisation (Organisation::dataDirectory()),
     * where the encrypted copy of its user list is kept; tests keep it elsewhere.
     */
    static QString defaultDataDirectory();
    void setDataDirectory(const QString &directory);

    /** The saved organisations; nullptr without settings (the demo). */
    const OrganisationStore *organisations() const { return m_organisations.get(); }
    /** The organisation this console signs in to; invalid without settings. */
    Organisation currentOrganisation() const;
    /**
     * Makes the saved organisation @p id current: the session under way is closed without
     * forgetting its sign-in (the refresh token stays in the keychain for switching back), and
     * the connection, preferences and journals become the organisation's. Call
     * restoreLastSession() next. False (nothing changed) when @p id is not saved.
     */
    bool switchOrganisation(const QString &id);
    /**
     * Saves a new organisation called @p name and signs in to it (see signIn()); the session
     * under way is closed as by switchOrganisation(). False when the name is empty or taken, or
     * the endpoints are unusable (nothing saved).
     */
    bool signInToNewOrganisation(const QString &name, const ConnectionSettings &connection,
                                 const SignInPreferences &preferences);
    /** False when the name is empty or another organisation has it. */
    bool renameOrganisation(const QString &id, const QString &name);
    /**
     * Forgets the saved organisation @p id and removes its refresh token from the keychain, and the
     * saved copy of its user list with that copy's key. Not
     * the current one, nor one that keeps bulk-run journals (their passwords are not handed over
     * yet): false then.
     */
    bool removeOrganisation(const QString &id);
    /** Journals of @p organisation's bulk runs still on disk (interrupted or not handed over). */
    int storedRunCount(const Organisation &organisation) const;

    /** Uses @p connection for the next sign-in or restore; false when signed in or unusable. */
    bool setConnection(const ConnectionSettings &connection);
    /**
     * Signs in with @p connection the way @p preferences say (method, and all permissions at once
     * or step by step), and remembers both for next time; false when the endpoints are unusable
     * (nothing started).
     */
    bool signIn(const ConnectionSettings &connection, const SignInPreferences &preferences);
    /** How the admin last chose to sign in (the defaults before the first sign-in). */
    SignInPreferences signInPreferences() const { return m_preferences; }
    void cancelSignIn();
    /** Silent sign-in as the account of the last session, if there was one; false otherwise. */
    bool restoreLastSession();
    void reloadProfile();
    /** Signs out, and deletes the saved copy of the organisation's user list with its key. */
    void signOut();

Q_SIGNALS:
    void stateChanged(ConsoleSession::State state);
    void deviceCodeReady(const DeviceCodePrompt &prompt);
    /** While signed in, a feature asks for more permissions: show how to approve (or cancel) it. */
    void scopeRequestStarted(ScopeRequest *request);
    /** No browser opened for the sign-in; it completes if the admin opens @p address by hand. */
    void browserNotOpened(const QUrl &address);
    /** The profile and roles are loaded: the console is ready to work. */
    void ready(const SignedInAdmin &admin);
    void signInFailed(const AuthError &error);
    /** A stored sign-in could not be used; the admin has to sign in again. */
    void restoreFailed(const AuthError &error);
    void profileFailed(const GraphError &error);
    void keychainProblem(TokenStoreError error, const QString &detail);
    /** Another organisation became current, or the current one was renamed or edited. */
    void organisationChanged(const Organisation &organisation);
    /** The saved organisations were added to, renamed or removed. */
    void organisationsChanged();

private:
    void setState(State state);
    bool applyConnection(const ConnectionSettings &connection);
    void closeForSwitch();
    void replaceRunStore();
    QString journalDirectory() const;
    /** Gives the directory the saved copy of the current organisation's list (none without settings). */
    void replaceDirectoryCache();
    void onSignedIn();
    void onProfileLoaded(const SignedInAdmin &admin);

    AuthSession *m_auth;
    GraphClient *m_graph;
    QSettings *m_settings;
    Clock *m_clock;
    UserDirectory *m_directory;
    QPointer<AdminProfileLoader> m_loader;
    SignedInAdmin m_admin;
    AuditLog m_auditLog;
    QPointer<BulkRunStore> m_runStore;
    std::unique_ptr<OrganisationStore> m_organisations;
    QString m_journalRoot;
    QString m_dataRoot;
    SignInPreferences m_preferences;
    State m_state = State::SignedOut;
};
