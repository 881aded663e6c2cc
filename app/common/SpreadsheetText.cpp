// SPDX-License-Identifier: MIT
#include "common/SpreadsheetText.h"

#include <QStringDecoder>

#include <array>

namespace {

/**
 * What Windows-1252 puts at 0x80..0x9F, where Latin-1 has control characters: the euro sign,
 * curly quotes, dashes and a few letters. The five bytes it leaves undefined keep Latin-1's
 * meaning, as Windows itself decodes them.
 */
constexpr std::array<char16_t, 32> windows1252High {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
    0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0x009D, 0x017E, 0x0178};

/** Mac Roman at 0x80..0xFF (Apple's mapping, with the euro sign at 0xDB since Mac OS 8.5). */
constexpr std::array<char16_t, 128> macRomanHigh {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7,
    0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3, 0x00F2, 0x00F4, 0x00F6, 0x00F5,
    0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9,
    0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8, 0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211,
    0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248,
    0x2206, 0x00AB, 0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02, 0x2021, 0x00B7,
    0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
    0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC, 0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD,
    0x02DB, 0x02C7};

QChar windows1252(unsigned char code)
{
    return (code >= 0x80 && code <= 0x9F) ? QChar(windows1252High[code - 0x80]) : QChar(char16_t(code));
}

QChar macRoman(unsigned char code)
{
    return code >= 0x80 ? QChar(macRomanHigh[code - 0x80]) : QChar(char16_t(code));
}

template<typename Decode>
QString decodeSingleByte(QByteArrayView bytes, Decode decode)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes)
        *out++ = decode(static_cast<unsigned char>(byte));
    return text;
}

/** The accented letters of Western European names: Latin-1's letters À..ÿ, but × and ÷. */
bool isAccentedLetter(QChar c)
{
    return c.unicode() >= 0xC0 && c.unicode() <= 0xFF && c.unicode() != 0xD7 && c.unicode() != 0xF7;
}

/**
 * Whether text that is not UTF-8 came from Excel for Mac (Mac Roman) rather than Excel for
 * Windows (Windows-1252). Names are the evidence: Swedish and other Western letters fall on
 * different bytes (ä is 0x8A in one and 0xE4 in the other, where the other has Š and ‰). A byte
 * Windows-1252 leaves undefined settles it; otherwise Mac Roman must read more of the bytes as
 * letters than Windows-1252 does, and at least two: Windows files are far more common, and a
 * single byte (0x80: a euro sign, or Ä) proves nothing.
 */
bool looksLikeMacRoman(QByteArrayView bytes)
{
    int macLetters = 0;
    int windowsLetters = 0;
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        if (code < 0x80)
            continue;
        if (code == 0x81 || code == 0x8D || code == 0x8F || code == 0x90 || code == 0x9D)
            return true;
        macLetters += isAccentedLetter(macRoman(code)) ? 1 : 0;
        windowsLetters += isAccentedLetter(windows1252(code)) ? 1 : 0;
    }
    return macLetters >= 2 && macLetters > windowsLetters;
}

QString decodeWith(QStringDecoder::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    return decoder.decode(bytes);
}

} // namespace

namespace SpreadsheetText {

bool decode(const QByteArray &bytes, QString *text)
{
    text->clear();
    // UTF-32's marks start like UTF-16's, so they are told apart first.
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)) || bytes.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return false;
    if (bytes.startsWith("\xFF\xFE")) {
        *text = decodeWith(QStringDecoder::Utf16LE, QByteArrayView(bytes).sliced(2));
        return true;
    }
    if (bytes.startsWith("\xFE\xFF")) {
        *text = decodeWith(QStringDecoder::Utf16BE, QByteArrayView(bytes).sliced(2));
        return true;
    }
    // No text file a spreadsheet writes in a single-byte encoding or UTF-8 holds a NUL byte.
    if (bytes.contains('\0'))
        return false;
    const QByteArrayView body
        = bytes.startsWith("\xEF\xBB\xBF") ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = utf8.decode(body);
    if (utf8.hasError())
        *text = looksLikeMacRoman(body) ? decodeSingleByte(body, macRoman) : decodeSingleByte(body, windows1252);
    return true;
}

} // namespace SpreadsheetText
