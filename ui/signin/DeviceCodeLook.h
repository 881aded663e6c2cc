// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>
#include <QString>

/**
 * How a device code is shown wherever the admin must type it on another device: large, bold and
 * monospaced, so look-alike characters stay apart when read aloud or copied by hand.
 */
inline void showAsDeviceCode(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: 600; font-family: monospace;"));
}
