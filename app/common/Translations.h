// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTranslator;

/**
 * The language rules every ResetDesk program follows, window or terminal: the choice saved in the
 * settings, else the first of the system's preferred languages with a complete translation, else
 * English; and the catalogues for it, Qt's own and ours (embedded under :/i18n in each program).
 * Installed translators stay until apply() is called again or this object is destroyed.
 */
class Translations final
{
    Q_DISABLE_COPY_MOVE(Translations)
public:
    Translations() = default;
    ~Translations();

    /** Languages with a complete translation, as locale names ("en", "sv"). */
    static QStringList availableLanguages();
    /** The choice persisted in QSettings ("" = follow the system). */
    static QString savedChoice();
    static void saveChoice(const QString &language);

    /** Installs the catalogues for @p language ("" follows the system); returns the language applied. */
    QString apply(const QString &language);
    /** The language in effect ("en" when nothing matched). */
    QString current() const { return m_current; }

private:
    void removeTranslators();

    QList<QTranslator *> m_installed;
    QString m_current;
};
