// SPDX-License-Identifier: MIT
#include "ui/signin/PermissionRequestDialog.h"
#include "ui_PermissionRequestDialog.h"
#include "ui/widgets/GrowToContents.h"
#include "ui/widgets/StackToCurrentPage.h"

#include "auth/ScopeRequest.h"
#include "ui/signin/DeviceCodeLook.h"
#include "ui/texts/PermissionTexts.h"

#include <QAccessible>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

PermissionRequestDialog::PermissionRequestDialog(ScopeRequest *request, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PermissionRequestDialog>())
    , m_request(request)
{
    m_ui->setupUi(this);
    GrowToContents::install(this);
    sizeStackToCurrentPage(m_ui->stackMethod);
    setAttribute(Qt::WA_DeleteOnClose);
    showAsDeviceCode(m_ui->labelUserCode);
    m_ui->stackMethod->setCurrentWidget(request->method() == SignInMethod::DeviceCode ? m_ui->pageDeviceCode
                                                                                      : m_ui->pageBrowser);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PermissionRequestDialog::reject);
    connect(m_ui->buttonCopyAddress, &QPushButton::clicked, this, [this] {
        // The address carries only public values (client id, PKCE challenge, state); no secret.
        QGuiApplication::clipboard()->setText(m_ui->editAddress->text());
    });
    connect(m_ui->buttonCopyCode, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->labelUserCode->text()); });
    connect(request, &ScopeRequest::promptStarted, this, &PermissionRequestDialog::showPrompt);
    connect(request, &ScopeRequest::deviceCodeReady, this, &PermissionRequestDialog::showDeviceCode);
    connect(request, &ScopeRequest::browserNotOpened, this, &PermissionRequestDialog::showManualAddress);
    // Granted, refused or abandoned: the feature that waited tells the outcome.
    connect(request, &ScopeRequest::finished, this, &PermissionRequestDialog::accept);
    connect(request, &QObject::destroyed, this, &PermissionRequestDialog::accept);
    showPrompt();
    if (request->deviceCode())
        showDeviceCode(*request->deviceCode());
    showManualAddress();
}

PermissionRequestDialog::~PermissionRequestDialog() = default;

void PermissionRequestDialog::reject()
{
    if (m_request)
        m_request->cancel(); // finished() closes the dialog
    QDialog::reject();
}

void PermissionRequestDialog::showPrompt()
{
    m_ui->labelUserCode->clear();
    m_ui->buttonCopyCode->setEnabled(false);
    m_ui->labelManualAddress->hide();
    m_ui->editAddress->hide();
    m_ui->buttonCopyAddress->hide();
    retranslate();
}

void PermissionRequestDialog::showDeviceCode(const DeviceCodePrompt &prompt)
{
    m_ui->labelUserCode->setText(prompt.userCode);
    m_ui->buttonCopyCode->setEnabled(true);
    m_ui->buttonCopyCode->setFocus();
    retranslate();
    // Screen readers hear the code as soon as it is there, not only when they reach the label.
    QAccessibleEvent changed(m_ui->labelUserCode, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
}

void PermissionRequestDialog::showManualAddress()
{
    if (!m_request || m_request->manualAddress().isEmpty())
        return;
    m_ui->editAddress->setText(m_request->manualAddress().toString(QUrl::FullyEncoded));
    m_ui->editAddress->setCursorPosition(0);
    m_ui->labelManualAddress->show();
    m_ui->editAddress->show();
    m_ui->buttonCopyAddress->show();
    m_ui->buttonCopyAddress->setFocus();
    QAccessibleEvent shown(m_ui->labelManualAddress, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&shown);
}

void PermissionRequestDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PermissionRequestDialog::retranslate()
{
    if (!m_request)
        return;
    const QString account = m_request->account().toHtmlEscaped();
    m_ui->labelIntro->setText(tr("To go on, ResetDesk needs your approval for:"));
    m_ui->labelPermissions->setText(PermissionTexts::htmlList(m_request->missingScopes()));
    m_ui->labelBrowser->setText(
        tr("Approve in the browser window that opened, signed in as %1. ResetDesk goes on by itself afterwards.")
            .arg(account));
    if (const auto &code = m_request->deviceCode()) {
        const QString address = code->verificationUri.toString().toHtmlEscaped();
        m_ui->labelDeviceInstructions->setText(
            tr("On a phone or another computer, open <a href=\"%1\">%1</a>, enter this code and sign in as %2:")
                .arg(address, account));
    } else {
        m_ui->labelDeviceInstructions->setText(tr("Asking Microsoft 365 for a code…"));
    }
}
