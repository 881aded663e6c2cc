// SPDX-License-Identifier: MIT
// "Password never expires" and "Allow weak passwords" for one user and in bulk, on the real dialog
// against the demo tenant; the tenant's stored passwordPolicies are the truth checked.
#include "PolicyUiSupport.h"

#include "ui/policies/PasswordPolicyDialog.h"
#include "directory/PasswordPolicies.h"
#include "policy/UserPolicyChange.h"
#include "WaitUntil.h"

#include <QCheckBox>
#include <QHash>
#include <QJsonValue>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using Archetype = TenantGenerator::Archetype;

namespace {

PasswordPolicies stored(SignedInDemo &app, Archetype archetype)
{
    return PasswordPolicies::parse(app.user(archetype).passwordPolicies);
}

void applyAndWait(PasswordPolicyDialog &dialog)
{
    QSignalSpy finished(&dialog, &PasswordPolicyDialog::policiesChanged);
    REQUIRE(dialog.applyButton()->isEnabled());
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 30000));
}

QString resultOf(PasswordPolicyDialog &dialog, const QString &userPrincipalName)
{
    auto *tree = child<QTreeWidget>(dialog, u"treeResults"_s);
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        if (tree->topLevelItem(row)->text(1) == userPrincipalName)
            return tree->topLevelItem(row)->text(2);
    }
    return {};
}

} // namespace

TEST_CASE("PasswordPolicyDialog: turning never expires off for one user keeps weak passwords allowed",
          "[policyui][policies]")
{
    SignedInDemo app;
    const DirectoryUser erik = app.directoryUser(Archetype::WeakPasswordAllowedUser); // both set
    PasswordPolicyDialog dialog(new UserPolicyChange(&app.demo.session), {erik});
    showAndWait(dialog);
    auto *never = child<QCheckBox>(dialog, u"checkNeverExpires"_s);
    auto *weak = child<QCheckBox>(dialog, u"checkWeak"_s);
    CHECK_FALSE(never->isTristate()); // one user: on or off, nothing to keep
    CHECK(child<QLabel>(dialog, u"labelBulkHint"_s)->isHidden());
    CHECK(never->isChecked());
    CHECK(weak->isChecked());
    CHECK(child<QLabel>(dialog, u"labelTargets"_s)->text().contains(erik.userPrincipalName()));
    CHECK_FALSE(dialog.applyButton()->isEnabled());

    never->click();
    CHECK(dialog.change().neverExpires == false);
    CHECK_FALSE(dialog.change().weakAllowed.has_value()); // unchanged: not sent
    applyAndWait(dialog);
    CHECK(dialog.confirmation() == nullptr); // nothing risky was turned on

    CHECK(resultOf(dialog, erik.userPrincipalName()) == u"Succeeded"_s);
    CHECK(child<QLabel>(dialog, u"labelStatus"_s)->text() == u"Changed for 1 user."_s);
    CHECK_FALSE(stored(app, Archetype::WeakPasswordAllowedUser).neverExpires());
    CHECK(stored(app, Archetype::WeakPasswordAllowedUser).weakAllowed());
}

TEST_CASE("PasswordPolicyDialog: allowing weak passwords asks first and explains the risk", "[policyui][policies]")
{
    SignedInDemo app;
    const DirectoryUser maja = app.directoryUser(Archetype::NeverExpiresUser); // never expires only
    PasswordPolicyDialog dialog(new UserPolicyChange(&app.demo.session), {maja});
    showAndWait(dialog);
    child<QCheckBox>(dialog, u"checkWeak"_s)->click();
    REQUIRE(dialog.change().weakAllowed == true);
    REQUIRE(dialog.applyButton()->isEnabled());
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);

    QMessageBox *question = dialog.confirmation();
    REQUIRE(question);
    REQUIRE(QTest::qWaitForWindowExposed(question));
    CHECK(question->text() == u"Allow weak passwords for 1 user?"_s);
    CHECK(question->informativeText().contains(u"easy to guess"_s));
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(200); // a cancelled question must send nothing
    CHECK_FALSE(stored(app, Archetype::NeverExpiresUser).weakAllowed());
    CHECK_FALSE(dialog.isRunning());

    QSignalSpy finished(&dialog, &PasswordPolicyDialog::policiesChanged);
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    question = dialog.confirmation();
    REQUIRE(question);
    QTest::mouseClick(child<QPushButton>(*question, u"buttonAllowWeak"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 30000));
    CHECK(stored(app, Archetype::NeverExpiresUser).weakAllowed());
    CHECK(stored(app, Archetype::NeverExpiresUser).neverExpires()); // the other policy stayed
}

TEST_CASE("PasswordPolicyDialog: a bulk change sets one policy and keeps each user's other one",
          "[policyui][policies]")
{
    SignedInDemo app;
    const QList<DirectoryUser> users{app.directoryUser(Archetype::WeakPasswordAllowedUser), // both
                                     app.directoryUser(Archetype::NeverExpiresUser),        // never only
                                     app.directoryUser(Archetype::PlainUser),               // none
                                     app.directoryUser(Archetype::SyncedUser)};             // refused
    PasswordPolicyDialog dialog(new UserPolicyChange(&app.demo.session), users);
    showAndWait(dialog);
    auto *never = child<QCheckBox>(dialog, u"checkNeverExpires"_s);
    auto *weak = child<QCheckBox>(dialog, u"checkWeak"_s);
    CHECK(never->checkState() == Qt::PartiallyChecked); // keep each user's own setting
    CHECK(weak->checkState() == Qt::PartiallyChecked);
    CHECK(child<QLabel>(dialog, u"labelTargets"_s)->text() == u"Change the password policies of 4 users."_s);
    CHECK_FALSE(dialog.applyButton()->isEnabled());

    never->click(); // partly filled -> on for everyone
    REQUIRE(never->checkState() == Qt::Checked);
    applyAndWait(dialog);
    auto *progress = child<QProgressBar>(dialog, u"progressBar"_s);
    CHECK(progress->value() == 4);
    CHECK(progress->maximum() == 4);
    // Sven (synced) already never expires: nothing to write, so nothing to refuse.
    CHECK(child<QLabel>(dialog, u"labelStatus"_s)->text() == u"Changed for 4 users."_s);
    CHECK(resultOf(dialog, users.at(0).userPrincipalName()) == u"Succeeded"_s);
    CHECK(stored(app, Archetype::WeakPasswordAllowedUser).neverExpires());
    CHECK(stored(app, Archetype::WeakPasswordAllowedUser).weakAllowed()); // kept
    CHECK(stored(app, Archetype::NeverExpiresUser).neverExpires());
    CHECK_FALSE(stored(app, Archetype::NeverExpiresUser).weakAllowed());
    CHECK(stored(app, Archetype::PlainUser).neverExpires());
    CHECK_FALSE(stored(app, Archetype::PlainUser).weakAllowed());

    never->click(); // on -> off for everyone
    REQUIRE(never->checkState() == Qt::Unchecked);
    applyAndWait(dialog);
    CHECK(child<QLabel>(dialog, u"labelStatus"_s)->text()
          == u"Changed for 3 of 4 users. The list says why the others failed."_s);
    CHECK(resultOf(dialog, users.at(3).userPrincipalName()) == u"Failed: User managed on-premises"_s);
    CHECK(resultOf(dialog, users.at(0).userPrincipalName()) == u"Succeeded"_s);
    CHECK_FALSE(stored(app, Archetype::WeakPasswordAllowedUser).neverExpires());
    CHECK(stored(app, Archetype::WeakPasswordAllowedUser).weakAllowed()); // still kept
    CHECK_FALSE(stored(app, Archetype::NeverExpiresUser).neverExpires());
    CHECK_FALSE(stored(app, Archetype::PlainUser).neverExpires());
    CHECK(stored(app, Archetype::SyncedUser).neverExpires()); // refused: as it was
}

TEST_CASE("UserPolicyChange: records each user's change in the audit log", "[policyui][policies]")
{
    SignedInDemo app;
    const QList<DirectoryUser> users{app.directoryUser(Archetype::WeakPasswordAllowedUser), // both: written
                                     app.directoryUser(Archetype::NeverExpiresUser),        // never only: written
                                     app.directoryUser(Archetype::PlainUser),               // none: already so
                                     app.directoryUser(Archetype::SyncedUser)};             // refused
    PasswordPolicyDialog dialog(new UserPolicyChange(&app.demo.session), users);
    showAndWait(dialog);
    auto *never = child<QCheckBox>(dialog, u"checkNeverExpires"_s);
    never->click(); // partly filled -> on
    never->click(); // on -> off for everyone
    REQUIRE(never->checkState() == Qt::Unchecked);
    CHECK(app.audit().isEmpty()); // nothing is recorded before anything is sent
    applyAndWait(dialog);

    const QList<AuditEntry> entries = app.audit();
    REQUIRE(entries.size() == 4);
    QHash<QString, AuditEntry> byUser;
    for (const AuditEntry &entry : entries) {
        CHECK(entry.action == u"passwordPolicyChange"_s);
        CHECK(entry.adminId == app.admin().id);
        CHECK(entry.adminUserPrincipalName == app.admin().userPrincipalName);
        CHECK(entry.options.value(u"neverExpires"_s) == QJsonValue(false));
        CHECK_FALSE(entry.options.contains(u"weakAllowed"_s)); // not asked: each user keeps their own
        CHECK_FALSE(entry.requestId.isEmpty());
        CHECK(entry.time.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        byUser.insert(entry.targetId, entry);
    }
    const AuditEntry erik = byUser.value(users.at(0).id());
    CHECK(erik.targetUserPrincipalName == users.at(0).userPrincipalName());
    CHECK(erik.outcome == u"succeeded"_s);
    CHECK_FALSE(erik.options.contains(u"alreadySet"_s));
    CHECK(byUser.value(users.at(1).id()).outcome == u"succeeded"_s);
    const AuditEntry plain = byUser.value(users.at(2).id());
    CHECK(plain.outcome == u"succeeded"_s);
    CHECK(plain.options.value(u"alreadySet"_s) == QJsonValue(true));
    const AuditEntry sven = byUser.value(users.at(3).id());
    CHECK(sven.targetUserPrincipalName == users.at(3).userPrincipalName());
    CHECK(sven.outcome == u"failed"_s);
    CHECK(sven.errorKind == u"SyncedObject"_s);
    CHECK(resultOf(dialog, users.at(3).userPrincipalName()) == u"Failed: User managed on-premises"_s);
}
