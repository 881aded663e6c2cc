// SPDX-License-Identifier: MIT
#pragma once

#include "directory/SignedInAdmin.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxContext.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>

/** One HTTP exchange with the sandbox, as the client saw it. */
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
    /** The body as a JSON object (empty when it is not one). */
    QJsonObject json() const;
};

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/**
 * A started sandbox (inspection API on) plus a synchronous HTTP client for tests. Requests go
 * over real HTTP on 127.0.0.1; tokens can be minted directly so tests of one endpoint do not
 * depend on the sign-in endpoints.
 */
class SandboxFixture
{
public:
    explicit SandboxFixture(SandboxOptions options = defaultOptions());
    ~SandboxFixture();

    static SandboxOptions defaultOptions();
    /** Every delegated scope ResetDesk may ask for. */
    static QStringList allScopes();

    Sandbox &sandbox() { return *m_sandbox; }
    SandboxContext &context() { return m_sandbox->context(); }
    SandboxTenant &tenant() { return m_sandbox->context().tenant; }
    QString adminId() const;
    /** The demo admin as the client knows it after sign-in (no roles read). */
    SignedInAdmin signedInAdmin();

    /** An access token for @p userId with exactly @p scopes, issued to the sandbox client id. */
    QString tokenFor(const QString &userId, const QStringList &scopes);
    QString adminToken(const QStringList &scopes = allScopes());

    /** @p pathAndQuery is relative to the server root, e.g. "/v1.0/users?$top=5". */
    HttpResult request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                       const QString &token = {}, const HttpHeaders &headers = {});
    HttpResult get(const QString &pathAndQuery, const QString &token = {}, const HttpHeaders &headers = {});
    /** For absolute links the server returned (@odata.nextLink, Location). */
    HttpResult getUrl(const QUrl &url, const QString &token = {}, const HttpHeaders &headers = {});
    HttpResult postForm(const QString &pathAndQuery, const QList<QPair<QString, QString>> &fields);

    QNetworkAccessManager &network() { return m_network; }

    /** Adds a fault rule through the inspection API (POST /_sandbox/faults); false when refused. */
    bool addFaultRule(const QJsonObject &rule);

private:
    HttpResult exchange(const QByteArray &method, const QUrl &url, const QByteArray &body, const QString &token,
                        const HttpHeaders &headers);

    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_network;
};
