// SPDX-License-Identifier: MIT
// Incident containment as one bulk run against the sandbox over real HTTP: the password with a
// forced change, every session revoked, then every registered method but the password deleted
// in the documented order; and the same run killed with SIGKILL and resumed from its journal.
#include "../bulk/BulkRunRig.h"
#include "WaitUntil.h"

#include "audit/AuditLog.h"
#include "incident/ContainmentSteps.h"
#include "sandbox/TenantGenerator.h"

#include <QJsonArray>
#include <QProcess>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace {

using State = BulkItemResult::State;

/** Gives @p user a key, an app, an email address and three phones, the office phone the default. */
void registerMethods(SandboxFixture &fixture, const SandboxUser &user)
{
    AuthMethodStore &store = fixture.context().authMethods;
    const QString office = u"office-"_s + user.id;
    store.addMethod(user.id, {u"fido2"_s, u"key-"_s + user.id, {{u"displayName"_s, u"Red key"_s}}});
    store.addMethod(
        user.id, {u"microsoftAuthenticator"_s, u"app-"_s + user.id, {{u"displayName"_s, u"Phone"_s}}});
    store.addMethod(user.id,
        {u"phone"_s, u"b08d5e6b-1c2a-4a6e-9c1e-"_s + user.id.right(12),
            {{u"phoneNumber"_s, u"+46 70 1112233"_s}, {u"phoneType"_s, u"alternateMobile"_s}}});
    store.addMethod(user.id,
        {u"phone"_s, office, {{u"phoneNumber"_s, u"+46 31 7001001"_s}, {u"phoneType"_s, u"office"_s}}});
    store.setDefaultPhoneMethod(user.id, office);
}

/** Ordinary users (none of the generator's special cases), with something registered besides what they had.
 */
QList<BulkTarget> targetsWithMethods(SandboxFixture &fixture, int count)
{
    QSet<QString> special;
    for (int i = 0; i < TenantGenerator::ArchetypeCount; ++i)
        special.insert(TenantGenerator::archetypeUpn(TenantGenerator::Archetype(i)).toLower());
    const QString federated
        = TenantGenerator::archetypeUpn(TenantGenerator::Archetype::FederatedUser).section(u'@', 1);
    QList<BulkTarget> targets;
    for (const BulkTarget &target : BulkRunRig::everyoneButAdmin(fixture)) {
        const SandboxUser *user = fixture.tenant().userByIdOrUpn(target.user.id());
        if (user->onPremisesSyncEnabled.value_or(false) || user->userType == u"Guest"_s
            || !user->accountEnabled || !user->roleTemplateIds.isEmpty()
            || special.contains(user->userPrincipalName.toLower())
            || user->userPrincipalName.endsWith(u'@' + federated, Qt::CaseInsensitive))
            continue;
        registerMethods(fixture, *user);
        targets.append(target);
        if (targets.size() == count)
            break;
    }
    return targets;
}

/** What Graph lists for @p userId besides the password: what a re-registration must delete. */
QStringList registeredMethods(SandboxFixture &fixture, const QString &userId)
{
    const HttpResult listed
        = fixture.get(u"/v1.0/users/%1/authentication/methods"_s.arg(userId), fixture.adminToken());
    REQUIRE(listed.status == 200);
    QStringList types;
    for (const QJsonValue &method : listed.json().value(u"value"_s).toArray()) {
        const QString type = method.toObject().value(u"@odata.type"_s).toString();
        if (!type.endsWith(u".passwordAuthenticationMethod"_s))
            types.append(type);
    }
    return types;
}

int auditLines(const AuditLog &audit, const QString &action, const QString &targetId = {})
{
    int lines = 0;
    for (const AuditEntry &entry : audit.entries())
        lines += entry.action == action && entry.outcome == u"succeeded"_s
            && (targetId.isEmpty() || entry.targetId == targetId);
    return lines;
}

} // namespace

TEST_CASE(
    "ContainmentSteps: one run resets, signs out and removes every method but the password, phones last",
    "[core][incident]")
{
    SandboxFixture fixture;
    BulkRunRig::Run run(fixture);
    const QList<BulkTarget> targets = targetsWithMethods(fixture, 3);
    REQUIRE(targets.size() == 3);
    QHash<QString, int> methodsBefore;
    QHash<QString, QString> refreshTokens;
    for (const BulkTarget &target : targets) {
        methodsBefore.insert(target.user.id(), int(registeredMethods(fixture, target.user.id()).size()));
        refreshTokens.insert(target.user.id(),
            fixture.context()
                .tokens.issue(target.user.id(), TenantGenerator::sandboxClientId(), {u"User.Read"_s}, true)
                .refreshToken);
    }
    QTemporaryDir folder;
    const AuditLog audit(folder.filePath(u"audit.jsonl"_s));
    run.runner.containment()->setAuditTrail(audit, fixture.signedInAdmin());

    run.start(targets, BulkResetSettings::forContainment(true, true));
    REQUIRE(run.waitFinished());

    for (const BulkItemResult &result : run.runner.results()) {
        INFO(result.userPrincipalName.toStdString());
        const SandboxUser *user = fixture.tenant().userByIdOrUpn(result.userId);
        CHECK(result.state == State::Succeeded);
        CHECK(result.signedOut);
        CHECK(result.methodsDone);
        CHECK_FALSE(result.methodsError.isError());
        CHECK(result.methodsRefused.isEmpty());
        CHECK(result.methodsRemoved.size() == methodsBefore.value(result.userId));
        // Everything else first, then the phones: the alternate mobile, the office, the mobile.
        const qsizetype firstPhone = result.methodsRemoved.indexOf(u"phone"_s);
        REQUIRE(firstPhone > 0);
        for (qsizetype i = firstPhone; i < result.methodsRemoved.size(); ++i)
            CHECK(result.methodsRemoved.at(i) == u"phone"_s);
        CHECK(registeredMethods(fixture, result.userId).isEmpty());
        CHECK_FALSE(user->isMfaRegistered);
        CHECK(result.password.equals(user->password));
        CHECK(user->forceChangePasswordNextSignIn);
        CHECK(user->forceChangePasswordNextSignInWithMfa);
        CHECK(user->signInSessionsValidFromDateTime.isValid());
        RefreshFailure failure = RefreshFailure::None;
        CHECK_FALSE(fixture.context().tokens.redeemRefreshToken(
            refreshTokens.value(result.userId), TenantGenerator::sandboxClientId(), &failure));
        CHECK(failure == RefreshFailure::Revoked);
        // One audit line per method removed.
        CHECK(auditLines(audit, u"authMethodRemoved"_s, result.userId) == methodsBefore.value(result.userId));
    }
    int revokes = 0;
    for (const RequestLogEntry &entry : fixture.context().log.entries()) {
        // The password method cannot be deleted and is never tried.
        CHECK_FALSE((entry.method == u"DELETE"_s && entry.path.contains(u"passwordMethods"_s)));
        revokes += entry.path.endsWith(u"/revokeSignInSessions"_s);
    }
    CHECK(revokes >= 3);
    // The journal knows every user's outcome: a resume would not start on them again.
    for (const ResetJournal::Entry &entry : run.journal->entries())
        CHECK_FALSE(entry.methods.isEmpty());
}

TEST_CASE("ContainmentSteps: a run without re-registration leaves the methods alone", "[core][incident]")
{
    SandboxFixture fixture;
    BulkRunRig::Run run(fixture);
    const QList<BulkTarget> targets = targetsWithMethods(fixture, 2);
    run.start(targets, BulkResetSettings::forContainment(false, false));
    REQUIRE(run.waitFinished());
    for (const BulkItemResult &result : run.runner.results()) {
        CHECK(result.state == State::Succeeded);
        CHECK(result.signedOut);
        CHECK_FALSE(result.methodsRequested);
        CHECK(registeredMethods(fixture, result.userId).size() >= 4);
        CHECK_FALSE(fixture.tenant().userByIdOrUpn(result.userId)->forceChangePasswordNextSignInWithMfa);
    }
}

TEST_CASE("ContainmentSteps: a cancel during the method removals leaves the rest to Retry failed",
    "[core][incident]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.latencyMs = 20; // the cancel lands while removals are under way
    SandboxFixture fixture(options);
    BulkRunRig::Run run(fixture);
    const QList<BulkTarget> targets = targetsWithMethods(fixture, 12);
    REQUIRE(targets.size() == 12);
    run.runner.containment()->setMaxUsersInFlight(2);
    run.start(targets, BulkResetSettings::forContainment(false, true));
    REQUIRE(waitUntil(
        [&] {
            return std::any_of(run.runner.results().cbegin(), run.runner.results().cend(),
                [](const BulkItemResult &result) { return result.methodsDone; });
        },
        30000));
    run.runner.cancel();
    REQUIRE(run.waitFinished());
    CHECK(run.runner.ending() == BulkResetRunner::Ending::Cancelled);
    const int left = run.runner.methodRemovalsLeft();
    CHECK(left > 0);
    CHECK(left < 12);

    REQUIRE(run.runner.retryFailed());
    REQUIRE(run.waitFinished());
    CHECK(run.runner.methodRemovalsLeft() == 0);
    for (const BulkItemResult &result : run.runner.results()) {
        CHECK(result.state == State::Succeeded);
        CHECK(result.methodsDone);
        CHECK(registeredMethods(fixture, result.userId).isEmpty());
    }
}

TEST_CASE("BulkResetSettings: journals written before containment read as ordinary runs", "[core][incident]")
{
    const QJsonObject old {{u"forceChange"_s, true}, {u"forceChangeWithMfa"_s, false}, {u"signOut"_s, true}};
    const BulkResetSettings settings = BulkResetSettings::fromJson(old);
    CHECK(settings.signOutEverywhere);
    CHECK_FALSE(settings.containment);
    CHECK_FALSE(settings.requireMethodReregistration);
    const BulkResetSettings containment = BulkResetSettings::forContainment(true, true);
    CHECK(BulkResetSettings::fromJson(containment.toJson()) == containment);
}

TEST_CASE("ContainmentSteps: SIGKILLs during the method removals lose no password and finish every user",
    "[core][incident][slow]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 80;
    options.latencyMs = 30; // long enough for the kills to land among the deletions
    SandboxFixture fixture(options);
    BulkRunRig::Run plan(fixture);
    const auto before = BulkRunRig::passwordCounts(fixture);
    const QList<BulkTarget> targets = targetsWithMethods(fixture, 24);
    REQUIRE(targets.size() == 24);
    QHash<QString, int> methodsBefore;
    int allMethods = 0;
    for (const BulkTarget &target : targets) {
        methodsBefore.insert(target.user.id(), int(registeredMethods(fixture, target.user.id()).size()));
        allMethods += methodsBefore.value(target.user.id());
    }
    QTemporaryDir folder;
    const QString auditPath = folder.filePath(u"audit.jsonl"_s);

    const QList<BulkResetItem> items = BulkResetItem::fromTargets(targets, {}, u"Contoso"_s);
    QList<ResetJournal::PlannedReset> planned;
    for (const BulkResetItem &item : items)
        planned.append({item.userId, item.userPrincipalName, item.password, item.displayName});
    REQUIRE(plan.journal->setRunSettings(BulkResetSettings::forContainment(false, true).toJson()));
    REQUIRE(plan.journal->plan(planned));
    const QString path = plan.journal->path();
    plan.journal.reset();
    const QString token = fixture.adminToken();

    // Killed once during the resets, then twice while methods are being removed.
    const QList<QPair<QByteArray, int>> killPoints {{"final ", 10}, {"methods ", 4}, {"methods ", 6}};
    int kills = 0;
    for (const auto &[what, count] : killPoints) {
        QProcess worker;
        worker.start(
            QStringLiteral(BULK_RESET_WORKER), {fixture.sandbox().graphUrl().toString(), path, auditPath});
        REQUIRE(worker.waitForStarted(10000));
        worker.write(BulkRunRig::Run::key().toHex() + '\n' + token.toLatin1() + '\n');
        worker.closeWriteChannel();
        int seen = 0;
        bool killed = false;
        REQUIRE(waitUntil(
            [&] {
                while (worker.canReadLine()) {
                    if (worker.readLine().startsWith(what))
                        ++seen;
                }
                if (!killed && seen >= count) {
                    ::kill(pid_t(worker.processId()), SIGKILL);
                    killed = true;
                }
                return worker.state() == QProcess::NotRunning;
            },
            120000));
        kills += killed;
    }
    CHECK(kills == 3);

    // The last resume, in this process, runs to the end.
    QString error;
    auto journal = ResetJournal::open(path, BulkRunRig::Run::key(), &error);
    REQUIRE(journal);
    BulkResetRunner runner(&plan.graph.client);
    const AuditLog audit(auditPath);
    runner.containment()->setAuditTrail(audit, fixture.signedInAdmin());
    bool done = false;
    QObject::connect(&runner, &BulkResetRunner::finished, [&] { done = true; });
    REQUIRE(runner.resume(journal.get(), &error));
    REQUIRE(waitUntil([&] { return done; }, 120000));

    for (const BulkItemResult &result : runner.results()) {
        INFO(result.userPrincipalName.toStdString());
        const SandboxUser *user = fixture.tenant().userByIdOrUpn(result.userId);
        CHECK(result.state == State::Succeeded);
        CHECK(result.methodsDone);
        CHECK(registeredMethods(fixture, result.userId).isEmpty());
        // Never two different values: every password the server took is the journal's.
        for (const QString &password : user->passwordHistory.mid(before.value(result.userId)))
            CHECK(result.password.equals(password));
        CHECK(result.password.equals(user->password));
        // A method deleted just before a kill may have missed its line, never got two.
        CHECK(auditLines(audit, u"authMethodRemoved"_s, result.userId) <= methodsBefore.value(result.userId));
    }
    // Only a deletion answered in the instant before a kill can miss its line: one per user under way.
    CHECK(auditLines(audit, u"authMethodRemoved"_s) >= allMethods - 4 * kills);
    CHECK(journal->unfinished().isEmpty());
}
