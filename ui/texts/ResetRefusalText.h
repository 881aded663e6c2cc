// SPDX-License-Identifier: MIT
#pragma once

#include "ui/texts/ErrorMessages.h"

#include <QCoreApplication>
#include <QString>

class DirectoryUser;
struct SignedInAdmin;

/**
 * What to do when Microsoft 365 refuses a reset for lack of permission, worded for the admin who is
 * signed in: only roles that can actually reset the user are named (per Entra's "Who can reset
 * passwords"), and an admin whose role already covers the user is not sent to find someone with
 * that role.
 */
class ResetRefusalText final
{
    Q_DECLARE_TR_FUNCTIONS(ResetRefusalText)
public:
    /** One user refused. @p target is null when the user's roles are not known (not in the list). */
    static QString forUser(const SignedInAdmin &admin, const DirectoryUser *target);
    /** A bulk run stopped by @p error: what happened and what to do, said once for the run. */
    static UserMessage forRunStop(const GraphError &error, const SignedInAdmin &admin);
};
