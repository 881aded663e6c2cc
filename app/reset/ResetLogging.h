// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

/** "resetdesk.reset": steps, user ids and request ids; never a password. */
Q_DECLARE_LOGGING_CATEGORY(lcReset)
