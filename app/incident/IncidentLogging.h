// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

/** "resetdesk.incident": containment steps, user ids and counts; never a password. */
Q_DECLARE_LOGGING_CATEGORY(lcIncident)
