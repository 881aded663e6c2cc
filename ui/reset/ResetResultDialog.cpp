// SPDX-License-Identifier: MIT
#include "ui/reset/ResetResultDialog.h"
#include "ui_ResetResultDialog.h"
#include "ui/widgets/Announcement.h"
#include "ui/widgets/GrowToContents.h"

#include "common/Clock.h"
#include "ui/texts/ErrorMessages.h"
#include "ui/widgets/SecretClipboard.h"

#include <QEvent>
#include <QFontDatabase>

ResetResultDialog::ResetResultDialog(const ResetRequest &request, const ResetOutcome &outcome,
                                     SecretClipboard *clipboard, Clock *clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ResetResultDialog>())
    , m_action(request.action)
    , m_displayName(request.displayName)
    , m_outcome(outcome)
    , m_forceChange(request.forceChangePasswordNextSignIn || outcome.viaWriteback)
    , m_withMfa(request.forceChangePasswordNextSignInWithMfa)
    , m_clipboard(clipboard)
    , m_countdown(clock->createTimer(ClockTimer::Kind::Repeating, this))
{
    m_ui->setupUi(this);
    GrowToContents::install(this);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.25);
    m_ui->linePassword->setFont(mono);
    m_ui->linePassword->setText(m_outcome.password.reveal());
    m_ui->labelUserName->setText(m_outcome.userPrincipalName);
    m_ui->labelClipboard->hide();

    connect(m_ui->checkReveal, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->linePassword->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->buttonCopy, &QPushButton::clicked, this, &ResetResultDialog::copyPassword);
    connect(m_ui->buttonPrint, &QPushButton::clicked, this, &ResetResultDialog::requestPrint);
    connect(m_ui->buttonEmail, &QPushButton::clicked, this, &ResetResultDialog::emailRequested);
    connect(m_ui->buttonClose, &QPushButton::clicked, this, &QDialog::accept);

    connect(m_countdown, &ClockTimer::timeout, this, &ResetResultDialog::updateClipboardText);
    connect(m_clipboard, &SecretClipboard::copied, this, [this] {
        if (!m_copiedHere)
            m_countdown->stop();
        updateClipboardText();
    });
    connect(m_clipboard, &SecretClipboard::cleared, this, [this] {
        m_copiedHere = false;
        m_countdown->stop();
        updateClipboardText();
    });
    retranslate();
}

void ResetResultDialog::requestPrint()
{
    if (holdsPassword())
        Q_EMIT printRequested();
}

void ResetResultDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The focus goes to a button; the outcome itself is said as the dialog opens.
    Announcement::raise(m_ui->labelHeadline);
}

ResetResultDialog::~ResetResultDialog()
{
    wipe();
}

void ResetResultDialog::copyPassword()
{
    if (m_outcome.password.isEmpty())
        return;
    m_copiedHere = true;
    m_clipboard->copy(m_outcome.password.reveal());
    m_countdown->start(1000);
    Q_EMIT passwordCopied();
}

void ResetResultDialog::done(int result)
{
    wipe();
    QDialog::done(result);
}

void ResetResultDialog::wipe()
{
    m_outcome.password.clear();
    m_ui->linePassword->clear();
    m_ui->buttonCopy->setEnabled(false);
}

void ResetResultDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ResetResultDialog::retranslate()
{
    const bool resend = m_action == ResetRequest::Action::Resend;
    setWindowTitle(resend ? tr("Password resent") : tr("Password reset"));
    m_ui->labelHeadline->setText(resend
                                     ? tr("%1 has a new temporary password. Hand it over the way you chose.")
                                           .arg(m_displayName)
                                     : tr("The password of %1 has been reset.").arg(m_displayName));

    QStringList notes;
    if (m_outcome.viaWriteback)
        notes << tr("The new password was written back to your on-premises Active Directory.");
    if (m_forceChange && m_withMfa)
        notes << tr("They must verify with multifactor authentication and then choose a new password when they "
                    "first sign in.");
    else if (m_forceChange)
        notes << tr("They must choose a new password when they first sign in.");
    else
        notes << tr("They can keep using this password: it does not have to be changed.");
    if (m_outcome.signedOut)
        notes << tr("They were signed out of all sessions.");
    else if (m_outcome.signOutRequested)
        notes << tr("Signing them out of all sessions failed: %1 The new password is set; try signing them out "
                    "again from the user list.")
                     .arg(ErrorMessages::forGraphError(m_outcome.signOutError).text);
    m_ui->labelNotes->setText(notes.join(QLatin1Char('\n')));
    updateClipboardText();
}

void ResetResultDialog::updateClipboardText()
{
    if (m_copiedHere && m_clipboard->isPending()) {
        const int seconds = m_clipboard->secondsLeft();
        const bool appearing = !m_ui->labelClipboard->isVisibleTo(this);
        m_ui->labelClipboard->setText(
            tr("Copied. The clipboard will be cleared in %n second(s).", nullptr, seconds));
        m_ui->labelClipboard->show();
        // Said once; the countdown's seconds are for the eye.
        if (appearing)
            Announcement::raise(m_ui->labelClipboard);
        return;
    }
    m_countdown->stop();
    if (m_ui->labelClipboard->isVisibleTo(this) && !m_clipboard->isPending())
        Announcement::showMessage(m_ui->labelClipboard, tr("The password was removed from the clipboard."));
    else
        m_ui->labelClipboard->hide();
}
