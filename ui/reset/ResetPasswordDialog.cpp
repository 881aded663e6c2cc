// SPDX-License-Identifier: MIT
#include "ui/reset/ResetPasswordDialog.h"
#include "ui_ResetPasswordDialog.h"
#include "ui/widgets/Announcement.h"
#include "ui/widgets/GrowToContents.h"

#include "directory/RoleNames.h"
#include "password/LocalPasswordRules.h"
#include "reset/ResetPermissions.h"
#include "ui/texts/ErrorMessages.h"
#include "ui/texts/PasswordRuleText.h"
#include "ui/widgets/PasswordStyleChoice.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

ResetPasswordDialog::ResetPasswordDialog(const DirectoryUser &user, const SignedInAdmin &admin,
                                         ResetRequest::Action action, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ResetPasswordDialog>())
    , m_user(user)
    , m_admin(admin)
    , m_action(action)
{
    m_ui->setupUi(this);
    GrowToContents::install(this);
    m_styleChoice = std::make_unique<PasswordStyleChoice>(m_ui->comboStyle, m_ui->comboPassphraseLanguage);
    m_resetButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_resetButton->setDefault(true);
    m_ui->linePassword->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Typed passwords are secrets: keep them out of input-method prediction and history.
    m_ui->linePassword->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_ui->labelProblem->hide();
    m_ui->labelStatus->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::requestReset);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->radioGenerate, &QRadioButton::toggled, this, &ResetPasswordDialog::updateControls);
    connect(m_ui->comboStyle, &QComboBox::currentIndexChanged, this, &ResetPasswordDialog::updateControls);
    connect(m_ui->checkForceChange, &QCheckBox::toggled, this, &ResetPasswordDialog::updateControls);
    connect(m_ui->checkWriteback, &QCheckBox::toggled, this, [this] {
        updatePrecheck();
        updateControls();
    });
    connect(m_ui->checkShowPassword, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->linePassword->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->linePassword, &QLineEdit::textEdited, this, [this] { m_ui->radioTyped->setChecked(true); });
    // Any new text, typed or set through the accessibility bridge (voice input, on-screen
    // keyboards), is checked against the rules again.
    connect(m_ui->linePassword, &QLineEdit::textChanged, this, [this] {
        m_rejection.clear();
        updateControls();
    });
    connect(m_ui->buttonChangeOwnPassword, &QPushButton::clicked, this, [this] {
        Q_EMIT changeOwnPasswordRequested();
        reject();
    });

    retranslate();
    updatePrecheck();
    updateControls();
    // The keyboard starts on the choice of password, so Enter resets with what is chosen and a
    // screen reader begins with the first question of the form.
    m_ui->radioGenerate->setFocus(Qt::OtherFocusReason);
}

ResetPasswordDialog::~ResetPasswordDialog()
{
    // The line edit's buffer is the only copy of a typed password the dialog holds.
    const QSignalBlocker quiet(m_ui->linePassword);
    m_ui->linePassword->clear();
}

ResetRequest ResetPasswordDialog::baseRequest() const
{
    ResetRequest request = ResetRequest::forUser(m_user);
    request.action = m_action;
    request.tenantName = m_admin.domain();
    request.useWriteback = m_ui->checkWriteback->isChecked();
    return request;
}

ResetRequest ResetPasswordDialog::request() const
{
    ResetRequest request = baseRequest();
    if (m_ui->radioTyped->isChecked())
        request.password = SecretString(m_ui->linePassword->text());
    request.generateStyle = m_styleChoice->style();
    request.passphraseLanguage = m_styleChoice->language();
    // Writeback always makes the user change the password and has no MFA variant.
    request.forceChangePasswordNextSignIn = request.useWriteback || m_ui->checkForceChange->isChecked();
    request.forceChangePasswordNextSignInWithMfa =
        !request.useWriteback && m_ui->checkForceChange->isChecked() && m_ui->checkVerifyMfa->isChecked();
    request.signOutEverywhere = m_ui->checkSignOut->isChecked();
    return request;
}

HandoverMethod ResetPasswordDialog::handover() const
{
    return static_cast<HandoverMethod>(m_ui->comboHandover->currentData().toInt());
}

bool ResetPasswordDialog::canReset() const
{
    if (!m_preflight.allowed())
        return false;
    if (m_ui->radioTyped->isChecked())
        return LocalPasswordRules::isAcceptable(m_ui->linePassword->text(), baseRequest().passwordContext());
    return true;
}

void ResetPasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        m_ui->labelProblem->hide();
        m_rejection.clear();
    }
    updateControls();
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ResetPasswordDialog::showRejection(const GraphError &error, const QString &password)
{
    setBusy(false);
    m_ui->radioTyped->setChecked(true);
    m_ui->linePassword->setText(password);
    m_rejection = ErrorMessages::forGraphError(error).text;
    showProblem(m_rejection);
    m_ui->linePassword->setFocus();
    m_ui->linePassword->selectAll();
    updateControls();
}

void ResetPasswordDialog::showProblem(const QString &text)
{
    setBusy(false);
    Announcement::showMessage(m_ui->labelProblem, text);
}

void ResetPasswordDialog::showStatus(const QString &text)
{
    Announcement::showMessage(m_ui->labelStatus, text);
}

void ResetPasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updatePrecheck();
        updateControls();
    }
    QDialog::changeEvent(event);
}

void ResetPasswordDialog::retranslate()
{
    const bool resend = m_action == ResetRequest::Action::Resend;
    setWindowTitle(resend ? tr("Resend password") : tr("Reset password"));
    m_resetButton->setText(resend ? tr("&Reset and resend") : tr("&Reset password"));
    m_ui->labelUser->setText(u"<b>%1</b><br>%2"_s.arg(m_user.displayName().toHtmlEscaped(),
                                                       m_user.userPrincipalName().toHtmlEscaped()));
    fillCombos();
}

void ResetPasswordDialog::fillCombos()
{
    m_styleChoice->retranslate();

    const int handover = m_ui->comboHandover->currentIndex();
    m_ui->comboHandover->clear();
    m_ui->comboHandover->addItem(tr("Show it to me"), int(HandoverMethod::Show));
    m_ui->comboHandover->addItem(tr("Copy it to the clipboard"), int(HandoverMethod::Copy));
    m_ui->comboHandover->addItem(tr("Print a password slip"), int(HandoverMethod::Print));
    m_ui->comboHandover->addItem(tr("Email it"), int(HandoverMethod::Email));
    m_ui->comboHandover->setCurrentIndex(qMax(0, handover));
}

void ResetPasswordDialog::updatePrecheck()
{
    ResetRequest cloud = baseRequest();
    cloud.useWriteback = false;
    const ResetPreflight::Result cloudCheck = ResetPreflight::check(m_user, m_admin, cloud);
    // Writeback is a choice only for a synced user whose reset the admin's roles allow.
    if (!cloudCheck.writebackAvailable)
        m_ui->checkWriteback->setChecked(false);
    if (m_ui->checkWriteback->isChecked()) {
        ResetRequest writeback = cloud;
        writeback.useWriteback = true;
        m_preflight = ResetPreflight::check(m_user, m_admin, writeback);
    } else {
        m_preflight = cloudCheck;
    }
    const bool synced = m_user.isSynced() && m_preflight.verdict != ResetPreflight::Verdict::SelfReset
        && m_preflight.verdict != ResetPreflight::Verdict::Guest;
    m_ui->checkWriteback->setVisible(synced);
    m_ui->buttonChangeOwnPassword->setVisible(m_preflight.verdict == ResetPreflight::Verdict::SelfReset);

    const QString text = precheckText();
    Announcement::showMessage(m_ui->labelPrecheck, text);
}

QString ResetPasswordDialog::precheckText() const
{
    const QString name = m_user.displayName();
    switch (m_preflight.verdict) {
    case ResetPreflight::Verdict::SelfReset:
        return tr("This is your own account. Admins cannot reset their own password here: use My account › "
                  "Change my password instead.");
    case ResetPreflight::Verdict::Guest:
        return tr("%1 is a guest from another organisation. Guests sign in with the password of their own "
                  "organisation, and only that organisation can reset it.")
            .arg(name);
    case ResetPreflight::Verdict::RoleCannotReset: {
        const QString roles = RoleNames::list(m_user.roleTemplateIds());
        const QString callers = RoleNames::list(ResetPermissions::callersForUser(m_user));
        // Entra protects members of role-assignable groups whatever roles the groups give.
        if (m_user.isRoleGroupMember())
            return tr("Your admin role cannot reset the password of %1, who is %2 and a member of a role-assignable "
                      "group. Only these roles can reset members of such groups: %3. Ask someone who holds one of "
                      "them to do it.")
                .arg(name, roles, callers);
        return tr("Your admin role cannot reset the password of %1, who is %2. Only these roles can: %3. Ask someone "
                  "who holds one of them to do it.")
            .arg(name, roles, callers);
    }
    case ResetPreflight::Verdict::SyncedUser:
        if (m_preflight.writebackAvailable)
            return tr("%1 is synced from your on-premises Active Directory, so Microsoft 365 refuses a reset of "
                      "the cloud password. Reset it through password writeback (it must be turned on in Microsoft "
                      "Entra Connect), or change it in Active Directory.")
                .arg(name);
        return tr("%1 is synced from your on-premises Active Directory, so Microsoft 365 refuses a reset of the "
                  "cloud password. Change it in Active Directory, or ask an Authentication Administrator to reset "
                  "it through password writeback.")
            .arg(name);
    case ResetPreflight::Verdict::WritebackNeedsAuthenticationAdmin:
        return tr("A reset through password writeback needs the Authentication Administrator, Privileged "
                  "Authentication Administrator or Global Administrator role.");
    case ResetPreflight::Verdict::Allowed:
        break;
    }
    if (m_preflight.rolesUnverified)
        return tr("Your admin roles could not be read, so ResetDesk cannot check in advance whether you may reset "
                  "this user. Microsoft 365 decides when you reset.");
    if (m_preflight.writebackAvailable && m_ui->checkWriteback->isChecked())
        return tr("The new password is written back to your on-premises Active Directory. The user must change it "
                  "when they first sign in.");
    return {};
}

void ResetPasswordDialog::updateControls()
{
    const bool editable = !m_busy && m_preflight.verdict != ResetPreflight::Verdict::SelfReset
        && m_preflight.verdict != ResetPreflight::Verdict::Guest
        && m_preflight.verdict != ResetPreflight::Verdict::RoleCannotReset;
    const bool typed = m_ui->radioTyped->isChecked();
    const bool writeback = m_ui->checkWriteback->isChecked();
    const PasswordStyle style = m_styleChoice->style();

    m_ui->checkWriteback->setEnabled(!m_busy && m_preflight.writebackAvailable);
    m_ui->groupPassword->setEnabled(editable);
    m_ui->labelStyle->setEnabled(!typed);
    m_ui->comboStyle->setEnabled(!typed);
    m_ui->comboPassphraseLanguage->setVisible(style == PasswordStyle::Passphrase);
    m_ui->comboPassphraseLanguage->setEnabled(!typed);
    m_ui->linePassword->setEnabled(typed);
    m_ui->checkShowPassword->setEnabled(typed);
    m_ui->checkForceChange->setEnabled(editable && !writeback);
    if (writeback)
        m_ui->checkForceChange->setChecked(true);
    m_ui->checkVerifyMfa->setEnabled(editable && !writeback && m_ui->checkForceChange->isChecked());
    m_ui->checkSignOut->setEnabled(editable);
    m_ui->comboHandover->setEnabled(editable);
    updateRules();
    m_resetButton->setEnabled(!m_busy && canReset());
}

void ResetPasswordDialog::updateRules()
{
    if (!m_ui->radioTyped->isChecked()) {
        Announcement::showMessage(m_ui->labelRules, m_user.weakPasswordAllowed()
                                      ? tr("Weak passwords are allowed for this user, but ResetDesk still creates a "
                                           "strong one.")
                                      : QString());
        return;
    }
    const QString password = m_ui->linePassword->text();
    const QList<PasswordRuleFailure> failures =
        LocalPasswordRules::check(password, baseRequest().passwordContext());
    // Announced only when the list changes, not at every key.
    if (failures.isEmpty())
        Announcement::showMessage(m_ui->labelRules, tr("This password meets the Microsoft 365 rules."));
    else if (password.isEmpty())
        Announcement::showMessage(m_ui->labelRules, PasswordRuleText::describe(failures.first()).toHtmlEscaped());
    else
        Announcement::showMessage(m_ui->labelRules, PasswordRuleText::htmlList(failures));
}

void ResetPasswordDialog::requestReset()
{
    if (m_busy || !canReset())
        return;
    setBusy(true);
    Q_EMIT resetRequested(request());
}
