// SPDX-License-Identifier: MIT
#include "ui/users/UsersPageRegistration.h"

#include "auth/AuthScopes.h"
#include "auth/AuthSession.h"
#include "auth/ScopeConsent.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserListModel.h"
#include "ui/texts/ErrorMessages.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>

UsersPageRegistration::UsersPageRegistration(const Widgets &widgets, QObject *parent)
    : QObject(parent)
    , m_widgets(widgets)
{
    connect(m_widgets.consentButton, &QPushButton::clicked, this, &UsersPageRegistration::requestConsent);
    retranslate();
}

UsersPageRegistration::~UsersPageRegistration() = default;

void UsersPageRegistration::setAuthSession(AuthSession *auth)
{
    m_auth = auth;
    retranslate();
}

void UsersPageRegistration::attach(UserListModel *model, UserDirectoryLoader *loader)
{
    if (m_loader)
        disconnect(m_loader, nullptr, this, nullptr);
    m_model = model;
    m_loader = loader;
    m_error = {};
    m_consentError = {};
    m_consentPending = false;
    if (loader) {
        connect(loader, &UserDirectoryLoader::registrationStarted, this, [this] {
            m_error = {};
            retranslate();
        });
        connect(loader, &UserDirectoryLoader::registrationReceived, this, [this] {
            m_error = {};
            retranslate();
        });
        connect(loader, &UserDirectoryLoader::registrationUnavailable, this, [this](const GraphError &error) {
            m_error = error;
            retranslate();
        });
        // A cancelled load stops the reading without a word of its own.
        connect(loader, &UserDirectoryLoader::finished, this, &UsersPageRegistration::retranslate);
    }
    retranslate();
}

UsersPageRegistration::State UsersPageRegistration::state() const
{
    if (m_model && m_model->registrationReport() == UserListModel::RegistrationReport::Loaded)
        return State::Available;
    if (m_loader && m_loader->isReadingRegistration())
        return State::Loading;
    switch (m_error.kind) {
    case GraphError::Kind::None:
    case GraphError::Kind::Cancelled:
        return State::NotRead;
    case GraphError::Kind::LicenseRequired:
        return State::NoLicence;
    case GraphError::Kind::InsufficientPrivileges:
        // Only a missing permission can be fixed from here; a missing role needs another account.
        return m_auth && !m_auth->hasScopes(AuthScopes::reports()) ? State::NeedsConsent : State::NoRole;
    default:
        return State::Failed;
    }
}

QString UsersPageRegistration::filterToolTip() const
{
    switch (state()) {
    case State::Available:
        return tr("Users who have not registered how they can be reached for self-service password reset");
    case State::Loading:
        return tr(
            "ResetDesk is still reading who has registered for self-service password reset. This filter "
            "becomes available when the registration report has loaded.");
    case State::NotRead:
        return tr("ResetDesk reads who has registered for self-service password reset when it loads the user "
                  "list. Press F5 to load it.");
    case State::NeedsConsent:
        return tr(
            "ResetDesk has not been allowed to read the registration report. Choose \"Allow ResetDesk to "
            "read who registered for self-service password reset\" above the list to grant the permission.");
    case State::NoLicence:
        return tr(
            "Your organization's licence does not include the registration report, so ResetDesk cannot show "
            "who has registered. The report needs Microsoft Entra ID P1 or P2 (included in Microsoft 365 "
            "Business Premium, E3 and E5).");
    case State::NoRole:
        return tr(
            "Your account may not read the registration report. Sign in with a role that can read reports, "
            "such as Reports Reader, Security Reader or Global Reader, or ask a Global Administrator to "
            "grant "
            "admin consent for ResetDesk to read it.");
    case State::Failed:
        return tr("ResetDesk could not read the registration report. %1")
            .arg(ErrorMessages::forGraphError(m_error).text);
    }
    return {};
}

void UsersPageRegistration::retranslate()
{
    const State current = state();
    // QComboBox's own model is a QStandardItemModel: its items carry the enabled flag.
    if (auto *items = qobject_cast<QStandardItemModel *>(m_widgets.filter->model())) {
        if (QStandardItem *item = items->item(m_widgets.filterIndex)) {
            item->setEnabled(current == State::Available);
            item->setToolTip(filterToolTip());
        }
    }

    const bool offer = current == State::NeedsConsent;
    m_widgets.consentBar->setVisible(offer);
    m_widgets.consentButton->setText(
        tr("Allo&w ResetDesk to read who registered for self-service password reset…"));
    m_widgets.consentButton->setEnabled(offer && !m_consentPending);
    QString text;
    if (m_consentPending)
        text = tr(
            "ResetDesk needs permission to read the registration report. Approve it in the browser window "
            "that opened.");
    else if (m_consentError.kind != AuthError::Kind::None
        && m_consentError.kind != AuthError::Kind::Cancelled)
        text = ErrorMessages::forAuthError(m_consentError).text;
    else
        text = tr(
            "Who has registered for self-service password reset is not shown: ResetDesk has not been allowed "
            "to read the registration report.");
    m_widgets.consentText->setText(text);
}

void UsersPageRegistration::requestConsent()
{
    if (!m_auth || !m_loader || m_consentPending)
        return;
    m_consentPending = true;
    m_consentError = {};
    retranslate();
    ScopeConsent::ensure(
        m_auth, AuthScopes::reports(), this,
        [this] {
            m_consentPending = false;
            if (m_loader)
                m_loader->reloadRegistration(); // emits registrationStarted: the page says it is loading
            retranslate();
        },
        [this](const AuthError &error) {
            m_consentPending = false;
            m_consentError = error;
            retranslate();
        });
}
