// SPDX-License-Identifier: MIT
#pragma once
// Requests and lookups shared by the sandbox's tests of PATCH /users and /users/delta.

#include "CatchQt.h"
#include "SandboxFixture.h"

#include "sandbox/TenantGenerator.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace UserPatchRequests {

using Archetype = TenantGenerator::Archetype;

inline SandboxUser &userOf(SandboxFixture &fixture, Archetype archetype)
{
    SandboxUser *user = fixture.tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(archetype));
    REQUIRE(user);
    return *user;
}

inline QByteArray resetBody(const QString &password, bool forceChange = true)
{
    return QJsonDocument(
        QJsonObject {{u"passwordProfile"_s,
            QJsonObject {{u"password"_s, password}, {u"forceChangePasswordNextSignIn"_s, forceChange}}}})
        .toJson(QJsonDocument::Compact);
}

inline HttpResult patchUser(SandboxFixture &fixture, const QString &token, const QString &id, const QByteArray &body)
{
    return fixture.request("PATCH", u"/v1.0/users/"_s + id, body, token);
}

inline QJsonObject errorOf(const HttpResult &result)
{
    return result.json()[u"error"_s].toObject();
}

inline const QString StrongPassword = u"xWwvJ]6NMw+bWH-d"_s; // the example password of Microsoft's Graph docs

} // namespace UserPatchRequests
