// SPDX-License-Identifier: MIT
// ResetRunner over real HTTP against the sandbox; the server's truth (stored password, flags,
// sessions, refresh tokens) is read in-process from the fixture's tenant.
#include "CatchQt.h"
#include "WaitUntil.h"
#include "SandboxFixture.h"
#include "SandboxGraphClient.h"

#include "directory/SignedInAdmin.h"
#include "graph/GraphClient.h"
#include "audit/AuditLog.h"
#include "password/LocalPasswordRules.h"
#include "reset/ResetRunner.h"
#include "sandbox/GraphService.h"
#include "sandbox/TenantGenerator.h"
#include "reset/ResetAuditEntry.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Archetype = TenantGenerator::Archetype;

namespace {

/** A GraphClient signed in as @p callerId (every scope), and a runner on it with fast polling. */
struct RunnerRig
{
    SandboxFixture &fixture;
    SandboxGraphClient graph;
    ResetRunner runner;
    QList<ResetRunner::Step> steps;

    RunnerRig(SandboxFixture &f, const QString &callerId)
        : fixture(f)
        , graph(f, [&f, callerId] { return f.tokenFor(callerId, SandboxFixture::allScopes()); })
        , runner(&graph.client)
    {
        runner.setPollPolicy({5, 20, 40});
        QObject::connect(
            &runner, &ResetRunner::stepChanged, [this](ResetRunner::Step step) { steps.append(step); });
    }

    ResetOutcome run(const ResetRequest &request)
    {
        ResetOutcome outcome;
        bool done = false;
        const auto connection
            = QObject::connect(&runner, &ResetRunner::finished, [&](const ResetOutcome &result) {
                  outcome = result;
                  done = true;
              });
        REQUIRE(runner.start(request));
        REQUIRE(runner.isRunning());
        REQUIRE(waitUntil([&] { return done; }, 20000));
        QObject::disconnect(connection);
        CHECK_FALSE(runner.isRunning());
        return outcome;
    }
};

SandboxUser &archetype(SandboxFixture &fixture, Archetype which)
{
    SandboxUser *user = fixture.tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(which));
    REQUIRE(user);
    return *user;
}

ResetRequest requestFor(const SandboxUser &user)
{
    ResetRequest request;
    request.userId = user.id;
    request.userPrincipalName = user.userPrincipalName;
    request.displayName = user.displayName;
    request.givenName = user.givenName;
    request.surname = user.surname;
    request.tenantName = u"Kvarnby"_s;
    return request;
}

} // namespace

TEST_CASE("ResetRunner: a generated password with force-change reaches the server", "[reset][runner]")
{
    SandboxFixture fixture;
    RunnerRig rig(fixture, fixture.adminId());
    SandboxUser &elsa = archetype(fixture, Archetype::PlainUser);
    const QString before = elsa.password;

    const ResetOutcome outcome = rig.run(requestFor(elsa));
    INFO(outcome.error.technicalSummary().toStdString());
    REQUIRE(outcome.succeeded);
    CHECK(outcome.failure == ResetOutcome::Failure::None);
    CHECK(outcome.passwordGenerated);
    CHECK(outcome.password.size() == PasswordGenerator::DefaultReadableLength);
    CHECK(outcome.password.equals(elsa.password));
    CHECK(elsa.password != before);
    CHECK(elsa.forceChangePasswordNextSignIn);
    CHECK_FALSE(elsa.forceChangePasswordNextSignInWithMfa);
    CHECK_FALSE(outcome.requestId.isEmpty());
    CHECK_FALSE(outcome.viaWriteback);
    CHECK_FALSE(outcome.signOutRequested);
    CHECK(rig.steps == QList<ResetRunner::Step> {ResetRunner::Step::Resetting, ResetRunner::Step::Idle});
    // The password went over the wire once, as one PATCH.
    CHECK(fixture.context().log.counter(u"passwordResets"_s) == 1);
}

TEST_CASE("ResetRunner: a typed password and each passphrase language are stored as given", "[reset][runner]")
{
    SandboxFixture fixture;
    RunnerRig rig(fixture, fixture.adminId());
    SandboxUser &elsa = archetype(fixture, Archetype::PlainUser);

    ResetRequest typed = requestFor(elsa);
    typed.password = SecretString(u"Trg7#mpQ-w4x"_s);
    typed.forceChangePasswordNextSignIn = false;
    ResetOutcome outcome = rig.run(typed);
    REQUIRE(outcome.succeeded);
    CHECK_FALSE(outcome.passwordGenerated);
    CHECK(elsa.password == u"Trg7#mpQ-w4x"_s);
    CHECK_FALSE(elsa.forceChangePasswordNextSignIn);

    ResetRequest swedish = requestFor(elsa);
    swedish.generateStyle = PasswordStyle::Passphrase;
    swedish.passphraseLanguage = PassphraseLanguage::Swedish;
    outcome = rig.run(swedish);
    REQUIRE(outcome.succeeded);
    CHECK(outcome.password.equals(elsa.password));
    CHECK(elsa.password.count(elsa.password.at(elsa.password.size() - 3))
        == PasswordGenerator::DefaultPassphraseWords);
}

TEST_CASE("ResetRunner: the MFA variant of force-change is stored on the server", "[reset][runner]")
{
    SandboxFixture fixture;
    RunnerRig rig(fixture, fixture.adminId());
    SandboxUser &elsa = archetype(fixture, Archetype::PlainUser);
    ResetRequest request = requestFor(elsa);
    request.generateStyle = PasswordStyle::Classic;
    request.forceChangePasswordNextSignInWithMfa = true;

    const ResetOutcome outcome = rig.run(request);
    REQUIRE(outcome.succeeded);
    CHECK(outcome.password.size() == 8);
    CHECK(outcome.password.equals(elsa.password));
    CHECK(elsa.forceChangePasswordNextSignIn);
    CHECK(elsa.forceChangePasswordNextSignInWithMfa);
}

TEST_CASE("ResetRunner: sign out everywhere revokes the user's sessions after the reset", "[reset][runner]")
{
    SandboxFixture fixture;
    RunnerRig rig(fixture, fixture.adminId());
    SandboxUser &elsa = archetype(fixture, Archetype::PlainUser);
    const QString clientId = TenantGenerator::sandboxClientId();

    // Without the option: the reset alone does not touch the sign-in session timestamp.
    const QDateTime untouched = elsa.signInSessionsValidFromDateTime;
    REQUIRE(rig.run(requestFor(elsa)).succeeded);
    CHECK(elsa.signInSessionsValidFromDateTime == untouched);

    // The user signs in on a phone (a refresh token), then the admin resets with sign-out.
    fixture.context().tokens.issue(elsa.id, clientId, {u"User.Read"_s, u"offline_access"_s}, true);
    REQUIRE(fixture.context().tokens.liveRefreshTokenCount(elsa.id) == 1);
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
    ResetRequest request = requestFor(elsa);
    request.signOutEverywhere = true;
    rig.steps.clear();
    const ResetOutcome outcome = rig.run(request);
    REQUIRE(outcome.succeeded);
    CHECK(outcome.signOutRequested);
    CHECK(outcome.signedOut);
    CHECK_FALSE(outcome.signOutError.isError());
    CHECK(elsa.signInSessionsValidFromDateTime.isValid());
    CHECK(elsa.signInSessionsValidFromDateTime >= started);
    CHECK(fixture.context().tokens.liveRefreshTokenCount(elsa.id) == 0);
    CHECK(rig.steps
        == QList<ResetRunner::Step> {
            ResetRunner::Step::Resetting, ResetRunner::Step::SigningOut, ResetRunner::Step::Idle});
}

TEST_CASE("ResetRunner: a failed sign-out leaves the reset standing and says so", "[reset][runner]")
{
    SandboxFixture fixture;
    RunnerRig rig(fixture, fixture.adminId());
    SandboxUser &elsa = archetype(fixture, Archetype::PlainUser);
    // This user's revokeSignInSessions answers 503 every time (more literal segments win the route).
    fixture.sandbox().graph().router().add("POST", u"/users/"_s + elsa.id + u"/revokeSignInSessions"_s, {},
        [](SandboxRequest &, const QStringList &) {
            return SandboxResponse::json(503,
                QJsonObject {{u"error"_s,
                    QJsonObject {
                        {u"code"_s, u"serviceNotAvailable"_s}, {u"message"_s, u"Service unavailable"_s}}}});
        });
    ResetRequest request = requestFor(elsa);
    request.signOutEverywhere = true;
    const ResetOutcome outcome = rig.run(request);
    CHECK(outcome.succeeded);
    CHECK(outcome.password.equals(elsa.password));
    CHECK(outcome.signOutRequested);
    CHECK_FALSE(outcome.signedOut);
    CHECK(outcome.signOutError.kind == GraphError::Kind::ServiceUnavailable);

    SignedInAdmin admin;
    admin.id = fixture.adminId();
    const AuditEntry entry = resetAuditEntry(request, admin, outcome);
    CHECK(entry.outcome == u"succeededSignOutFailed"_s);
    CHECK(entry.errorKind == u"ServiceUnavailable"_s);
}

TEST_CASE("ResetRunner: a banned password comes back as PasswordRejected and is kept for editing",
    "[reset][runner]")
{
    SandboxFixture fixture;
    RunnerRig rig(fixture, fixture.adminId());
    SandboxUser &elsa = archetype(fixture, Archetype::PlainUser);
    const QString before = elsa.password;
    ResetRequest request = requestFor(elsa);
    request.password = SecretString(u"Password1!"_s);
    // Locally it looks fine: only the server's banned list knows better.
    REQUIRE(LocalPasswordRules::isAcceptable(u"Password1!"_s, request.passwordContext()));

    const ResetOutcome outcome = rig.run(request);
    CHECK_FALSE(outcome.succeeded);
    CHECK(outcome.failure == ResetOutcome::Failure::Graph);
    CHECK(outcome.error.kind == GraphError::Kind::PasswordRejected);
    CHECK(outcome.error.httpStatus == 400);
    CHECK(outcome.password.equals(u"Password1!"_s));
    CHECK_FALSE(outcome.requestId.isEmpty());
    CHECK(elsa.password == before);
}

TEST_CASE("ResetRunner: a synced user is refused in the cloud and reset through writeback with polling",
    "[reset][runner]")
{
    SandboxFixture fixture;
    RunnerRig rig(fixture, fixture.adminId());
    SandboxUser &sven = archetype(fixture, Archetype::SyncedUser);
    const QString before = sven.password;

    ResetRequest cloud = requestFor(sven);
    cloud.useWriteback = false;
    ResetOutcome outcome = rig.run(cloud);
    CHECK_FALSE(outcome.succeeded);
    CHECK(outcome.error.kind == GraphError::Kind::SyncedObject);
    CHECK(sven.password == before);

    ResetRequest writeback = requestFor(sven);
    writeback.useWriteback = true;
    writeback.signOutEverywhere = true;
    rig.steps.clear();
    outcome = rig.run(writeback);
    INFO(outcome.error.technicalSummary().toStdString());
    REQUIRE(outcome.succeeded);
    CHECK(outcome.viaWriteback);
    CHECK(outcome.password.equals(sven.password));
    CHECK(sven.forceChangePasswordNextSignIn); // always, on this path
    // The sandbox's operation answers notStarted, running, succeeded.
    CHECK(outcome.polls == 3);
    CHECK(outcome.signedOut);
    CHECK(rig.steps
        == QList<ResetRunner::Step> {ResetRunner::Step::Resetting, ResetRunner::Step::WaitingForWriteback,
            ResetRunner::Step::SigningOut, ResetRunner::Step::Idle});
}

TEST_CASE(
    "ResetRunner: a writeback operation that fails or never ends is reported as such", "[reset][runner]")
{
    SandboxFixture fixture;
    RunnerRig rig(fixture, fixture.adminId());
    SandboxUser &sven = archetype(fixture, Archetype::SyncedUser);
    ResetRequest writeback = requestFor(sven);
    writeback.useWriteback = true;
    writeback.signOutEverywhere = true;

    // Polling gives up after the policy's last poll while the operation still runs.
    rig.runner.setPollPolicy({5, 20, 2});
    ResetOutcome outcome = rig.run(writeback);
    CHECK_FALSE(outcome.succeeded);
    CHECK(outcome.failure == ResetOutcome::Failure::WritebackTimedOut);
    CHECK(outcome.polls == 2);
    CHECK_FALSE(outcome.signedOut); // nothing after an unknown result

    // An operation that ends in "failed" (routes with more literal segments win over the sandbox's).
    auto &router = fixture.sandbox().graph().router();
    const QString userPath = u"/users/"_s + sven.id;
    router.add("POST", userPath + u"/authentication/methods/{}/resetPassword"_s, {},
        [userPath](SandboxRequest &request, const QStringList &) {
            SandboxResponse response = SandboxResponse::json(202, QJsonObject {});
            response.setHeader("Location",
                (request.graphRoot() + userPath + u"/authentication/operations/doomed"_s).toUtf8());
            response.setHeader("Retry-After", "1");
            return response;
        });
    router.add("GET", userPath + u"/authentication/operations/doomed"_s, {},
        [](SandboxRequest &, const QStringList &) {
            return SandboxResponse::json(200,
                QJsonObject {{u"id"_s, u"doomed"_s}, {u"status"_s, u"failed"_s},
                    {u"statusDetail"_s, u"Writeback is not enabled"_s}});
        });
    rig.runner.setPollPolicy({5, 20, 40});
    outcome = rig.run(writeback);
    CHECK_FALSE(outcome.succeeded);
    CHECK(outcome.failure == ResetOutcome::Failure::WritebackFailed);
    CHECK(outcome.error.message == u"Writeback is not enabled"_s);
    CHECK(outcome.polls == 1);
    CHECK_FALSE(outcome.signedOut);
}

TEST_CASE(
    "ResetRunner: an admin whose role cannot reset the target gets InsufficientPrivileges", "[reset][runner]")
{
    SandboxFixture fixture;
    const SandboxUser &helpdesk = archetype(fixture, Archetype::HelpdeskAdministrator);
    RunnerRig rig(fixture, helpdesk.id);
    SandboxUser &ulla = archetype(fixture, Archetype::UserAdministrator);
    const QString before = ulla.password;

    ResetOutcome outcome = rig.run(requestFor(ulla));
    CHECK_FALSE(outcome.succeeded);
    CHECK(outcome.error.kind == GraphError::Kind::InsufficientPrivileges);
    CHECK(outcome.error.httpStatus == 403);
    CHECK(ulla.password == before);

    // Writeback needs an authentication admin even for a plain synced user.
    ResetRequest writeback = requestFor(archetype(fixture, Archetype::SyncedUser));
    writeback.useWriteback = true;
    outcome = rig.run(writeback);
    CHECK(outcome.error.kind == GraphError::Kind::InsufficientPrivileges);

    // The same helpdesk admin may reset a plain user.
    CHECK(rig.run(requestFor(archetype(fixture, Archetype::PlainUser))).succeeded);
}

TEST_CASE("ResetRunner: a federated user's refusal is told apart from other bad requests", "[reset][runner]")
{
    SandboxFixture fixture;
    RunnerRig rig(fixture, fixture.adminId());
    SandboxUser &fredrik = archetype(fixture, Archetype::FederatedUser);
    const QString before = fredrik.password;
    const ResetOutcome outcome = rig.run(requestFor(fredrik));
    CHECK_FALSE(outcome.succeeded);
    CHECK(outcome.failure == ResetOutcome::Failure::FederatedUser);
    CHECK(outcome.error.httpStatus == 400);
    CHECK(fredrik.password == before);
}

TEST_CASE("ResetRunner: cancel ends the run with Cancelled and a second start is refused while running",
    "[reset][runner]")
{
    SandboxFixture fixture;
    RunnerRig rig(fixture, fixture.adminId());
    SandboxUser &elsa = archetype(fixture, Archetype::PlainUser);
    QSignalSpy finished(&rig.runner, &ResetRunner::finished);
    REQUIRE(rig.runner.start(requestFor(elsa)));
    CHECK_FALSE(rig.runner.start(requestFor(elsa)));
    rig.runner.cancel();
    REQUIRE(finished.size() == 1);
    const auto outcome = finished.at(0).at(0).value<ResetOutcome>();
    CHECK(outcome.failure == ResetOutcome::Failure::Cancelled);
    CHECK_FALSE(rig.runner.isRunning());
}

TEST_CASE("ResetRunner: the audit log records the reset with its request-id and never the password",
    "[reset][runner][audit]")
{
    SandboxFixture fixture;
    RunnerRig rig(fixture, fixture.adminId());
    SandboxUser &elsa = archetype(fixture, Archetype::PlainUser);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    AuditLog log(dir.filePath(u"logs/audit.jsonl"_s));
    SignedInAdmin admin;
    admin.id = fixture.adminId();
    admin.userPrincipalName = TenantGenerator::adminUserPrincipalName();

    ResetRequest request = requestFor(elsa);
    request.signOutEverywhere = true;
    request.forceChangePasswordNextSignInWithMfa = true;
    const ResetOutcome good = rig.run(request);
    REQUIRE(good.succeeded);
    REQUIRE(log.append(resetAuditEntry(request, admin, good)));

    ResetRequest banned = requestFor(elsa);
    banned.action = ResetRequest::Action::Resend;
    banned.password = SecretString(u"Password1!"_s);
    const ResetOutcome bad = rig.run(banned);
    REQUIRE_FALSE(bad.succeeded);
    REQUIRE(log.append(resetAuditEntry(banned, admin, bad)));

    const QList<AuditEntry> entries = log.entries();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).targetId == elsa.id);
    CHECK(entries.at(0).targetUserPrincipalName == elsa.userPrincipalName);
    CHECK(entries.at(0).adminUserPrincipalName == TenantGenerator::adminUserPrincipalName());
    CHECK(entries.at(0).action == u"reset"_s);
    CHECK(entries.at(0).outcome == u"succeeded"_s);
    CHECK(entries.at(0).requestId == good.requestId);
    CHECK(entries.at(0).options.value(u"signOut"_s).toBool());
    CHECK(entries.at(0).options.value(u"forceChangeWithMfa"_s).toBool());
    CHECK(entries.at(0).options.value(u"style"_s).toString() == u"readable"_s);
    CHECK(entries.at(1).action == u"resend"_s);
    CHECK(entries.at(1).outcome == u"failed"_s);
    CHECK(entries.at(1).errorKind == u"PasswordRejected"_s);
    CHECK(entries.at(1).errorCode == u"Request_BadRequest"_s);

    QFile file(log.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    CHECK(contents.count('\n') == 2);
    CHECK_FALSE(contents.contains(good.password.reveal().toUtf8()));
    CHECK_FALSE(contents.contains(elsa.password.toUtf8()));
    CHECK_FALSE(contents.contains("Password1!"));
    CHECK_FALSE(contents.contains("password\""));
    // Nor does the CSV export.
    const QByteArray csv = AuditLog::toCsv(entries);
    CHECK_FALSE(csv.contains(good.password.reveal().toUtf8()));
}
