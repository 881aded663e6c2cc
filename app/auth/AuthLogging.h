// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

/** "resetdesk.auth": error codes, correlation ids and flow steps; never a token, code or verifier. */
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
