// SPDX-License-Identifier: MIT
// BulkPreflight: who a bulk reset reaches and who it skips (ResetPreflight's rules, in the bulk
// view's precedence), the counts, and the plan exported as CSV and read back.
#include "CatchQt.h"

#include "BulkTestUsers.h"

#include "bulk/BulkPreflight.h"

#include <QSet>

#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace RoleTemplates;
using BulkTestUsers::user;
using Category = BulkPreflight::Category;

namespace {

QList<Category> categories(const BulkPreflight::Plan &plan)
{
    QList<Category> list;
    for (const BulkPreflight::Row &row : plan.rows)
        list.append(row.category);
    return list;
}

QStringList ids(const QList<BulkTarget> &targets)
{
    QStringList list;
    for (const BulkTarget &target : targets)
        list.append(target.user.id());
    return list;
}

BulkPreflight::Plan classifyOneOfEach(bool includeSignInBlocked)
{
    BulkPreflight::Options options;
    options.excludedUserIds = {u"id-glass"_s};
    options.includeSignInBlocked = includeSignInBlocked;
    return BulkPreflight::classify(
        BulkTestUsers::targets(BulkTestUsers::oneOfEach()), BulkTestUsers::helpdeskAdmin(), options);
}

/** An independent RFC 4180 reader for the exported plan: rows of fields, CRLF between rows. */
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(std::exchange(field, QString()));
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            fields.append(std::exchange(field, QString()));
            rows.append(std::exchange(fields, QStringList()));
            ++i;
        } else {
            field += c;
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(field.isEmpty());
    REQUIRE(fields.isEmpty()); // the last row ends with CRLF too
    return rows;
}

} // namespace

TEST_CASE("BulkPreflight: puts every target in its category and counts them", "[bulk][preflight]")
{
    const BulkPreflight::Plan plan = classifyOneOfEach(false);
    CHECK(categories(plan)
        == QList<Category> {Category::Self, Category::Excluded, Category::Guest, Category::Synced,
            Category::RoleCannotReset, Category::SignInBlocked, Category::WillReset});
    CHECK_FALSE(plan.rolesUnverified);
    for (int c = 0; c < BulkPreflight::categoryCount; ++c)
        CHECK(plan.count(Category(c)) == 1);
    CHECK(plan.includedCount() == 1);
    CHECK(ids(plan.includedTargets()) == QStringList {u"id-anna"_s});
    // The targets travel through unchanged (the CSV's password and line with them).
    CHECK(plan.rows.at(6).target.user.displayName() == u"Anna Andersson"_s);
    for (const BulkPreflight::Row &row : plan.rows)
        CHECK(row.included == (row.category == Category::WillReset));
}

TEST_CASE(
    "BulkPreflight: sign-in blocked users are reset only when the admin includes them", "[bulk][preflight]")
{
    const BulkPreflight::Plan plan = classifyOneOfEach(true);
    CHECK(plan.count(Category::SignInBlocked) == 1);
    CHECK(plan.includedCount() == 2);
    CHECK(ids(plan.includedTargets()) == QStringList {u"id-blocked"_s, u"id-anna"_s});
    CHECK(plan.rows.at(5).included);
    CHECK(BulkPreflight::classificationText(plan.rows.at(5)) == u"Sign-in blocked: included"_s);
    CHECK(BulkPreflight::classificationText(classifyOneOfEach(false).rows.at(5))
        == u"Sign-in blocked: skipped"_s);
}

TEST_CASE("BulkPreflight: the first category in the enum's order wins", "[bulk][preflight]")
{
    const QList<DirectoryUser> users {
        // Self beats excluded: the admin on the exclusion list is still "this is you".
        user({u"id-admin"_s, u"Helena Admin"_s, u"helena@contoso.se"_s}, {HelpdeskAdministrator}),
        // Excluded beats guest and blocked.
        user({.id = u"id-x-guest"_s,
            .displayName = u"Excluded Guest"_s,
            .upn = u"xg@contoso.se"_s,
            .enabled = false,
            .guest = true}),
        // Guest beats synced.
        user({.id = u"id-guest-synced"_s,
            .displayName = u"Synced Guest"_s,
            .upn = u"gs@contoso.se"_s,
            .guest = true,
            .synced = true}),
        // Synced beats the role check (ResetPreflight itself asks about roles first).
        user({.id = u"id-synced-global"_s,
                 .displayName = u"Synced Global"_s,
                 .upn = u"sg@contoso.se"_s,
                 .synced = true},
            {GlobalAdministrator}),
        // Synced beats blocked.
        user({.id = u"id-synced-blocked"_s,
            .displayName = u"Synced Blocked"_s,
            .upn = u"sb@contoso.se"_s,
            .enabled = false,
            .synced = true}),
        // The role check beats blocked.
        user({.id = u"id-global-blocked"_s,
                 .displayName = u"Blocked Global"_s,
                 .upn = u"bg@contoso.se"_s,
                 .enabled = false},
            {GlobalAdministrator}),
        // A user with a role Helpdesk may reset is not held back by it.
        user({u"id-reader"_s, u"Rita Reader"_s, u"rita@contoso.se"_s}, {DirectoryReaders}),
    };
    BulkPreflight::Options options;
    options.excludedUserIds = {u"id-admin"_s, u"id-x-guest"_s};
    options.includeSignInBlocked = true;
    const BulkPreflight::Plan plan
        = BulkPreflight::classify(BulkTestUsers::targets(users), BulkTestUsers::helpdeskAdmin(), options);
    CHECK(categories(plan)
        == QList<Category> {Category::Self, Category::Excluded, Category::Guest, Category::Synced,
            Category::Synced, Category::RoleCannotReset, Category::WillReset});
    // Including blocked users does not include anyone skipped for another reason.
    CHECK(ids(plan.includedTargets()) == QStringList {u"id-reader"_s});
}

TEST_CASE(
    "BulkPreflight: synced users are skipped even when writeback would be possible", "[bulk][preflight]")
{
    SignedInAdmin admin = BulkTestUsers::helpdeskAdmin();
    admin.roleTemplateIds = {AuthenticationAdministrator};
    const DirectoryUser synced = user(
        {.id = u"id-synced"_s, .displayName = u"Sara Synced"_s, .upn = u"sara@contoso.se"_s, .synced = true});
    const BulkPreflight::Plan plan = BulkPreflight::classify(BulkTestUsers::targets({synced}), admin, {});
    CHECK(categories(plan) == QList<Category> {Category::Synced});
    CHECK(plan.includedCount() == 0);
}

TEST_CASE("BulkPreflight: the exclusion list matches ids in any letter case", "[bulk][preflight]")
{
    const QList<DirectoryUser> users {
        user({u"3f2a9c1e-0000-4000-8000-00000000000a"_s, u"Break Glass"_s, u"glass@contoso.se"_s}),
        user({u"3f2a9c1e-0000-4000-8000-00000000000b"_s, u"Anna Andersson"_s, u"anna@contoso.se"_s}),
    };
    BulkPreflight::Options options;
    options.excludedUserIds = {u"3F2A9C1E-0000-4000-8000-00000000000A"_s, u"id-not-in-the-run"_s};
    const BulkPreflight::Plan plan
        = BulkPreflight::classify(BulkTestUsers::targets(users), BulkTestUsers::helpdeskAdmin(), options);
    CHECK(categories(plan) == QList<Category> {Category::Excluded, Category::WillReset});
    CHECK(plan.count(Category::Excluded) == 1);
}

TEST_CASE("BulkPreflight: without readable roles the role check is left to the server", "[bulk][preflight]")
{
    BulkPreflight::Options options;
    options.excludedUserIds = {u"id-glass"_s};
    const BulkPreflight::Plan plan = BulkPreflight::classify(
        BulkTestUsers::targets(BulkTestUsers::oneOfEach()), BulkTestUsers::helpdeskAdmin(false), options);
    CHECK(plan.rolesUnverified);
    CHECK(plan.count(Category::RoleCannotReset) == 0);
    CHECK(plan.rows.at(4).category == Category::WillReset); // the Global Administrator
    CHECK(plan.count(Category::WillReset) == 2);
    CHECK(plan.count(Category::Self) == 1);
}

TEST_CASE("BulkPreflight: an empty target list makes an empty plan", "[bulk][preflight]")
{
    const BulkPreflight::Plan plan = BulkPreflight::classify({}, BulkTestUsers::helpdeskAdmin(), {});
    CHECK(plan.rows.isEmpty());
    CHECK(plan.includedCount() == 0);
    CHECK(plan.includedTargets().isEmpty());
    CHECK(plan.count(Category::WillReset) == 0);
}

TEST_CASE("BulkPreflight: every category has its own short text", "[bulk][preflight]")
{
    QSet<QString> texts;
    for (int c = 0; c < BulkPreflight::categoryCount; ++c) {
        const QString text = BulkPreflight::categoryText(Category(c));
        CHECK_FALSE(text.isEmpty());
        texts.insert(text);
    }
    CHECK(texts.size() == BulkPreflight::categoryCount);
    CHECK(BulkPreflight::categoryText(Category::Self) == u"Skipped: this is you"_s);
    CHECK(BulkPreflight::categoryText(Category::Synced)
        == u"Skipped: synced from on-premises (needs writeback)"_s);
    CHECK(BulkPreflight::categoryText(Category::WillReset) == u"Will be reset"_s);
    CHECK(BulkPreflight::categoryText(Category::SignInBlocked) == u"Sign-in blocked"_s);
    CHECK(BulkPreflight::actionText(true) == u"Reset"_s);
    CHECK(BulkPreflight::actionText(false) == u"Skip"_s);
    // Outside sign-in blocked, a row's classification is its category's text.
    BulkPreflight::Row row;
    row.category = Category::Guest;
    CHECK(BulkPreflight::classificationText(row) == BulkPreflight::categoryText(Category::Guest));
}

TEST_CASE("BulkPreflight: the plan CSV lists every target and reads back", "[bulk][preflight][csv]")
{
    QList<DirectoryUser> users = BulkTestUsers::oneOfEach();
    // Names a spreadsheet would run as formulas, and names that need quoting.
    users.append(user({u"id-formula"_s, u"=HYPERLINK(\"http://evil.example\")"_s, u"f@contoso.se"_s}));
    users.append(user({u"id-plus"_s, u"+46 70 123"_s, u"p@contoso.se"_s}));
    users.append(user({u"id-minus"_s, u"-Minus, \"Min\""_s, u"m@contoso.se"_s}));
    users.append(user({u"id-at"_s, u"@SUM(A1)"_s, u"a@contoso.se"_s}));
    BulkPreflight::Options options;
    options.excludedUserIds = {u"id-glass"_s};
    const BulkPreflight::Plan plan
        = BulkPreflight::classify(BulkTestUsers::targets(users), BulkTestUsers::helpdeskAdmin(), options);

    const QByteArray csv = BulkPreflight::planCsv(plan);
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
    REQUIRE(rows.size() == 1 + users.size());
    CHECK(rows.at(0)
        == QStringList {u"User name"_s, u"Display name"_s, u"Object ID"_s, u"Classification"_s, u"Action"_s});
    for (int i = 0; i < users.size(); ++i) {
        INFO("row " << i);
        const QStringList &fields = rows.at(i + 1);
        REQUIRE(fields.size() == 5);
        CHECK(fields.at(0) == users.at(i).userPrincipalName());
        CHECK(fields.at(2) == users.at(i).id());
        CHECK(fields.at(3) == BulkPreflight::classificationText(plan.rows.at(i)));
        CHECK(fields.at(4) == BulkPreflight::actionText(plan.rows.at(i).included));
    }
    CHECK(rows.at(1).at(3) == u"Skipped: this is you"_s);
    CHECK(rows.at(1).at(4) == u"Skip"_s);
    CHECK(rows.at(6).at(3) == u"Sign-in blocked: skipped"_s);
    CHECK(rows.at(7).at(1) == u"Anna Andersson"_s);
    CHECK(rows.at(7).at(3) == u"Will be reset"_s);
    CHECK(rows.at(7).at(4) == u"Reset"_s);
    // Formula starters get an apostrophe; commas and quotes survive the round trip.
    CHECK(rows.at(8).at(1) == u"'=HYPERLINK(\"http://evil.example\")"_s);
    CHECK(rows.at(9).at(1) == u"'+46 70 123"_s);
    CHECK(rows.at(10).at(1) == u"'-Minus, \"Min\""_s);
    CHECK(rows.at(11).at(1) == u"'@SUM(A1)"_s);
}
