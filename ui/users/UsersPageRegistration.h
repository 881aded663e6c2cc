// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "graph/GraphError.h"

#include <QObject>
#include <QPointer>

class AuthSession;
class QComboBox;
class QLabel;
class QPushButton;
class QWidget;
class UserDirectoryLoader;
class UserListModel;

/**
 * What the Active users page says about the self-service registration report
 * (userRegistrationDetails): the "Not registered for self-service reset" quick
 * filter is usable only once the report has loaded; otherwise the entry is disabled and its
 * tooltip says why and what to do (still loading, no Entra ID P1/P2, no role that reads
 * reports, no permission yet). When only the permission is missing (the token lacks
 * AuditLog.Read.All), a bar above the list offers to ask for it; after the admin consents, only
 * the report is read again. Consent is never asked for without that click.
 */
class UsersPageRegistration final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPageRegistration)
public:
    /** Where the page shows it all (UsersPage.ui). */
    struct Widgets
    {
        QComboBox *filter = nullptr;
        int filterIndex = -1; // the "Not registered for self-service reset" entry
        QWidget *consentBar = nullptr;
        QLabel *consentText = nullptr;
        QPushButton *consentButton = nullptr;
    };

    enum class State {
        Available, // the report has loaded
        Loading, // it is being read
        NotRead, // no load has read it (yet)
        NeedsConsent, // 403 and the token lacks AuditLog.Read.All
        NoLicence, // the tenant has no Entra ID P1/P2
        NoRole, // 403 with the permission: the admin's roles may not read reports
        Failed, // anything else (network, throttling…)
    };
    Q_ENUM(State)

    explicit UsersPageRegistration(const Widgets &widgets, QObject *parent = nullptr);
    ~UsersPageRegistration() override;

    /** Follows @p loader reading the report into @p model (the directory's); null: not read. */
    void attach(UserListModel *model, UserDirectoryLoader *loader);
    /** Without a session (null) consent is never offered. */
    void setAuthSession(AuthSession *auth);
    State state() const;
    /** Why the filter entry is disabled and what to do, or what it shows when it is enabled. */
    QString filterToolTip() const;
    void retranslate();

private:
    void requestConsent();

    Widgets m_widgets;
    QPointer<UserListModel> m_model;
    QPointer<UserDirectoryLoader> m_loader;
    QPointer<AuthSession> m_auth;
    /** Why the last reading failed (None after a successful one). */
    GraphError m_error;
    AuthError m_consentError;
    bool m_consentPending = false;
};
