// SPDX-License-Identifier: MIT
#include "ui/audit/AuditLogDialog.h"
#include "ui/widgets/ClearButtonName.h"
#include "ui_AuditLogDialog.h"
#include "ui/widgets/GrowToContents.h"

#include "audit/AuditLogModel.h"

#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

AuditLogDialog::AuditLogDialog(const AuditLog &log, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditLogDialog>())
    , m_log(log)
    , m_model(new AuditLogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    GrowToContents::install(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditLogModel::SortValueRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->tableEntries->setModel(m_proxy);
    m_ui->tableEntries->verticalHeader()->hide();
    m_ui->tableEntries->horizontalHeader()->setStretchLastSection(true);
    m_ui->tableEntries->sortByColumn(AuditLogModel::Time, Qt::DescendingOrder);

    m_prompt = [](QWidget *parentWidget, const QString &suggested) {
        return QFileDialog::getSaveFileName(parentWidget, tr("Export audit log"), suggested,
                                            tr("CSV files (*.csv)"));
    };
    connect(m_ui->lineSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_ui->buttonRefresh, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(m_ui->buttonExport, &QPushButton::clicked, this, &AuditLogDialog::exportWithPrompt);
    connect(m_ui->buttonClose, &QPushButton::clicked, this, &QDialog::accept);
    nameClearButton(m_ui->lineSearch, tr("Clear search"));
    reload();
}

AuditLogDialog::~AuditLogDialog() = default;

void AuditLogDialog::reload()
{
    m_model->setEntries(m_log.entries(&m_skipped));
    m_ui->tableEntries->resizeColumnsToContents();
    updateCount();
}

bool AuditLogDialog::exportTo(const QString &path)
{
    QString error;
    if (m_log.exportCsv(path, &error))
        return true;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"),
                                tr("The audit log could not be saved to %1 (%2). Choose another folder and try "
                                   "again.")
                                    .arg(QDir::toNativeSeparators(path), error),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

void AuditLogDialog::exportWithPrompt()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("resetdesk-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = m_prompt(this, suggested);
    if (!path.isEmpty())
        exportTo(path);
}

void AuditLogDialog::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    QString text = shown == total ? tr("%n entry(s)", nullptr, total)
                                  : tr("%1 of %n entry(s)", nullptr, total).arg(shown);
    if (m_skipped > 0)
        text += u"  "_s + tr("(%n damaged line(s) skipped)", nullptr, m_skipped);
    m_ui->labelCount->setText(text);
    m_ui->labelPath->setText(tr("The log is kept in %1. It never contains passwords.")
                                 .arg(QDir::toNativeSeparators(m_log.path())));
    m_ui->buttonExport->setEnabled(total > 0);
}

void AuditLogDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        nameClearButton(m_ui->lineSearch, tr("Clear search"));
        updateCount();
    }
    QDialog::changeEvent(event);
}
