// SPDX-License-Identifier: MIT
#include "delivery/MailLogging.h"

Q_LOGGING_CATEGORY(lcMail, "resetdesk.delivery.mail")
