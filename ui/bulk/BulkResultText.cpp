// SPDX-License-Identifier: MIT
#include "ui/bulk/BulkResultText.h"

#include "bulk/BulkResetRunner.h"
#include "directory/DirectoryUser.h"
#include "ui/texts/ErrorMessages.h"
#include "ui/texts/ResetRefusalText.h"

BulkResultText::BulkResultText(const BulkResetRunner *runner, SignedInAdmin admin, UserLookup lookup)
    : m_runner(runner)
    , m_admin(std::move(admin))
    , m_lookup(std::move(lookup))
{
}

QString BulkResultText::failure(const BulkItemResult &result) const
{
    if (result.error.kind != GraphError::Kind::InsufficientPrivileges)
        return ErrorMessages::forGraphError(result.error).text;
    const std::optional<DirectoryUser> user = m_lookup ? m_lookup(result.userId) : std::nullopt;
    return ResetRefusalText::forUser(m_admin, user ? &*user : nullptr);
}

QString BulkResultText::reason(const BulkItemResult &result) const
{
    using State = BulkItemResult::State;
    switch (result.state) {
    case State::Queued:
    case State::Sending:
        return {};
    case State::Waiting:
        return tr("Microsoft 365 asked ResetDesk to slow down. This user goes out again in a moment.");
    case State::Succeeded:
        if (result.signOutError.isError())
            return tr("The password was reset, but signing the user out of all sessions failed: %1")
                .arg(ErrorMessages::forGraphError(result.signOutError).text);
        if (result.methodsDone && result.methodsError.isError() && result.methodsRefused.isEmpty())
            return tr("The password was reset, but the user's sign-in methods could not be read, so none was "
                      "removed: %1")
                .arg(ErrorMessages::forGraphError(result.methodsError).text);
        if (result.methodsDone && result.methodsError.isError())
            return tr("The password was reset, but %n registered sign-in method(s) could not be removed: %1",
                nullptr, int(result.methodsRefused.size()))
                .arg(ErrorMessages::forGraphError(result.methodsError).text);
        // A containment's record (the run window, the results file) says what was done, not only what failed.
        if (result.methodsDone && result.signedOut)
            return result.methodsRemoved.isEmpty()
                ? tr("Signed out of all sessions; no registered sign-in method was left to remove.")
                : tr("Signed out of all sessions; %n registered sign-in method(s) removed.", nullptr,
                    int(result.methodsRemoved.size()));
        return {};
    case State::Failed:
        if (result.mayBeSet)
            return tr("An earlier request for this user got no answer, so the password shown may be set. The "
                      "last attempt failed: %1")
                .arg(failure(result));
        return failure(result);
    case State::Uncertain:
        return tr("No answer came from Microsoft 365, so the password may or may not have changed. Click Retry "
                  "failed: the same password is sent again.");
    case State::Cancelled:
        if (m_runner && m_runner->ending() == BulkResetRunner::Ending::Stopped)
            return tr("Not sent, because the run stopped. Fix the cause shown above, then click Retry failed.");
        return tr("Not sent, because the run was cancelled. Click Retry failed to reset this user.");
    }
    return {};
}
