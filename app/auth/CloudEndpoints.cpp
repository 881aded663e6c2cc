// SPDX-License-Identifier: MIT
#include "auth/CloudEndpoints.h"

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

CloudEndpoints CloudEndpoints::forCloud(Cloud cloud, const QString &tenant)
{
    CloudEndpoints endpoints;
    // Custom endpoints come from custom(); asked for here, they fall back to the global cloud.
    endpoints.m_cloud = cloud == Cloud::Custom ? Cloud::Global : cloud;
    endpoints.m_tenant = tenant.isEmpty() ? u"organizations"_s : tenant;
    switch (cloud) {
    case Cloud::Global:
    case Cloud::Custom:
        endpoints.m_authorityHost = QUrl(u"https://login.microsoftonline.com"_s);
        endpoints.m_graphRoot = QUrl(u"https://graph.microsoft.com/v1.0"_s);
        break;
    case Cloud::UsGovernment:
        endpoints.m_authorityHost = QUrl(u"https://login.microsoftonline.us"_s);
        endpoints.m_graphRoot = QUrl(u"https://graph.microsoft.us/v1.0"_s);
        break;
    case Cloud::UsGovernmentDoD:
        endpoints.m_authorityHost = QUrl(u"https://login.microsoftonline.us"_s);
        endpoints.m_graphRoot = QUrl(u"https://dod-graph.microsoft.us/v1.0"_s);
        break;
    case Cloud::China:
        endpoints.m_authorityHost = QUrl(u"https://login.chinacloudapi.cn"_s);
        endpoints.m_graphRoot = QUrl(u"https://microsoftgraph.chinacloudapi.cn/v1.0"_s);
        break;
    }
    return endpoints;
}

CloudEndpoints CloudEndpoints::custom(const QUrl &authorityHost, const QUrl &graphRoot, const QString &tenant)
{
    CloudEndpoints endpoints;
    endpoints.m_cloud = Cloud::Custom;
    endpoints.m_tenant = tenant.isEmpty() ? u"organizations"_s : tenant;
    endpoints.m_authorityHost = authorityHost.adjusted(QUrl::StripTrailingSlash);
    endpoints.m_graphRoot = graphRoot.adjusted(QUrl::StripTrailingSlash);
    for (const QUrl &url : {endpoints.m_authorityHost, endpoints.m_graphRoot}) {
        if (!url.isValid() || url.host().isEmpty() || url.scheme().isEmpty())
            endpoints.m_error = u"invalid-url"_s;
        else if (!isAcceptableUrl(url) && endpoints.m_error.isEmpty())
            endpoints.m_error = u"insecure-scheme"_s;
    }
    // The tenant is a separate setting: a path here ("…/organizations") would be sent twice.
    const QString authorityPath = endpoints.m_authorityHost.path();
    if (endpoints.m_error.isEmpty() && !authorityPath.isEmpty() && authorityPath != u"/"_s)
        endpoints.m_error = u"authority-path"_s;
    return endpoints;
}

QUrl CloudEndpoints::underTenant(const QString &path) const
{
    QUrl url = m_authorityHost;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1); // "http://host/" keeps its root slash through StripTrailingSlash
    url.setPath(base + u"/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_tenant)) + path);
    return url;
}

QUrl CloudEndpoints::endpoint(const QString &leaf) const
{
    return underTenant(u"/oauth2/v2.0/"_s + leaf);
}

QUrl CloudEndpoints::authorizeUrl() const
{
    return endpoint(u"authorize"_s);
}

QUrl CloudEndpoints::tokenUrl() const
{
    return endpoint(u"token"_s);
}

QUrl CloudEndpoints::deviceCodeUrl() const
{
    return endpoint(u"devicecode"_s);
}

QUrl CloudEndpoints::discoveryUrl() const
{
    return underTenant(u"/v2.0/.well-known/openid-configuration"_s);
}

QString CloudEndpoints::cloudId(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global: return u"global"_s;
    case Cloud::UsGovernment: return u"usgov"_s;
    case Cloud::UsGovernmentDoD: return u"usgovdod"_s;
    case Cloud::China: return u"china"_s;
    case Cloud::Custom: return u"custom"_s;
    }
    return u"global"_s;
}

Cloud CloudEndpoints::cloudFromId(const QString &id, bool *ok)
{
    for (Cloud cloud : {Cloud::Global, Cloud::UsGovernment, Cloud::UsGovernmentDoD, Cloud::China, Cloud::Custom}) {
        if (cloudId(cloud).compare(id, Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return cloud;
        }
    }
    if (ok)
        *ok = false;
    return Cloud::Global;
}

bool CloudEndpoints::isAcceptableUrl(const QUrl &url)
{
    if (url.scheme() == u"https"_s)
        return true;
    if (url.scheme() != u"http"_s)
        return false;
    // Tokens travel in the clear over http: only a loopback hop is acceptable.
    const QString host = url.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
