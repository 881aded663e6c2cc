// SPDX-License-Identifier: MIT
#include "ui/users/UserTableColumns.h"

#include "directory/UserListModel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>
#include <QMetaEnum>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTableView>
#include <QVariantMap>

using namespace Qt::Literals::StringLiterals;

namespace {

QString columnKey(int column)
{
    static const QMetaEnum meta = QMetaEnum::fromType<UserListModel::Column>();
    return QString::fromLatin1(meta.valueToKey(column));
}

/** The checkbox and the name say which row is which: hiding them would leave an unusable list. */
bool canHide(int column)
{
    return column != UserListModel::Selected && column != UserListModel::DisplayName;
}

} // namespace

UserTableColumns::UserTableColumns(QTableView *table)
    : QObject(table)
    , m_table(table)
    , m_menu(new QMenu(table))
{
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { m_menu->popup(header->viewport()->mapToGlobal(pos)); });
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_restoring)
            save();
    });
    buildMenu();
}

QString UserTableColumns::settingsGroup()
{
    return u"ui/users"_s;
}

void UserTableColumns::beginModelChange()
{
    m_restoring = true;
}

void UserTableColumns::endModelChange(bool hasModel)
{
    m_restoring = false;
    if (hasModel && !m_setUp)
        setUp();
    else if (!hasModel)
        m_setUp = false;
}

void UserTableColumns::retranslate()
{
    m_menu->setTitle(QCoreApplication::translate("UsersPage", "Columns"));
    const auto actions = m_menu->actions();
    for (QAction *action : actions)
        action->setText(UserListModel::columnTitle(action->data().toInt()));
    // Titles in another language may be longer ("Inloggning tillåten"): widen a column whose
    // title no longer fits, never narrow one the admin sized. Not saved: the admin did not choose it.
    QHeaderView *header = m_table->horizontalHeader();
    const QScopedValueRollback restoring(m_restoring, true);
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column) && header->sectionSize(column) < header->sectionSizeHint(column))
            header->resizeSection(column, header->sectionSizeHint(column));
    }
}

void UserTableColumns::buildMenu()
{
    for (int column = 0; column < UserListModel::ColumnCount; ++column) {
        if (!canHide(column))
            continue;
        QAction *action = m_menu->addAction(QString());
        action->setObjectName(u"actionColumn"_s + columnKey(column));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(column);
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setColumnHidden(column, !shown); });
    }
}

void UserTableColumns::setColumnHidden(int column, bool hidden)
{
    if (!canHide(column))
        return;
    m_table->setColumnHidden(column, hidden);
    if (!m_restoring)
        save();
}

void UserTableColumns::setUp()
{
    m_setUp = true;
    {
        const QScopedValueRollback restoring(m_restoring, true);
        QHeaderView *header = m_table->horizontalHeader();
        header->resizeSection(UserListModel::Selected, 32);
        header->resizeSection(UserListModel::DisplayName, 220);
        header->resizeSection(UserListModel::UserPrincipalName, 260);
    }
    restore();
}

void UserTableColumns::restore()
{
    const QScopedValueRollback restoring(m_restoring, true);
    QSettings settings;
    settings.beginGroup(settingsGroup());
    const QStringList hidden = settings.value(u"hiddenColumns"_s).toStringList();
    const QVariantMap widths = settings.value(u"columnWidths"_s).toMap();
    settings.endGroup();
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < UserListModel::ColumnCount; ++column) {
        const QString key = columnKey(column);
        const int width = widths.value(key).toInt();
        if (width > 0)
            header->resizeSection(column, width);
        m_table->setColumnHidden(column, canHide(column) && hidden.contains(key));
    }
    const auto actions = m_menu->actions();
    for (QAction *action : actions)
        action->setChecked(!m_table->isColumnHidden(action->data().toInt()));
}

void UserTableColumns::save() const
{
    QStringList hidden;
    QVariantMap widths;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < UserListModel::ColumnCount; ++column) {
        const QString key = columnKey(column);
        if (m_table->isColumnHidden(column))
            hidden.append(key);
        else
            widths.insert(key, header->sectionSize(column));
    }
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(u"hiddenColumns"_s, hidden);
    // A hidden column keeps the width it had, for when it comes back.
    QVariantMap saved = settings.value(u"columnWidths"_s).toMap();
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        saved.insert(it.key(), it.value());
    settings.setValue(u"columnWidths"_s, saved);
    settings.endGroup();
}
