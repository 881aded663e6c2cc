// SPDX-License-Identifier: MIT
#include "common/Csv.h"

using namespace Qt::Literals::StringLiterals;

namespace Csv {

QString field(const QString &value)
{
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString row(const QStringList &cells, QString (*format)(const QString &))
{
    QStringList formatted;
    formatted.reserve(cells.size());
    for (const QString &cell : cells)
        formatted.append(format(cell));
    return formatted.join(u',') + u"\r\n"_s;
}

} // namespace Csv
