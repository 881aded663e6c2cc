// SPDX-License-Identifier: MIT
#include "ui/policies/ChangeOwnPasswordDialog.h"
#include "ui_ChangeOwnPasswordDialog.h"
#include "ui/widgets/GrowToContents.h"
#include "ui/widgets/StackToCurrentPage.h"

#include "password/LocalPasswordRules.h"
#include "session/ConsoleSession.h"
#include "ui/texts/ErrorMessages.h"
#include "ui/texts/PasswordRuleText.h"

#include <QEvent>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

ChangeOwnPasswordDialog::ChangeOwnPasswordDialog(ConsoleSession *session, OwnPasswordChange *operation,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangeOwnPasswordDialog>())
    , m_session(session)
    , m_operation(operation)
    , m_changeButton(nullptr)
{
    m_operation->setParent(this);
    m_ui->setupUi(this);
    GrowToContents::install(this);
    sizeStackToCurrentPage(m_ui->stackPages);
    m_changeButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_changeButton->setObjectName(u"buttonChange"_s);
    m_changeButton->setDefault(true);
    m_ui->labelProblem->setStyleSheet(u"color: #a4262c;"_s);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_changeButton, &QPushButton::clicked, this, &ChangeOwnPasswordDialog::change);
    for (QLineEdit *edit : {m_ui->editCurrent, m_ui->editNew, m_ui->editConfirm}) {
        // Typed or set through the accessibility bridge, new text is checked again.
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_problem = MyAccount::Problem::None;
            m_error = {};
            m_authError = {};
            updateControls();
        });
    }
    connect(m_ui->buttonSignInAgain, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_operation, &OwnPasswordChange::stateChanged, this, [this](OwnPasswordChange::State state) {
        if (state == OwnPasswordChange::State::Changing) {
            m_status = Status::Changing;
            updateControls();
        }
    });
    connect(m_operation, &OwnPasswordChange::changed, this, &ChangeOwnPasswordDialog::onChanged);
    connect(m_operation, &OwnPasswordChange::failed, this, &ChangeOwnPasswordDialog::onFailed);
    connect(m_operation, &OwnPasswordChange::consentFailed, this, [this](const AuthError &error) {
        m_authError = error;
        m_status = Status::Editing;
        updateControls();
    });
    updateControls();
}

ChangeOwnPasswordDialog::~ChangeOwnPasswordDialog()
{
    clearSecrets();
}

void ChangeOwnPasswordDialog::clearSecrets()
{
    // QLineEdit keeps its text until told otherwise; no password outlives the dialog's use of it.
    // Emptied fields are not new text to check.
    for (QLineEdit *edit : {m_ui->editCurrent, m_ui->editNew, m_ui->editConfirm}) {
        const QSignalBlocker quiet(edit);
        edit->clear();
    }
}

void ChangeOwnPasswordDialog::updateControls()
{
    const bool editing = m_status == Status::Editing;
    m_ui->editCurrent->setEnabled(editing);
    m_ui->editNew->setEnabled(editing);
    m_ui->editConfirm->setEnabled(editing);
    const SignedInAdmin &admin = m_session->admin();
    PasswordContext context;
    context.displayName = admin.displayName;
    context.userPrincipalName = admin.userPrincipalName;
    const QString fresh = m_ui->editNew->text();
    const bool rulesMet = !fresh.isEmpty() && LocalPasswordRules::isAcceptable(fresh, context);
    const bool confirmed = fresh == m_ui->editConfirm->text();
    const bool differs = fresh != m_ui->editCurrent->text();
    m_changeButton->setEnabled(editing && !m_ui->editCurrent->text().isEmpty() && rulesMet && confirmed && differs);
    retranslate();
}

void ChangeOwnPasswordDialog::retranslate()
{
    m_changeButton->setText(tr("C&hange password"));
    const SignedInAdmin &admin = m_session->admin();
    PasswordContext context;
    context.displayName = admin.displayName;
    context.userPrincipalName = admin.userPrincipalName;
    const QString fresh = m_ui->editNew->text();
    // Nothing to complain about before the admin has typed anything.
    m_ui->labelRules->setText(fresh.isEmpty() ? QString()
                                              : PasswordRuleText::htmlList(LocalPasswordRules::check(fresh, context)));
    m_ui->labelRules->setVisible(!m_ui->labelRules->text().isEmpty());

    QString problem;
    if (m_authError.kind != AuthError::Kind::None) {
        problem = tr("ResetDesk needs your permission to change your password "
                     "(User-PasswordProfile.ReadWrite.All). %1")
                      .arg(ErrorMessages::forAuthError(m_authError).text);
    } else if (m_problem != MyAccount::Problem::None) {
        switch (m_problem) {
        case MyAccount::Problem::WrongCurrentPassword:
            problem = tr("Your current password is not correct. Type it again, and check that Caps Lock is off.");
            break;
        case MyAccount::Problem::PasswordRejected:
            problem = tr("Microsoft 365 did not accept the new password. It may be too easy to guess, contain a "
                         "name or a common word, or be a password you have used before. Choose a different one.");
            break;
        case MyAccount::Problem::SameAsCurrentPassword:
            problem = tr("The new password must be different from your current password.");
            break;
        default:
            problem = ErrorMessages::forGraphError(m_error).text;
            break;
        }
    } else if (!m_ui->editConfirm->text().isEmpty() && fresh != m_ui->editConfirm->text()) {
        problem = tr("The two new passwords are not the same. Type the new password again in both boxes.");
    } else if (!fresh.isEmpty() && fresh == m_ui->editCurrent->text()) {
        problem = tr("The new password must be different from your current password.");
    }
    m_ui->labelProblem->setText(problem);
    m_ui->labelProblem->setVisible(!problem.isEmpty());

    QString status;
    if (m_status == Status::WaitingForConsent)
        status = tr("ResetDesk needs permission to change your password. Approve it in the browser window that "
                    "opened.");
    else if (m_status == Status::Changing)
        status = tr("Changing your password…");
    m_ui->labelStatus->setText(status);
    m_ui->labelStatus->setVisible(!status.isEmpty());
}

void ChangeOwnPasswordDialog::change()
{
    if (!m_changeButton->isEnabled())
        return;
    m_status = Status::WaitingForConsent;
    updateControls();
    m_operation->start(SecretString(m_ui->editCurrent->text()), SecretString(m_ui->editNew->text()));
}

void ChangeOwnPasswordDialog::onFailed(MyAccount::Problem problem, const GraphError &error)
{
    m_status = Status::Editing;
    m_problem = problem == MyAccount::Problem::None ? MyAccount::Problem::Other : problem;
    m_error = error;
    if (problem == MyAccount::Problem::WrongCurrentPassword) {
        const QSignalBlocker quiet(m_ui->editCurrent); // emptied, not new text: the problem stays
        m_ui->editCurrent->clear();
        m_ui->editCurrent->setFocus();
    } else if (problem == MyAccount::Problem::PasswordRejected) {
        m_ui->editNew->selectAll();
        m_ui->editNew->setFocus();
    }
    updateControls();
}

void ChangeOwnPasswordDialog::onChanged()
{
    m_changed = true;
    clearSecrets();
    m_ui->stackPages->setCurrentWidget(m_ui->pageDone);
    m_ui->buttonSignInAgain->setFocus();
    Q_EMIT passwordChanged();
}

void ChangeOwnPasswordDialog::done(int result)
{
    clearSecrets();
    QDialog::done(result);
    // However the admin leaves the "changed" page, the old session is dead: sign in again.
    if (m_changed && !m_handedBack) {
        m_handedBack = true;
        Q_EMIT signInAgainRequested();
    }
}

void ChangeOwnPasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
