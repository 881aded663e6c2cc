// SPDX-License-Identifier: MIT
#pragma once

#include "directory/SignedInAdmin.h"
#include "incident/IncidentSummary.h"
#include "ui/bulk/BulkResultText.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

class BulkRun;
class BulkRunDialog;
class QPushButton;

/**
 * "Save incident summary (PDF)…" in the window of a containment run: once the run has ended, the
 * one-page IncidentSummarySheet of what was done to whom, in the admin's language, for the
 * incident record. It holds no password, so saving it is no hand-over.
 */
class IncidentSummaryAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentSummaryAction)
public:
    /** Asks where to save; empty when the admin cancels. Tests replace the QFileDialog. */
    using FileChooser = std::function<QString(const QString &suggestedPath)>;

    /** Adds its button to @p dialog (its parent); @p lookup finds a user's roles in the list. */
    IncidentSummaryAction(BulkRunDialog *dialog, BulkRun *run, const SignedInAdmin &admin,
        const QString &organisation, BulkResultText::UserLookup lookup);

    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    QPushButton *button() const { return m_button; }
    /** The summary of the run as it stands. */
    IncidentSummary summary() const;
    /** Writes the PDF; on failure says so in a message box. */
    bool save(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void update();
    void chooseAndSave();

    BulkRunDialog *m_dialog;
    QPointer<BulkRun> m_run;
    SignedInAdmin m_admin;
    QString m_organisation;
    BulkResultText::UserLookup m_lookup;
    BulkResultText m_text;
    QPushButton *m_button;
    FileChooser m_chooser;
    QDateTime m_started;
    QDateTime m_ended;
};
