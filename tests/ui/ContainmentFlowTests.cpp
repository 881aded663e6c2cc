// SPDX-License-Identifier: MIT
// Incident containment from the menus of the demo app over real HTTP: the plan asks for the
// organisation's domain before a large run, the run removes the users' methods after their
// passwords, and the incident summary is saved as one PDF page.
#include "../core/delivery/PdfText.h"
#include "BulkRunWindow.h"

#include "incident/ContainmentConfirmation.h"
#include "sandbox/FaultInjector.h"
#include "ui/incident/ContainmentPanel.h"
#include "ui/incident/IncidentSummaryAction.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace {

QString defaultDomain(BulkRunWindow &app)
{
    const SandboxDomain *domain = app.demo.context().tenant.defaultDomain();
    REQUIRE(domain);
    return domain->id;
}

/** The containment plan for the ticked users, once it knows the domain to type. */
BulkPlanDialog *openContainment(BulkRunWindow &app, const QList<SandboxUser *> &users)
{
    app.tick(users);
    app.action("actionContainSelected")->trigger();
    BulkPlanDialog *plan = app.flow->planDialog();
    REQUIRE(plan);
    REQUIRE(QTest::qWaitForWindowExposed(plan));
    REQUIRE(plan->containmentPanel());
    REQUIRE(waitUntil([&] { return !plan->containmentPanel()->expectedDomain().isEmpty(); }, 15000));
    return plan;
}

} // namespace

TEST_CASE(
    "Containment: 21 users need the domain typed before Start, then methods go and the summary is saved",
    "[ui][incident]")
{
    BulkRunWindow app(80);
    const QList<SandboxUser *> users = app.plainServerUsers(ContainmentConfirmation::userThreshold + 1);
    AuthMethodStore &methods = app.demo.context().authMethods;
    for (SandboxUser *user : users.mid(0, 2))
        methods.addMethod(user->id, {u"fido2"_s, u"key-"_s + user->id, {{u"displayName"_s, u"Red key"_s}}});

    BulkPlanDialog *plan = openContainment(app, users);
    ContainmentPanel *panel = plan->containmentPanel();
    CHECK(plan->windowTitle() == u"Contain an incident"_s);
    CHECK(panel->expectedDomain() == defaultDomain(app));
    CHECK(panel->isConfirmationRequired());
    CHECK(panel->confirmationEdit()->isVisible());
    CHECK_FALSE(plan->resetButton()->isEnabled());
    // Forced change and sign-out are not choices here.
    CHECK_FALSE(child<QCheckBox>(plan, u"checkSignOut"_s)->isEnabled());
    CHECK(child<QCheckBox>(plan, u"checkSignOut"_s)->isChecked());

    QTest::keyClicks(panel->confirmationEdit(), u"contoso.com"_s);
    CHECK_FALSE(plan->resetButton()->isEnabled());
    panel->confirmationEdit()->clear();
    QTest::keyClicks(panel->confirmationEdit(), u"  "_s + defaultDomain(app).toUpper() + u" "_s);
    CHECK(plan->resetButton()->isEnabled());
    panel->reregisterCheck()->click();
    child<QCheckBox>(plan, u"checkVerifyMfa"_s)->click();
    CHECK(plan->settings() == BulkResetSettings::forContainment(true, true));

    // The typed domain was the confirmation: Start runs at once.
    plan->resetButton()->click();
    REQUIRE(waitUntil([&] { return app.flow->runDialog() != nullptr; }, 20000));
    BulkRunDialog *run = app.flow->runDialog();
    auto *summary = run->findChild<IncidentSummaryAction *>();
    REQUIRE(summary);
    CHECK_FALSE(summary->button()->isEnabled());
    app.waitUntilFinished(run);
    CHECK(summary->button()->isEnabled());

    for (SandboxUser *user : users) {
        INFO(user->userPrincipalName.toStdString());
        CHECK(user->forceChangePasswordNextSignIn);
        CHECK(user->forceChangePasswordNextSignInWithMfa);
        CHECK(user->signInSessionsValidFromDateTime.isValid());
        CHECK(methods.methodsOf(user->id).isEmpty());
    }
    int removedLines = 0;
    for (const AuditEntry &entry : app.single->auditLog().entries())
        removedLines += entry.action == u"authMethodRemoved"_s && entry.outcome == u"succeeded"_s;
    CHECK(removedLines >= 2);

    // The results file says what was done to each user, not only what failed.
    const QString csvPath = app.folder.filePath(u"results.csv"_s);
    run->saveResults(csvPath);
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString rows = QString::fromUtf8(csv.readAll());
    for (SandboxUser *user : users.mid(0, 2)) {
        const qsizetype at = rows.indexOf(user->userPrincipalName);
        REQUIRE(at >= 0);
        const QString row = rows.mid(at, rows.indexOf(u"\r\n"_s, at) - at);
        INFO(row.toStdString());
        CHECK(row.contains(u"Signed out of all sessions; "_s));
        CHECK(row.contains(u" removed."_s));
    }

    const QString path = app.folder.filePath(u"incident.pdf"_s);
    summary->setFileChooser([&](const QString &suggested) {
        CHECK(suggested.endsWith(u".pdf"_s));
        return path;
    });
    summary->button()->click();
    REQUIRE(PdfText::pageCount(path) == 1);
    const QString text = PdfText::folded(PdfText::page(path, 1));
    CHECK(text.contains(u"Incident containment summary"_s));
    CHECK(text.contains(u"Passwords reset: 21"_s));
    CHECK(text.contains(u"Users whose sign-in methods were removed:"_s));
    CHECK(text.contains(users.first()->userPrincipalName));
    for (const BulkItemResult &result : run->runner()->results())
        CHECK_FALSE(text.contains(result.password.reveal()));
}

TEST_CASE("Containment: a few ordinary users need no typed domain, only the usual question", "[ui][incident]")
{
    BulkRunWindow app(60);
    BulkPlanDialog *plan = openContainment(app, app.plainServerUsers(2));
    ContainmentPanel *panel = plan->containmentPanel();
    CHECK_FALSE(panel->isConfirmationRequired());
    CHECK_FALSE(panel->confirmationEdit()->isVisible());
    CHECK(plan->resetButton()->isEnabled());
    // The heading and the button say what the run does, beyond a reset.
    CHECK(plan->findChild<QLabel *>(u"labelHeading"_s)->text() == u"Contain an incident for 2 selected users"_s);
    CHECK(plan->resetButton()->text() == u"Co&ntain 2 users"_s);
    CHECK(plan->resetButton()->accessibleName() == u"Contain 2 users"_s);
    CHECK_FALSE(plan->settings().requireMethodReregistration);
    CHECK(plan->settings().containment);
}

TEST_CASE("Containment: one privileged admin in the selection needs the domain typed", "[ui][incident]")
{
    BulkRunWindow app(60);
    QList<SandboxUser *> users = app.plainServerUsers(1);
    SandboxUser *admin = app.demo.context().tenant.userByIdOrUpn(
        TenantGenerator::archetypeUpn(TenantGenerator::Archetype::HelpdeskAdministrator));
    REQUIRE(admin);
    users.append(admin);
    BulkPlanDialog *plan = openContainment(app, users);
    CHECK(plan->containmentPanel()->isConfirmationRequired());
    CHECK_FALSE(plan->resetButton()->isEnabled());
}

TEST_CASE("Containment: when the organization cannot be read, the domain of the admin's own user name is typed",
    "[ui][incident]")
{
    BulkRunWindow app(60);
    // Another default domain than the admin's, so the test can tell which one is asked for.
    for (SandboxDomain &domain : app.demo.context().tenant.domains)
        domain.isDefault = domain.id == u"kvarnbybygg.com"_s;
    REQUIRE(defaultDomain(app) == u"kvarnbybygg.com"_s);
    SandboxFaultRule refuse;
    refuse.method = "GET";
    refuse.path = QRegularExpression(u"^/organization"_s);
    refuse.remaining = -1;
    refuse.status = 403;
    refuse.code = u"Authorization_RequestDenied"_s;
    refuse.message = u"Insufficient privileges to complete the operation."_s;
    app.demo.context().faults.addRule(refuse);

    QList<SandboxUser *> users = app.plainServerUsers(ContainmentConfirmation::userThreshold + 1);
    BulkPlanDialog *plan = openContainment(app, users);
    ContainmentPanel *panel = plan->containmentPanel();
    CHECK(panel->expectedDomain() == u"kvarnby.se"_s);
    QTest::keyClicks(panel->confirmationEdit(), u"kvarnbybygg.com"_s);
    CHECK_FALSE(plan->resetButton()->isEnabled());
    panel->confirmationEdit()->clear();
    QTest::keyClicks(panel->confirmationEdit(), u"kvarnby.se"_s);
    CHECK(plan->resetButton()->isEnabled());
}
