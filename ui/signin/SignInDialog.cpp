// SPDX-License-Identifier: MIT
#include "ui/signin/SignInDialog.h"
#include "ui_SignInDialog.h"
#include "ui/widgets/GrowToContents.h"
#include "ui/widgets/StackToCurrentPage.h"

#include "auth/AuthScopes.h"
#include "auth/AuthSession.h"
#include "common/Clock.h"
#include "session/ConsoleSession.h"
#include "session/OrganisationStore.h"
#include "ui/signin/DeviceCodeLook.h"
#include "ui/texts/PermissionTexts.h"

#include <QClipboard>
#include <QEvent>
#include <QLayout>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

SignInDialog::SignInDialog(ConsoleSession *session, const ConnectionSettings &initial, QWidget *parent,
                           Purpose purpose)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_session(session)
    , m_purpose(purpose)
    , m_expiryTimer(session->clock()->createTimer(ClockTimer::Kind::Repeating, this))
{
    m_ui->setupUi(this);
    GrowToContents::install(this);
    sizeStackToCurrentPage(m_ui->stackProgress);
    m_signInButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_signInButton->setObjectName(u"buttonSignIn"_s);
    m_signInButton->setDefault(true);
    showAsDeviceCode(m_ui->labelUserCode);
    m_ui->labelError->setStyleSheet(u"color: palette(highlighted-text); background: #b3261e; padding: 6px;"_s);

    fillClouds();
    showConnection(initial);
    m_ui->labelName->setVisible(purpose == Purpose::NewOrganisation);
    m_ui->editName->setVisible(purpose == Purpose::NewOrganisation);
    if (purpose == Purpose::NewOrganisation)
        m_ui->editName->setFocus();
    const SignInPreferences preferences
        = purpose == Purpose::NewOrganisation ? SignInPreferences() : session->signInPreferences();
    (preferences.method == SignInMethod::DeviceCode ? m_ui->radioDeviceCode : m_ui->radioBrowser)->setChecked(true);
    (preferences.consent == ConsentChoice::AllAtOnce ? m_ui->radioConsentAll : m_ui->radioConsentStepByStep)
        ->setChecked(true);
    setMode(Mode::Idle);
    retranslate();

    connect(m_ui->comboCloud, &QComboBox::currentIndexChanged, this, &SignInDialog::updateCustomFields);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::startSignIn);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_ui->buttonCopyCode, &QPushButton::clicked, this, &SignInDialog::copyCode);
    connect(m_ui->buttonErrorDetails, &QPushButton::clicked, this, [this] {
        QMessageBox::information(this, m_problem.title, m_problem.details);
    });
    connect(m_ui->labelClientIdNote, &QLabel::linkActivated, this, [this] {
        QMessageBox::information(this, tr("Register your own app"), registrationSteps());
    });
    connect(m_expiryTimer, &ClockTimer::timeout, this, &SignInDialog::updateExpiry);
    connect(m_ui->buttonShowPermissions, &QPushButton::clicked, this, [this] {
        QMessageBox::information(this, tr("Permissions ResetDesk may use"),
                                 tr("<p>ResetDesk asks Microsoft 365 for these delegated permissions. It acts only as "
                                    "you, and only as far as your admin role allows.</p>%1")
                                     .arg(PermissionTexts::htmlList(AuthScopes::everything())));
    });

    connect(m_session, &ConsoleSession::deviceCodeReady, this, &SignInDialog::showDeviceCode);
    connect(m_session, &ConsoleSession::browserNotOpened, this, [this](const QUrl &address) {
        m_manualAddress = address;
        m_ui->labelManualBrowser->show();
        m_ui->buttonCopyAddress->show();
        m_ui->buttonCopyAddress->setFocus();
    });
    connect(m_ui->buttonCopyAddress, &QPushButton::clicked, this, [this] {
        // The address carries only public values (client id, PKCE challenge, state); no secret.
        QGuiApplication::clipboard()->setText(m_manualAddress.toString(QUrl::FullyEncoded));
    });
    connect(m_session, &ConsoleSession::stateChanged, this, [this](ConsoleSession::State state) {
        // The dialog's job ends when the tokens are in; the main window shows the profile loading.
        if (state == ConsoleSession::State::LoadingProfile || state == ConsoleSession::State::Ready)
            accept();
    });
    connect(m_session, &ConsoleSession::signInFailed, this, [this](const AuthError &error) {
        if (error.kind == AuthError::Kind::Cancelled) {
            setMode(Mode::Idle);
            return;
        }
        showProblem(ErrorMessages::forAuthError(error));
    });
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::fillClouds()
{
    // Texts come from retranslate(), in this order.
    for (const Cloud cloud : {Cloud::Global, Cloud::UsGovernment, Cloud::UsGovernmentDoD, Cloud::China, Cloud::Custom})
        m_ui->comboCloud->addItem(QString(), int(cloud));
}

void SignInDialog::showConnection(const ConnectionSettings &settings)
{
    m_ui->comboCloud->setCurrentIndex(m_ui->comboCloud->findData(int(settings.cloud)));
    m_ui->editTenant->setText(settings.tenant);
    m_ui->editClientId->setText(settings.clientId);
    m_ui->editAuthorityUrl->setText(settings.customAuthorityHost.toString());
    m_ui->editGraphUrl->setText(settings.customGraphRoot.toString());
    updateCustomFields();
}

void SignInDialog::updateCustomFields()
{
    const bool custom = Cloud(m_ui->comboCloud->currentData().toInt()) == Cloud::Custom;
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->labelAuthorityUrl), static_cast<QWidget *>(m_ui->editAuthorityUrl),
                            static_cast<QWidget *>(m_ui->labelGraphUrl), static_cast<QWidget *>(m_ui->editGraphUrl)})
        widget->setVisible(custom);
}

ConnectionSettings SignInDialog::enteredConnection() const
{
    ConnectionSettings settings;
    settings.cloud = Cloud(m_ui->comboCloud->currentData().toInt());
    settings.tenant = m_ui->editTenant->text().trimmed();
    if (settings.tenant.isEmpty())
        settings.tenant = u"organizations"_s;
    settings.clientId = m_ui->editClientId->text().trimmed();
    if (settings.cloud == Cloud::Custom) {
        settings.customAuthorityHost = QUrl::fromUserInput(m_ui->editAuthorityUrl->text().trimmed());
        settings.customGraphRoot = QUrl::fromUserInput(m_ui->editGraphUrl->text().trimmed());
    }
    return settings;
}

QString SignInDialog::connectionProblem() const
{
    const ConnectionSettings settings = enteredConnection();
    if (QUuid::fromString(settings.clientId).isNull())
        return tr("The application (client) ID must look like 14d82eec-204b-4c2f-b7e8-296a70dab67e. Copy it from the "
                  "app registration's Overview page in the Microsoft Entra admin center.");
    if (settings.tenant.contains(u' ') || settings.tenant.contains(u'/'))
        return tr("Enter the organization as a domain (contoso.com), a tenant ID, or \"organizations\".");
    if (settings.cloud == Cloud::Custom) {
        const QUrl urls[] = {settings.customAuthorityHost, settings.customGraphRoot};
        for (const QUrl &url : urls) {
            if (!url.isValid() || url.host().isEmpty())
                return tr("Enter both addresses for the custom cloud, for example https://login.example.com.");
            if (!CloudEndpoints::isAcceptableUrl(url))
                return tr("The address %1 is not secure. Use an address that starts with https://.")
                    .arg(url.toDisplayString());
        }
        const QString path = settings.customAuthorityHost.path();
        if (!path.isEmpty() && path != u"/"_s) {
            QUrl host = settings.customAuthorityHost;
            host.setPath({});
            return tr("Enter only the host as the sign-in address, such as %1. The organization (%2) goes in the "
                      "Organization field.")
                .arg(host.toDisplayString(), path.mid(1).section(u'/', 0, 0));
        }
    }
    return {};
}

void SignInDialog::startSignIn()
{
    const QString problem = connectionProblem();
    if (!problem.isEmpty()) {
        showProblem({tr("Check the connection"), problem, QString()});
        return;
    }
    SignInPreferences preferences;
    preferences.method = m_ui->radioDeviceCode->isChecked() ? SignInMethod::DeviceCode : SignInMethod::Browser;
    preferences.consent = m_ui->radioConsentAll->isChecked() ? ConsentChoice::AllAtOnce : ConsentChoice::StepByStep;
    const SignInMethod flow = preferences.method;
    if (m_purpose == Purpose::NewOrganisation) {
        const QString name = m_ui->editName->text().trimmed();
        const OrganisationStore *organisations = m_session->organisations();
        if (name.isEmpty() || (organisations && !organisations->isNameFree(name))) {
            showProblem({tr("Name the organization"),
                         name.isEmpty() ? tr("Enter a name for the organization, such as the company's name.")
                                        : tr("Another organization is already called %1. Choose another name.")
                                              .arg(name),
                         QString()});
            m_ui->editName->setFocus();
            return;
        }
    }
    const bool started = m_purpose == Purpose::NewOrganisation
        ? m_session->signInToNewOrganisation(m_ui->editName->text(), enteredConnection(), preferences)
        : m_session->signIn(enteredConnection(), preferences);
    if (started && m_purpose == Purpose::NewOrganisation) {
        // Saved and current now: trying again signs in to it, not to yet another new one.
        m_purpose = Purpose::CurrentOrganisation;
        m_ui->editName->setEnabled(false);
    }
    if (!started) {
        showProblem({tr("Check the connection"),
                     tr("ResetDesk cannot sign in with these settings. Check the cloud and the addresses."), QString()});
        return;
    }
    setMode(flow == ConsoleSession::Flow::Browser ? Mode::WaitingForBrowser : Mode::ShowingDeviceCode);
    if (flow == ConsoleSession::Flow::DeviceCode) {
        m_ui->labelDeviceInstructions->setText(tr("Asking Microsoft 365 for a sign-in code…"));
        m_ui->labelUserCode->clear();
        m_ui->buttonCopyCode->setEnabled(false);
        m_ui->labelDeviceExpiry->clear();
    }
}

void SignInDialog::reject()
{
    // While a sign-in runs, Cancel (and Esc) stops it first; the dialog stays for another try.
    if (m_mode != Mode::Idle) {
        m_session->cancelSignIn();
        setMode(Mode::Idle);
        return;
    }
    QDialog::reject();
}

void SignInDialog::setMode(Mode mode)
{
    m_mode = mode;
    const bool idle = mode == Mode::Idle;
    m_ui->groupConnection->setEnabled(idle);
    m_ui->groupMethod->setEnabled(idle);
    m_ui->groupConsent->setEnabled(idle);
    m_signInButton->setEnabled(idle);
    m_expiryTimer->stop();
    switch (mode) {
    case Mode::Idle:
        m_ui->stackProgress->setCurrentWidget(m_ui->pageIdle);
        m_ui->labelError->setVisible(!m_problem.text.isEmpty());
        m_ui->buttonErrorDetails->setVisible(!m_problem.details.isEmpty());
        break;
    case Mode::WaitingForBrowser:
        m_problem = {};
        m_manualAddress.clear();
        m_ui->labelManualBrowser->hide();
        m_ui->buttonCopyAddress->hide();
        m_ui->stackProgress->setCurrentWidget(m_ui->pageBrowser);
        break;
    case Mode::ShowingDeviceCode:
        m_problem = {};
        m_ui->stackProgress->setCurrentWidget(m_ui->pageDeviceCode);
        break;
    }
}

void SignInDialog::showProblem(const UserMessage &message)
{
    m_problem = message;
    m_ui->labelError->setText(message.title.isEmpty() ? message.text : message.title + u"\n"_s + message.text);
    setMode(Mode::Idle);
}

void SignInDialog::showDeviceCode(const DeviceCodePrompt &prompt)
{
    m_verificationUri = prompt.verificationUri.toString();
    m_ui->labelUserCode->setText(prompt.userCode);
    m_ui->buttonCopyCode->setEnabled(true);
    m_ui->buttonCopyCode->setFocus();
    m_ui->labelDeviceInstructions->setText(
        tr("On a phone or another computer, open <a href=\"%1\">%1</a> and enter this code. Then sign in with your "
           "admin account.")
            .arg(m_verificationUri.toHtmlEscaped()));
    m_codeExpiresAtMs = m_session->clock()->monotonicMs() + prompt.expiresInSeconds * 1000LL;
    updateExpiry();
    m_expiryTimer->start(1000);
}

void SignInDialog::updateExpiry()
{
    const qint64 seconds = qMax<qint64>(0, (m_codeExpiresAtMs - m_session->clock()->monotonicMs()) / 1000);
    const QString left = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    m_ui->labelDeviceExpiry->setText(tr("The code is valid for %1 more minutes.").arg(left));
}

void SignInDialog::copyCode()
{
    QGuiApplication::clipboard()->setText(m_ui->labelUserCode->text());
    m_ui->buttonCopyCode->setText(tr("Copied"));
    QTimer::singleShot(2000, this, [this] { m_ui->buttonCopyCode->setText(tr("C&opy code")); });
}

QStringList SignInDialog::graphPermissions()
{
    // From the scopes ResetDesk asks for, so the steps never fall behind a new feature.
    QStringList permissions;
    for (const QString &scope : AuthScopes::everything()) {
        if (!AuthScopes::isOidcScope(scope))
            permissions.append(scope);
    }
    return permissions;
}

QString SignInDialog::registrationSteps()
{
    return tr("<p>To sign in with your organization's own app registration:</p><ol>"
              "<li>In the Microsoft Entra admin center, open <b>App registrations</b> and choose <b>New "
              "registration</b>. Name it ResetDesk and choose <b>Accounts in this organizational directory "
              "only</b>.</li>"
              "<li>Under <b>Authentication</b>, add the platform <b>Mobile and desktop applications</b> with the "
              "redirect URI <tt>http://localhost</tt>, and set <b>Allow public client flows</b> to Yes.</li>"
              "<li>Under <b>API permissions</b>, add these delegated Microsoft Graph permissions: %1; and grant "
              "admin consent.</li>"
              "<li>Copy the <b>Application (client) ID</b> from the Overview page into this dialog, and enter "
              "your domain or tenant ID as the organization.</li></ol>")
        .arg(graphPermissions().join(u", "_s));
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    m_signInButton->setText(tr("&Sign in"));
    const QString names[] = {tr("Microsoft 365 (worldwide)"), tr("US Government (GCC High)"), tr("US Government (DoD)"),
                             tr("China (operated by 21Vianet)"), tr("Custom addresses")};
    for (int i = 0; i < m_ui->comboCloud->count() && i < int(std::size(names)); ++i)
        m_ui->comboCloud->setItemText(i, names[i]);
    m_ui->labelClientIdNote->setText(
        tr("The default ID belongs to Microsoft Graph Command Line Tools, an app Microsoft provides in every "
           "organization. Your organization may prefer its own app registration: <a href=\"#register\">how to "
           "register one</a>."));
}
