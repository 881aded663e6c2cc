// SPDX-License-Identifier: MIT
#pragma once

/**
 * Where a bulk plan's users come from: the users ticked in the list, everyone, a CSV file, or
 * everyone but the accounts excluded for an incident.
 */
enum class BulkPlanSource { Selection, Everyone, CsvFile, Incident };
