// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AccessTokenSource.h"

/**
 * One token minted by the test or benchmark up front, for processes that cannot mint more (a
 * worker process, a sandbox on another thread): a refresh answers "failed" at once.
 */
class FixedTokenSource final : public AccessTokenSource
{
public:
    explicit FixedTokenSource(QString token)
        : m_token(std::move(token))
    {
    }
    QString accessToken() const override { return m_token; }
    void refreshAccessToken() override { Q_EMIT accessTokenRefreshed(false); }

private:
    QString m_token;
};
