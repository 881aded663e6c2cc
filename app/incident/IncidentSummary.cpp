// SPDX-License-Identifier: MIT
#include "incident/IncidentSummary.h"

bool IncidentSummary::anyStepFailed(const BulkItemResult &result)
{
    if (result.state != BulkItemResult::State::Succeeded)
        return true;
    if (result.signOutRequested && !result.signedOut)
        return true;
    return result.methodsRequested && (!result.methodsDone || result.methodsError.isError());
}

IncidentSummary IncidentSummary::fromResults(const QList<BulkItemResult> &results,
    const QSet<QString> &privilegedIds, const BulkResetSettings &settings,
    const std::function<QString(const BulkItemResult &)> &describeFailure)
{
    IncidentSummary summary;
    summary.settings = settings;
    summary.users.reserve(results.size());
    for (const BulkItemResult &result : results) {
        User user {result.displayName, result.userPrincipalName, privilegedIds.contains(result.userId), {}};
        summary.passwordsReset += result.state == BulkItemResult::State::Succeeded;
        summary.sessionsRevoked += result.signedOut;
        summary.methodsRemovedUsers += result.methodsDone && !result.methodsRemoved.isEmpty();
        if (anyStepFailed(result)) {
            ++summary.failures;
            user.failure = describeFailure(result);
        }
        summary.users.append(user);
    }
    return summary;
}
