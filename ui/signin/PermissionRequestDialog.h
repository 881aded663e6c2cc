// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class PermissionRequestDialog;
}
class ScopeRequest;
struct DeviceCodePrompt;

/**
 * How to approve the permissions a feature is waiting for, the way the admin signed in: in the
 * browser that opened (or at an address to copy when none did), or with a code on another
 * device. Cancel abandons the request and leaves the admin signed in. Closes itself when the
 * request ends; the feature that waited says how it went.
 */
class PermissionRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionRequestDialog)
public:
    PermissionRequestDialog(ScopeRequest *request, QWidget *parent = nullptr);
    ~PermissionRequestDialog() override;

    ScopeRequest *request() const { return m_request; }

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPrompt();
    void showDeviceCode(const DeviceCodePrompt &prompt);
    void showManualAddress();
    void retranslate();

    const std::unique_ptr<Ui::PermissionRequestDialog> m_ui;
    QPointer<ScopeRequest> m_request;
};
