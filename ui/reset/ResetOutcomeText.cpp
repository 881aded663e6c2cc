// SPDX-License-Identifier: MIT
#include "ui/reset/ResetOutcomeText.h"

UserMessage ResetOutcomeText::failure(const ResetOutcome &outcome)
{
    UserMessage message = ErrorMessages::forGraphError(outcome.error);
    switch (outcome.failure) {
    case ResetOutcome::Failure::None:
    case ResetOutcome::Failure::Graph:
        break;
    case ResetOutcome::Failure::FederatedUser:
        message.title = tr("Password managed elsewhere");
        message.text = tr("%1 signs in through your organisation's own identity provider (a federated domain), so "
                          "the password can only be reset there.")
                           .arg(outcome.userPrincipalName);
        break;
    case ResetOutcome::Failure::WritebackFailed:
        message.title = tr("Writeback failed");
        message.text = tr("Your on-premises Active Directory did not accept the new password for %1. Check that "
                          "password writeback is turned on in Microsoft Entra Connect and that the password meets "
                          "your domain's password policy, then try again.")
                           .arg(outcome.userPrincipalName);
        break;
    case ResetOutcome::Failure::WritebackTimedOut:
        message.title = tr("Writeback still running");
        message.text = tr("Microsoft 365 has not confirmed yet that the new password for %1 reached your "
                          "on-premises Active Directory. Check later whether they can sign in before resetting again.")
                           .arg(outcome.userPrincipalName);
        break;
    case ResetOutcome::Failure::Cancelled:
        message.title = tr("Reset cancelled");
        message.text = tr("The reset was cancelled. If it had already reached Microsoft 365, the password may have "
                          "changed: reset it again to be sure.");
        break;
    }
    return message;
}
