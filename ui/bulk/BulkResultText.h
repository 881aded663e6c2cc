// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkResetItem.h"
#include "directory/SignedInAdmin.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class BulkResetRunner;
class DirectoryUser;

/**
 * Why one user of a bulk run was not reset (or only partly), in plain language with what to do
 * next: the reason column of the results table, the failed users' lines on slips, in emails and in
 * the results CSV. Graph errors are worded by ErrorMessages, as for a single reset; refusals for
 * lack of permission by ResetRefusalText, for the admin signed in and the user's own roles.
 */
class BulkResultText final
{
    Q_DECLARE_TR_FUNCTIONS(BulkResultText)
public:
    /** The user of an id as the list has it, with their roles; nullopt when not listed. */
    using UserLookup = std::function<std::optional<DirectoryUser>(const QString &userId)>;

    BulkResultText() = default;
    /** @p runner tells how the run ended (cancelled or stopped); @p lookup finds a user's roles. */
    BulkResultText(const BulkResetRunner *runner, SignedInAdmin admin, UserLookup lookup);

    /** Empty for a user whose reset (and sign-out, when asked for) went through, or is still under way. */
    QString reason(const BulkItemResult &result) const;
    const SignedInAdmin &admin() const { return m_admin; }

private:
    QString failure(const BulkItemResult &result) const;

    const BulkResetRunner *m_runner = nullptr;
    SignedInAdmin m_admin;
    UserLookup m_lookup;
};
