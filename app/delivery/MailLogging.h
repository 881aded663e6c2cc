// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

/** "resetdesk.delivery.mail": message keys, counts and request ids; never an address list body or a password. */
Q_DECLARE_LOGGING_CATEGORY(lcMail)
