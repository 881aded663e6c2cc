// SPDX-License-Identifier: MIT
#include "ui/widgets/UserPickList.h"
#include "ui_UserPickList.h"

#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QShortcut>
#include <QStringListModel>

using namespace Qt::Literals::StringLiterals;

namespace {

QString suggestion(const DirectoryUser &user)
{
    return u"%1 (%2)"_s.arg(user.displayName(), user.userPrincipalName());
}

} // namespace

UserPickList::UserPickList(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UserPickList>())
    , m_completer(new QCompleter(this))
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->lineUserSearch);
    m_ui->labelUserProblem->hide();
    m_completer->setModel(new QStringListModel(this));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(12);
    m_ui->lineUserSearch->setCompleter(m_completer);
    m_ui->lineUserSearch->installEventFilter(this);

    connect(m_ui->buttonAddUser, &QPushButton::clicked, this, &UserPickList::addTyped);
    connect(m_ui->buttonRemoveUser, &QPushButton::clicked, this, &UserPickList::removeSelected);
    connect(m_ui->lineUserSearch, &QLineEdit::textChanged, this, [this] {
        m_ui->labelUserProblem->hide();
        updateButtons();
    });
    connect(m_ui->listUsers, &QListWidget::itemSelectionChanged, this, &UserPickList::updateButtons);
    auto *remove = new QShortcut(QKeySequence::Delete, m_ui->listUsers, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &UserPickList::removeSelected);
    updateButtons();
}

UserPickList::~UserPickList() = default;

QLineEdit *UserPickList::searchField() const
{
    return m_ui->lineUserSearch;
}

void UserPickList::setUsers(const QList<DirectoryUser> &users)
{
    m_users = users;
    m_lookup.clear();
    m_lookup.reserve(users.size() * 3);
    QStringList suggestions;
    suggestions.reserve(users.size());
    for (int i = 0; i < users.size(); ++i) {
        const DirectoryUser &user = users.at(i);
        suggestions.append(suggestion(user));
        m_lookup.insert(suggestions.last(), i);
        m_lookup.insert(user.userPrincipalName().toLower(), i);
        m_lookup.insert(user.id().toLower(), i);
    }
    static_cast<QStringListModel *>(m_completer->model())->setStringList(suggestions);
    relabel();
}

void UserPickList::setUserIds(const QStringList &ids)
{
    m_ids.clear();
    m_ui->listUsers->clear();
    for (const QString &id : ids) {
        if (!id.isEmpty() && !m_ids.contains(id, Qt::CaseInsensitive)) {
            m_ids.append(id);
            addItem(id);
        }
    }
    updateButtons();
}

bool UserPickList::addTyped()
{
    const QString text = m_ui->lineUserSearch->text().trimmed();
    if (text.isEmpty())
        return false;
    int index = m_lookup.value(text, -1);
    if (index < 0)
        index = m_lookup.value(text.toLower(), -1);
    if (index < 0) {
        m_ui->labelUserProblem->setText(
            tr("No user in the list matches “%1”. Type part of a name and pick one of the suggestions.")
                .arg(text));
        m_ui->labelUserProblem->show();
        return false;
    }
    const QString id = m_users.at(index).id();
    m_ui->lineUserSearch->clear();
    if (m_ids.contains(id, Qt::CaseInsensitive))
        return true;
    m_ids.append(id);
    addItem(id);
    Q_EMIT userIdsChanged(m_ids);
    return true;
}

void UserPickList::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_ui->listUsers->selectedItems();
    if (selected.isEmpty())
        return;
    for (QListWidgetItem *item : selected) {
        m_ids.removeAll(item->data(Qt::UserRole).toString());
        delete item;
    }
    updateButtons();
    Q_EMIT userIdsChanged(m_ids);
}

QString UserPickList::labelFor(const QString &userId) const
{
    const int index = m_lookup.value(userId.toLower(), -1);
    if (index < 0)
        return tr("%1 (not in the directory)").arg(userId);
    return suggestion(m_users.at(index));
}

void UserPickList::addItem(const QString &userId)
{
    auto *item = new QListWidgetItem(labelFor(userId), m_ui->listUsers);
    item->setData(Qt::UserRole, userId);
}

void UserPickList::relabel()
{
    for (int i = 0; i < m_ui->listUsers->count(); ++i) {
        QListWidgetItem *item = m_ui->listUsers->item(i);
        item->setText(labelFor(item->data(Qt::UserRole).toString()));
    }
}

void UserPickList::updateButtons()
{
    m_ui->buttonAddUser->setEnabled(!m_ui->lineUserSearch->text().trimmed().isEmpty());
    m_ui->buttonRemoveUser->setEnabled(!m_ui->listUsers->selectedItems().isEmpty());
}

bool UserPickList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->lineUserSearch && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTyped();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void UserPickList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        relabel();
    }
    QWidget::changeEvent(event);
}
