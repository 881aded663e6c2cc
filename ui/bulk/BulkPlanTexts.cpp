// SPDX-License-Identifier: MIT
#include "ui/bulk/BulkPlanTexts.h"

using Category = BulkPreflight::Category;
using Source = BulkPlanSource;

QString BulkPlanTexts::heading(Source source, int count, const QString &fileName, bool containment)
{
    if (containment) {
        return source == Source::Selection
            ? tr("Contain an incident for %Ln selected user(s)", nullptr, count)
            : tr("Contain an incident for everyone in the organization (%Ln user(s))", nullptr, count);
    }
    switch (source) {
    case Source::Selection:
        return tr("Reset the passwords of %Ln selected user(s)", nullptr, count);
    case Source::Everyone:
        return tr("Reset the passwords of everyone in the organization (%Ln user(s))", nullptr, count);
    case Source::CsvFile:
        if (fileName.isEmpty())
            return tr("Reset the passwords of the users in a CSV file");
        return tr("Reset the passwords of the users in %1").arg(fileName);
    case Source::Incident:
        return tr("Require everyone to change password at next sign-in");
    }
    return {};
}

QString BulkPlanTexts::intro(Source source)
{
    switch (source) {
    case Source::Selection:
    case Source::Everyone:
        return tr("Choose the options and check who will be reset. Nothing changes until you press Reset; "
                  "afterwards you can print, email or export the new passwords.");
    case Source::CsvFile:
        return tr("Each line of the file names one user by user name or object ID, optionally followed by a "
                  "password. Nothing changes until the file has no problems and you press Reset.");
    case Source::Incident:
        return tr(
            "After a security incident: everyone gets a new temporary password and must choose their own at "
            "the next sign-in, so a password an attacker knows stops working. Microsoft 365 cannot require "
            "the change without setting a new password. You and the accounts you exclude are left alone.");
    }
    return {};
}

QString BulkPlanTexts::categoryHelp(Category category)
{
    switch (category) {
    case Category::WillReset:
        return tr("These users get a new password.");
    case Category::SignInBlocked:
        return tr(
            "These users cannot sign in now. Include them if they should have a new password when they are "
            "allowed to sign in again.");
    case Category::Self:
        return tr("You cannot reset your own password here: use My account › Change my password.");
    case Category::Excluded:
        return tr("On your list of accounts to leave alone.");
    case Category::Guest:
        return tr(
            "Guests sign in with the password of their own organization, and only that organization can "
            "reset it.");
    case Category::Synced:
        return tr(
            "Synced from your on-premises Active Directory: change these passwords there, or reset them one "
            "at a time through password writeback.");
    case Category::RoleCannotReset:
        return tr(
            "Your admin role cannot reset the passwords of users with these admin roles. Ask a Privileged "
            "Authentication Administrator or a Global Administrator.");
    }
    return {};
}

QString BulkPlanTexts::fileWriteError(FileWriteError error, const QString &shownPath)
{
    switch (error) {
    case FileWriteError::CannotOpen:
        return tr("Could not create %1. Choose a folder you can write to.").arg(shownPath);
    case FileWriteError::CannotRestrictPermissions:
        return tr("Could not make %1 private, so nothing was written. Choose a folder on a local disk.")
            .arg(shownPath);
    case FileWriteError::WriteFailed:
    case FileWriteError::None:
        break;
    }
    return tr("Could not finish writing %1; the disk may be full. Free some space or choose another place.")
        .arg(shownPath);
}

QString BulkPlanTexts::startButton(bool containment, int count)
{
    return containment ? tr("Co&ntain %Ln user(s)", nullptr, count) : tr("&Reset %Ln user(s)", nullptr, count);
}

QString BulkPlanTexts::startQuestion(bool containment, int count)
{
    return containment ? tr("Reset the passwords of %Ln user(s) and sign them out everywhere?", nullptr, count)
                       : tr("Reset the passwords of %Ln user(s)?", nullptr, count);
}
