// SPDX-License-Identifier: MIT
#include "demo/DemoTenant.h"

#include "demo/InProcessBrowser.h"
#include "sandbox/Sandbox.h"
#include "sandbox/TenantGenerator.h"

DemoTenant::DemoTenant(QNetworkAccessManager *network, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_browser(new InProcessBrowser(network, this))
    , m_clock(clock)
{
}

DemoTenant::~DemoTenant() = default;

bool DemoTenant::start(int userCount, QString *error)
{
    SandboxOptions options;
    options.userCount = userCount;
    options.autoApproveSignIn = true;
    // A demo should feel like the real service, including its pace and its limits.
    options.latencyMs = 60;
    options.throttling = true;
    options.clock = m_clock;
    m_sandbox = std::make_unique<Sandbox>(options);
    return m_sandbox->start(error);
}

ConnectionSettings DemoTenant::connection() const
{
    ConnectionSettings settings;
    settings.cloud = Cloud::Custom;
    settings.customAuthorityHost = m_sandbox->authorityHostUrl();
    settings.customGraphRoot = m_sandbox->graphUrl();
    settings.tenant = m_sandbox->tenantId();
    settings.clientId = TenantGenerator::sandboxClientId();
    return settings;
}

bool DemoTenant::openInBrowser(const QUrl &url)
{
    return m_browser->open(url);
}
