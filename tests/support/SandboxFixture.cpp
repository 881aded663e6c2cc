// SPDX-License-Identifier: MIT
#include "SandboxFixture.h"

#include "CatchQt.h"

#include "sandbox/TenantGenerator.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

SandboxFixture::SandboxFixture(SandboxOptions options)
    : m_sandbox(std::make_unique<Sandbox>(options))
{
    QString error;
    const bool started = m_sandbox->start(&error);
    INFO(error.toStdString());
    REQUIRE(started);
}

SandboxFixture::~SandboxFixture() = default;

SandboxOptions SandboxFixture::defaultOptions()
{
    SandboxOptions options;
    options.inspection = true;
    options.userCount = 50;
    options.seed = 7;
    return options;
}

QStringList SandboxFixture::allScopes()
{
    return {u"openid"_s,
            u"profile"_s,
            u"offline_access"_s,
            u"User.Read"_s,
            u"User.Read.All"_s,
            u"User.ReadWrite.All"_s,
            u"User-PasswordProfile.ReadWrite.All"_s,
            u"User.RevokeSessions.All"_s,
            u"RoleManagement.Read.Directory"_s,
            u"GroupMember.Read.All"_s,
            u"Directory.Read.All"_s,
            u"Domain.ReadWrite.All"_s,
            u"Mail.Send"_s,
            u"UserAuthenticationMethod.ReadWrite.All"_s,
            u"Policy.Read.AuthenticationMethod"_s,
            u"AuditLog.Read.All"_s};
}

QString SandboxFixture::adminId() const
{
    return m_sandbox->context().tenant.adminUserId;
}

SignedInAdmin SandboxFixture::signedInAdmin()
{
    const SandboxUser *user = tenant().userByIdOrUpn(adminId());
    REQUIRE(user);
    SignedInAdmin admin;
    admin.id = user->id;
    admin.displayName = user->displayName;
    admin.userPrincipalName = user->userPrincipalName;
    admin.mail = user->mail;
    return admin;
}

QString SandboxFixture::tokenFor(const QString &userId, const QStringList &scopes)
{
    const QSet<QString> granted(scopes.cbegin(), scopes.cend());
    return context().tokens.issue(userId, TenantGenerator::sandboxClientId(), granted, false).accessToken;
}

QString SandboxFixture::adminToken(const QStringList &scopes)
{
    return tokenFor(adminId(), scopes);
}

bool SandboxFixture::addFaultRule(const QJsonObject &rule)
{
    const QByteArray body
        = QJsonDocument(QJsonObject{{u"rules"_s, QJsonArray{rule}}}).toJson(QJsonDocument::Compact);
    return request("POST", u"/_sandbox/faults"_s, body).status == 200;
}

HttpResult SandboxFixture::request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                   const QString &token, const HttpHeaders &headers)
{
    return exchange(method, QUrl(m_sandbox->baseUrl().toString() + pathAndQuery), body, token, headers);
}

HttpResult SandboxFixture::get(const QString &pathAndQuery, const QString &token, const HttpHeaders &headers)
{
    return request("GET", pathAndQuery, {}, token, headers);
}

HttpResult SandboxFixture::getUrl(const QUrl &url, const QString &token, const HttpHeaders &headers)
{
    return exchange("GET", url, {}, token, headers);
}

HttpResult SandboxFixture::postForm(const QString &pathAndQuery, const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery form;
    for (const auto &[key, value] : fields)
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return request("POST", pathAndQuery, form.toString(QUrl::FullyEncoded).toUtf8(), {},
                   {{"Content-Type", "application/x-www-form-urlencoded"}});
}

HttpResult SandboxFixture::exchange(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                    const QString &token, const HttpHeaders &headers)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    bool hasContentType = false;
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
        hasContentType = hasContentType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !hasContentType)
        request.setRawHeader("Content-Type", "application/json");

    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();

    HttpResult result;
    REQUIRE(reply->isFinished());
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}
