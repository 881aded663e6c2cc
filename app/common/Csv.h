// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/** RFC 4180 CSV pieces shared by every export (results, audit log). */
namespace Csv {

/** @p value quoted (inner quotes doubled) when it holds , " CR or LF or starts or ends with a space. */
QString field(const QString &value);

/** One line: the cells formatted by @p format, joined by commas, ended by CRLF. */
QString row(const QStringList &cells, QString (*format)(const QString &) = field);

} // namespace Csv
