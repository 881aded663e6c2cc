// SPDX-License-Identifier: MIT
#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto languageSettingsKey = u"ui/language"_s;

QString matchLanguage(const QString &requested)
{
    const QStringList available = Translations::availableLanguages();
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

Translations::~Translations()
{
    removeTranslators();
}

QStringList Translations::availableLanguages()
{
    return {u"en"_s, u"sv"_s};
}

QString Translations::savedChoice()
{
    return QSettings().value(languageSettingsKey).toString();
}

void Translations::saveChoice(const QString &language)
{
    QSettings().setValue(languageSettingsKey, language);
}

QString Translations::apply(const QString &language)
{
    removeTranslators();
    m_current = matchLanguage(language);
    const QLocale locale(m_current);
    QLocale::setDefault(locale);

    // Qt's catalogue first, ours last: QCoreApplication asks the most recently installed first,
    // so our QPlatformTheme texts win over gaps in Qt's old qt_sv.qm.
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, qtPath) || qtTranslator->load(locale, u"qt"_s, u"_"_s, qtPath)) {
        QCoreApplication::installTranslator(qtTranslator.get());
        m_installed.append(qtTranslator.release());
    }
    auto ownTranslator = std::make_unique<QTranslator>();
    if (ownTranslator->load(locale, u"resetdesk"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(ownTranslator.get());
        m_installed.append(ownTranslator.release());
    }
    return m_current;
}

void Translations::removeTranslators()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}
