// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>

/**
 * The redirect URIs a "Mobile and desktop applications" registration with http://localhost and
 * http://127.0.0.1 accepts: plain http on a loopback host, any port, any path (RFC 8252; the
 * identity platform ignores the port when it matches a loopback redirect URI).
 */
class LoopbackRedirectUri final
{
public:
    static bool isAllowed(const QUrl &uri);
    /** Same URI as at authorize time, except for the port. */
    static bool sameExceptPort(const QUrl &authorized, const QUrl &presented);
};
