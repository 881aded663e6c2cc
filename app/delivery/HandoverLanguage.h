// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

/**
 * The language one hand-over (a slip, an email) is written in, independently of the UI language:
 * a Swedish-speaking user gets a Swedish slip even when the admin runs ResetDesk in English, so
 * one print run can mix both. Templates are marked with QT_TRANSLATE_NOOP so lupdate collects
 * them into the same translation files as the rest of the app, and translate() looks them up in
 * that language's catalogue (the .qm files embedded under :/i18n) instead of the installed one.
 */
class HandoverLanguage final
{
public:
    /** "sv" or "en" (the languages we translate into), or empty for "not known". */
    static QString fromPreferredLanguage(const QString &preferredLanguage);
    /** The user's language when we have it, else the fallback (normally the app's language). */
    static HandoverLanguage forUser(const QString &preferredLanguage, const QString &fallbackLanguage);

    explicit HandoverLanguage(const QString &language);
    HandoverLanguage(const HandoverLanguage &other);
    HandoverLanguage &operator=(const HandoverLanguage &other);
    ~HandoverLanguage();

    /** "sv" or "en". */
    QString code() const { return m_code; }
    QLocale locale() const { return QLocale(m_code); }
    /** False when the catalogue could not be loaded (texts then come out in English). */
    bool isLoaded() const;

    /**
     * The template in this language; with n >= 0 the plural form for n, with %n replaced by n
     * written in this language's digits and grouping.
     */
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const;

private:
    QString m_code;
    std::shared_ptr<QTranslator> m_translator;
};
