// SPDX-License-Identifier: MIT
#include "auth/AuthLogging.h"

Q_LOGGING_CATEGORY(lcAuth, "resetdesk.auth")
