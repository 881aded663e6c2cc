// SPDX-License-Identifier: MIT
#pragma once

#include "auth/ConnectionSettings.h"
#include "ui/texts/ErrorMessages.h"

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class SignInDialog;
}
class ClockTimer;
class ConsoleSession;
class QPushButton;
struct DeviceCodePrompt;

/**
 * Where and how to sign in: cloud, organization, app registration (with custom endpoints for
 * sovereign or test setups), and the browser or device-code flow. Stays open while the sign-in
 * runs so the admin can read the device code or cancel; closes itself once signed in.
 */
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)
public:
    /** Signs in to the current organisation, or to a new one the admin names (File › Switch organization › Add). */
    enum class Purpose { CurrentOrganisation, NewOrganisation };

    SignInDialog(ConsoleSession *session, const ConnectionSettings &initial, QWidget *parent = nullptr,
                 Purpose purpose = Purpose::CurrentOrganisation);
    ~SignInDialog() override;

    /** The connection as currently entered (validated by startSignIn()). */
    ConnectionSettings enteredConnection() const;
    /** The translated problem with the entered connection, or empty when it can be used. */
    QString connectionProblem() const;

    QPushButton *signInButton() const { return m_signInButton; }
    Purpose purpose() const { return m_purpose; }

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Mode { Idle, WaitingForBrowser, ShowingDeviceCode };

    void fillClouds();
    void showConnection(const ConnectionSettings &settings);
    void updateCustomFields();
    void startSignIn();
    void setMode(Mode mode);
    void showProblem(const UserMessage &message);
    void showDeviceCode(const DeviceCodePrompt &prompt);
    void updateExpiry();
    void copyCode();
    void retranslate();
    /** The Graph permissions an app registration needs, for the registration steps. */
    static QStringList graphPermissions();
    static QString registrationSteps();

    const std::unique_ptr<Ui::SignInDialog> m_ui;
    ConsoleSession *m_session;
    /** NewOrganisation until the organisation is saved: a second try signs in to it as the current one. */
    Purpose m_purpose;
    QPushButton *m_signInButton;
    Mode m_mode = Mode::Idle;
    UserMessage m_problem;
    QString m_verificationUri;
    QUrl m_manualAddress;
    /** When the device code expires, on the session clock's monotonic time. */
    qint64 m_codeExpiresAtMs = 0;
    ClockTimer *m_expiryTimer;
};
