// SPDX-License-Identifier: MIT
// ResetOperation without any widget, as a command line would drive it: the demo tenant over real
// HTTP, signed in through the production code path, checked against the server's own passwords.
// Waits run on a ManualClock: Microsoft 365's Retry-After passes without the test sleeping.
#include "CatchQt.h"
#include "ManualClock.h"
#include "WaitUntil.h"
#include "PasswordWriteFaults.h"
#include "DemoSession.h"

#include "reset/ResetOperation.h"
#include "sandbox/TenantGenerator.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using State = ResetOperation::State;

namespace {

struct OperationRig
{
    ManualClock clock;
    DemoSession demo {nullptr, nullptr, 60, &clock};
    QTemporaryDir folder;
    AuditLog audit;

    OperationRig()
    {
        REQUIRE(folder.isValid());
        audit = AuditLog(folder.filePath(u"audit.jsonl"_s));
        demo.signInAs();
        REQUIRE(demo.waitUntilReady());
    }

    SandboxUser &server(TenantGenerator::Archetype archetype)
    {
        SandboxUser *user = demo.context().tenant.userByIdOrUpn(TenantGenerator::archetypeUpn(archetype));
        REQUIRE(user);
        return *user;
    }

    ResetOperation *operationFor(const SandboxUser &user)
    {
        return new ResetOperation(demo.session.graph(), demo.session.auth(), demo.session.admin(), audit, user.id,
                                  &demo.session);
    }

    static ResetRequest requestFor(const SandboxUser &user)
    {
        ResetRequest request;
        request.userId = user.id;
        request.userPrincipalName = user.userPrincipalName;
        request.displayName = user.displayName;
        return request;
    }

    bool waitForEnd(ResetOperation *operation)
    {
        return waitUntil([operation] { return !operation->isBusy(); }, clock, 20000);
    }
};

} // namespace

TEST_CASE("ResetOperation: is bound to its user and records the reset and its hand-over", "[reset][operation]")
{
    OperationRig rig;
    SandboxUser &elsa = rig.server(TenantGenerator::Archetype::PlainUser);
    const SandboxUser &other = rig.server(TenantGenerator::Archetype::UnlicensedUser);
    const QString othersPassword = other.password;
    ResetOperation *operation = rig.operationFor(elsa);
    CHECK(operation->state() == State::Ready);

    // A request for anyone else is refused outright: an operation never changes its target.
    CHECK_FALSE(operation->start(OperationRig::requestFor(other)));
    CHECK(operation->state() == State::Ready);

    QSignalSpy finished(operation, &ResetOperation::finished);
    REQUIRE(operation->start(OperationRig::requestFor(elsa)));
    REQUIRE(rig.waitForEnd(operation));
    REQUIRE(operation->state() == State::Done);
    CHECK(finished.size() == 1);
    CHECK(operation->outcome().userId == elsa.id);
    CHECK(operation->outcome().password.equals(elsa.password));
    CHECK(other.password == othersPassword);
    CHECK(operation->holdsPassword());
    // Done operations take no second request: a new reset is a new operation.
    CHECK_FALSE(operation->start(OperationRig::requestFor(elsa)));

    const QList<AuditEntry> entries = rig.audit.entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().targetId == elsa.id);
    CHECK(entries.first().outcome == u"succeeded"_s);
    CHECK_FALSE(entries.first().requestId.isEmpty());

    // Seen on screen does not count as handed over; an email does.
    operation->recordHandover(HandoverLedger::Channel::Shown);
    CHECK(operation->ledger().pending() == QStringList {elsa.id});
    operation->recordHandover(HandoverLedger::Channel::Email);
    CHECK(operation->ledger().isComplete());

    // A later reset of the same user makes this password worthless and drops it.
    operation->supersede();
    CHECK(operation->state() == State::Superseded);
    CHECK(operation->outcome().password.isEmpty());
    CHECK_FALSE(operation->holdsPassword());
}

TEST_CASE("ResetOperation: says when Microsoft 365 asked to wait, and for how long", "[reset][operation]")
{
    OperationRig rig;
    SandboxUser &elsa = rig.server(TenantGenerator::Archetype::PlainUser);
    rig.demo.context().faults.addRule(PasswordWriteFaults::throttledOnce(elsa.id, 2));
    ResetOperation *operation = rig.operationFor(elsa);
    QSignalSpy waiting(operation, &ResetOperation::waiting);
    QSignalSpy states(operation, &ResetOperation::stateChanged);

    const QDateTime before = rig.clock.nowUtc();
    REQUIRE(operation->start(OperationRig::requestFor(elsa)));
    REQUIRE(waitUntil([&] { return operation->state() == State::WaitingForService; }, 10000));
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.first().at(0).toInt() >= 2000);
    CHECK(operation->retryAt() >= before.addMSecs(1900));
    CHECK(operation->isBusy());
    REQUIRE(rig.waitForEnd(operation));
    CHECK(operation->state() == State::Done);
    CHECK(operation->outcome().password.equals(elsa.password));
    QList<State> seen;
    for (const QList<QVariant> &change : states)
        seen.append(change.at(0).value<State>());
    CHECK(seen.contains(State::Sending));
    CHECK(seen.indexOf(State::WaitingForService) < seen.lastIndexOf(State::Sending));
}

TEST_CASE("ResetOperation: cancelled while waiting, nothing more is sent", "[reset][operation]")
{
    OperationRig rig;
    SandboxUser &elsa = rig.server(TenantGenerator::Archetype::PlainUser);
    const QString before = elsa.password;
    rig.demo.context().faults.addRule(PasswordWriteFaults::throttledOnce(elsa.id, 2));
    ResetOperation *operation = rig.operationFor(elsa);
    REQUIRE(operation->start(OperationRig::requestFor(elsa)));
    REQUIRE(waitUntil([&] { return operation->state() == State::WaitingForService; }, 10000));
    operation->cancel();
    CHECK(operation->state() == State::Cancelled);
    // Past the 2 s the service asked for: a retry still armed would go out now.
    passTime(rig.clock, 2500);
    CHECK(elsa.password == before);
    REQUIRE(rig.audit.entries().size() == 1);
    CHECK(rig.audit.entries().first().outcome == u"cancelled"_s);
}
