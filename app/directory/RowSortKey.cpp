// SPDX-License-Identifier: MIT
#include "directory/RowSortKey.h"

#include <QChar>
#include <QString>

#include <algorithm>

RowSortKey RowSortKey::forName(QStringView name)
{
    // The units Qt's case-insensitive comparison compares (its foldCase): ASCII lower-cased,
    // other characters case-folded. They are written as UTF-8, whose byte order is the order of
    // the units, so the 16 bytes hold 16 letters of a plain name; a cut in the middle of a
    // character still orders correctly. The key stops after a surrogate, because Qt compares a
    // pair's second half as the whole folded code point: stopping there keeps the key monotone
    // (equal keys simply fall back to the full comparison).
    unsigned char bytes[16] = {};
    int used = 0;
    const auto put = [&bytes, &used](unsigned char byte) {
        if (used < 16)
            bytes[used++] = byte;
    };
    for (qsizetype i = 0; i < name.size() && used < 16; ++i) {
        const char16_t unit = name.at(i).unicode();
        if (unit < 0x80) {
            put(static_cast<unsigned char>((unit >= u'A' && unit <= u'Z') ? unit + 32 : unit));
            continue;
        }
        // Qt compares a surrogate pair's first half as itself.
        const auto folded = QChar::isSurrogate(unit) ? unit : char16_t(QChar::toCaseFolded(char32_t(unit)));
        if (folded < 0x80) { // e.g. the Kelvin sign folds to a plain k
            put(static_cast<unsigned char>(folded));
        } else if (folded < 0x800) {
            put(static_cast<unsigned char>(0xC0 | (folded >> 6)));
            put(static_cast<unsigned char>(0x80 | (folded & 0x3F)));
        } else {
            put(static_cast<unsigned char>(0xE0 | (folded >> 12)));
            put(static_cast<unsigned char>(0x80 | ((folded >> 6) & 0x3F)));
            put(static_cast<unsigned char>(0x80 | (folded & 0x3F)));
        }
        if (QChar::isSurrogate(unit))
            break;
    }
    RowSortKey key;
    for (int i = 0; i < 8; ++i) {
        key.high = (key.high << 8) | bytes[i];
        key.low = (key.low << 8) | bytes[i + 8];
    }
    return key;
}

RowSortKey RowSortKey::forNumber(qint64 value)
{
    // Two's complement with the sign bit flipped orders as the signed values do.
    return {quint64(value) ^ (quint64(1) << 63), 0};
}

int compareNames(QStringView left, QStringView right)
{
    const qsizetype common = std::min(left.size(), right.size());
    for (qsizetype i = 0; i < common; ++i) {
        char16_t l = left.at(i).unicode();
        char16_t r = right.at(i).unicode();
        if (l >= 0x80 || r >= 0x80) // beyond ASCII: Qt's own folding from here on
            return QtPrivate::compareStrings(left.sliced(i), right.sliced(i), Qt::CaseInsensitive);
        l = (l >= u'A' && l <= u'Z') ? char16_t(l + 32) : l;
        r = (r >= u'A' && r <= u'Z') ? char16_t(r + 32) : r;
        if (l != r)
            return l < r ? -1 : 1;
    }
    return left.size() == right.size() ? 0 : (left.size() < right.size() ? -1 : 1);
}
