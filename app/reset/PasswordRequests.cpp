// SPDX-License-Identifier: MIT
#include "reset/PasswordRequests.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace PasswordRequests {

QString passwordMethodId()
{
    return u"28c10230-6103-485e-b985-444c60001490"_s;
}

GraphRequest passwordProfile(
    const QString &userId, const QString &password, bool forceChange, bool forceChangeWithMfa)
{
    // Always with a password: a PATCH with only the flags answers 204 and changes nothing (observed).
    const QJsonObject profile {{u"password"_s, password}, {u"forceChangePasswordNextSignIn"_s, forceChange},
        {u"forceChangePasswordNextSignInWithMfa"_s, forceChangeWithMfa}};
    return GraphRequest::patch(
        u"/users/"_s + GraphRequest::segment(userId), QJsonObject {{u"passwordProfile"_s, profile}});
}

GraphRequest writebackReset(const QString &userId, const QString &password)
{
    // newPassword is required for hybrid users; sending ours also lets us hand it over.
    return GraphRequest::post(u"/users/%1/authentication/methods/%2/resetPassword"_s.arg(
                                  GraphRequest::segment(userId), passwordMethodId()),
        QJsonObject {{u"newPassword"_s, password}});
}

GraphRequest revokeSessions(const QString &userId)
{
    GraphRequest request
        = GraphRequest::post(u"/users/"_s + GraphRequest::segment(userId) + u"/revokeSignInSessions"_s);
    request.body.reset();
    // Revoking twice does no harm, so a dropped connection may be retried.
    request.idempotent = true;
    return request;
}

} // namespace PasswordRequests
