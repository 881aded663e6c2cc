// SPDX-License-Identifier: MIT
#include "ui/shell/LanguageMenu.h"

#include "ui/shell/LanguageManager.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

using namespace Qt::Literals::StringLiterals;

LanguageMenu::LanguageMenu(QMenu *menu, LanguageManager *languages, QObject *parent)
    : QObject(parent)
    , m_languages(languages)
    , m_group(new QActionGroup(this))
{
    m_group->setExclusive(true);
    const QString saved = LanguageManager::savedChoice();

    auto *systemAction = menu->addAction(QString());
    systemAction->setObjectName(u"actionLanguageSystem"_s);
    systemAction->setCheckable(true);
    systemAction->setData(QString());
    systemAction->setChecked(saved.isEmpty());
    m_group->addAction(systemAction);
    menu->addSeparator();

    for (const QString &language : LanguageManager::availableLanguages()) {
        // Each language is named in itself, so nobody has to read a foreign word to find theirs.
        auto *action = menu->addAction(LanguageManager::nativeName(language));
        action->setObjectName(u"actionLanguage_"_s + language);
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(saved == language);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) { choose(action->data().toString()); });
}

void LanguageMenu::retranslate()
{
    const auto actions = m_group->actions();
    for (QAction *action : actions) {
        if (action->data().toString().isEmpty())
            action->setText(tr("&System language"));
    }
}

void LanguageMenu::choose(const QString &language)
{
    LanguageManager::saveChoice(language);
    if (m_languages)
        m_languages->apply(language); // widgets retranslate on QEvent::LanguageChange
}
