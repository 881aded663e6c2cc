// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStringList>
#include <QWidget>

/** The letter after the single & in @p text (lower case), or a null QChar when it has none. */
inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/**
 * The Alt+letter keys that more than one control in @p window answers to at the moment: its
 * menu bar's menus and every visible button, group box and label with a buddy, as
 * "letter: text, text". Menus' own items are left out: their letters only count inside the menu.
 */
inline QStringList mnemonicClashes(QWidget *window)
{
    QHash<QChar, QStringList> owners;
    const auto note = [&owners](const QString &text) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            owners[letter].append(text);
    };
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        const auto menus = main->menuBar()->actions();
        for (const QAction *menu : menus)
            if (menu->isVisible())
                note(menu->text());
    }
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // A dialog opened over this window answers its own Alt keys.
        if (!widget->isVisibleTo(window) || widget->window() != window)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            note(button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            note(group->title());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            note(label->text());
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            clashes.append(QString(it.key()) + u": " + it.value().join(u", "));
    clashes.sort();
    return clashes;
}
