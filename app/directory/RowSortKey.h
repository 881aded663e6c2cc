// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>
#include <QtGlobal>

#include <compare>

/**
 * A row's place in the user list's sort order, in 16 bytes kept next to the order itself.
 *
 * Sorting 100,000 users, or placing each of a page's 999 users among them, compares rows a
 * few million times; following every row to its name on the heap makes that the slowest part
 * of a load. The key holds a number, or the first 16 bytes of a name case-folded and written
 * as UTF-8, so that nearly every comparison is two integer comparisons. For names it is monotone in
 * compareNames() order: different keys order as the names do; equal keys need compareNames().
 */
struct RowSortKey
{
    quint64 high = 0;
    quint64 low = 0;

    friend auto operator<=>(const RowSortKey &, const RowSortKey &) = default;
    friend bool operator==(const RowSortKey &, const RowSortKey &) = default;

    static RowSortKey forName(QStringView name);
    static RowSortKey forNumber(qint64 value);
};

/**
 * QString::compare(left, right, Qt::CaseInsensitive) (negative, zero or positive), with the
 * ASCII of most names compared inline before handing over to Qt's case folding.
 */
int compareNames(QStringView left, QStringView right);
