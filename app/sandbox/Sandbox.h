// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

class AuthMethodEndpoints;
class BatchEndpoint;
class DirectoryEndpoints;
class GraphService;
class IdentityEndpoints;
class InspectionEndpoints;
class MailEndpoints;
class ReportsEndpoints;
class SandboxServer;
class TemporaryAccessPassEndpoints;
class UserEndpoints;
struct SandboxContext;

/**
 * An in-memory Microsoft 365 tenant served over HTTP on 127.0.0.1: Graph v1.0 under /v1.0 and
 * the identity platform under /{tenant}/oauth2/v2.0. Used by integration tests, benchmarks and
 * `resetdesk --demo`. Everything happens on the thread the object lives in.
 */
class Sandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)
public:
    explicit Sandbox(const SandboxOptions &options, QObject *parent = nullptr);
    ~Sandbox() override;

    /** Listens on 127.0.0.1 (port from the options, 0 = any free one). */
    bool start(QString *error = nullptr);
    quint16 port() const { return m_port; }

    /** http://127.0.0.1:<port> */
    QUrl baseUrl() const;
    /** http://127.0.0.1:<port>/v1.0 */
    QUrl graphUrl() const;
    /** The authority host; sign-in endpoints are below <host>/<tenant>/oauth2/v2.0/. */
    QUrl authorityHostUrl() const;
    QString tenantId() const;

    SandboxContext &context() { return *m_context; }
    GraphService &graph() { return *m_graph; }

private:
    std::unique_ptr<SandboxContext> m_context;
    std::unique_ptr<GraphService> m_graph;
    std::unique_ptr<UserEndpoints> m_users;
    std::unique_ptr<DirectoryEndpoints> m_directory;
    std::unique_ptr<MailEndpoints> m_mail;
    std::unique_ptr<ReportsEndpoints> m_reports;
    std::unique_ptr<BatchEndpoint> m_batch;
    std::unique_ptr<IdentityEndpoints> m_identity;
    std::unique_ptr<InspectionEndpoints> m_inspection;
    std::unique_ptr<TemporaryAccessPassEndpoints> m_temporaryAccessPasses;
    std::unique_ptr<AuthMethodEndpoints> m_authMethods;
    SandboxServer *m_server = nullptr;
    quint16 m_port = 0;
};
