// SPDX-License-Identifier: MIT
#include "CatchQt.h"
#include "MailTestItems.h"
#include "ManualClock.h"
#include "SandboxGraphClient.h"
#include "WaitUntil.h"

#include "delivery/MailComposer.h"
#include "delivery/MailDeliveryRun.h"
#include "audit/AuditLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonArray outbox(SandboxFixture &fixture)
{
    const HttpResult result = fixture.get(u"/_sandbox/outbox"_s);
    REQUIRE(result.status == 200);
    return result.json()[u"value"_s].toArray();
}

QStringList outboxRecipients(SandboxFixture &fixture)
{
    QStringList recipients;
    for (const QJsonValue &mail : outbox(fixture)) {
        QStringList to;
        for (const QJsonValue &recipient : mail[u"message"_s][u"toRecipients"_s].toArray())
            to.append(recipient[u"emailAddress"_s][u"address"_s].toString());
        recipients.append(to.join(u';'));
    }
    return recipients;
}

qint64 serverThrottled(SandboxFixture &fixture)
{
    return qint64(fixture.get(u"/_sandbox/counters"_s).json()[u"throttled"_s].toDouble());
}

struct RunRig
{
    SandboxFixture fixture;
    SandboxGraphClient graph{fixture};
};

SandboxOptions onClock(ManualClock &clock)
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.clock = &clock;
    return options;
}

/** The sandbox and the client on one ManualClock: the sending limit's minute passes in no time. */
struct PacedRig
{
    ManualClock clock;
    SandboxFixture fixture{onClock(clock)};
    SandboxGraphClient graph{fixture, {}, &clock};
};

template<typename Rig>
std::unique_ptr<MailDeliveryRun> makeRun(Rig &rig, const QList<HandoverItem> &items, MailComposer::Mode mode,
                                         const QStringList &typed = {})
{
    MailComposer composer(items, rig.fixture.signedInAdmin(), u"en"_s);
    const MailPlan plan = composer.plan(mode, typed);
    return std::make_unique<MailDeliveryRun>(&rig.graph.client, composer, plan.messages);
}

/** Starts or resumes @p run and waits for its end; with @p clock, waits for the limit pass on it. */
void runToEnd(MailDeliveryRun &run, ManualClock *clock = nullptr)
{
    QSignalSpy finished(&run, &MailDeliveryRun::finished);
    if (run.state() == MailDeliveryRun::State::Idle)
        run.start();
    else
        run.resume();
    if (finished.isEmpty()) // an empty run finishes inside start()
        REQUIRE((clock ? waitUntil([&] { return !finished.isEmpty(); }, *clock, 30000)
                       : finished.wait(30000)));
}

} // namespace

TEST_CASE("MailDeliveryRun: mode a sends one list message to the typed recipients", "[mail]")
{
    RunRig rig;
    auto run = makeRun(rig, MailTestItems::swedishAndEnglish(), MailComposer::Mode::ListToRecipients,
                       {u"it-lead@contoso.example"_s, u"manager@partner.example"_s});
    REQUIRE(run->total() == 1);
    runToEnd(*run);
    CHECK(run->state() == MailDeliveryRun::State::Finished);
    CHECK(run->sentCount() == 1);

    const QJsonArray mails = outbox(rig.fixture);
    REQUIRE(mails.size() == 1);
    CHECK(mails.at(0)[u"senderId"_s].toString() == rig.fixture.adminId());
    CHECK(mails.at(0)[u"saveToSentItems"_s].toBool() == false);
    CHECK(outboxRecipients(rig.fixture) == QStringList{u"it-lead@contoso.example;manager@partner.example"_s});
    const QJsonObject message = mails.at(0)[u"message"_s].toObject();
    CHECK(message[u"subject"_s].toString() == u"Temporary passwords for 2 users"_s);
    const QString content = message[u"body"_s][u"content"_s].toString();
    CHECK(content.contains(u"Astrid Lindqvist"_s));
    CHECK(content.contains(u"Kx7#mPq2vR"_s));
    CHECK(content.contains(u"Tz4!wNb8sL"_s));
}

TEST_CASE("MailDeliveryRun: mode b mails each user in that user's language", "[mail]")
{
    RunRig rig;
    auto run = makeRun(rig, MailTestItems::swedishAndEnglish(), MailComposer::Mode::EachUser);
    REQUIRE(run->total() == 2);
    QSignalSpy progress(run.get(), &MailDeliveryRun::progress);
    runToEnd(*run);
    CHECK(run->sentCount() == 2);
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last().at(0).toInt() == 2);
    CHECK(progress.last().at(1).toInt() == 2);

    const QJsonArray mails = outbox(rig.fixture);
    REQUIRE(mails.size() == 2);
    CHECK(outboxRecipients(rig.fixture) == QStringList{u"astrid.l@privat.example"_s, u"brian.home@mail.example"_s});
    const QJsonObject swedish = mails.at(0)[u"message"_s].toObject();
    CHECK(swedish[u"subject"_s].toString() == u"Ditt tillfälliga lösenord för astrid@contoso.example"_s);
    CHECK(swedish[u"body"_s][u"content"_s].toString().contains(u"Ditt tillfälliga lösenord: "_s));
    CHECK(swedish[u"body"_s][u"content"_s].toString().contains(u"Kx7#mPq2vR"_s));
    const QJsonObject english = mails.at(1)[u"message"_s].toObject();
    CHECK(english[u"subject"_s].toString() == u"Your temporary password for brian@contoso.example"_s);
    CHECK(english[u"body"_s][u"content"_s].toString().contains(u"Your temporary password: "_s));
    CHECK_FALSE(english[u"body"_s][u"content"_s].toString().contains(u"Kx7#mPq2vR"_s));
}

TEST_CASE("MailDeliveryRun: never mails a password to the mailbox of the account just reset", "[mail]")
{
    RunRig rig;
    QList<HandoverItem> items = MailTestItems::swedishAndEnglish();
    items[0].alternateEmails = {u"astrid@contoso.example"_s};                          // her own mailbox
    items[1].alternateEmails = {u"Brian@Contoso.example"_s, u"brian.home@mail.example"_s}; // own UPN plus a private one

    // Mode (b): the own mailboxes are dropped; Astrid has nothing left and gets no mail.
    auto each = makeRun(rig, items, MailComposer::Mode::EachUser);
    runToEnd(*each);
    CHECK(outboxRecipients(rig.fixture) == QStringList{u"brian.home@mail.example"_s});

    // Mode (a): typing a reset account's mailbox refuses the whole list; nothing is sent.
    MailComposer composer(items, rig.fixture.signedInAdmin(), u"en"_s);
    const MailPlan refused =
        composer.plan(MailComposer::Mode::ListToRecipients, {u"it-lead@contoso.example"_s, u"astrid@contoso.example"_s});
    CHECK_FALSE(refused.isSendable());
    REQUIRE(refused.issues.size() == 1);
    CHECK(refused.issues.first().problem == RecipientProblem::ResetAccountMailbox);
    MailDeliveryRun nothing(&rig.graph.client, composer, refused.messages);
    runToEnd(nothing);
    CHECK(outbox(rig.fixture).size() == 1);
    for (const QString &to : outboxRecipients(rig.fixture)) {
        CHECK_FALSE(to.contains(u"astrid@contoso.example"_s, Qt::CaseInsensitive));
        CHECK_FALSE(to.contains(u"brian@contoso.example"_s, Qt::CaseInsensitive));
    }
}

TEST_CASE("MailDeliveryRun: paces 35 messages to 30 per minute so the sandbox never throttles", "[mail]")
{
    PacedRig rig;
    auto run = makeRun(rig, MailTestItems::many(35), MailComposer::Mode::EachUser);
    REQUIRE(run->total() == 35);
    int sentWhenFirstHeld = -1;
    QObject::connect(run.get(), &MailDeliveryRun::waitingForLimit, run.get(), [&] {
        if (sentWhenFirstHeld < 0)
            sentWhenFirstHeld = run->sentCount();
    });
    runToEnd(*run, &rig.clock);
    CHECK(run->state() == MailDeliveryRun::State::Finished);
    CHECK(run->sentCount() == 35);
    // The pacer held the 31st message, not earlier and not later ...
    CHECK(sentWhenFirstHeld == MailPacer::ExchangeMessagesPerMinute);
    CHECK(run->pacedWaits() >= 1);
    // ... so the server's 30-per-minute limit never answered 429.
    CHECK(run->throttledRetries() == 0);
    CHECK(serverThrottled(rig.fixture) == 0);
    // Every message arrived once, in the planned order.
    QStringList expected;
    for (const MailDeliveryRun::Delivery &delivery : run->deliveries())
        expected.append(delivery.mail.recipients.join(u';'));
    CHECK(outboxRecipients(rig.fixture) == expected);
}

TEST_CASE("MailDeliveryRun: the sandbox enforces 30 per minute when a client does not pace", "[mail]")
{
    PacedRig rig;
    auto run = makeRun(rig, MailTestItems::many(32), MailComposer::Mode::EachUser);
    run->setPacer(MailPacer(1000, 0)); // effectively unpaced
    // The sandbox's Retry-After is honoured as sent: its minute passes on the clock.
    RetryPolicy policy = rig.graph.client.retryPolicy();
    policy.retryAfterScale = 1.0;
    rig.graph.client.setRetryPolicy(policy);
    runToEnd(*run, &rig.clock);
    CHECK(run->sentCount() == 32);
    CHECK(run->throttledRetries() > 0);
    CHECK(serverThrottled(rig.fixture) > 0);
    CHECK(outbox(rig.fixture).size() == 32);
}

TEST_CASE("MailDeliveryRun: resumes after a dropped connection without sending any message twice", "[mail]")
{
    RunRig rig;
    // From the fifth sendMail on, the connection drops before the server acts on it (every time:
    // Qt resends a request by itself once when a kept-alive connection closes under it).
    REQUIRE(rig.fixture.addFaultRule(QJsonObject{{u"action"_s, u"reset"_s}, {u"method"_s, u"POST"_s},
                                      {u"path"_s, u"/me/sendMail"_s}, {u"after"_s, 4}, {u"count"_s, -1}}));
    auto run = makeRun(rig, MailTestItems::many(8), MailComposer::Mode::EachUser);
    QSignalSpy interrupted(run.get(), &MailDeliveryRun::interrupted);
    run->start();
    REQUIRE(interrupted.wait(30000));
    CHECK(run->state() == MailDeliveryRun::State::Paused);
    CHECK(run->interruption().kind == GraphError::Kind::NetworkUnavailable);
    CHECK(run->sentCount() == 4);
    CHECK(outbox(rig.fixture).size() == 4);
    CHECK(run->deliveries().at(4).state == MailDeliveryRun::MessageState::Pending);

    // The network is back: resume sends the other four, the interrupted one included, once each.
    REQUIRE(rig.fixture.request("DELETE", u"/_sandbox/faults"_s).status == 204);
    runToEnd(*run);
    CHECK(run->state() == MailDeliveryRun::State::Finished);
    CHECK(run->sentCount() == 8);
    const QStringList delivered = outboxRecipients(rig.fixture);
    CHECK(delivered.size() == 8);
    CHECK(QSet<QString>(delivered.cbegin(), delivered.cend()).size() == 8);
}

TEST_CASE("MailDeliveryRun: a new run sends only what a cancelled run did not deliver", "[mail]")
{
    RunRig rig;
    const QList<HandoverItem> items = MailTestItems::many(8);
    auto first = makeRun(rig, items, MailComposer::Mode::EachUser);
    QObject::connect(first.get(), &MailDeliveryRun::progress, first.get(), [&](int sent) {
        if (sent == 3)
            first->cancel();
    });
    runToEnd(*first);
    CHECK(first->state() == MailDeliveryRun::State::Cancelled);
    CHECK(first->sentCount() == 3);
    CHECK(outbox(rig.fixture).size() == 3);

    // The dialog was closed; later the admin sends again: the ledger of delivered keys carries over.
    auto second = makeRun(rig, items, MailComposer::Mode::EachUser);
    second->markDelivered(first->deliveredKeys());
    CHECK(second->sentCount() == 3);
    runToEnd(*second);
    CHECK(second->sentCount() == 8);
    const QStringList delivered = outboxRecipients(rig.fixture);
    REQUIRE(delivered.size() == 8);
    CHECK(QSet<QString>(delivered.cbegin(), delivered.cend()).size() == 8);
    for (const HandoverItem &item : items)
        CHECK(delivered.count(item.alternateEmails.first()) == 1);
}

TEST_CASE("MailDeliveryRun: lists a message Exchange refuses and sends the others", "[mail]")
{
    RunRig rig;
    REQUIRE(rig.fixture.addFaultRule(QJsonObject{{u"action"_s, u"respond"_s}, {u"method"_s, u"POST"_s},
                                      {u"path"_s, u"/me/sendMail"_s}, {u"after"_s, 2}, {u"count"_s, 1},
                                      {u"status"_s, 400}, {u"code"_s, u"ErrorInvalidRecipients"_s},
                                      {u"message"_s, u"At least one recipient isn't valid."_s}}));
    auto run = makeRun(rig, MailTestItems::many(5), MailComposer::Mode::EachUser);
    QSignalSpy failed(run.get(), &MailDeliveryRun::messageFailed);
    runToEnd(*run);
    CHECK(run->state() == MailDeliveryRun::State::Finished);
    CHECK(run->sentCount() == 4);
    CHECK(run->failedCount() == 1);
    REQUIRE(failed.size() == 1);
    CHECK(failed.first().at(0).toInt() == 2);
    const MailDeliveryRun::Delivery &third = run->deliveries().at(2);
    CHECK(third.state == MailDeliveryRun::MessageState::Failed);
    CHECK(third.error.kind == GraphError::Kind::BadRequest);
    CHECK(third.error.code == u"ErrorInvalidRecipients"_s);
    CHECK(outbox(rig.fixture).size() == 4);

    // After fixing the cause the admin retries the failed one: it goes out once.
    QSignalSpy finished(run.get(), &MailDeliveryRun::finished);
    run->retryFailed();
    REQUIRE(finished.wait(30000));
    CHECK(run->sentCount() == 5);
    CHECK(outbox(rig.fixture).size() == 5);
}

TEST_CASE("MailDeliveryRun: a sender without a mailbox interrupts the run instead of failing every message", "[mail]")
{
    RunRig rig;
    REQUIRE(rig.fixture.addFaultRule(QJsonObject{{u"action"_s, u"respond"_s}, {u"method"_s, u"POST"_s},
                                      {u"path"_s, u"/me/sendMail"_s}, {u"count"_s, 1}, {u"status"_s, 404},
                                      {u"code"_s, u"MailboxNotEnabledForRESTAPI"_s},
                                      {u"message"_s, u"The mailbox is either inactive, soft-deleted, or is hosted on-premise."_s}}));
    auto run = makeRun(rig, MailTestItems::many(3), MailComposer::Mode::EachUser);
    QSignalSpy interrupted(run.get(), &MailDeliveryRun::interrupted);
    run->start();
    REQUIRE(interrupted.wait(30000));
    CHECK(run->interruption().kind == GraphError::Kind::MailboxNotEnabled);
    CHECK(run->failedCount() == 0);
    CHECK(run->sentCount() == 0);
    CHECK(outbox(rig.fixture).isEmpty());
}

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("MailDeliveryRun: records each delivered and each failed message, never the password or body",
          "[mail][audit]")
{
    RunRig rig;
    // Brian's message (the second) is refused once.
    REQUIRE(rig.fixture.addFaultRule(QJsonObject{{u"action"_s, u"respond"_s}, {u"method"_s, u"POST"_s},
                                      {u"path"_s, u"/me/sendMail"_s}, {u"after"_s, 1}, {u"count"_s, 1},
                                      {u"status"_s, 400}, {u"code"_s, u"ErrorInvalidRecipients"_s},
                                      {u"message"_s, u"At least one recipient isn't valid."_s}}));
    QTemporaryDir dir;
    const AuditLog log(dir.filePath(u"audit.jsonl"_s));
    const QList<HandoverItem> items = MailTestItems::swedishAndEnglish();
    auto run = makeRun(rig, items, MailComposer::Mode::EachUser);
    run->setAuditLog(log);
    runToEnd(*run);
    REQUIRE(run->failedCount() == 1);

    QList<AuditEntry> entries = log.entries();
    REQUIRE(entries.size() == 2);
    const SignedInAdmin admin = rig.fixture.signedInAdmin();
    for (const AuditEntry &entry : entries) {
        CHECK(entry.action == u"passwordEmailed"_s);
        CHECK(entry.adminId == admin.id);
        CHECK(entry.adminUserPrincipalName == admin.userPrincipalName);
        CHECK(entry.options.value(u"list"_s) == QJsonValue(false));
        CHECK(entry.options.value(u"users"_s).toInt() == 1);
        CHECK_FALSE(entry.requestId.isEmpty());
    }
    CHECK(entries.at(0).targetId == u"astrid"_s);
    CHECK(entries.at(0).targetUserPrincipalName == u"astrid@contoso.example"_s);
    CHECK(entries.at(0).options.value(u"recipients"_s).toString() == u"astrid.l@privat.example"_s);
    CHECK(entries.at(0).options.value(u"language"_s).toString() == u"sv"_s);
    CHECK(entries.at(0).outcome == u"succeeded"_s);
    CHECK(entries.at(1).targetId == u"brian"_s);
    CHECK(entries.at(1).options.value(u"recipients"_s).toString() == u"brian.home@mail.example"_s);
    CHECK(entries.at(1).outcome == u"failed"_s);
    CHECK(entries.at(1).errorKind == u"BadRequest"_s);
    CHECK(entries.at(1).errorCode == u"ErrorInvalidRecipients"_s);

    // Sent again after the cause was fixed: a new line says it arrived.
    QSignalSpy finished(run.get(), &MailDeliveryRun::finished);
    run->retryFailed();
    REQUIRE(finished.wait(30000));
    entries = log.entries();
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(2).targetId == u"brian"_s);
    CHECK(entries.at(2).outcome == u"succeeded"_s);
    CHECK(entries.at(2).requestId != entries.at(1).requestId);

    // The same run in mode (a): one list message, a line for each user it carries.
    auto list = makeRun(rig, items, MailComposer::Mode::ListToRecipients, {u"it-lead@contoso.example"_s});
    list->setAuditLog(log);
    runToEnd(*list);
    entries = log.entries();
    REQUIRE(entries.size() == 5);
    CHECK(entries.at(3).targetId == u"astrid"_s);
    CHECK(entries.at(4).targetId == u"brian"_s);
    for (const AuditEntry &entry : entries.mid(3)) {
        CHECK(entry.options.value(u"list"_s) == QJsonValue(true));
        CHECK(entry.options.value(u"users"_s).toInt() == 2);
        CHECK(entry.options.value(u"recipients"_s).toString() == u"it-lead@contoso.example"_s);
        CHECK(entry.outcome == u"succeeded"_s);
    }

    const QByteArray bytes = fileBytes(log.path());
    for (const HandoverItem &item : items)
        CHECK_FALSE(bytes.contains(item.password.reveal().toUtf8()));
    const QJsonArray mails = outbox(rig.fixture);
    REQUIRE(mails.size() == 3);
    for (const QJsonValue &mail : mails) {
        const QString body = mail[u"message"_s][u"body"_s][u"content"_s].toString();
        REQUIRE_FALSE(body.isEmpty());
        CHECK_FALSE(bytes.contains(body.toUtf8()));
        CHECK_FALSE(bytes.contains(mail[u"message"_s][u"subject"_s].toString().toUtf8()));
    }
    CHECK_FALSE(bytes.contains("Ditt tillf"));
    CHECK_FALSE(bytes.contains("Your temporary password"));
}

TEST_CASE("MailDeliveryRun: a message whose answer was lost is recorded as not confirmed", "[mail][audit]")
{
    RunRig rig;
    REQUIRE(rig.fixture.addFaultRule(QJsonObject{{u"action"_s, u"reset"_s}, {u"method"_s, u"POST"_s},
                                      {u"path"_s, u"/me/sendMail"_s}, {u"after"_s, 1}, {u"count"_s, -1}}));
    QTemporaryDir dir;
    const AuditLog log(dir.filePath(u"audit.jsonl"_s));
    auto run = makeRun(rig, MailTestItems::many(3), MailComposer::Mode::EachUser);
    run->setAuditLog(log);
    QSignalSpy interrupted(run.get(), &MailDeliveryRun::interrupted);
    run->start();
    REQUIRE(interrupted.wait(30000));

    const QList<AuditEntry> entries = log.entries();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).targetId == u"user000"_s);
    CHECK(entries.at(0).outcome == u"succeeded"_s);
    CHECK(entries.at(1).targetId == u"user001"_s);
    CHECK(entries.at(1).outcome == u"uncertain"_s);
    CHECK(entries.at(1).errorKind == u"NetworkUnavailable"_s);
}
