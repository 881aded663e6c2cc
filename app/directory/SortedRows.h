// SPDX-License-Identifier: MIT
#pragma once

#include "directory/RowSortKey.h"

#include <QList>

#include <algorithm>
#include <vector>

/** A source row with its sort key, while sorting. */
struct SortedRow
{
    RowSortKey key;
    int row = 0;
};

/**
 * Edits a sorted order of source rows (@p order, with each row's key beside it in @p keys) in
 * place of sorting it all again: the user list keeps 100,000 rows sorted while pages and deltas
 * bring a few at a time. @p less orders SortedRow values, ties included.
 */
namespace SortedRows {

/** Merges @p sorted (sorted by @p less) into @p order and its @p keys. */
template<typename Less>
void splice(QList<int> &order, QList<RowSortKey> &keys, const QList<SortedRow> &sorted, Less less)
{
    // Each entry's place by binary search over the keys (upper_bound), then one copy: k log n
    // comparisons however many entries there are.
    QList<int> merged;
    QList<RowSortKey> mergedKeys;
    merged.reserve(order.size() + sorted.size());
    mergedKeys.reserve(order.size() + sorted.size());
    qsizetype from = 0;
    for (const SortedRow &entry : sorted) {
        qsizetype low = from;
        qsizetype high = order.size();
        while (low < high) {
            const qsizetype middle = low + (high - low) / 2;
            if (less(entry, {keys.at(middle), order.at(middle)}))
                high = middle;
            else
                low = middle + 1;
        }
        merged.append(order.cbegin() + from, order.cbegin() + low);
        mergedKeys.append(keys.cbegin() + from, keys.cbegin() + low);
        merged.append(entry.row);
        mergedKeys.append(entry.key);
        from = low;
    }
    merged.append(order.cbegin() + from, order.cend());
    mergedKeys.append(keys.cbegin() + from, keys.cend());
    order = std::move(merged);
    keys = std::move(mergedKeys);
}

/**
 * After source rows @p changed (ascending) changed (their keys now @p keyOf(row)): moves those
 * that are out of place to their new places, in linear time and with keyOf() called for those
 * rows only. False, with nothing changed, when the rest would not stay in order (two changed
 * neighbours hid each other): then sort all.
 */
template<typename KeyOf, typename Less>
bool moveChanged(QList<int> &order, QList<RowSortKey> &orderKeys, const QList<int> &changed, KeyOf keyOf, Less less)
{
    const int count = int(order.size());
    std::vector<int> position(std::size_t(count), -1);
    for (int i = 0; i < count; ++i)
        position[std::size_t(order.at(i))] = i;
    QList<RowSortKey> keys = orderKeys;
    std::vector<char> isChanged(std::size_t(count), 0);
    for (const int row : changed) {
        const int at = position[std::size_t(row)];
        keys[at] = keyOf(row);
        isChanged[std::size_t(at)] = 1;
    }
    const auto entry = [&](int i) { return SortedRow {keys.at(i), order.at(i)}; };
    // Out of place: a changed row that no longer sorts between its neighbours.
    std::vector<char> out(std::size_t(count), 0);
    qsizetype moving = 0;
    for (const int row : changed) {
        const int i = position[std::size_t(row)];
        if ((i > 0 && less(entry(i), entry(i - 1))) || (i + 1 < count && less(entry(i + 1), entry(i)))) {
            out[std::size_t(i)] = 1;
            ++moving;
        }
    }
    QList<SortedRow> moved;
    moved.reserve(moving);
    QList<int> rest;
    QList<RowSortKey> restKeys;
    rest.reserve(count - moving);
    restKeys.reserve(count - moving);
    // Two unchanged rows keep the order they had, wherever removals bring them together; only a
    // pair with a changed row in it needs comparing (a tie on the key costs two whole-name
    // comparisons, so comparing every pair made this the slowest part of a delta).
    bool lastKeptChanged = false;
    for (int i = 0; i < count; ++i) {
        if (out[std::size_t(i)]) {
            moved.append(entry(i));
            continue;
        }
        const bool changedHere = isChanged[std::size_t(i)] != 0;
        if ((changedHere || lastKeptChanged) && !rest.isEmpty()
            && less({keys.at(i), order.at(i)}, {restKeys.last(), rest.last()}))
            return false;
        rest.append(order.at(i));
        restKeys.append(keys.at(i));
        lastKeptChanged = changedHere;
    }
    std::sort(moved.begin(), moved.end(), less);
    splice(rest, restKeys, moved, less);
    order = std::move(rest);
    orderKeys = std::move(restKeys);
    return true;
}

} // namespace SortedRows
