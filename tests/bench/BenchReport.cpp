// SPDX-License-Identifier: MIT
#include "BenchReport.h"

#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace BenchReport {

void figure(const QString &name, double value, const QString &unit)
{
    QTextStream out(stdout);
    out << "BENCH " << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << Qt::endl;
}

void note(const QString &text)
{
    QTextStream out(stdout);
    out << "# " << text << Qt::endl;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

int optionValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

} // namespace BenchReport
