// SPDX-License-Identifier: MIT
#include "CatchQt.h"
#include "WaitUntil.h"
#include "SandboxGraphClient.h"

#include "policy/MyAccount.h"
#include "sandbox/TenantGenerator.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Problem = MyAccount::Problem;

namespace {

const SandboxUser &admin(SandboxFixture &fixture)
{
    const SandboxUser *user = fixture.tenant().userByIdOrUpn(fixture.adminId());
    REQUIRE(user);
    return *user;
}

std::pair<Problem, GraphError> changeAndWait(MyAccount &account, const QString &current, const QString &wanted)
{
    QSignalSpy changed(&account, &MyAccount::passwordChanged);
    QSignalSpy rejected(&account, &MyAccount::passwordChangeFailed);
    account.changePassword(current, wanted);
    REQUIRE(waitUntil([&] { return !changed.isEmpty() || !rejected.isEmpty(); }, 10000));
    if (!changed.isEmpty())
        return {Problem::None, {}};
    return {rejected.first().at(0).value<Problem>(), rejected.first().at(1).value<GraphError>()};
}

} // namespace

TEST_CASE("MyAccount: checks alternate email and phone before saving", "[core][policy][account]")
{
    const QString upn = u"admin@kvarnby.se"_s;
    CHECK(MyAccount::validateEmail(u"karin.lindqvist@outlook.com"_s, upn) == Problem::None);
    CHECK(MyAccount::validateEmail(u"karin.lindqvist@outlook"_s, upn) == Problem::InvalidEmail);
    CHECK(MyAccount::validateEmail(u"karin lindqvist@outlook.com"_s, upn) == Problem::InvalidEmail);
    CHECK(MyAccount::validateEmail(u"ADMIN@kvarnby.se"_s, upn) == Problem::EmailIsAccountAddress);
    CHECK(MyAccount::validatePhone(u"+46 70-123 45 67"_s) == Problem::None);
    CHECK(MyAccount::normalizedPhone(u"+46 70-123 45 67"_s) == u"+46 701234567"_s);
    CHECK(MyAccount::validatePhone(u"070-123 45 67"_s) == Problem::InvalidPhone); // no country code
    CHECK(MyAccount::validatePhone(u"+46 70 12x 45 67"_s) == Problem::InvalidPhone);
    CHECK(MyAccount::validatePhone(QString()) == Problem::None);
}

TEST_CASE("MyAccount: edits the admin's own alternate email and mobile phone", "[core][policy][account]")
{
    SandboxFixture fixture;
    SandboxGraphClient graph(fixture);
    MyAccount account(&graph.client);

    QSignalSpy loaded(&account, &MyAccount::loaded);
    account.load();
    REQUIRE(loaded.wait(10000));
    MyContactDetails details = loaded.first().at(0).value<MyContactDetails>();
    CHECK(details.userPrincipalName == TenantGenerator::adminUserPrincipalName());
    CHECK(details.alternateEmails == QStringList{u"karin.lindqvist@outlook.com"_s});

    details.alternateEmails = {u"karin.privat@gmail.com"_s};
    details.mobilePhone = u"+46 70-555 12 34"_s;
    QSignalSpy saved(&account, &MyAccount::saved);
    account.save(details);
    REQUIRE(saved.wait(10000));
    CHECK_FALSE(saved.first().at(0).value<GraphError>().isError());
    CHECK(admin(fixture).otherMails == QStringList{u"karin.privat@gmail.com"_s});
    CHECK(admin(fixture).mobilePhone == u"+46 705551234"_s);
}

TEST_CASE("MyAccount: changing my password explains a wrong current or weak new one, then succeeds",
          "[core][policy][account]")
{
    SandboxFixture fixture;
    SandboxGraphClient graph(fixture);
    MyAccount account(&graph.client);
    const QString current = TenantGenerator::adminPassword();

    CHECK(changeAndWait(account, u"Not-The-Password-1"_s, u"Kvarnhjul-Sommar-77"_s).first
          == Problem::WrongCurrentPassword);
    CHECK(changeAndWait(account, current, u"password1"_s).first == Problem::PasswordRejected);
    CHECK(changeAndWait(account, current, current).first == Problem::SameAsCurrentPassword);
    CHECK(admin(fixture).password == current);

    fixture.context().tokens.issue(fixture.adminId(), TenantGenerator::sandboxClientId(), {u"openid"_s}, true);
    REQUIRE(fixture.context().tokens.liveRefreshTokenCount(fixture.adminId()) > 0);
    CHECK(changeAndWait(account, current, u"Kvarnhjul-Sommar-77"_s).first == Problem::None);
    CHECK(admin(fixture).password == u"Kvarnhjul-Sommar-77"_s);
    // The service revokes the admin's refresh tokens: the app has to sign in again.
    CHECK(fixture.context().tokens.liveRefreshTokenCount(fixture.adminId()) == 0);
}
