// SPDX-License-Identifier: MIT
// UserServerSearch: the $search request it builds, and against the sandbox over real HTTP while
// a full load is still under way (a delay rule holds back one page of the load).
#include "DirectoryLoadRig.h"

#include "directory/UserServerSearch.h"
#include "sandbox/SandboxTenant.h"
#include "WaitUntil.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

SandboxOptions options(int users)
{
    SandboxOptions result = SandboxFixture::defaultOptions();
    result.userCount = users;
    return result;
}

/** LoaderRig with the directory search feeding the same model. */
struct SearchRig : LoaderRig
{
    UserServerSearch search;
    struct Result
    {
        QString term;
        int matches = 0;
        int added = 0;
        GraphError error;
    };
    QList<Result> searches;

    explicit SearchRig(SandboxFixture &f, int pageSize)
        : LoaderRig(f, pageSize)
        , search(&client)
    {
        search.setModel(&model);
        search.setLoader(&loader);
        QObject::connect(&search, &UserServerSearch::finished,
            [this](const QString &term, int matches, int added, const GraphError &error) {
                searches.append({term, matches, added, error});
            });
    }

    void waitForLoad()
    {
        REQUIRE(waitUntil([this] { return !finishes.isEmpty(); }, 60000));
        REQUIRE_FALSE(loader.isBusy());
    }

    void waitForSearches(qsizetype count)
    {
        REQUIRE(waitUntil([&] { return searches.size() >= count; }, 30000));
    }

    qsizetype searchRequests() const
    {
        qsizetype count = 0;
        for (const RequestLogEntry &entry : fixture.context().log.entries())
            count += entry.path.endsWith(u"/users"_s) && entry.query.contains(u"$search"_s) ? 1 : 0;
        return count;
    }

    /** Holds back the answer to the /users request that comes after @p letThrough others. */
    void delayUsersRequest(int letThrough, int delayMs)
    {
        SandboxFaultRule rule;
        rule.action = SandboxFaultRule::Action::Delay;
        rule.method = "GET";
        rule.path = QRegularExpression(u"^/users$"_s);
        rule.after = letThrough;
        rule.remaining = 1;
        rule.delayMs = delayMs;
        fixture.context().faults.addRule(rule);
    }

    qint64 delayedRequests() const { return fixture.context().faults.counts().value(u"slow"_s); }

    /** Every row's id once, and rowOf() agrees with the rows. */
    bool rowsUnique() const
    {
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.userAt(row).id();
            if (ids.contains(id) || model.rowOf(id) != row)
                return false;
            ids.insert(id);
        }
        return true;
    }
};

} // namespace

TEST_CASE("UserServerSearch: searches display name and user name and mail with the advanced query header",
    "[core][directory]")
{
    CHECK(UserServerSearch::searchExpression(u"  anna   sv "_s)
        == u"\"displayName:anna sv\" OR \"userPrincipalName:anna sv\" OR \"mail:anna sv\""_s);

    const GraphRequest request = UserServerSearch::request(u"anna"_s);
    CHECK(request.method == "GET");
    CHECK(request.path == u"/users"_s);
    CHECK(request.eventualConsistency);
    const GraphQuery &query = request.query;
    CHECK(query.queryItemValue(u"$search"_s)
        == u"\"displayName:anna\" OR \"userPrincipalName:anna\" OR \"mail:anna\""_s);
    CHECK(query.queryItemValue(u"$select"_s) == DirectoryUser::selectProperties());
    CHECK(query.queryItemValue(u"$top"_s) == u"999"_s);
    CHECK(query.queryItemValue(u"$count"_s) == u"true"_s);
    CHECK(query.queryItems().size() == 4);
}

TEST_CASE(
    "UserServerSearch: quotes and backslashes cannot break out of the search phrase", "[core][directory]")
{
    CHECK(UserServerSearch::phraseText(u"O\"Brien"_s) == u"O Brien"_s);
    CHECK(UserServerSearch::phraseText(u"dom\\\"ain\\ x"_s) == u"dom ain x"_s);
    CHECK(UserServerSearch::searchExpression(u"a\" OR \"mail:b"_s)
        == u"\"displayName:a OR mail:b\" OR \"userPrincipalName:a OR mail:b\" OR \"mail:a OR mail:b\""_s);

    // Two characters at least, and quotes or spaces do not count.
    CHECK_FALSE(UserServerSearch::isSearchable(QString()));
    CHECK_FALSE(UserServerSearch::isSearchable(u"a"_s));
    CHECK_FALSE(UserServerSearch::isSearchable(u" a\" "_s));
    CHECK_FALSE(UserServerSearch::isSearchable(u"\"\\\""_s));
    CHECK(UserServerSearch::isSearchable(u"ab"_s));
    CHECK(UserServerSearch::isSearchable(u"Å ö"_s));
}

TEST_CASE(
    "UserServerSearch: the term reaches Graph unchanged whatever characters it holds", "[core][directory]")
{
    // '&' '=' '#' '+' and a valid-looking "%AB" are where query strings usually go wrong.
    const QString term = u"Bo&Co=1 #2+3 100%AB é"_s;
    const GraphRequest request = UserServerSearch::request(term);
    const QString encoded = request.encodedQuery();
    CHECK_FALSE(encoded.contains(u'#'));
    CHECK_FALSE(encoded.contains(u'+'));
    CHECK_FALSE(encoded.contains(u' '));
    CHECK(encoded.startsWith(u"$search="_s)); // option names keep their '$', not %24
    const QUrlQuery sent(encoded);
    CHECK(sent.queryItemValue(u"$search"_s, QUrl::FullyDecoded) == UserServerSearch::searchExpression(term));
}

TEST_CASE("UserServerSearch: finds a user with special characters in the name over HTTP",
    "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(40));
    SandboxUser odd;
    odd.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    odd.displayName = u"Bo&Co+Partner 100%AB"_s;
    odd.userPrincipalName = u"bo.co@kvarnby.se"_s;
    odd.mail = odd.userPrincipalName;
    fixture.tenant().addUser(odd);

    SearchRig rig(fixture, 999);
    rig.search.setLoader(nullptr); // no load under way: the search on its own
    // Sandbox search is tokenized prefix matching: a '+' read as a space, or "%AB" read as one
    // character, would leave a word that starts no token.
    REQUIRE(rig.search.search(u"Bo&Co+Partner 100%AB"_s));
    CHECK(rig.search.isBusy());
    rig.waitForSearches(1);
    const SearchRig::Result &result = rig.searches.constFirst();
    INFO(result.error.technicalSummary().toStdString());
    REQUIRE_FALSE(result.error.isError());
    CHECK(result.matches == 1);
    CHECK(result.added == 1);
    REQUIRE(rig.model.rowOf(odd.id) >= 0);
    CHECK(rig.model.userAt(rig.model.rowOf(odd.id)).displayName() == odd.displayName);
    CHECK(rig.model.isUnconfirmed(odd.id));
    CHECK_FALSE(rig.search.isBusy());
}

TEST_CASE("UserServerSearch: a new term cancels the search under way", "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(80));
    SearchRig rig(fixture, 999);
    rig.search.setLoader(nullptr);
    SandboxUser target;
    for (const SandboxUser &user : fixture.tenant().users()) {
        if (!user.deleted)
            target = user;
    }
    REQUIRE(rig.search.search(u"zz"_s));
    REQUIRE(rig.search.search(target.displayName));
    // The first ended at once, as cancelled; only the second was answered.
    REQUIRE(rig.searches.size() == 1);
    CHECK(rig.searches.at(0).term == u"zz"_s);
    CHECK(rig.searches.at(0).error.kind == GraphError::Kind::Cancelled);
    rig.waitForSearches(2);
    CHECK(rig.searches.at(1).term == target.displayName);
    CHECK_FALSE(rig.searches.at(1).error.isError());
    CHECK(rig.searches.at(1).matches >= 1);
    CHECK(rig.model.rowOf(target.id) >= 0);
    CHECK(rig.searches.size() == 2);
}

TEST_CASE("UserServerSearch: shows a user whose page has not arrived and the load then updates it in place",
    "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(600));
    SearchRig rig(fixture, 100);
    // The second page of the list stays on the wire long enough for the search to be answered.
    rig.delayUsersRequest(1, 5000);
    rig.loader.load();
    REQUIRE(waitUntil([&] { return rig.delayedRequests() == 1; }, 30000));
    REQUIRE(rig.loader.isLoadingAll());
    const int loadedBefore = rig.model.rowCount();
    REQUIRE(loadedBefore == 100);

    // Someone on a later page, searched for by their full name, as an admin would type it.
    const SandboxUser *target = nullptr;
    for (const SandboxUser &user : fixture.tenant().users()) {
        if (!user.deleted && user.accountEnabled && rig.model.rowOf(user.id) < 0)
            target = &user;
    }
    REQUIRE(target);
    const QString targetId = target->id;
    rig.proxy.setSearchText(target->displayName);
    CHECK_FALSE(rig.proxy.visibleIds().contains(targetId));

    REQUIRE(rig.search.search(target->displayName));
    rig.waitForSearches(1);
    const SearchRig::Result result = rig.searches.constFirst();
    INFO(result.error.technicalSummary().toStdString());
    REQUIRE_FALSE(result.error.isError());
    CHECK(result.matches >= 1);
    CHECK(result.added >= 1);
    CHECK(rig.searchRequests() == 1);
    // Before the load is done: the client-side filter shows the directory's match.
    CHECK(rig.loader.isLoadingAll());
    CHECK(rig.proxy.visibleIds().contains(targetId));
    CHECK(rig.model.rowCount() == loadedBefore + result.added);
    CHECK(rig.model.isUnconfirmed(targetId));

    rig.waitForLoad();
    REQUIRE_FALSE(rig.finishes.constLast().isError());
    // Every user exactly once: the pages updated the search's rows instead of adding them again.
    CHECK(rig.model.rowCount() == fixture.tenant().liveUserCount());
    CHECK(rig.rowsUnique());
    CHECK_FALSE(rig.model.isUnconfirmed(targetId));
    const DirectoryUser &loaded = rig.model.userAt(rig.model.rowOf(targetId));
    CHECK(loaded.displayName() == fixture.tenant().userById(targetId)->displayName);
    // The report applies to users the search brought in before their page.
    CHECK(loaded.selfServiceRegistered()
        == (fixture.tenant().userById(targetId)->isSsprRegistered ? DirectoryUser::TriState::Yes
                                                                  : DirectoryUser::TriState::No));
    CHECK(rig.proxy.visibleIds().count(targetId) == 1);

    // Once the list is complete, search is client-side only: nothing more goes to Graph.
    CHECK_FALSE(rig.search.search(target->displayName));
    CHECK_FALSE(rig.search.isBusy());
    CHECK(rig.searchRequests() == 1);
}

TEST_CASE("UserServerSearch: the answer to a search still under way when the load completes is dropped",
    "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(250));
    SearchRig rig(fixture, 100);
    const int live = int(fixture.tenant().liveUserCount());
    REQUIRE(live % 100 != 0); // so the last page is a short one and no empty page follows
    // Every page of the list goes through; the next /users request is the search: held back.
    rig.delayUsersRequest((live + 99) / 100, 30000);
    bool searched = false;
    QObject::connect(&rig.loader, &UserDirectoryLoader::usersReceived, [&](const QList<DirectoryUser> &) {
        // The last page is in; the load has not finished yet.
        if (rig.model.rowCount() == live && !searched) {
            searched = true;
            CHECK(rig.search.search(fixture.tenant().users().front().displayName));
        }
    });
    rig.loader.load();
    rig.waitForLoad();
    REQUIRE(searched);
    REQUIRE_FALSE(rig.finishes.constLast().isError());
    // The load's end cancelled the search: nothing it might still say can change the list.
    REQUIRE(rig.searches.size() == 1);
    CHECK(rig.searches.at(0).error.kind == GraphError::Kind::Cancelled);
    CHECK_FALSE(rig.search.isBusy());
    CHECK(rig.model.rowCount() == live);
    CHECK(rig.rowsUnique());
}

TEST_CASE("UserServerSearch: a user only the search index knows leaves the list when the load completes",
    "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(300));
    SearchRig rig(fixture, 100);
    rig.delayUsersRequest(1, 3000);
    rig.loader.load();
    REQUIRE(waitUntil([&] { return rig.delayedRequests() == 1; }, 30000));

    // The index lags writes (advanced queries are eventually consistent): a user deleted after the
    // search answered is not on any page of the load. The search adds them; the complete list must
    // not keep them.
    const SandboxUser *target = nullptr;
    for (const SandboxUser &user : fixture.tenant().users()) {
        if (!user.deleted && user.id != fixture.adminId() && rig.model.rowOf(user.id) < 0)
            target = &user;
    }
    REQUIRE(target);
    const QString targetId = target->id;
    REQUIRE(rig.search.search(target->userPrincipalName));
    rig.waitForSearches(1);
    REQUIRE_FALSE(rig.searches.constFirst().error.isError());
    REQUIRE(rig.model.rowOf(targetId) >= 0);
    rig.selection.setSelected(targetId, true);
    fixture.tenant().deleteUser(targetId, false);

    rig.waitForLoad();
    REQUIRE_FALSE(rig.finishes.constLast().isError());
    CHECK(rig.model.rowOf(targetId) == -1);
    CHECK_FALSE(rig.selection.isSelected(targetId));
    CHECK(rig.model.rowCount() == fixture.tenant().liveUserCount());
    CHECK(rig.rowsUnique());
}
