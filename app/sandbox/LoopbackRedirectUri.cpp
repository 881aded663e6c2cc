// SPDX-License-Identifier: MIT
#include "sandbox/LoopbackRedirectUri.h"

using namespace Qt::Literals::StringLiterals;

namespace {

/** The identity platform sends redirect URIs without a path back with a trailing '/'. */
QString pathOf(const QUrl &uri)
{
    const QString path = uri.path(QUrl::FullyEncoded);
    return path.isEmpty() ? u"/"_s : path;
}

} // namespace

bool LoopbackRedirectUri::isAllowed(const QUrl &uri)
{
    if (!uri.isValid() || uri.scheme() != u"http"_s || !uri.userInfo().isEmpty() || uri.hasFragment())
        return false;
    // IPv6 [::1] is not supported by the identity platform.
    const QString host = uri.host();
    if (host != u"localhost"_s && host != u"127.0.0.1"_s)
        return false;
    return uri.toString(QUrl::FullyEncoded).size() <= 256;
}

bool LoopbackRedirectUri::sameExceptPort(const QUrl &authorized, const QUrl &presented)
{
    return authorized.scheme() == presented.scheme() && authorized.host() == presented.host()
        && pathOf(authorized) == pathOf(presented)
        && authorized.query(QUrl::FullyEncoded) == presented.query(QUrl::FullyEncoded);
}
