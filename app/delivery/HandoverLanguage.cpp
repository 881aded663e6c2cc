// SPDX-License-Identifier: MIT
#include "HandoverLanguage.h"

#include <QHash>
#include <QMutex>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {

// Catalogues are small and immutable once loaded; share one per language across every slip.
std::shared_ptr<QTranslator> catalogue(const QString &code)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    auto found = loaded.constFind(code);
    if (found != loaded.constEnd())
        return found.value();
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(u":/i18n/resetdesk_"_s + code + u".qm"_s))
        translator.reset();
    loaded.insert(code, translator);
    return translator;
}

} // namespace

QString HandoverLanguage::fromPreferredLanguage(const QString &preferredLanguage)
{
    // Graph gives ISO 639-1 with a region ("sv-SE", "en-US"), sometimes just "sv"; anything we
    // do not translate into counts as unknown, so the fallback decides.
    const QString language = preferredLanguage.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (language == u"sv"_s || language == u"en"_s)
        return language;
    return {};
}

HandoverLanguage HandoverLanguage::forUser(const QString &preferredLanguage, const QString &fallbackLanguage)
{
    const QString own = fromPreferredLanguage(preferredLanguage);
    if (!own.isEmpty())
        return HandoverLanguage(own);
    const QString fallback = fromPreferredLanguage(fallbackLanguage);
    return HandoverLanguage(fallback.isEmpty() ? u"en"_s : fallback);
}

HandoverLanguage::HandoverLanguage(const QString &language)
    : m_code(fromPreferredLanguage(language).isEmpty() ? u"en"_s : fromPreferredLanguage(language))
    , m_translator(catalogue(m_code))
{
}

HandoverLanguage::HandoverLanguage(const HandoverLanguage &other) = default;
HandoverLanguage &HandoverLanguage::operator=(const HandoverLanguage &other) = default;
HandoverLanguage::~HandoverLanguage() = default;

bool HandoverLanguage::isLoaded() const
{
    return m_translator != nullptr;
}

QString HandoverLanguage::translate(const char *context, const char *sourceText, const char *disambiguation,
                                    int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(u"%n"_s, locale().toString(n));
    return text;
}
