// SPDX-License-Identifier: MIT
#pragma once

#include "common/FileWriteError.h"
#include "delivery/HandoverItem.h"
#include "delivery/SlipOptions.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <memory>

class QPrinter;

namespace Ui {
class PrintSlipsDialog;
}

/**
 * Hands temporary passwords over on paper: slips (print preview, print, save as PDF) and the
 * results CSV. The caller passes the results of a reset run plus who issues them; the dialog only
 * chooses options and files, SlipDocument and ResultExport do the work.
 */
class PrintSlipsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintSlipsDialog)
public:
    enum class FileKind { Pdf, Csv };
    /** Asks where to save; returns an empty path when the admin cancels. Tests replace the QFileDialog. */
    using FileChooser = std::function<QString(FileKind kind, const QString &suggestedPath)>;

    explicit PrintSlipsDialog(const QList<HandoverItem> &items, QWidget *parent = nullptr);
    ~PrintSlipsDialog() override;

    /** The issuing admin, the organisation, the sign-in address and the fallback (app) language printed on slips. */
    void setIssuer(const QString &adminName);
    void setOrganisation(const QString &name);
    void setSignInAddress(const QString &address);
    void setFallbackLanguage(const QString &language);
    void setFileChooser(FileChooser chooser);

    /** The options as the controls show them. */
    SlipOptions options() const;

    /** Writes the slips as a PDF (owner-only); reports failure to the admin. */
    bool savePdf(const QString &path);
    /** Writes the results CSV (owner-only), with passwords only when "Include passwords" is ticked. */
    bool exportResults(const QString &path);

Q_SIGNALS:
    void pdfSaved(const QString &path);
    /** The slips went to the printer. */
    void printed();
    void resultsExported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillChoices();
    void showPreview();
    void showPrintDialog();
    void chooseAndSavePdf();
    void chooseAndExport();
    void updatePasswordWarning();
    QString chooseFile(FileKind kind, const QString &suggestedName);
    void reportFailure(FileWriteError error, const QString &path);

    std::unique_ptr<Ui::PrintSlipsDialog> m_ui;
    QList<HandoverItem> m_items;
    SlipOptions m_base;
    FileChooser m_chooser;
    std::unique_ptr<QPrinter> m_printer;
};
