// SPDX-License-Identifier: MIT
#include "sandbox/Sandbox.h"

#include "sandbox/AuthMethodEndpoints.h"
#include "sandbox/BatchEndpoint.h"
#include "sandbox/DirectoryEndpoints.h"
#include "sandbox/GraphService.h"
#include "sandbox/IdentityEndpoints.h"
#include "sandbox/InspectionEndpoints.h"
#include "sandbox/MailEndpoints.h"
#include "sandbox/ReportsEndpoints.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TemporaryAccessPassEndpoints.h"
#include "sandbox/TenantGenerator.h"
#include "sandbox/UserEndpoints.h"

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

Sandbox::Sandbox(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_context(std::make_unique<SandboxContext>(options, TenantGenerator::generate(options.userCount, options.seed)))
    , m_graph(std::make_unique<GraphService>(*m_context))
    , m_users(std::make_unique<UserEndpoints>(*m_context))
    , m_directory(std::make_unique<DirectoryEndpoints>(*m_context))
    , m_mail(std::make_unique<MailEndpoints>(*m_context))
    , m_reports(std::make_unique<ReportsEndpoints>(*m_context))
    , m_batch(std::make_unique<BatchEndpoint>(*m_context, *m_graph))
    , m_identity(std::make_unique<IdentityEndpoints>(*m_context))
    , m_inspection(std::make_unique<InspectionEndpoints>(*m_context))
    , m_temporaryAccessPasses(std::make_unique<TemporaryAccessPassEndpoints>(*m_context))
    , m_authMethods(std::make_unique<AuthMethodEndpoints>(*m_context))
{
    SandboxRouter &router = m_graph->router();
    m_users->registerRoutes(router);
    m_directory->registerRoutes(router);
    m_mail->registerRoutes(router);
    m_reports->registerRoutes(router);
    m_batch->registerRoutes(router);
    m_temporaryAccessPasses->registerRoutes(router);
    m_authMethods->registerRoutes(router);
    m_server = new SandboxServer(*m_context, *m_graph, *m_identity, *m_inspection, this);
}

Sandbox::~Sandbox() = default;

bool Sandbox::start(QString *error)
{
    m_port = m_server->listen(QHostAddress::LocalHost, m_context->options.port);
    if (m_port == 0 && error)
        *error = u"could not listen on 127.0.0.1:%1"_s.arg(m_context->options.port);
    return m_port != 0;
}

QUrl Sandbox::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QUrl Sandbox::graphUrl() const
{
    return QUrl(baseUrl().toString() + u"/v1.0"_s);
}

QUrl Sandbox::authorityHostUrl() const
{
    return baseUrl();
}

QString Sandbox::tenantId() const
{
    return m_context->tenant.tenantId;
}
