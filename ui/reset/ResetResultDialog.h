// SPDX-License-Identifier: MIT
#pragma once

#include "reset/ResetOutcome.h"
#include "reset/ResetRequest.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ResetResultDialog;
}
class Clock;
class ClockTimer;
class SecretClipboard;

/**
 * The result pane of a successful reset: who, the temporary password (hidden until revealed),
 * what happens next, and the ways to hand it over — copy (cleared from the clipboard after 30
 * seconds), print a slip, email. The password is wiped from the outcome and the field when the
 * pane closes.
 */
class ResetResultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetResultDialog)
public:
    /** The clipboard's countdown is shown ticking on @p clock, the one @p clipboard runs on. */
    ResetResultDialog(const ResetRequest &request, const ResetOutcome &outcome, SecretClipboard *clipboard,
                      Clock *clock, QWidget *parent = nullptr);
    ~ResetResultDialog() override;

    /** Puts the password on the clipboard (the Copy button). */
    void copyPassword();
    /** The result; its password is empty once the pane was closed. */
    const ResetOutcome &outcome() const { return m_outcome; }
    /** Asks for a slip of the password (printRequested), as Print slip… does. */
    void requestPrint();
    /** Whether the password is still held (false once the pane was closed). */
    bool holdsPassword() const { return !m_outcome.password.isEmpty(); }

Q_SIGNALS:
    void printRequested();
    void emailRequested();
    /** The password went to the clipboard. */
    void passwordCopied();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void done(int result) override;

private:
    void retranslate();
    void updateClipboardText();
    void wipe();

    const std::unique_ptr<Ui::ResetResultDialog> m_ui;
    ResetRequest::Action m_action;
    QString m_displayName;
    ResetOutcome m_outcome;
    bool m_forceChange;
    bool m_withMfa;
    SecretClipboard *m_clipboard;
    ClockTimer *m_countdown;
    /** Whether the countdown text belongs to this pane's copy (another pane may have copied since). */
    bool m_copiedHere = false;
};
