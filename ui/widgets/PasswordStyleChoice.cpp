// SPDX-License-Identifier: MIT
#include "ui/widgets/PasswordStyleChoice.h"

#include <QComboBox>
#include <QLocale>
#include <QSettings>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto styleKey = u"style"_s;
const auto languageKey = u"passphraseLanguage"_s;

/** Selects the item whose data is @p value, or leaves the selection when there is none. */
void select(QComboBox *combo, int value)
{
    if (const int index = combo->findData(value); index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

PasswordStyleChoice::PasswordStyleChoice(QComboBox *style, QComboBox *language)
    : m_style(style)
    , m_language(language)
{
    retranslate();
    QSettings settings;
    settings.beginGroup(settingsGroup());
    const bool swedish = QLocale().language() == QLocale::Swedish;
    select(m_style, settings.value(styleKey, int(PasswordStyle::Passphrase)).toInt());
    select(m_language,
        settings.value(languageKey, int(swedish ? PassphraseLanguage::Swedish : PassphraseLanguage::English)).toInt());
    // Only the admin's own picks are remembered, not what a window selects for itself.
    QObject::connect(m_style, &QComboBox::activated, m_style, [this] { remember(); });
    QObject::connect(m_language, &QComboBox::activated, m_language, [this] { remember(); });
}

QString PasswordStyleChoice::settingsGroup()
{
    return u"PasswordStyle"_s;
}

void PasswordStyleChoice::retranslate()
{
    const QSignalBlocker styleBlocker(m_style);
    const QVariant style = m_style->currentData();
    m_style->clear();
    m_style->addItem(tr("Passphrase: three words and digits"), int(PasswordStyle::Passphrase));
    m_style->addItem(tr("Readable: 14 characters without look-alikes"), int(PasswordStyle::Readable));
    m_style->addItem(tr("Classic: 4 letters and 4 digits, easy to type"), int(PasswordStyle::Classic));
    if (style.isValid())
        select(m_style, style.toInt());

    const QSignalBlocker languageBlocker(m_language);
    const QVariant language = m_language->currentData();
    m_language->clear();
    m_language->addItem(tr("English words"), int(PassphraseLanguage::English));
    m_language->addItem(tr("Swedish words"), int(PassphraseLanguage::Swedish));
    if (language.isValid())
        select(m_language, language.toInt());
}

PasswordStyle PasswordStyleChoice::style() const
{
    return static_cast<PasswordStyle>(m_style->currentData().toInt());
}

PassphraseLanguage PasswordStyleChoice::language() const
{
    return static_cast<PassphraseLanguage>(m_language->currentData().toInt());
}

void PasswordStyleChoice::remember() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(styleKey, int(style()));
    settings.setValue(languageKey, int(language()));
}
