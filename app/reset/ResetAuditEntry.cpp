// SPDX-License-Identifier: MIT
#include "reset/ResetAuditEntry.h"

#include "directory/SignedInAdmin.h"
#include "reset/ResetOutcome.h"
#include "reset/ResetRequest.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString styleName(PasswordStyle style)
{
    switch (style) {
    case PasswordStyle::Readable:
        return u"readable"_s;
    case PasswordStyle::Classic:
        return u"classic"_s;
    case PasswordStyle::Passphrase:
        return u"passphrase"_s;
    }
    return {};
}

} // namespace

AuditEntry resetAuditEntry(const ResetRequest &request, const SignedInAdmin &admin,
    const ResetOutcome &outcome, const QDateTime &time)
{
    const QString action = request.action == ResetRequest::Action::Resend
        ? u"resend"_s
        : (request.useWriteback ? u"writebackReset"_s : u"reset"_s);
    AuditEntry entry = AuditEntry::make(admin, action, time);
    entry.targetId = request.userId;
    entry.targetUserPrincipalName = request.userPrincipalName;
    QJsonObject options {
        {u"forceChange"_s, request.useWriteback || request.forceChangePasswordNextSignIn},
        {u"forceChangeWithMfa"_s,
            !request.useWriteback && request.forceChangePasswordNextSignIn
                && request.forceChangePasswordNextSignInWithMfa},
        {u"signOut"_s, request.signOutEverywhere},
        {u"writeback"_s, request.useWriteback},
        {u"generated"_s, outcome.passwordGenerated},
    };
    if (outcome.passwordGenerated)
        options.insert(u"style"_s, styleName(request.generateStyle));
    entry.options = options;
    if (outcome.succeeded)
        entry.outcome
            = (outcome.signOutRequested && !outcome.signedOut) ? u"succeededSignOutFailed"_s : u"succeeded"_s;
    else
        entry.outcome = outcome.failure == ResetOutcome::Failure::Cancelled ? u"cancelled"_s : u"failed"_s;
    const GraphError &error = outcome.succeeded ? outcome.signOutError : outcome.error;
    entry.errorKind = GraphError::kindName(error.kind);
    entry.errorCode = error.code;
    entry.requestId = outcome.requestId;
    return entry;
}
