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

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        *out++ = (code >= 0x80 && code <= 0x9F) ? QChar(windows1252High[code - 0x80]) : QChar(char16_t(code));
    }
    return text;
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
        *text = fromWindows1252(body);
    return true;
}

} // namespace SpreadsheetText
