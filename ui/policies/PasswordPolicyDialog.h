// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "directory/DirectoryUser.h"
#include "directory/PasswordPolicies.h"
#include "policy/PasswordPolicyUpdater.h"
#include "policy/UserPolicyChange.h"

#include <QDialog>
#include <QList>
#include <QMessageBox>
#include <QPointer>

#include <memory>

namespace Ui {
class PasswordPolicyDialog;
}
class QPushButton;

/**
 * "Password never expires" and "Allow weak passwords" (the passwordPolicies flags
 * DisablePasswordExpiration and DisableStrongPassword) for one user or many. For one user the boxes
 * show the user's settings; for several they start partly filled, which keeps each user's own
 * value. UserPolicyChange does the work (reads, merges and writes through $batch, so setting one
 * policy never clears the other, and records it in the audit log); this dialog collects the change
 * and shows its progress. Turning weak passwords on asks first.
 */
class PasswordPolicyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordPolicyDialog)
public:
    /**
     * Shows @p operation, which the caller made for this dialog; the dialog parents it, so it
     * lives as long as the dialog. @p users: the one user of the details pane, a selection, or
     * everyone.
     */
    PasswordPolicyDialog(UserPolicyChange *operation, const QList<DirectoryUser> &users, QWidget *parent = nullptr);
    ~PasswordPolicyDialog() override;

    QPushButton *applyButton() const { return m_applyButton; }
    /** What Apply would send now (empty when nothing would change). */
    PasswordPolicyChange change() const;
    bool isRunning() const;
    UserPolicyChange *operation() const { return m_operation; }
    /** The "allow weak passwords?" question while it is open. */
    QMessageBox *confirmation() const { return m_confirmation; }

    void done(int result) override;

Q_SIGNALS:
    /** Every user done; results carry each user's policies as they are now (for the user list). */
    void policiesChanged(const QList<PasswordPolicyUpdater::Result> &results);

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply();
    void start();
    void showResults(const QList<PasswordPolicyUpdater::Result> &results);
    void updateControls();
    void retranslate();

    const std::unique_ptr<Ui::PasswordPolicyDialog> m_ui;
    QList<DirectoryUser> m_users;
    UserPolicyChange *m_operation;
    QPushButton *m_applyButton;
    QPointer<QMessageBox> m_confirmation;
    QList<PasswordPolicyUpdater::Result> m_results;
    PasswordPolicies m_single; // the one user's settings, when there is one user
    QString m_auditProblem;
};
