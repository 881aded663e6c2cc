// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * Reads RFC 4180 CSV back into cells, the way a spreadsheet's import does (quoted cells, doubled
 * quotes, line breaks inside quotes, CRLF row ends), so tests compare what a reader of the file
 * gets with what was meant to be in it. A leading byte order mark is skipped.
 */
namespace CsvRows {

inline QList<QStringList> parse(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell.append(c);
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
            cellStarted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            cellStarted = false;
            ++i;
        } else {
            cell.append(c);
            cellStarted = true;
        }
    }
    if (cellStarted || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

inline QList<QStringList> parse(const QByteArray &bytes)
{
    return parse(QString::fromUtf8(bytes));
}

} // namespace CsvRows
