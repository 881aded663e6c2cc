// SPDX-License-Identifier: MIT
// "Require re-register MFA" against the sandbox over real HTTP: every method but the password
// goes, in the documented order, with a refused phone tried again last.
#include "CatchQt.h"
#include "SandboxFixture.h"
#include "SandboxGraphClient.h"
#include "WaitUntil.h"

#include "incident/MethodRemoval.h"
#include "sandbox/AuthMethodEndpoints.h"
#include "sandbox/TenantGenerator.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject method(const QString &type, const QString &id, const QString &phoneType = {})
{
    QJsonObject object{{u"@odata.type"_s, u"#microsoft.graph.%1AuthenticationMethod"_s.arg(type)}, {u"id"_s, id}};
    if (!phoneType.isEmpty())
        object.insert(u"phoneType"_s, phoneType);
    return object;
}

void removeAndWait(MethodRemoval &removal, const SandboxUser &user)
{
    bool done = false;
    QObject::connect(&removal, &MethodRemoval::finished, [&] { done = true; });
    removal.start(user.id, user.userPrincipalName);
    REQUIRE(waitUntil([&] { return done; }, 15000));
}

} // namespace

TEST_CASE("MethodRemoval: deletes everything but the password, phones last, the alternate before the mobile",
          "[core][incident]")
{
    const QJsonArray listed{method(u"password"_s, u"pw"_s),        method(u"phone"_s, u"m"_s, u"mobile"_s),
                            method(u"phone"_s, u"a"_s, u"alternateMobile"_s), method(u"fido2"_s, u"f"_s),
                            method(u"phone"_s, u"o"_s, u"office"_s),  method(u"email"_s, u"e"_s),
                            method(u"temporaryAccessPass"_s, u"t"_s)};
    QStringList order;
    for (const MethodRemoval::Method &entry : MethodRemoval::deletionOrder(listed))
        order.append(entry.id);
    CHECK(order == QStringList{u"f"_s, u"e"_s, u"t"_s, u"a"_s, u"o"_s, u"m"_s});
}

TEST_CASE("MethodRemoval: the default phone refused first is removed once nothing else is left",
          "[core][incident][sandbox]")
{
    SandboxFixture fixture;
    SandboxUser *user = fixture.tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(TenantGenerator::Archetype::PlainUser));
    REQUIRE(user);
    AuthMethodStore &store = fixture.context().authMethods;
    const QString officeId = u"e37fc753-ff3b-4958-9484-eaa9425c82bc"_s;
    store.addMethod(user->id, {u"phone"_s, officeId, {{u"phoneNumber"_s, u"+46 31 7001001"_s}, {u"phoneType"_s, u"office"_s}}});
    store.addMethod(user->id, {u"fido2"_s, u"key-1"_s, {{u"displayName"_s, u"Red key"_s}}});
    store.setDefaultPhoneMethod(user->id, officeId);
    REQUIRE(user->isMfaRegistered);

    QTemporaryDir folder;
    const AuditLog audit(folder.filePath(u"audit.jsonl"_s));
    SandboxGraphClient graph(fixture);
    MethodRemoval removal(&graph.client, audit, fixture.signedInAdmin());
    removeAndWait(removal, *user);

    CHECK(removal.allRemoved());
    CHECK(removal.methods().size() == 4); // fido2, email, office phone, mobile phone
    CHECK(removal.methods().constLast().phoneType == u"mobile"_s);
    CHECK_FALSE(user->isMfaRegistered);
    CHECK(user->authenticationPhone.isEmpty());
    CHECK(store.methodsOf(user->id).isEmpty());
    int officeDeletes = 0;
    for (const RequestLogEntry &entry : fixture.context().log.entries()) {
        if (entry.method == u"DELETE"_s && entry.path.endsWith(officeId))
            ++officeDeletes;
    }
    CHECK(officeDeletes == 2);
    // One audit line per method removed, none for the refusal that was tried again.
    int lines = 0;
    for (const AuditEntry &entry : audit.entries())
        lines += entry.action == u"authMethodRemoved"_s && entry.outcome == u"succeeded"_s;
    CHECK(lines == 4);
}

TEST_CASE("MethodRemoval: a Temporary Access Pass removed is audited as a deleted pass, never its value",
          "[core][incident][sandbox]")
{
    SandboxFixture fixture;
    SandboxUser *user = fixture.tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(TenantGenerator::Archetype::PlainUser));
    REQUIRE(user);
    AuthMethodStore &store = fixture.context().authMethods;
    const QString passValue = u"Zx7#kq2Lm9Pw"_s;
    store.setTap(user->id, {u"6f1c2b7e-7a51-4c1e-9f0a-3d2b1c4e5f60"_s, passValue, TenantGenerator::epoch(),
                               TenantGenerator::epoch(), 60, true});
    store.addMethod(user->id, {u"fido2"_s, u"key-1"_s, {{u"displayName"_s, u"Red key"_s}}});

    QTemporaryDir folder;
    const AuditLog audit(folder.filePath(u"audit.jsonl"_s));
    SandboxGraphClient graph(fixture);
    MethodRemoval removal(&graph.client, audit, fixture.signedInAdmin());
    removeAndWait(removal, *user);
    REQUIRE(removal.allRemoved());

    QStringList actions;
    for (const AuditEntry &entry : audit.entries()) {
        actions.append(entry.action);
        CHECK(entry.targetId == user->id);
        CHECK(entry.outcome == u"succeeded"_s);
    }
    actions.sort();
    CHECK(actions.count(u"tapDeleted"_s) == 1);
    CHECK(actions.contains(u"authMethodRemoved"_s));
    QFile file(folder.filePath(u"audit.jsonl"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains(passValue.toUtf8()));
}
