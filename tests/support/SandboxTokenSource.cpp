// SPDX-License-Identifier: MIT
#include "SandboxTokenSource.h"

#include <QTimer>

SandboxTokenSource::SandboxTokenSource(Mint mint, QObject *parent)
    : AccessTokenSource(parent)
    , m_mint(std::move(mint))
    , m_token(m_mint())
{
}

void SandboxTokenSource::refreshAccessToken()
{
    if (m_refreshing)
        return; // coalesce, as the real session does
    m_refreshing = true;
    ++m_refreshes;
    QTimer::singleShot(0, this, [this] {
        m_refreshing = false;
        if (m_refreshFails) {
            m_token.clear();
            Q_EMIT accessTokenRefreshed(false);
            return;
        }
        m_token = m_mint();
        Q_EMIT accessTokenRefreshed(true);
    });
}
