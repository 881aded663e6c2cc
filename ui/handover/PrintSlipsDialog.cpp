// SPDX-License-Identifier: MIT
#include "ui/handover/PrintSlipsDialog.h"
#include "ui_PrintSlipsDialog.h"
#include "ui/widgets/GrowToContents.h"

#include "delivery/ResultExport.h"
#include "delivery/SlipDocument.h"
#include "delivery/SlipLayout.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

PrintSlipsDialog::PrintSlipsDialog(const QList<HandoverItem> &items, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PrintSlipsDialog>())
    , m_items(items)
{
    m_ui->setupUi(this);
    GrowToContents::install(this);
    fillChoices();
    retranslate();
    updatePasswordWarning();

    connect(m_ui->buttonPreview, &QPushButton::clicked, this, &PrintSlipsDialog::showPreview);
    connect(m_ui->buttonPrint, &QPushButton::clicked, this, &PrintSlipsDialog::showPrintDialog);
    connect(m_ui->buttonSavePdf, &QPushButton::clicked, this, &PrintSlipsDialog::chooseAndSavePdf);
    connect(m_ui->buttonExport, &QPushButton::clicked, this, &PrintSlipsDialog::chooseAndExport);
    connect(m_ui->checkIncludePasswords, &QCheckBox::toggled, this, &PrintSlipsDialog::updatePasswordWarning);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PrintSlipsDialog::reject);
}

PrintSlipsDialog::~PrintSlipsDialog() = default;

void PrintSlipsDialog::fillChoices()
{
    for (const int count : SlipLayout::supportedCounts())
        m_ui->comboSlipsPerPage->addItem(QLocale().toString(count), count);
    m_ui->comboSlipsPerPage->setCurrentIndex(m_ui->comboSlipsPerPage->findData(8));
    // Paper names are international; Letter is the default where the locale measures in inches.
    m_ui->comboPaper->addItem(QPageSize::name(QPageSize::A4), int(SlipOptions::Paper::A4));
    m_ui->comboPaper->addItem(QPageSize::name(QPageSize::Letter), int(SlipOptions::Paper::Letter));
    const bool letter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    m_ui->comboPaper->setCurrentIndex(letter ? 1 : 0);
}

void PrintSlipsDialog::retranslate()
{
    const SlipDocument document(m_items, options());
    const int slips = int(document.slipItems().size());
    m_ui->labelCount->setText(tr("%n user(s) get a password slip.", nullptr, slips));
    m_ui->buttonPreview->setEnabled(slips > 0 || m_ui->checkSummary->isChecked());
    m_ui->buttonPrint->setEnabled(m_ui->buttonPreview->isEnabled());
    m_ui->buttonSavePdf->setEnabled(m_ui->buttonPreview->isEnabled());
}

void PrintSlipsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PrintSlipsDialog::setIssuer(const QString &adminName)
{
    m_base.issuingAdmin = adminName;
}

void PrintSlipsDialog::setOrganisation(const QString &name)
{
    m_base.organisation = name;
}

void PrintSlipsDialog::setSignInAddress(const QString &address)
{
    m_base.signInAddress = address;
}

void PrintSlipsDialog::setFallbackLanguage(const QString &language)
{
    m_base.fallbackLanguage = language;
}

void PrintSlipsDialog::setFileChooser(FileChooser chooser)
{
    m_chooser = std::move(chooser);
}

SlipOptions PrintSlipsDialog::options() const
{
    SlipOptions options = m_base;
    options.slipsPerPage = m_ui->comboSlipsPerPage->currentData().toInt();
    options.paper = SlipOptions::Paper(m_ui->comboPaper->currentData().toInt());
    options.phoneticSpelling = m_ui->checkPhonetic->isChecked();
    options.includeSummary = m_ui->checkSummary->isChecked();
    return options;
}

void PrintSlipsDialog::updatePasswordWarning()
{
    m_ui->labelPasswordWarning->setVisible(m_ui->checkIncludePasswords->isChecked());
}

void PrintSlipsDialog::showPreview()
{
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    auto *preview = new QPrintPreviewDialog(m_printer.get(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    const SlipDocument document(m_items, options());
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
            [document](QPrinter *printer) { document.paint(printer); });
    preview->open();
}

void PrintSlipsDialog::showPrintDialog()
{
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const SlipDocument document(m_items, options());
    connect(dialog, qOverload<QPrinter *>(&QPrintDialog::accepted), this, [this, document](QPrinter *printer) {
        if (!document.paint(printer))
            m_ui->labelStatus->setText(tr("The slips could not be sent to the printer. Check that it is switched on and try again."));
        else {
            m_ui->labelStatus->setText(tr("The slips were sent to the printer."));
            Q_EMIT printed();
        }
    });
    dialog->open();
}

QString PrintSlipsDialog::chooseFile(FileKind kind, const QString &suggestedName)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(suggestedName);
    if (m_chooser)
        return m_chooser(kind, suggested);
    if (kind == FileKind::Pdf)
        return QFileDialog::getSaveFileName(this, tr("Save password slips as PDF"), suggested, tr("PDF files (*.pdf)"));
    return QFileDialog::getSaveFileName(this, tr("Export results"), suggested, tr("CSV files (*.csv)"));
}

void PrintSlipsDialog::chooseAndSavePdf()
{
    //: Suggested file name; keep it short and without spaces.
    const QString path = chooseFile(FileKind::Pdf, tr("password-slips.pdf"));
    if (!path.isEmpty())
        savePdf(path);
}

void PrintSlipsDialog::chooseAndExport()
{
    //: Suggested file name; keep it short and without spaces.
    const QString path = chooseFile(FileKind::Csv, tr("reset-results.csv"));
    if (!path.isEmpty())
        exportResults(path);
}

bool PrintSlipsDialog::savePdf(const QString &path)
{
    const FileWriteError error = SlipDocument(m_items, options()).writePdf(path);
    if (error != FileWriteError::None) {
        reportFailure(error, path);
        return false;
    }
    m_ui->labelStatus->setText(tr("Saved the slips to %1. Only you can open the file.").arg(QDir::toNativeSeparators(path)));
    Q_EMIT pdfSaved(path);
    return true;
}

bool PrintSlipsDialog::exportResults(const QString &path)
{
    ResultExport::Options exportOptions;
    exportOptions.includePasswords = m_ui->checkIncludePasswords->isChecked();
    exportOptions.language = m_base.fallbackLanguage;
    const FileWriteError error = ResultExport::write(path, m_items, exportOptions);
    if (error != FileWriteError::None) {
        reportFailure(error, path);
        return false;
    }
    m_ui->labelStatus->setText(tr("Exported the results to %1. Only you can open the file.").arg(QDir::toNativeSeparators(path)));
    Q_EMIT resultsExported(path);
    return true;
}

void PrintSlipsDialog::reportFailure(FileWriteError error, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    QString text;
    switch (error) {
    case FileWriteError::CannotOpen:
        text = tr("Could not create %1. Choose a folder you can write to.").arg(file);
        break;
    case FileWriteError::CannotRestrictPermissions:
        text = tr("Could not make %1 private, so nothing was written. Choose a folder on a local disk.").arg(file);
        break;
    case FileWriteError::WriteFailed:
    case FileWriteError::None:
        text = tr("Could not write %1. Check that the disk has space and try again.").arg(file);
        break;
    }
    m_ui->labelStatus->setText(text);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("File not saved"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
