// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AccessTokenSource.h"

#include <functional>

/**
 * An AccessTokenSource for GraphClient tests: tokens are minted by the sandbox's own issuer (so
 * the sandbox really accepts or rejects them); refreshes are asynchronous and counted.
 */
class SandboxTokenSource final : public AccessTokenSource
{
    Q_OBJECT
public:
    using Mint = std::function<QString()>;
    explicit SandboxTokenSource(Mint mint, QObject *parent = nullptr);

    QString accessToken() const override { return m_token; }
    void refreshAccessToken() override;

    int refreshCount() const { return m_refreshes; }
    /** Makes the next refreshes fail (as a revoked refresh token would). */
    void setRefreshFails(bool fails) { m_refreshFails = fails; }

private:
    Mint m_mint;
    QString m_token;
    int m_refreshes = 0;
    bool m_refreshFails = false;
    bool m_refreshing = false;
};
