// SPDX-License-Identifier: MIT
#include "ui/policies/PasswordPolicyDialog.h"
#include "ui_PasswordPolicyDialog.h"
#include "ui/widgets/GrowToContents.h"

#include "ui/texts/ErrorMessages.h"

#include <QDir>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<bool> wanted(const QCheckBox *box)
{
    switch (box->checkState()) {
    case Qt::Checked:
        return true;
    case Qt::Unchecked:
        return false;
    case Qt::PartiallyChecked:
        break;
    }
    return std::nullopt;
}

} // namespace

PasswordPolicyDialog::PasswordPolicyDialog(UserPolicyChange *operation, const QList<DirectoryUser> &users,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasswordPolicyDialog>())
    , m_users(users)
    , m_operation(operation)
    , m_applyButton(nullptr)
{
    m_operation->setParent(this);
    m_ui->setupUi(this);
    GrowToContents::install(this);
    m_applyButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ApplyRole);
    m_applyButton->setObjectName(u"buttonApply"_s);
    m_applyButton->setDefault(true);
    m_ui->labelWeakHint->setStyleSheet(u"color: #a4262c;"_s);
    m_ui->treeResults->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    const bool single = m_users.size() == 1;
    if (!single) {
        for (QCheckBox *box : {m_ui->checkNeverExpires, m_ui->checkWeak})
            box->setCheckState(Qt::PartiallyChecked); // makes the box tri-state: "keep"
    } else {
        const DirectoryUser &user = m_users.constFirst();
        m_single.setNeverExpires(user.passwordNeverExpires());
        m_single.setWeakAllowed(user.weakPasswordAllowed());
        m_ui->checkNeverExpires->setChecked(m_single.neverExpires());
        m_ui->checkWeak->setChecked(m_single.weakAllowed());
    }
    m_ui->labelBulkHint->setVisible(!single);
    m_ui->progressBar->setVisible(false);
    m_ui->treeResults->setVisible(false);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_applyButton, &QPushButton::clicked, this, &PasswordPolicyDialog::apply);
    for (QCheckBox *box : {m_ui->checkNeverExpires, m_ui->checkWeak})
        connect(box, &QCheckBox::stateChanged, this, &PasswordPolicyDialog::updateControls);
    connect(m_operation, &UserPolicyChange::progress, this, [this](int done, int total) {
        m_ui->progressBar->setMaximum(total);
        m_ui->progressBar->setValue(done);
    });
    connect(m_operation, &UserPolicyChange::stateChanged, this, &PasswordPolicyDialog::updateControls);
    connect(m_operation, &UserPolicyChange::consentFailed, this, [this] { m_ui->progressBar->setVisible(false); });
    connect(m_operation, &UserPolicyChange::auditFailed, this, [this](const QString &path, const QString &error) {
        //: %1 is the audit log file, %2 the system's reason
        m_auditProblem = tr("The change was made, but it could not be written to the audit log %1 (%2).")
                             .arg(QDir::toNativeSeparators(path), error);
    });
    connect(m_operation, &UserPolicyChange::finished, this, &PasswordPolicyDialog::showResults);
    updateControls();
}

PasswordPolicyDialog::~PasswordPolicyDialog() = default;

PasswordPolicyChange PasswordPolicyDialog::change() const
{
    PasswordPolicyChange change{wanted(m_ui->checkNeverExpires), wanted(m_ui->checkWeak)};
    if (m_users.size() == 1) {
        // For one user only what differs from the user's settings counts as a change.
        if (change.neverExpires == m_single.neverExpires())
            change.neverExpires.reset();
        if (change.weakAllowed == m_single.weakAllowed())
            change.weakAllowed.reset();
    }
    return change;
}

bool PasswordPolicyDialog::isRunning() const
{
    return m_operation->isRunning();
}

void PasswordPolicyDialog::updateControls()
{
    const bool busy = isRunning();
    m_ui->checkNeverExpires->setEnabled(!busy);
    m_ui->checkWeak->setEnabled(!busy);
    m_applyButton->setEnabled(!busy && !m_users.isEmpty() && !change().isEmpty());
    retranslate();
}

void PasswordPolicyDialog::apply()
{
    const PasswordPolicyChange wantedChange = change();
    if (wantedChange.isEmpty() || isRunning())
        return;
    if (!wantedChange.weakAllowed.value_or(false)) {
        start();
        return;
    }
    // Weak passwords are a real risk: the admin says yes to it knowingly, once per change.
    m_confirmation = new QMessageBox(QMessageBox::Warning, tr("Allow weak passwords?"),
                                     tr("Allow weak passwords for %n user(s)?", "", int(m_users.size())),
                                     QMessageBox::Cancel, this);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation->setInformativeText(
        tr("These users may then choose passwords that skip Microsoft's complexity rules, such as short words or "
           "simple number sequences. Such passwords are easy to guess and to break, and an attacker who guesses one "
           "gets everything the user can reach. Allow it only when a system truly cannot use strong passwords, and "
           "turn it off again when you can."));
    QPushButton *allow = m_confirmation->addButton(tr("&Allow weak passwords"), QMessageBox::AcceptRole);
    allow->setObjectName(u"buttonAllowWeak"_s);
    m_confirmation->setDefaultButton(QMessageBox::Cancel);
    connect(m_confirmation, &QMessageBox::buttonClicked, this, [this, allow](QAbstractButton *button) {
        if (button == allow)
            start();
    });
    m_confirmation->open();
}

void PasswordPolicyDialog::start()
{
    m_results.clear();
    m_auditProblem.clear();
    m_ui->treeResults->clear();
    m_ui->treeResults->setVisible(false);
    m_ui->progressBar->setMaximum(int(m_users.size()));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setVisible(true);
    m_operation->start(m_users, change());
    updateControls();
}

void PasswordPolicyDialog::showResults(const QList<PasswordPolicyUpdater::Result> &results)
{
    m_results = results;
    if (m_users.size() == 1 && !results.isEmpty() && !results.constFirst().error.isError()) {
        // The user's settings are now what the service holds; Apply again only for a new change.
        m_single = results.constFirst().policies;
    }
    m_ui->treeResults->setVisible(true);
    m_ui->progressBar->setValue(m_ui->progressBar->maximum());
    updateControls();
    Q_EMIT policiesChanged(results);
}

void PasswordPolicyDialog::retranslate()
{
    m_applyButton->setText(tr("&Apply"));
    if (m_users.size() == 1) {
        const DirectoryUser &user = m_users.constFirst();
        m_ui->labelTargets->setText(
            tr("Password policies for %1 (%2).").arg(user.displayName(), user.userPrincipalName()));
    } else {
        m_ui->labelTargets->setText(tr("Change the password policies of %n user(s).", "", int(m_users.size())));
    }

    QHash<QString, const DirectoryUser *> byId;
    for (const DirectoryUser &user : std::as_const(m_users))
        byId.insert(user.id(), &user);
    m_ui->treeResults->clear();
    int failed = 0;
    QList<QTreeWidgetItem *> items;
    items.reserve(m_results.size());
    for (const PasswordPolicyUpdater::Result &result : std::as_const(m_results)) {
        const DirectoryUser *user = byId.value(result.userId);
        QString outcome;
        QString details;
        if (result.error.isError()) {
            ++failed;
            const UserMessage message = ErrorMessages::forGraphError(result.error);
            outcome = tr("Failed: %1").arg(message.title);
            details = message.text;
        } else {
            outcome = tr("Succeeded");
            const QString never = result.policies.neverExpires() ? tr("Password never expires.")
                                                                 : tr("Password expires as the organization sets.");
            const QString weak = result.policies.weakAllowed() ? tr("Weak passwords allowed.")
                                                               : tr("Strong passwords required.");
            details = never + u' ' + weak;
        }
        auto *item = new QTreeWidgetItem({user ? user->displayName() : result.userId,
                                          user ? user->userPrincipalName() : QString(), outcome, details});
        item->setData(0, Qt::UserRole, result.userId);
        item->setToolTip(3, details);
        items.append(item);
    }
    m_ui->treeResults->addTopLevelItems(items);

    QString status;
    switch (m_operation->state()) {
    case UserPolicyChange::State::Idle:
        break;
    case UserPolicyChange::State::WaitingForConsent:
        status = tr("ResetDesk needs permission to change users' password policies. Approve it in the browser "
                    "window that opened.");
        break;
    case UserPolicyChange::State::Running:
        status = tr("Changing password policies…");
        break;
    case UserPolicyChange::State::Finished: {
        const int succeeded = int(m_results.size()) - failed;
        status = failed == 0 ? tr("Changed for %n user(s).", "", succeeded)
                             : tr("Changed for %1 of %n user(s). The list says why the others failed.", "",
                                  int(m_results.size()))
                                   .arg(succeeded);
        if (!m_auditProblem.isEmpty())
            status += u'\n' + m_auditProblem;
        break;
    }
    case UserPolicyChange::State::ConsentFailed:
        status = ErrorMessages::forAuthError(m_operation->consentError()).text;
        break;
    }
    m_ui->labelStatus->setText(status);
    m_ui->labelStatus->setVisible(!status.isEmpty());
}

void PasswordPolicyDialog::done(int result)
{
    m_operation->cancel();
    QDialog::done(result);
}

void PasswordPolicyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
