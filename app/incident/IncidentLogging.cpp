// SPDX-License-Identifier: MIT
#include "incident/IncidentLogging.h"

Q_LOGGING_CATEGORY(lcIncident, "resetdesk.incident")
