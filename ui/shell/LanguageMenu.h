// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class LanguageManager;
class QActionGroup;
class QMenu;

/**
 * The View › Language menu: "System language" and each available language named in itself, one
 * checked; choosing one saves the choice and applies it, and every window retranslates on the
 * QEvent::LanguageChange that follows.
 */
class LanguageMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)
public:
    /** Fills @p menu; @p languages may be null (the choice is then only saved). */
    LanguageMenu(QMenu *menu, LanguageManager *languages, QObject *parent);

    /** Names "System language" in the current language (the others are named in themselves). */
    void retranslate();

private:
    void choose(const QString &language);

    LanguageManager *m_languages;
    QActionGroup *m_group;
};
