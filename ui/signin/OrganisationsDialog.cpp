// SPDX-License-Identifier: MIT
#include "ui/signin/OrganisationsDialog.h"
#include "ui_OrganisationsDialog.h"
#include "ui/widgets/GrowToContents.h"

#include "session/ConsoleSession.h"
#include "session/OrganisationStore.h"

#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole;
} // namespace

OrganisationsDialog::OrganisationsDialog(ConsoleSession *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OrganisationsDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    GrowToContents::install(this);
    m_ui->buttonSwitch->setDefault(true);
    connect(m_ui->buttonSwitch, &QPushButton::clicked, this, &OrganisationsDialog::switchToSelected);
    connect(m_ui->listOrganisations, &QListWidget::itemActivated, this, &OrganisationsDialog::switchToSelected);
    connect(m_ui->buttonAdd, &QPushButton::clicked, this, [this] {
        Q_EMIT addRequested();
        accept();
    });
    connect(m_ui->buttonRename, &QPushButton::clicked, this, &OrganisationsDialog::renameSelected);
    connect(m_ui->buttonRemove, &QPushButton::clicked, this, &OrganisationsDialog::removeSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->listOrganisations, &QListWidget::itemChanged, this, &OrganisationsDialog::onItemChanged);
    connect(m_ui->listOrganisations, &QListWidget::currentItemChanged, this, &OrganisationsDialog::updateSelection);
    connect(m_session, &ConsoleSession::organisationsChanged, this, &OrganisationsDialog::reload);
    connect(m_session, &ConsoleSession::organisationChanged, this, &OrganisationsDialog::reload);
    reload();
}

OrganisationsDialog::~OrganisationsDialog() = default;

void OrganisationsDialog::reload()
{
    const QString selected = selectedId();
    const QSignalBlocker blocker(m_ui->listOrganisations);
    m_ui->listOrganisations->clear();
    const OrganisationStore *organisations = m_session->organisations();
    if (!organisations)
        return;
    const QString currentId = m_session->currentOrganisation().id;
    for (const Organisation &organisation : organisations->all()) {
        auto *item = new QListWidgetItem(organisation.name, m_ui->listOrganisations);
        item->setData(IdRole, organisation.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (organisation.id == currentId) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        if (organisation.id == (selected.isEmpty() ? currentId : selected))
            m_ui->listOrganisations->setCurrentItem(item);
    }
    retranslate();
    updateSelection();
}

QString OrganisationsDialog::selectedId() const
{
    const QListWidgetItem *item = m_ui->listOrganisations->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void OrganisationsDialog::updateSelection()
{
    const QString id = selectedId();
    const bool current = !id.isEmpty() && id == m_session->currentOrganisation().id;
    m_ui->buttonSwitch->setEnabled(!id.isEmpty() && !current);
    m_ui->buttonRename->setEnabled(!id.isEmpty());
    // The organisation in use is left by switching, or by signing out; never removed under the admin.
    m_ui->buttonRemove->setEnabled(!id.isEmpty() && !current);
    retranslate();
}

void OrganisationsDialog::switchToSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || id == m_session->currentOrganisation().id)
        return;
    Q_EMIT switchRequested(id);
    accept();
}

void OrganisationsDialog::renameSelected()
{
    if (QListWidgetItem *item = m_ui->listOrganisations->currentItem())
        m_ui->listOrganisations->editItem(item);
}

void OrganisationsDialog::onItemChanged(QListWidgetItem *item)
{
    const QString id = item->data(IdRole).toString();
    const auto saved = m_session->organisations()->find(id);
    if (!saved || item->text() == saved->name)
        return;
    const QString wanted = item->text().trimmed();
    if (m_session->renameOrganisation(id, wanted))
        return; // reload() shows the new name in its place
    {
        const QSignalBlocker blocker(m_ui->listOrganisations);
        item->setText(saved->name);
    }
    auto *box = new QMessageBox(QMessageBox::Information, tr("Rename organization"),
                                wanted.isEmpty() ? tr("An organization needs a name.")
                                                 : tr("Another organization is already called %1. Choose another "
                                                      "name.")
                                                       .arg(wanted),
                                QMessageBox::Ok, this);
    showMessage(box);
}

void OrganisationsDialog::removeSelected()
{
    const auto organisation = m_session->organisations()->find(selectedId());
    if (!organisation || organisation->id == m_session->currentOrganisation().id)
        return;
    const int runs = m_session->storedRunCount(*organisation);
    if (runs > 0) {
        // Its journals hold passwords that were never handed over; removing would strand them.
        showMessage(new QMessageBox(
            QMessageBox::Information, tr("Remove organization"),
            tr("%1 still has %n saved reset run(s) whose passwords were not handed over. Switch to it and hand "
               "them over or delete them first.",
               nullptr, runs)
                .arg(organisation->name),
            QMessageBox::Ok, this));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove organization"),
                                tr("Remove %1 from ResetDesk? Its saved sign-in is deleted from the keychain. Nothing "
                                   "changes in Microsoft 365.")
                                    .arg(organisation->name),
                                QMessageBox::NoButton, this);
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    const QString id = organisation->id;
    connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
        if (box->clickedButton() == remove)
            m_session->removeOrganisation(id);
    });
    showMessage(box);
}

void OrganisationsDialog::showMessage(QMessageBox *box)
{
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_messageBox = box;
    box->open();
}

void OrganisationsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void OrganisationsDialog::retranslate()
{
    const QString id = selectedId();
    const auto selected = m_session->organisations() ? m_session->organisations()->find(id) : std::nullopt;
    QString note;
    if (!selected)
        note.clear();
    else if (selected->id == m_session->currentOrganisation().id)
        note = tr("You are working in %1 (organization %2).").arg(selected->name, selected->connection.tenant);
    else if (!selected->lastAccount.isEmpty())
        note = tr("Switching signs in to %1 as %2 without asking, while the saved sign-in is valid.")
                   .arg(selected->name, selected->lastAccount);
    else
        note = tr("Switching opens the sign-in for %1.").arg(selected->name);
    m_ui->labelNote->setText(note);
    const QSignalBlocker blocker(m_ui->listOrganisations);
    for (int row = 0; row < m_ui->listOrganisations->count(); ++row) {
        QListWidgetItem *item = m_ui->listOrganisations->item(row);
        const bool current = item->data(IdRole).toString() == m_session->currentOrganisation().id;
        item->setData(Qt::AccessibleDescriptionRole, current ? tr("Current organization") : QString());
    }
}
