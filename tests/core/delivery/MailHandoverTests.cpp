// SPDX-License-Identifier: MIT
// MailHandover: what a Send needs, kept outside the email dialog, and the runs it makes.
#include "CatchQt.h"
#include "WaitUntil.h"
#include "MailTestItems.h"
#include "SandboxGraphClient.h"

#include "delivery/MailComposer.h"
#include "delivery/MailDeliveryRun.h"
#include "delivery/MailHandover.h"
#include "audit/AuditLog.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("MailHandover: makes an idle run with its pacer and audit log that skips what was delivered", "[mail]")
{
    SandboxFixture fixture;
    SandboxGraphClient graph{fixture};
    QTemporaryDir folder;
    const AuditLog audit(folder.filePath(u"audit.jsonl"_s));
    MailHandover handover(&graph.client, nullptr, audit);
    handover.setPacer(MailPacer(1000, 0));
    CHECK(handover.auditLog().path() == audit.path());
    CHECK_FALSE(handover.run());

    const MailComposer composer(MailTestItems::many(3), fixture.signedInAdmin(), u"en"_s);
    const MailPlan plan = composer.plan(MailComposer::Mode::EachUser, {});
    REQUIRE(plan.messages.size() == 3);
    QPointer<MailDeliveryRun> first = handover.createRun(composer, plan.messages, {plan.messages.at(0).key});
    REQUIRE(first);
    CHECK(first->parent() == &handover);
    CHECK(handover.run() == first.data());
    CHECK(first->state() == MailDeliveryRun::State::Idle); // the caller connects, then starts it
    CHECK(first->pacer().messagesPerWindow() == 1000);
    CHECK(first->sentCount() == 1);

    QSignalSpy finished(first.data(), &MailDeliveryRun::finished);
    first->start();
    REQUIRE(finished.wait(30000));
    CHECK(first->sentCount() == 3);
    CHECK(audit.entries().size() == 2); // the message delivered earlier is neither sent nor recorded again

    // The next Send's run retires this one.
    MailDeliveryRun *second = handover.createRun(composer, plan.messages, first->deliveredKeys());
    CHECK(second != first.data());
    CHECK(handover.run() == second);
    CHECK(second->sentCount() == 3);
    REQUIRE(waitUntil([&] { return first.isNull(); }, 5000));
}
