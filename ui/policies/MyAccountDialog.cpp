// SPDX-License-Identifier: MIT
#include "ui/policies/MyAccountDialog.h"
#include "ui_MyAccountDialog.h"
#include "ui/widgets/GrowToContents.h"

#include "directory/RoleNames.h"
#include "session/ConsoleSession.h"
#include "ui/policies/ChangeOwnPasswordDialog.h"
#include "ui/texts/ErrorMessages.h"

#include <QDir>
#include <QEvent>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

MyAccountDialog::MyAccountDialog(ConsoleSession *session, ContactDetailsChange *operation, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MyAccountDialog>())
    , m_session(session)
    , m_operation(operation)
{
    m_operation->setParent(this);
    m_ui->setupUi(this);
    GrowToContents::install(this);
    for (QLabel *label : {m_ui->labelEmailProblem, m_ui->labelPhoneProblem})
        label->setStyleSheet(u"color: #a4262c;"_s);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonSave, &QPushButton::clicked, this, &MyAccountDialog::save);
    connect(m_ui->buttonChangePassword, &QPushButton::clicked, this, &MyAccountDialog::changePasswordRequested);
    for (QLineEdit *edit : {m_ui->editEmails, m_ui->editPhone}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (m_status == Status::Saved || m_status == Status::Failed)
                m_status = Status::Ready;
            updateControls();
        });
    }
    connect(m_operation, &ContactDetailsChange::loaded, this, &MyAccountDialog::showDetails);
    connect(m_operation, &ContactDetailsChange::loadFailed, this, [this](const GraphError &error) {
        m_error = error;
        m_status = Status::Failed;
        updateControls();
    });
    connect(m_operation, &ContactDetailsChange::stateChanged, this, [this](ContactDetailsChange::State state) {
        if (state == ContactDetailsChange::State::Saving) {
            m_status = Status::Saving;
            updateControls();
        }
    });
    connect(m_operation, &ContactDetailsChange::consentFailed, this, [this](const AuthError &error) {
        m_authError = error;
        m_status = Status::Failed;
        updateControls();
    });
    connect(m_operation, &ContactDetailsChange::auditFailed, this, [this](const QString &path, const QString &error) {
        //: %1 is the audit log file, %2 the system's reason
        m_auditProblem = tr("The change was made, but it could not be written to the audit log %1 (%2).")
                             .arg(QDir::toNativeSeparators(path), error);
    });
    connect(m_operation, &ContactDetailsChange::saved, this,
            [this](const MyContactDetails &details, const GraphError &error) {
                m_error = error;
                if (error.isError()) {
                    m_status = Status::Failed;
                } else {
                    m_stored = details;
                    m_ui->editPhone->setText(m_stored.mobilePhone);
                    m_status = Status::Saved;
                }
                updateControls();
            });
    updateControls();
    m_operation->load();
}

MyAccountDialog::~MyAccountDialog() = default;

QPushButton *MyAccountDialog::saveButton() const
{
    return m_ui->buttonSave;
}

ChangeOwnPasswordDialog *MyAccountDialog::openChangePassword(OwnPasswordChange *operation)
{
    if (m_changePassword) {
        // One password change at a time: the spare operation never started, so nothing is lost.
        delete operation;
    } else {
        m_changePassword = new ChangeOwnPasswordDialog(m_session, operation, this);
        m_changePassword->setAttribute(Qt::WA_DeleteOnClose);
        m_changePassword->setWindowModality(Qt::WindowModal);
        connect(m_changePassword, &ChangeOwnPasswordDialog::signInAgainRequested, this, [this] {
            // The session this dialog shows is over; the main window takes it from here.
            Q_EMIT signInAgainRequested();
            accept();
        });
    }
    m_changePassword->open();
    return m_changePassword;
}

void MyAccountDialog::showDetails(const MyContactDetails &details)
{
    m_stored = details;
    m_loaded = true;
    m_ui->editEmails->setText(details.alternateEmails.join(u"; "_s));
    m_ui->editPhone->setText(details.mobilePhone);
    m_status = Status::Ready;
    updateControls();
}

QStringList MyAccountDialog::enteredEmails() const
{
    static const QRegularExpression separators(u"[;,\\s]+"_s);
    return m_ui->editEmails->text().split(separators, Qt::SkipEmptyParts);
}

MyContactDetails MyAccountDialog::entered() const
{
    MyContactDetails details;
    details.userPrincipalName = m_stored.userPrincipalName;
    details.alternateEmails = enteredEmails();
    details.mobilePhone = m_ui->editPhone->text().trimmed();
    return details;
}

void MyAccountDialog::updateControls()
{
    const bool idle = m_loaded
                      && (m_status == Status::Ready || m_status == Status::Saved || m_status == Status::Failed);
    m_ui->editEmails->setEnabled(idle);
    m_ui->editPhone->setEnabled(idle);
    bool valid = true;
    for (const QString &mail : enteredEmails())
        valid = valid && MyAccount::validateEmail(mail, m_stored.userPrincipalName) == MyAccount::Problem::None;
    valid = valid && MyAccount::validatePhone(m_ui->editPhone->text()) == MyAccount::Problem::None;
    const MyContactDetails now = entered();
    const bool changed = now.alternateEmails != m_stored.alternateEmails
                         || MyAccount::normalizedPhone(now.mobilePhone) != MyAccount::normalizedPhone(m_stored.mobilePhone)
                         || now.mobilePhone.isEmpty() != m_stored.mobilePhone.isEmpty();
    m_ui->buttonSave->setEnabled(idle && valid && changed);
    retranslate();
}

void MyAccountDialog::retranslate()
{
    const SignedInAdmin &admin = m_session->admin();
    m_ui->labelName->setText(admin.displayName);
    m_ui->labelUpn->setText(admin.userPrincipalName);
    m_ui->labelRoles->setText(admin.rolesKnown ? (admin.roleTemplateIds.isEmpty() ? tr("None")
                                                                                  : RoleNames::list(admin.roleTemplateIds))
                                               : tr("Unknown: ResetDesk may not read roles"));

    QString emailProblem;
    for (const QString &mail : enteredEmails()) {
        const MyAccount::Problem problem = MyAccount::validateEmail(mail, m_stored.userPrincipalName);
        if (problem == MyAccount::Problem::InvalidEmail) {
            //: %1 is what the admin typed
            emailProblem = tr("“%1” is not an email address. Type it as name@example.com, and separate several "
                              "addresses with semicolons.")
                               .arg(mail);
            break;
        }
        if (problem == MyAccount::Problem::EmailIsAccountAddress) {
            emailProblem = tr("Use an address outside this account, such as a private one: when you cannot sign in, "
                              "mail to %1 does not reach you either.")
                               .arg(mail);
            break;
        }
    }
    m_ui->labelEmailProblem->setText(emailProblem);
    m_ui->labelEmailProblem->setVisible(!emailProblem.isEmpty());
    const QString phoneProblem =
        MyAccount::validatePhone(m_ui->editPhone->text()) == MyAccount::Problem::InvalidPhone
            ? tr("Type the number with its country code, a space and then the number, for example +46 701234567.")
            : QString();
    m_ui->labelPhoneProblem->setText(phoneProblem);
    m_ui->labelPhoneProblem->setVisible(!phoneProblem.isEmpty());

    QString status;
    switch (m_status) {
    case Status::Loading:
        status = tr("Reading your contact information…");
        break;
    case Status::Ready:
        break;
    case Status::WaitingForConsent:
        status = tr("ResetDesk needs permission to change your contact information. Approve it in the browser "
                    "window that opened.");
        break;
    case Status::Saving:
        status = tr("Saving…");
        break;
    case Status::Saved:
        status = tr("Saved. Self-service password reset can now reach you with these details.");
        if (!m_auditProblem.isEmpty())
            status += u'\n' + m_auditProblem;
        break;
    case Status::Failed:
        status = ErrorMessages::forFailure(m_authError, m_error).text;
        break;
    }
    m_ui->labelStatus->setText(status);
    m_ui->labelStatus->setVisible(!status.isEmpty());
}

void MyAccountDialog::save()
{
    if (!m_ui->buttonSave->isEnabled())
        return;
    m_status = Status::WaitingForConsent;
    m_error = {};
    m_authError = {};
    m_auditProblem.clear();
    updateControls();
    m_operation->save(entered());
}

void MyAccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
