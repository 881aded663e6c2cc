// SPDX-License-Identifier: MIT
#pragma once

#include "audit/AuditLog.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class AuditLogDialog;
}
class AuditLogModel;
class QSortFilterProxyModel;

/**
 * The local audit log: every reset and resend with time, admin, user, action, outcome
 * and Graph's request id — never a password — searchable, sortable and exportable as CSV.
 */
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)
public:
    /** Asks where to save; returns an empty path when the admin cancels. Replaceable for tests. */
    using SavePathPrompt = std::function<QString(QWidget *parent, const QString &suggested)>;

    explicit AuditLogDialog(const AuditLog &log, QWidget *parent = nullptr);
    ~AuditLogDialog() override;

    void setSavePathPrompt(SavePathPrompt prompt) { m_prompt = std::move(prompt); }
    /** Rereads the log file. */
    void reload();
    /** Writes the whole log as CSV to @p path; false (and a message shown) on failure. */
    bool exportTo(const QString &path);

    AuditLogModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void exportWithPrompt();
    void updateCount();

    const std::unique_ptr<Ui::AuditLogDialog> m_ui;
    AuditLog m_log;
    AuditLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    SavePathPrompt m_prompt;
    int m_skipped = 0;
};
