// SPDX-License-Identifier: MIT
#include "ui/incident/IncidentSummaryAction.h"

#include "bulk/BulkResetRunner.h"
#include "bulk/BulkRun.h"
#include "bulk/ResetJournal.h"
#include "directory/DirectoryUser.h"
#include "incident/ContainmentConfirmation.h"
#include "incident/IncidentSummarySheet.h"
#include "ui/bulk/BulkRunDialog.h"

#include <QBoxLayout>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

IncidentSummaryAction::IncidentSummaryAction(BulkRunDialog *dialog, BulkRun *run, const SignedInAdmin &admin,
    const QString &organisation, BulkResultText::UserLookup lookup)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_run(run)
    , m_admin(admin)
    , m_organisation(organisation)
    , m_lookup(std::move(lookup))
    , m_text(run->runner(), admin, m_lookup)
    , m_button(new QPushButton(dialog))
{
    setObjectName(u"incidentSummaryAction"_s);
    m_button->setObjectName(u"buttonSaveIncidentSummary"_s);
    m_button->setAutoDefault(false);
    // Beside the other hand-over buttons, before Close.
    if (auto *buttons = dialog->findChild<QBoxLayout *>(u"layoutButtons"_s)) {
        auto *close = dialog->findChild<QPushButton *>(u"buttonClose"_s);
        buttons->insertWidget(close ? buttons->indexOf(close) : buttons->count(), m_button);
    }
    // A resumed run started when its journal was created.
    m_started = run->journal() ? run->journal()->created().toLocalTime() : QDateTime::currentDateTime();
    connect(run->runner(), &BulkResetRunner::finished, this, [this] {
        m_ended = QDateTime::currentDateTime();
        update();
    });
    connect(run->runner(), &BulkResetRunner::phaseChanged, this, &IncidentSummaryAction::update);
    connect(m_button, &QPushButton::clicked, this, &IncidentSummaryAction::chooseAndSave);
    m_chooser = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(
            m_dialog, tr("Save incident summary"), suggested, tr("PDF files (*.pdf)"));
    };
    dialog->installEventFilter(this);
    retranslate();
    update();
}

bool IncidentSummaryAction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dialog && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void IncidentSummaryAction::retranslate()
{
    m_button->setText(tr("Save incident s&ummary (PDF)…"));
    m_button->setAccessibleName(tr("Save the incident summary as PDF"));
    m_button->setToolTip(tr("One page for the incident record: what was done to whom, without passwords."));
}

void IncidentSummaryAction::update()
{
    const BulkResetRunner *runner = m_run ? m_run->runner() : nullptr;
    const bool finished = runner && runner->phase() == BulkResetRunner::Phase::Finished;
    if (finished && !m_ended.isValid())
        m_ended = QDateTime::currentDateTime();
    m_button->setEnabled(finished);
}

IncidentSummary IncidentSummaryAction::summary() const
{
    const BulkResetRunner *runner = m_run->runner();
    QSet<QString> privileged;
    for (const BulkItemResult &result : runner->results()) {
        const std::optional<DirectoryUser> user = m_lookup ? m_lookup(result.userId) : std::nullopt;
        if (user && ContainmentConfirmation::isPrivileged(*user))
            privileged.insert(result.userId);
    }
    IncidentSummary summary = IncidentSummary::fromResults(runner->results(), privileged, runner->settings(),
        [this](const BulkItemResult &result) { return m_text.reason(result); });
    summary.organisation = m_organisation;
    //: %1 is the admin's name, %2 their user name
    summary.admin = tr("%1 (%2)").arg(m_admin.displayName, m_admin.userPrincipalName);
    summary.started = m_started;
    summary.ended = m_ended.isValid() ? m_ended : QDateTime::currentDateTime();
    return summary;
}

bool IncidentSummaryAction::save(const QString &path)
{
    const QString language = QLocale().name().section(u'_', 0, 0);
    const IncidentSummarySheet sheet(summary(), HandoverLanguage(language == u"sv"_s ? language : u"en"_s));
    const FileWriteError error = sheet.writePdf(path);
    if (error == FileWriteError::None)
        return true;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Incident summary not saved"),
        tr("Could not write %1. Choose a folder you can write to and try again.")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Ok, m_dialog);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

void IncidentSummaryAction::chooseAndSave()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: File name suggested for the incident summary; %1 is the date
    const QString name = tr("incident-summary-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = m_chooser(QDir(folder).filePath(name));
    if (!path.isEmpty())
        save(path);
}
