// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "graph/GraphError.h"
#include "policy/SelfServiceRegistrationReport.h"

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class SelfServiceResetDialog;
}
class ConsoleSession;
class QPushButton;

/**
 * Self-service password reset guidance: how many users have registered (the registration report,
 * userRegistrationDetails), who has not, and where Microsoft explains the setup. A tenant without
 * Microsoft Entra ID P1/P2 cannot read the report; the dialog says so instead of showing an empty
 * list. Asks for AuditLog.Read.All the first time it opens.
 */
class SelfServiceResetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelfServiceResetDialog)
public:
    /** Microsoft's step-by-step setup of self-service password reset. */
    static QUrl setupGuideUrl();
    /** Where users register their methods themselves. */
    static QUrl registrationUrl();

    /**
     * Shows @p report, which the caller made for this dialog; the dialog parents it, so it lives
     * as long as the dialog, and reads it at once. @p session is asked for the permission the
     * report needs.
     */
    SelfServiceResetDialog(
        ConsoleSession *session, SelfServiceRegistrationReport *report, QWidget *parent = nullptr);
    ~SelfServiceResetDialog() override;

    QPushButton *refreshButton() const { return m_refreshButton; }
    bool isLoading() const;

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Status { WaitingForConsent, Loading, Loaded, NotLicensed, Failed };

    void showSummary(const SelfServiceRegistrationSummary &summary);
    void retranslate();

    const std::unique_ptr<Ui::SelfServiceResetDialog> m_ui;
    ConsoleSession *m_session;
    SelfServiceRegistrationReport *m_report;
    QPushButton *m_refreshButton;
    SelfServiceRegistrationSummary m_summary;
    Status m_status = Status::Loading;
    int m_rowsRead = 0;
    GraphError m_error;
    AuthError m_authError;
};
