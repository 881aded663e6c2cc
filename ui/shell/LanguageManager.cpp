// SPDX-License-Identifier: MIT
#include "ui/shell/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto languageSettingsKey = u"ui/language"_s;

QString matchLanguage(const QString &requested)
{
    const QStringList available = LanguageManager::availableLanguages();
    if (!requested.isEmpty())
        return available.contains(requested) ? requested : u"en"_s;
    // Walk the system's preferred languages in order, as users set them.
    for (const QString &uiLanguage : QLocale().uiLanguages()) {
        const QString language = QLocale(uiLanguage).name().section(u'_', 0, 0);
        if (available.contains(language))
            return language;
    }
    return u"en"_s;
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::availableLanguages()
{
    return {u"en"_s, u"sv"_s};
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
    removeTranslators();
    m_current = matchLanguage(language);
    const QLocale locale(m_current);
    QLocale::setDefault(locale);

    // Qt's catalogue first, ours last: QCoreApplication asks the most recently installed first,
    // so our QPlatformTheme texts (QtStandardTexts.cpp) win over gaps in Qt's old qt_sv.qm.
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *qtTranslator = new QTranslator(this);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, qtPath)
        || qtTranslator->load(locale, u"qt"_s, u"_"_s, qtPath)) {
        QCoreApplication::installTranslator(qtTranslator);
        m_installed.append(qtTranslator);
    } else {
        delete qtTranslator;
    }

    auto *ownTranslator = new QTranslator(this);
    if (ownTranslator->load(locale, u"resetdesk"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(ownTranslator);
        m_installed.append(ownTranslator);
    } else {
        delete ownTranslator;
    }
    return m_current;
}

QString LanguageManager::savedChoice()
{
    return QSettings().value(languageSettingsKey).toString();
}

void LanguageManager::saveChoice(const QString &language)
{
    QSettings().setValue(languageSettingsKey, language);
}

void LanguageManager::removeTranslators()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}
