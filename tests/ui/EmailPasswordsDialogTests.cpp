// SPDX-License-Identifier: MIT
// EmailPasswordsDialog driven as an admin would: tick the opt-in, pick the mode, type recipients,
// click Send, watch progress and failures, pause and resume. Mail goes over real HTTP to the
// sandbox's outbox.
#include "CatchQt.h"
#include "WaitUntil.h"
#include "WidgetLookup.h"

#include "../core/delivery/MailTestItems.h"
#include "DemoSession.h"
#include "ui/handover/EmailPasswordsDialog.h"
#include "ui/shell/LanguageManager.h"
#include "SandboxGraphClient.h"
#include "auth/AuthScopes.h"
#include "delivery/MailHandover.h"
#include "audit/AuditLog.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {


qsizetype outboxSize(SandboxFixture &fixture)
{
    return fixture.get(u"/_sandbox/outbox"_s).json()[u"value"_s].toArray().size();
}

void waitForFinish(EmailPasswordsDialog &dialog)
{
    REQUIRE(dialog.run());
    if (dialog.run()->state() == MailDeliveryRun::State::Finished)
        return;
    QSignalSpy finished(dialog.run(), &MailDeliveryRun::finished);
    REQUIRE(finished.wait(30000));
}

struct DialogRig
{
    LanguageManager languages; // English plural forms come from resetdesk_en.qm
    bool english = !languages.apply(u"en"_s).isEmpty();
    SandboxFixture fixture;
    SandboxGraphClient graph{fixture};
    QTemporaryDir folder;
    AuditLog audit{folder.filePath(u"audit.jsonl"_s)};

    /** What ResetFlow hands its email dialogs, minus the consent (the sandbox token has Mail.Send). */
    MailHandover *handover() { return new MailHandover(&graph.client, nullptr, audit); }
};

} // namespace

TEST_CASE("EmailPasswordsDialog: Send stays disabled until the admin opts in and the recipients are valid", "[mail][ui]")
{
    DialogRig rig;
    EmailPasswordsDialog dialog(MailTestItems::swedishAndEnglish(), rig.fixture.signedInAdmin(), rig.handover());
    dialog.setAdminLanguage(u"en"_s);
    dialog.show();
    auto *send = child<QPushButton>(dialog, "buttonSend");
    auto *optIn = child<QCheckBox>(dialog, "checkOptIn");
    auto *recipients = child<QLineEdit>(dialog, "editRecipients");
    auto *problems = child<QLabel>(dialog, "labelRecipientProblems");
    CHECK(child<QRadioButton>(dialog, "radioList")->isChecked());
    CHECK_FALSE(send->isEnabled());

    // A typing slip and the mailbox of a reset account are refused with a message each.
    QTest::keyClicks(recipients, u"it-lead@contoso.example; nonsense; Brian@contoso.example"_s);
    optIn->click();
    CHECK_FALSE(send->isEnabled());
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(u"“nonsense” is not an email address"_s));
    CHECK(problems->text().contains(u"“Brian@contoso.example” is the mailbox of Brian O'Neill"_s));

    recipients->clear();
    QTest::keyClicks(recipients, u"it-lead@contoso.example"_s);
    CHECK(problems->isHidden());
    CHECK(send->isEnabled());
    optIn->click(); // taking the opt-in back disables Send again
    CHECK_FALSE(send->isEnabled());
    optIn->click();

    QTest::mouseClick(send, Qt::LeftButton);
    waitForFinish(dialog);
    CHECK(outboxSize(rig.fixture) == 1);
    CHECK(child<QLabel>(dialog, "labelProgress")->text() == u"1 of 1 sent"_s);
    CHECK(child<QLabel>(dialog, "labelStatus")->text() == u"The message was sent."_s);
    CHECK_FALSE(send->isEnabled()); // nothing is sent twice from one dialog
}

TEST_CASE("EmailPasswordsDialog: mode b warns about users without an address and lists a failed message",
          "[mail][ui]")
{
    DialogRig rig;
    QList<HandoverItem> items = MailTestItems::many(4);
    items[1].alternateEmails = {items[1].mail}; // only the own mailbox: needs a slip
    const QJsonObject fault{{u"action"_s, u"respond"_s}, {u"method"_s, u"POST"_s}, {u"path"_s, u"/me/sendMail"_s},
                            {u"after"_s, 1}, {u"count"_s, 1}, {u"status"_s, 400},
                            {u"code"_s, u"ErrorInvalidRecipients"_s}, {u"message"_s, u"At least one recipient isn't valid."_s}};
    REQUIRE(rig.fixture.request("POST", u"/_sandbox/faults"_s,
                                QJsonDocument(QJsonObject{{u"rules"_s, QJsonArray{fault}}}).toJson())
                .status
            == 200);

    EmailPasswordsDialog dialog(items, rig.fixture.signedInAdmin(), rig.handover());
    dialog.setAdminLanguage(u"en"_s);
    dialog.show();
    QTest::mouseClick(child<QRadioButton>(dialog, "radioEachUser"), Qt::LeftButton);
    CHECK(dialog.mode() == MailComposer::Mode::EachUser);
    CHECK_FALSE(child<QLineEdit>(dialog, "editRecipients")->isEnabled());
    auto *noAddress = child<QListWidget>(dialog, "listNoAddress");
    REQUIRE(noAddress->count() == 1);
    CHECK(noAddress->item(0)->text() == u"User 1 (user001@contoso.example)"_s);
    CHECK(child<QLabel>(dialog, "labelNoAddress")->text().contains(u"1 user has no alternate email address"_s));
    CHECK(child<QLabel>(dialog, "labelNoAddress")->text().contains(u"1 address was left out"_s));

    // Keyboard only: Space on the opt-in, then Send.
    auto *optIn = child<QCheckBox>(dialog, "checkOptIn");
    optIn->setFocus();
    QTest::keyClick(optIn, Qt::Key_Space);
    REQUIRE(optIn->isChecked());
    auto *send = child<QPushButton>(dialog, "buttonSend");
    REQUIRE(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    waitForFinish(dialog);

    CHECK(outboxSize(rig.fixture) == 2);
    CHECK(child<QProgressBar>(dialog, "progressBar")->value() == 2);
    CHECK(child<QProgressBar>(dialog, "progressBar")->maximum() == 3);
    CHECK(child<QLabel>(dialog, "labelProgress")->text() == u"2 of 3 sent"_s);
    auto *failures = child<QListWidget>(dialog, "listFailures");
    REQUIRE(failures->count() == 1);
    CHECK(failures->isVisible());
    CHECK(failures->item(0)->text().startsWith(u"User 2 (user002@home.example): Exchange Online did not accept"_s));
    CHECK(failures->item(0)->toolTip().contains(u"ErrorInvalidRecipients"_s));
    CHECK(child<QLabel>(dialog, "labelStatus")->text().startsWith(u"1 message could not be sent"_s));

    // Retry failed sends just that one.
    auto *retry = child<QPushButton>(dialog, "buttonRetry");
    REQUIRE(retry->isEnabled());
    QSignalSpy finished(dialog.run(), &MailDeliveryRun::finished);
    QTest::mouseClick(retry, Qt::LeftButton);
    REQUIRE(finished.wait(30000));
    CHECK(outboxSize(rig.fixture) == 3);
    CHECK(failures->count() == 0);
    CHECK(child<QLabel>(dialog, "labelProgress")->text() == u"3 of 3 sent"_s);
}

TEST_CASE("EmailPasswordsDialog: a later dialog says what was sent before and sends only the rest", "[mail][ui]")
{
    DialogRig rig;
    const QList<HandoverItem> items = MailTestItems::many(3);
    const auto sendEachUser = [](EmailPasswordsDialog &dialog) {
        QTest::mouseClick(child<QRadioButton>(dialog, "radioEachUser"), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(dialog, "checkOptIn"), Qt::LeftButton);
        auto *send = child<QPushButton>(dialog, "buttonSend");
        REQUIRE(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        waitForFinish(dialog);
    };

    // The first dialog emails the first user only, then closes.
    QSet<QString> delivered;
    {
        EmailPasswordsDialog first(items.mid(0, 1), rig.fixture.signedInAdmin(), rig.handover());
        first.show();
        sendEachUser(first);
        delivered = first.deliveredKeys();
    }
    REQUIRE(delivered.size() == 1);
    REQUIRE(outboxSize(rig.fixture) == 1);

    EmailPasswordsDialog second(items, rig.fixture.signedInAdmin(), rig.handover());
    second.setAlreadyDelivered(delivered);
    second.show();
    QTest::mouseClick(child<QRadioButton>(second, "radioEachUser"), Qt::LeftButton);
    CHECK(child<QLabel>(second, "labelStatus")->text()
        == u"1 of these messages was sent earlier and will not be sent again."_s);
    // Opting in and sending again: the two others go, the first user gets nothing twice.
    QTest::mouseClick(child<QRadioButton>(second, "radioList"), Qt::LeftButton);
    CHECK(child<QLabel>(second, "labelStatus")->text().isEmpty()); // the list was never sent
    sendEachUser(second);
    CHECK(outboxSize(rig.fixture) == 3);
    CHECK(child<QLabel>(second, "labelProgress")->text() == u"3 of 3 sent"_s);
    CHECK(second.deliveredKeys().size() == 3);
}

TEST_CASE("EmailPasswordsDialog: Pause holds the rest and Resume sends it once", "[mail][ui]")
{
    DialogRig rig;
    EmailPasswordsDialog dialog(MailTestItems::many(6), rig.fixture.signedInAdmin(), rig.handover());
    dialog.show();
    QTest::mouseClick(child<QRadioButton>(dialog, "radioEachUser"), Qt::LeftButton);
    child<QCheckBox>(dialog, "checkOptIn")->click();
    auto *pause = child<QPushButton>(dialog, "buttonPause");
    auto *resume = child<QPushButton>(dialog, "buttonResume");
    CHECK_FALSE(pause->isEnabled());
    child<QPushButton>(dialog, "buttonSend")->click();
    REQUIRE(dialog.run());
    REQUIRE(pause->isEnabled());
    QSignalSpy states(dialog.run(), &MailDeliveryRun::stateChanged);
    // Pause as soon as the second message is accepted.
    QObject::connect(dialog.run(), &MailDeliveryRun::progress, &dialog, [pause](int sent) {
        if (sent == 2 && pause->isEnabled())
            pause->click();
    });
    while (dialog.run()->state() != MailDeliveryRun::State::Paused)
        REQUIRE(states.wait(30000));
    CHECK(dialog.run()->sentCount() == 2);
    CHECK(outboxSize(rig.fixture) == 2);
    CHECK(resume->isEnabled());
    CHECK_FALSE(pause->isEnabled());
    CHECK(child<QLabel>(dialog, "labelStatus")->text().startsWith(u"Paused."_s));

    QTest::mouseClick(resume, Qt::LeftButton);
    waitForFinish(dialog);
    CHECK(outboxSize(rig.fixture) == 6);
    CHECK(dialog.deliveredKeys().size() == 6);
}

TEST_CASE("EmailPasswordsDialog: asks for Mail.Send on first use and then sends", "[mail][ui]")
{
    LanguageManager languages;
    languages.apply(u"en"_s);
    DemoSession demo;
    demo.signInAs();
    REQUIRE(demo.waitUntilReady());
    REQUIRE_FALSE(demo.auth.hasScopes(AuthScopes::mail()));

    QList<HandoverItem> items = MailTestItems::swedishAndEnglish();
    EmailPasswordsDialog dialog(items, demo.session.admin(),
                                new MailHandover(&demo.graph, &demo.auth, demo.session.auditLog()));
    dialog.show();
    QTest::mouseClick(child<QRadioButton>(dialog, "radioEachUser"), Qt::LeftButton);
    child<QCheckBox>(dialog, "checkOptIn")->click();
    child<QPushButton>(dialog, "buttonSend")->click();
    REQUIRE(dialog.run());
    waitForFinish(dialog);
    CHECK(demo.auth.hasScopes(AuthScopes::mail()));
    CHECK(dialog.run()->sentCount() == 2);
    CHECK(demo.context().tenant.outbox.size() == 2);
}

TEST_CASE("EmailPasswordsDialog: sends through the MailHandover it is given, with its pacer and audit log",
          "[mail][ui]")
{
    DialogRig rig;
    const QList<HandoverItem> items = MailTestItems::many(3);
    MailHandover *handover = rig.handover();
    // A limit of one message per window the test never reaches: the dialog must use this pacer,
    // so the second message waits for the limit instead of going out.
    handover->setPacer(MailPacer(1, 3600000));
    EmailPasswordsDialog dialog(items, rig.fixture.signedInAdmin(), handover);
    CHECK(dialog.handover() == handover);
    CHECK(handover->parent() == &dialog); // lives as long as the dialog that shows it
    dialog.show();
    CHECK_FALSE(handover->run()); // nothing is made before the admin confirms

    QTest::mouseClick(child<QRadioButton>(dialog, "radioEachUser"), Qt::LeftButton);
    child<QCheckBox>(dialog, "checkOptIn")->click();
    child<QPushButton>(dialog, "buttonSend")->click();
    REQUIRE(dialog.run());
    CHECK(dialog.run() == handover->run());
    CHECK(dialog.run()->parent() == handover);
    CHECK(dialog.run()->total() == 3);
    QSignalSpy waiting(dialog.run(), &MailDeliveryRun::waitingForLimit);
    REQUIRE(waiting.wait(30000));
    CHECK(outboxSize(rig.fixture) == 1);
    CHECK(child<QLabel>(dialog, "labelStatus")->text().startsWith(u"Waiting for the sending limit"_s));

    // Cancel, then a new Send: the handover makes the next run and it skips what was delivered.
    QSignalSpy cancelled(dialog.run(), &MailDeliveryRun::finished);
    child<QPushButton>(dialog, "buttonCancel")->click();
    if (cancelled.isEmpty())
        REQUIRE(cancelled.wait(30000));
    REQUIRE(dialog.run()->state() == MailDeliveryRun::State::Cancelled);
    const QPointer<MailDeliveryRun> first = dialog.run();
    handover->setPacer(MailPacer(1000, 0));
    REQUIRE(child<QPushButton>(dialog, "buttonSend")->isEnabled());
    child<QPushButton>(dialog, "buttonSend")->click();
    REQUIRE(dialog.run());
    CHECK(dialog.run() != first.data());
    CHECK(dialog.run() == handover->run());
    waitForFinish(dialog);
    CHECK(outboxSize(rig.fixture) == 3);
    CHECK(dialog.deliveredKeys().size() == 3);
    REQUIRE(waitUntil([&] { return first.isNull(); }, 5000)); // the cancelled run is retired

    // Each user's message is in the handover's audit log, once.
    const QList<AuditEntry> entries = rig.audit.entries();
    REQUIRE(entries.size() == 3);
    QStringList targets;
    for (const AuditEntry &entry : entries)
        targets.append(entry.targetId);
    targets.removeDuplicates();
    CHECK(targets.size() == 3);
}
