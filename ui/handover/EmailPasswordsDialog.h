// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/HandoverItem.h"
#include "delivery/MailComposer.h"
#include "delivery/MailDeliveryRun.h"
#include "delivery/MailHandover.h"
#include "directory/SignedInAdmin.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QSet>

#include <memory>

namespace Ui {
class EmailPasswordsDialog;
}

/**
 * Hands temporary passwords over by email from the admin's own mailbox (Graph sendMail), only
 * after the admin ticks the opt-in: (a) one list to recipients the admin types, or (b) one
 * message per user to the user's alternate addresses, in the user's language. Shows what cannot
 * be sent before anything goes out (refused recipients, users who need a slip instead), then the
 * progress, the messages that failed and why, with Pause, Resume, Cancel and Retry. The sending
 * itself is MailDeliveryRun's, made by the MailHandover the dialog is given, and so is recording
 * each message in the audit log; this dialog builds no HTTP and writes no log line.
 */
class EmailPasswordsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailPasswordsDialog)
public:
    /**
     * Sends through @p handover, which the caller made for this dialog; the dialog parents it, so
     * it and its runs live as long as the dialog.
     */
    EmailPasswordsDialog(const QList<HandoverItem> &items, const SignedInAdmin &admin, MailHandover *handover,
                         QWidget *parent = nullptr);
    ~EmailPasswordsDialog() override;

    /** Language of mode (a) and fallback for users without one; defaults to the UI language. */
    void setAdminLanguage(const QString &language);
    void setSignInAddress(const QString &address);
    MailHandover *handover() const { return m_handover; }
    /** Messages an earlier dialog delivered (see deliveredKeys()): a new Send skips them, and says so. */
    void setAlreadyDelivered(const QSet<QString> &keys);
    /** Keys of every message delivered so far, for resuming in a later dialog. */
    QSet<QString> deliveredKeys() const;

    MailComposer::Mode mode() const;
    /** The plan for the current mode and recipients. */
    MailPlan currentPlan() const;
    MailDeliveryRun *run() const { return m_run; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    /** Every message of a run was sent (none failed, none left): the passwords are handed over. */
    void allSent();
    /** One message arrived at Exchange Online: its OutgoingMail::key, for the run's journal. */
    void messageDelivered(const QString &key);
    /** The same message as the users whose passwords it carried, for the run's hand-over ledger. */
    void passwordsDelivered(const QStringList &userIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updatePlan();
    void updateButtons();
    void send();
    void showProgress(int sent, int total);
    void showFailure(int index, const GraphError &error);
    void showInterruption(const GraphError &error);
    void showConsentFailure(const AuthError &error);
    void showRunState(MailDeliveryRun::State state);
    void showFinished();
    QString recipientProblemText(const RecipientIssue &issue) const;
    QString failureText(const MailDeliveryRun::Delivery &delivery) const;
    QString userName(qsizetype itemIndex) const;

    std::unique_ptr<Ui::EmailPasswordsDialog> m_ui;
    MailComposer m_composer;
    MailHandover *m_handover;
    QString m_auditProblem;
    MailPlan m_plan;
    QPointer<MailDeliveryRun> m_run;
    QSet<QString> m_delivered; // from earlier runs of this dialog or an earlier dialog
};
