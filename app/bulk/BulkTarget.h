// SPDX-License-Identifier: MIT
#pragma once

#include "directory/DirectoryUser.h"
#include "common/SecretString.h"

/** One user a bulk reset is aimed at, however the admin chose them (list selection, everyone, CSV). */
struct BulkTarget
{
    DirectoryUser user;
    /** A password given for this user in the CSV file; empty = the run's choice (generated or shared). */
    SecretString password;
    /** The CSV line it came from (1-based, the header being line 1); 0 when chosen in the list. */
    int line = 0;
};
