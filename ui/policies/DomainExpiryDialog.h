// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "graph/GraphError.h"
#include "policy/DomainExpiry.h"
#include "policy/DomainExpiryChange.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class DomainExpiryDialog;
}
class QPushButton;

/**
 * The organisation's password expiry, domain by domain: shows each verified domain's current
 * setting and who it applies to, and saves "never expire" or "expire after N days" through
 * DomainExpiryChange, which asks for Domain.ReadWrite.All the first time and records every save in
 * the audit log.
 */
class DomainExpiryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainExpiryDialog)
public:
    /**
     * Shows @p operation, which the caller made for this dialog; the dialog parents it, so it
     * lives as long as the dialog, and asks it to read the domains at once.
     */
    explicit DomainExpiryDialog(DomainExpiryChange *operation, QWidget *parent = nullptr);
    ~DomainExpiryDialog() override;

    QPushButton *saveButton() const;
    /** The domains as last read or saved (verified ones only). */
    const QList<DomainExpiry> &domains() const { return m_domains; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Status { WaitingForConsent, Loading, Ready, Saving, Saved, Failed };

    void load();
    void showDomains(const QList<DomainExpiry> &domains);
    void showSelectedDomain();
    void onSaved(const DomainExpiryRequest &request, const GraphError &error);
    void save();
    void onEdited();
    void updateControls();
    void retranslate();
    QString describe(const DomainExpiry &domain) const;
    QString problemText() const;
    const DomainExpiry *selected() const;

    const std::unique_ptr<Ui::DomainExpiryDialog> m_ui;
    DomainExpiryChange *m_operation;
    QList<DomainExpiry> m_domains;
    Status m_status = Status::Loading;
    GraphError m_graphError; // reading failed
    GraphError m_saveError;
    AuthError m_authError;
    QString m_savedDomain;
    QString m_auditProblem;
};
