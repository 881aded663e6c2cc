// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class OrganisationsDialog;
}
class ConsoleSession;
class QListWidgetItem;
class QMessageBox;

/**
 * File › Switch organization…: the saved organisations, to switch to, add, rename (F2 or Rename,
 * in place) or remove. Switching and adding are the main window's to carry out (it owns the
 * sign-in dialog and the bulk-run window); renaming and removing go straight to the session.
 */
class OrganisationsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganisationsDialog)
public:
    explicit OrganisationsDialog(ConsoleSession *session, QWidget *parent = nullptr);
    ~OrganisationsDialog() override;

    /** The question or message the dialog shows now (Remove's confirmation or refusal), if any. */
    QMessageBox *messageBox() const { return m_messageBox; }

Q_SIGNALS:
    void switchRequested(const QString &organisationId);
    void addRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void updateSelection();
    QString selectedId() const;
    void switchToSelected();
    void renameSelected();
    void onItemChanged(QListWidgetItem *item);
    void removeSelected();
    void showMessage(QMessageBox *box);
    void retranslate();

    const std::unique_ptr<Ui::OrganisationsDialog> m_ui;
    ConsoleSession *m_session;
    QPointer<QMessageBox> m_messageBox;
};
