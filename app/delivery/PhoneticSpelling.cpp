// SPDX-License-Identifier: MIT
#include "PhoneticSpelling.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr const char *Context = "PhoneticSpelling";

using Template = PhoneticSpelling::Template;

// Marked for lupdate; the Swedish catalogue maps each NATO word to the Swedish spelling alphabet.
const std::array<Template, 26> LetterWords = {{
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Alfa", "spelling alphabet word for A"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Bravo", "spelling alphabet word for B"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Charlie", "spelling alphabet word for C"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Delta", "spelling alphabet word for D"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Echo", "spelling alphabet word for E"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Foxtrot", "spelling alphabet word for F"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Golf", "spelling alphabet word for G"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Hotel", "spelling alphabet word for H"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "India", "spelling alphabet word for I"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Juliett", "spelling alphabet word for J"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Kilo", "spelling alphabet word for K"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Lima", "spelling alphabet word for L"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Mike", "spelling alphabet word for M"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "November", "spelling alphabet word for N"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Oscar", "spelling alphabet word for O"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Papa", "spelling alphabet word for P"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Quebec", "spelling alphabet word for Q"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Romeo", "spelling alphabet word for R"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Sierra", "spelling alphabet word for S"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Tango", "spelling alphabet word for T"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Uniform", "spelling alphabet word for U"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Victor", "spelling alphabet word for V"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Whiskey", "spelling alphabet word for W"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "X-ray", "spelling alphabet word for X"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Yankee", "spelling alphabet word for Y"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "Zulu", "spelling alphabet word for Z"),
}};

const std::array<Template, 10> DigitWords = {{
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "zero", "the digit 0"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "one", "the digit 1"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "two", "the digit 2"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "three", "the digit 3"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "four", "the digit 4"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "five", "the digit 5"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "six", "the digit 6"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "seven", "the digit 7"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "eight", "the digit 8"),
    QT_TRANSLATE_NOOP3("PhoneticSpelling", "nine", "the digit 9"),
}};

struct Symbol
{
    char16_t character;
    Template name;
};

const std::array<Symbol, 20> SymbolNames = {{
    {u'#', QT_TRANSLATE_NOOP3("PhoneticSpelling", "hash", "the symbol #")},
    {u'%', QT_TRANSLATE_NOOP3("PhoneticSpelling", "percent", "the symbol %")},
    {u'&', QT_TRANSLATE_NOOP3("PhoneticSpelling", "ampersand", "the symbol &")},
    {u'*', QT_TRANSLATE_NOOP3("PhoneticSpelling", "asterisk", "the symbol *")},
    {u'+', QT_TRANSLATE_NOOP3("PhoneticSpelling", "plus", "the symbol +")},
    {u'-', QT_TRANSLATE_NOOP3("PhoneticSpelling", "minus", "the symbol -")},
    {u'=', QT_TRANSLATE_NOOP3("PhoneticSpelling", "equals", "the symbol =")},
    {u'?', QT_TRANSLATE_NOOP3("PhoneticSpelling", "question mark", "the symbol ?")},
    {u'@', QT_TRANSLATE_NOOP3("PhoneticSpelling", "at sign", "the symbol @")},
    {u'!', QT_TRANSLATE_NOOP3("PhoneticSpelling", "exclamation mark", "the symbol !")},
    {u'$', QT_TRANSLATE_NOOP3("PhoneticSpelling", "dollar", "the symbol $")},
    {u'_', QT_TRANSLATE_NOOP3("PhoneticSpelling", "underscore", "the symbol _")},
    {u'.', QT_TRANSLATE_NOOP3("PhoneticSpelling", "full stop", "the symbol .")},
    {u',', QT_TRANSLATE_NOOP3("PhoneticSpelling", "comma", "the symbol ,")},
    {u':', QT_TRANSLATE_NOOP3("PhoneticSpelling", "colon", "the symbol :")},
    {u';', QT_TRANSLATE_NOOP3("PhoneticSpelling", "semicolon", "the symbol ;")},
    {u'/', QT_TRANSLATE_NOOP3("PhoneticSpelling", "slash", "the symbol /")},
    {u'(', QT_TRANSLATE_NOOP3("PhoneticSpelling", "opening parenthesis", "the symbol (")},
    {u')', QT_TRANSLATE_NOOP3("PhoneticSpelling", "closing parenthesis", "the symbol )")},
    {u' ', QT_TRANSLATE_NOOP3("PhoneticSpelling", "space", "the symbol space")},
}};

} // namespace

PhoneticSpelling::PhoneticSpelling(const HandoverLanguage &language)
    : m_language(language)
{
}

QString PhoneticSpelling::translate(const Template &text) const
{
    return m_language.translate(Context, text.source, text.comment);
}

QString PhoneticSpelling::codeWord(QChar letter) const
{
    const char16_t upper = letter.toUpper().unicode();
    if (upper < u'A' || upper > u'Z')
        return {};
    return translate(LetterWords.at(std::size_t(upper - u'A')));
}

QString PhoneticSpelling::spellCharacter(QChar character) const
{
    const char16_t code = character.unicode();
    if ((code >= u'A' && code <= u'Z') || (code >= u'a' && code <= u'z')) {
        const Template pattern = character.isUpper()
            ? Template QT_TRANSLATE_NOOP3("PhoneticSpelling", "capital %1 as in %2", "%1 is the letter, %2 its code word")
            : Template QT_TRANSLATE_NOOP3("PhoneticSpelling", "small %1 as in %2", "%1 is the letter, %2 its code word");
        return translate(pattern).arg(QString(character), codeWord(character));
    }
    if (code >= u'0' && code <= u'9') {
        const Template pattern QT_TRANSLATE_NOOP3("PhoneticSpelling", "digit %1 (%2)", "%1 is the digit, %2 its name");
        return translate(pattern).arg(QString(character), translate(DigitWords.at(std::size_t(code - u'0'))));
    }
    for (const Symbol &symbol : SymbolNames) {
        if (symbol.character == code) {
            const Template pattern QT_TRANSLATE_NOOP3("PhoneticSpelling", "symbol %1 (%2)",
                                                      "%1 is the symbol, %2 its name");
            return translate(pattern).arg(QString(character), translate(symbol.name));
        }
    }
    return QString(character);
}

QStringList PhoneticSpelling::spell(const QString &password) const
{
    QStringList spelled;
    spelled.reserve(password.size());
    for (const QChar character : password)
        spelled.append(spellCharacter(character));
    return spelled;
}

QString PhoneticSpelling::spellAsText(const QString &password) const
{
    return m_language.locale().createSeparatedList(spell(password));
}
