// SPDX-License-Identifier: MIT
#include "ui/incident/ContainmentActions.h"

#include "ui/bulk/BulkResetFlow.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

ContainmentActions::ContainmentActions(BulkResetFlow *flow, QMenu *menu, QAction *sibling, QWidget *userTable)
    : QObject(flow)
    , m_menu(menu)
    , m_everyone(new QAction(menu))
    , m_selected(new QAction(userTable))
{
    setObjectName(u"containmentActions"_s);
    m_everyone->setObjectName(u"actionContainIncident"_s);
    m_selected->setObjectName(u"actionContainSelected"_s);
    const QList<QAction *> entries = menu->actions();
    const qsizetype at = entries.indexOf(sibling);
    menu->insertAction(at >= 0 && at + 1 < entries.size() ? entries.at(at + 1) : nullptr, m_everyone);
    userTable->addAction(m_selected);
    connect(m_everyone, &QAction::triggered, flow, [flow] { flow->containEveryone(); });
    connect(m_selected, &QAction::triggered, flow, [flow] { flow->containSelected(); });
    const auto follow = [this, sibling] {
        m_everyone->setEnabled(sibling->isEnabled());
        m_selected->setEnabled(sibling->isEnabled());
    };
    connect(sibling, &QAction::changed, this, follow);
    follow();
    menu->installEventFilter(this);
    retranslate();
}

bool ContainmentActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ContainmentActions::retranslate()
{
    m_everyone->setText(tr("Contain an &incident…"));
    m_everyone->setToolTip(
        tr("Reset everyone's password, sign everyone out and optionally make them register "
           "their sign-in methods again"));
    m_selected->setText(tr("Contain an &incident for the ticked users…"));
}
