// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

/**
 * Where GraphClient gets its bearer token. The session implements it; GraphClient never sees a
 * refresh token. Refreshes are coalesced: many callers asking at once cause one token request.
 */
class AccessTokenSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~AccessTokenSource() override;

    /** The current access token, or empty when signed out. Lives in memory only. */
    virtual QString accessToken() const = 0;
    /** Starts a refresh (or joins the one in flight); accessTokenRefreshed() reports the outcome. */
    virtual void refreshAccessToken() = 0;

Q_SIGNALS:
    void accessTokenRefreshed(bool succeeded);
};
