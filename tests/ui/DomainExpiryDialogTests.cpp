// SPDX-License-Identifier: MIT
// Organisation password expiry, driven on the real dialog against the demo tenant over HTTP.
#include "PolicyUiSupport.h"

#include "ui/policies/DomainExpiryDialog.h"
#include "auth/AuthScopes.h"
#include "policy/DomainExpiry.h"
#include "policy/DomainExpiryChange.h"
#include "WaitUntil.h"

#include <QComboBox>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString olderDomain = u"kvarnbybygg.com"_s; // 90 days / 14 days in the demo tenant

void waitForDomains(DomainExpiryDialog &dialog)
{
    REQUIRE(waitUntil([&] { return !dialog.domains().isEmpty(); }, 20000));
}

void choose(DomainExpiryDialog &dialog, const QString &domain)
{
    auto *combo = child<QComboBox>(dialog, u"comboDomain"_s);
    const int index = combo->findText(domain);
    REQUIRE(index >= 0);
    combo->setFocus();
    combo->setCurrentIndex(index);
}

void saveAndWait(DomainExpiryDialog &dialog)
{
    REQUIRE(dialog.saveButton()->isEnabled());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    auto *status = child<QLabel>(dialog, u"labelStatus"_s);
    REQUIRE(waitUntil([&] { return status->text().startsWith(u"Saved."_s); }, 10000));
}

} // namespace

TEST_CASE("DomainExpiryDialog: asks for the domain permission and lists verified domains with their setting",
          "[policyui][domains]")
{
    SignedInDemo app;
    REQUIRE_FALSE(app.demo.auth.hasScopes(AuthScopes::domains())); // not asked at sign-in
    DomainExpiryDialog dialog(new DomainExpiryChange(&app.demo.session));
    showAndWait(dialog);
    waitForDomains(dialog);
    CHECK(app.demo.auth.hasScopes(AuthScopes::domains()));

    auto *combo = child<QComboBox>(dialog, u"comboDomain"_s);
    CHECK(combo->itemText(0) == u"kvarnby.se"_s); // the default domain first
    CHECK(combo->findText(olderDomain) >= 0);
    CHECK(combo->findText(u"kvarnbyhus.se"_s) < 0); // not verified: cannot carry a policy

    choose(dialog, olderDomain);
    CHECK(child<QLabel>(dialog, u"labelCurrent"_s)->text()
          == u"Passwords expire after 90 days. Users are notified 14 days before."_s);
    CHECK(child<QLabel>(dialog, u"labelAppliesTo"_s)->text().contains(u"@kvarnbybygg.com"_s));
    CHECK(child<QRadioButton>(dialog, u"radioExpire"_s)->isChecked());
    CHECK(child<QSpinBox>(dialog, u"spinValidity"_s)->value() == 90);
    CHECK(child<QLabel>(dialog, u"labelIntro"_s)->text().contains(u"Microsoft recommends that they never expire"_s));

    choose(dialog, u"partner.kvarnby.se"_s); // federated: expiry is set on-premises
    CHECK_FALSE(child<QGroupBox>(dialog, u"groupPolicy"_s)->isEnabled());
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK(child<QLabel>(dialog, u"labelProblem"_s)->text().contains(u"federated"_s));
}

TEST_CASE("DomainExpiryDialog: never expires and a number of days round-trip through the service",
          "[policyui][domains]")
{
    SignedInDemo app;
    {
        DomainExpiryDialog dialog(new DomainExpiryChange(&app.demo.session));
        showAndWait(dialog);
        waitForDomains(dialog);
        choose(dialog, olderDomain);
        QTest::mouseClick(child<QRadioButton>(dialog, u"radioNever"_s), Qt::LeftButton);
        CHECK_FALSE(child<QSpinBox>(dialog, u"spinValidity"_s)->isEnabled());
        saveAndWait(dialog);
        CHECK(child<QLabel>(dialog, u"labelStatus"_s)->text().contains(olderDomain));
    }
    CHECK(app.tenant().domain(olderDomain)->passwordValidityPeriodInDays == DomainExpiry::neverExpiresValue);

    {
        // A fresh dialog reads the setting back from the service.
        DomainExpiryDialog dialog(new DomainExpiryChange(&app.demo.session));
        showAndWait(dialog);
        waitForDomains(dialog);
        choose(dialog, olderDomain);
        CHECK(child<QLabel>(dialog, u"labelCurrent"_s)->text() == u"Passwords never expire."_s);
        CHECK(child<QRadioButton>(dialog, u"radioNever"_s)->isChecked());

        QTest::mouseClick(child<QRadioButton>(dialog, u"radioExpire"_s), Qt::LeftButton);
        retype(child<QSpinBox>(dialog, u"spinValidity"_s), u"180"_s);
        retype(child<QSpinBox>(dialog, u"spinNotification"_s), u"21"_s);
        saveAndWait(dialog);
        CHECK(child<QLabel>(dialog, u"labelCurrent"_s)->text()
              == u"Passwords expire after 180 days. Users are notified 21 days before."_s);
    }
    const SandboxDomain *stored = app.tenant().domain(olderDomain);
    CHECK(stored->passwordValidityPeriodInDays == 180);
    CHECK(stored->passwordNotificationWindowInDays == 21);
}

TEST_CASE("DomainExpiryDialog: out-of-range days are explained and never sent", "[policyui][domains]")
{
    SignedInDemo app;
    DomainExpiryDialog dialog(new DomainExpiryChange(&app.demo.session));
    showAndWait(dialog);
    waitForDomains(dialog);
    choose(dialog, olderDomain);
    auto *problem = child<QLabel>(dialog, u"labelProblem"_s);
    auto *validity = child<QSpinBox>(dialog, u"spinValidity"_s);
    auto *notification = child<QSpinBox>(dialog, u"spinNotification"_s);
    CHECK(problem->isHidden());

    retype(validity, u"5000"_s);
    CHECK(problem->isVisible());
    CHECK(problem->text().startsWith(u"Enter between 14 and 730 days before passwords expire"_s));
    CHECK(problem->text().contains(u"Passwords never expire"_s)); // what to do instead
    CHECK_FALSE(dialog.saveButton()->isEnabled());

    retype(validity, u"7"_s);
    CHECK(problem->text().startsWith(u"Enter between 14 and 730 days"_s));
    CHECK_FALSE(dialog.saveButton()->isEnabled());

    retype(validity, u"60"_s);
    retype(notification, u"45"_s);
    CHECK(problem->text() == u"Enter between 1 and 30 days for the notification before a password expires."_s);
    CHECK_FALSE(dialog.saveButton()->isEnabled());

    retype(notification, u"10"_s);
    CHECK(problem->isHidden());
    CHECK(dialog.saveButton()->isEnabled());
    // Nothing of the refused values reached the service.
    CHECK(app.tenant().domain(olderDomain)->passwordValidityPeriodInDays == 90);
}

TEST_CASE("DomainExpiryChange: records every save in the audit log", "[policyui][domains]")
{
    SignedInDemo app;
    DomainExpiryDialog dialog(new DomainExpiryChange(&app.demo.session));
    showAndWait(dialog);
    waitForDomains(dialog);
    CHECK(app.audit().isEmpty()); // reading is not a change
    choose(dialog, olderDomain);
    QTest::mouseClick(child<QRadioButton>(dialog, u"radioNever"_s), Qt::LeftButton);
    saveAndWait(dialog);
    QTest::mouseClick(child<QRadioButton>(dialog, u"radioExpire"_s), Qt::LeftButton);
    retype(child<QSpinBox>(dialog, u"spinValidity"_s), u"180"_s);
    retype(child<QSpinBox>(dialog, u"spinNotification"_s), u"21"_s);
    saveAndWait(dialog);

    const QList<AuditEntry> entries = app.audit();
    REQUIRE(entries.size() == 2);
    for (const AuditEntry &entry : entries) {
        CHECK(entry.action == u"domainExpiryChange"_s);
        CHECK(entry.adminId == app.admin().id);
        CHECK(entry.adminUserPrincipalName == app.admin().userPrincipalName);
        CHECK(entry.targetId == olderDomain);
        CHECK(entry.targetUserPrincipalName == olderDomain);
        CHECK(entry.outcome == u"succeeded"_s);
        CHECK(entry.errorKind.isEmpty());
        CHECK_FALSE(entry.requestId.isEmpty());
    }
    CHECK(entries.at(0).options
          == QJsonObject{{u"neverExpires"_s, true}, {u"notificationDays"_s, 14}});
    CHECK(entries.at(1).options
          == QJsonObject{{u"neverExpires"_s, false}, {u"validityDays"_s, 180}, {u"notificationDays"_s, 21}});
    CHECK(entries.at(0).requestId != entries.at(1).requestId);
}
