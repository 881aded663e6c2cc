// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/** Prints benchmark figures in the one format every suite uses: "BENCH <name> <value> <unit>". */
namespace BenchReport {

void figure(const QString &name, double value, const QString &unit);
/** A free-text line for humans, prefixed with "# " so scripts can skip it. */
void note(const QString &text);

double median(QList<double> values);

/** The integer after @p name in @p args ("--users 20000"), or @p fallback. */
int optionValue(const QStringList &args, const QString &name, int fallback);

} // namespace BenchReport
