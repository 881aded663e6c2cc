// SPDX-License-Identifier: MIT
// GET /users with $filter=startswith(userPrincipalName,'…'): a default query, case-insensitive,
// quotes doubled, paged with $skiptoken, together with $select and $top.
#include "CatchQt.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

QString addUser(SandboxFixture &fixture, const QString &upn)
{
    SandboxUser user;
    user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.displayName = upn.section(u'@', 0, 0);
    user.userPrincipalName = upn;
    user.mail = upn;
    fixture.tenant().addUser(user);
    return user.id;
}

/** Every user principal name the chain of @p first brings, following nextLinks. */
QStringList upnsOfChain(SandboxFixture &fixture, const QString &first, const QString &token, int *pages)
{
    QStringList upns;
    HttpResult result = fixture.get(first, token);
    *pages = 0;
    while (true) {
        INFO(result.body.toStdString());
        REQUIRE(result.status == 200);
        ++*pages;
        for (const QJsonValue &user : result.json()[u"value"_s].toArray()) {
            CHECK(user.toObject().keys() == QStringList {u"id"_s, u"userPrincipalName"_s});
            upns.append(user[u"userPrincipalName"_s].toString());
        }
        const QString next = result.json()[u"@odata.nextLink"_s].toString();
        if (next.isEmpty())
            break;
        // Graph's own link: the filter, $select and $top ride along with the $skiptoken.
        const QUrlQuery query(QUrl(next).query());
        CHECK(query.hasQueryItem(u"$skiptoken"_s));
        CHECK(query.hasQueryItem(u"$filter"_s));
        result = fixture.getUrl(QUrl(next), token);
    }
    return upns;
}

} // namespace

TEST_CASE("UserEndpoints: startswith on userPrincipalName ignores case and pages with $select and $top",
    "[sandbox][users]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 600;
    SandboxFixture fixture(options);
    const QString token = fixture.adminToken();
    addUser(fixture, u"Kim.Upper@kvarnby.se"_s);

    int expected = 0;
    for (const SandboxUser &user : fixture.tenant().users())
        expected += (!user.deleted && user.userPrincipalName.startsWith(u'k', Qt::CaseInsensitive)) ? 1 : 0;
    REQUIRE(expected > 12);

    // No ConsistencyLevel: startswith on userPrincipalName is a default query.
    int pages = 0;
    const QStringList upns = upnsOfChain(fixture,
        u"/v1.0/users?$select=id,userPrincipalName&$filter=startswith(userPrincipalName,'K')&$top=5"_s, token, &pages);
    CHECK(upns.size() == expected);
    CHECK(QSet<QString>(upns.cbegin(), upns.cend()).size() == expected);
    CHECK(upns.contains(u"Kim.Upper@kvarnby.se"_s));
    CHECK(pages == (expected + 4) / 5);
    for (const QString &upn : upns)
        CHECK(upn.startsWith(u'k', Qt::CaseInsensitive));
}

TEST_CASE("UserEndpoints: startswith takes doubled quotes and the symbols a user principal name may start with",
    "[sandbox][users]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 50;
    SandboxFixture fixture(options);
    const QString token = fixture.adminToken();
    const QStringList odd {u"'quote@kvarnby.se"_s, u"#hash@kvarnby.se"_s, u"$dollar@kvarnby.se"_s,
        u"~tilde@kvarnby.se"_s, u"^caret@kvarnby.se"_s, u"!bang@kvarnby.se"_s, u"7seven@kvarnby.se"_s};
    for (const QString &upn : odd)
        addUser(fixture, upn);

    // Sent percent-encoded, as GraphQuery writes it: ' as is, # as %23, $ as is.
    const QList<QPair<QString, QString>> cases {{u"''"_s, odd.at(0)}, {u"%23"_s, odd.at(1)}, {u"$"_s, odd.at(2)},
        {u"~"_s, odd.at(3)}, {u"%5E"_s, odd.at(4)}, {u"!"_s, odd.at(5)}, {u"7"_s, odd.at(6)}};
    for (const auto &[literal, upn] : cases) {
        int pages = 0;
        INFO(literal.toStdString());
        const QStringList upns = upnsOfChain(fixture,
            u"/v1.0/users?$select=id,userPrincipalName&$filter=startswith(userPrincipalName,'%1')&$top=999"_s.arg(
                literal),
            token, &pages);
        CHECK(upns == QStringList {upn});
    }
    // A single quote inside the literal must be doubled; alone it ends the string.
    CHECK(fixture.get(u"/v1.0/users?$filter=startswith(userPrincipalName,''')"_s, token).status == 400);
}
