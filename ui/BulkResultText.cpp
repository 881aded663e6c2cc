// SPDX-License-Identifier: MIT
#include "BulkResultText.h"

#include "ErrorMessages.h"

QString BulkResultText::reason(const BulkItemResult &result)
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
        return {};
    case State::Failed:
        return ErrorMessages::forGraphError(result.error).text;
    case State::Uncertain:
        return tr("No answer came from Microsoft 365, so the password may or may not have changed. Click Retry "
                  "failed: the same password is sent again.");
    case State::Cancelled:
        return tr("Not sent, because the run was cancelled. Click Retry failed to reset this user.");
    }
    return {};
}
