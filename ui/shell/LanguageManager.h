// SPDX-License-Identifier: MIT
#pragma once

#include "common/Translations.h"

#include <QObject>
#include <QString>

/**
 * The user interface language of the window program, by the rules every ResetDesk program follows
 * (Translations). Switching at run time sends QEvent::LanguageChange to every widget.
 */
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /** Languages with a complete translation, as locale names ("en", "sv"). */
    static QStringList availableLanguages();
    /** The language's own name, e.g. "Svenska", for menus. */
    static QString nativeName(const QString &language);

    /** "" follows the system locale. Returns the language actually applied. */
    QString apply(const QString &language);
    /** The language in effect ("en" when nothing matched). */
    QString current() const { return m_translations.current(); }

    /** The choice persisted in QSettings ("" = system). */
    static QString savedChoice();
    static void saveChoice(const QString &language);

private:
    Translations m_translations;
};
