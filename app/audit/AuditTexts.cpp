// SPDX-License-Identifier: MIT
#include "audit/AuditTexts.h"

using namespace Qt::Literals::StringLiterals;

QString AuditTexts::actionText(const QString &action)
{
    if (action == u"reset"_s)
        return tr("Reset password");
    if (action == u"resend"_s)
        return tr("Resend password");
    if (action == u"writebackReset"_s)
        return tr("Reset with writeback");
    if (action == u"bulkReset"_s)
        return tr("Bulk reset");
    if (action == u"passwordPolicyChange"_s)
        //: "Password never expires" or "Allow weak passwords" was changed for a user
        return tr("Change password policies");
    if (action == u"domainExpiryChange"_s)
        //: The organization's password expiry was changed for a domain
        return tr("Change password expiry");
    if (action == u"contactDetailsChange"_s)
        //: The signed-in admin changed their own alternate email addresses or mobile phone
        return tr("Change own contact details");
    if (action == u"ownPasswordChange"_s)
        //: The signed-in admin changed their own password
        return tr("Change own password");
    if (action == u"passwordEmailed"_s)
        //: A user's temporary password was sent by email
        return tr("Email password");
    if (action == u"journalPurged"_s)
        //: A bulk run's encrypted record of temporary passwords was deleted from this computer
        return tr("Delete saved reset records");
    if (action == u"tapIssued"_s)
        //: A Temporary Access Pass was issued for a user
        return tr("Issue Temporary Access Pass");
    if (action == u"tapReplaced"_s)
        //: A user's earlier Temporary Access Pass was replaced by a new one (and so deleted by Microsoft 365)
        return tr("Replace Temporary Access Pass");
    if (action == u"tapDeleted"_s)
        //: A user's Temporary Access Pass was deleted (for example when their sign-in methods were removed)
        return tr("Delete Temporary Access Pass");
    if (action == u"authMethodRemoved"_s)
        //: One of a user's registered sign-in methods (a phone, a security key, an app…) was removed
        return tr("Remove sign-in method");
    if (action == u"runStopped"_s)
        //: A bulk reset stopped before every user was answered
        return tr("Bulk reset stopped");
    return action;
}

QString AuditTexts::outcomeText(const QString &outcome)
{
    if (outcome == u"succeeded"_s)
        return tr("Succeeded");
    if (outcome == u"failed"_s)
        return tr("Failed");
    if (outcome == u"succeededSignOutFailed"_s)
        //: The password was reset but signing the user out failed
        return tr("Succeeded, sign-out failed");
    if (outcome == u"cancelled"_s)
        return tr("Cancelled");
    if (outcome == u"uncertain"_s)
        //: No answer came: the password may or may not have been set
        return tr("Not confirmed");
    if (outcome == u"stopped"_s)
        //: A bulk reset that ended early
        return tr("Stopped");
    return outcome;
}
