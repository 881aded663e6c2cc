// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

/**
 * Installs the translators for the user interface language: Qt's own catalogue and ours
 * (embedded under :/i18n). Switching at run time sends QEvent::LanguageChange to every widget.
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
    QString current() const { return m_current; }

    /** The choice persisted in QSettings ("" = system). */
    static QString savedChoice();
    static void saveChoice(const QString &language);

private:
    void removeTranslators();

    QList<QTranslator *> m_installed;
    QString m_current;
};
