// SPDX-License-Identifier: MIT
#pragma once

#include "ui/shell/LanguageManager.h"

#include <QLocale>
#include <QString>

/** Installs a language for one test; English and the default locale come back afterwards. */
struct ScopedLanguage
{
    QLocale saved;
    LanguageManager manager;
    explicit ScopedLanguage(const QString &language) { manager.apply(language); }
    ~ScopedLanguage() { QLocale::setDefault(saved); }
};
