// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

/**
 * The Microsoft clouds ResetDesk can sign in to (see "Microsoft Graph national cloud deployments"),
 * plus custom endpoints.
 */
enum class Cloud {
    Global,
    UsGovernment,    // GCC High (L4)
    UsGovernmentDoD, // DoD (L5)
    China,           // operated by 21Vianet
    Custom,          // explicit authority and Graph URLs (the sandbox, proxies)
};

/**
 * Where to sign in and where Graph lives for one cloud and tenant. http:// is accepted only for
 * loopback hosts; everything else must be https://.
 */
class CloudEndpoints
{
public:
    /** Endpoints of a well-known cloud. */
    static CloudEndpoints forCloud(Cloud cloud, const QString &tenant);
    /**
     * Custom endpoints; invalid() when a URL is unusable (see validationError): "invalid-url",
     * "insecure-scheme", or "authority-path" when the sign-in address has a path (only the host
     * belongs there; the tenant is its own setting).
     */
    static CloudEndpoints custom(const QUrl &authorityHost, const QUrl &graphRoot, const QString &tenant);

    bool isValid() const { return m_error.isEmpty(); }
    /** Why the endpoints are unusable: "insecure-scheme", "invalid-url" or empty. */
    QString validationError() const { return m_error; }

    Cloud cloud() const { return m_cloud; }
    QString tenant() const { return m_tenant; }
    QUrl authorityHost() const { return m_authorityHost; }
    /** e.g. https://graph.microsoft.com/v1.0 */
    QUrl graphRoot() const { return m_graphRoot; }

    QUrl authorizeUrl() const;
    QUrl tokenUrl() const;
    QUrl deviceCodeUrl() const;
    /** The OpenID Connect discovery document of the authority and tenant. */
    QUrl discoveryUrl() const;

    /** Stable text id for settings and keychain keys ("global", "usgov", "usgovdod", "china", "custom"). */
    static QString cloudId(Cloud cloud);
    static Cloud cloudFromId(const QString &id, bool *ok = nullptr);

    /** True for https URLs, and for http URLs whose host is loopback (127.0.0.0/8, ::1, localhost). */
    static bool isAcceptableUrl(const QUrl &url);

private:
    /** @p path (starting with "/") under the authority host and the tenant segment. */
    QUrl underTenant(const QString &path) const;
    QUrl endpoint(const QString &leaf) const;

    Cloud m_cloud = Cloud::Global;
    QString m_tenant;
    QUrl m_authorityHost;
    QUrl m_graphRoot;
    QString m_error;
};
