// SPDX-License-Identifier: MIT
#include "ui/shell/LanguageManager.h"

#include <QLocale>

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager() = default;

QStringList LanguageManager::availableLanguages()
{
    return Translations::availableLanguages();
}

QString LanguageManager::nativeName(const QString &language)
{
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString LanguageManager::apply(const QString &language)
{
    return m_translations.apply(language);
}

QString LanguageManager::savedChoice()
{
    return Translations::savedChoice();
}

void LanguageManager::saveChoice(const QString &language)
{
    Translations::saveChoice(language);
}
