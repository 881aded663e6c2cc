// SPDX-License-Identifier: MIT
#include "reset/ResetLogging.h"

Q_LOGGING_CATEGORY(lcReset, "resetdesk.reset")
