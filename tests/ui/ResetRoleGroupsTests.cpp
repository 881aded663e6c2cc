// SPDX-License-Identifier: MIT
// Roles held through role-assignable groups, as an admin meets them: the list, the details pane,
// the reset dialog's pre-check and the advice after a refusal, against the demo tenant over HTTP.
#include "ResetWindow.h"

#include "directory/UserListModel.h"
#include "sandbox/SandboxPermissions.h"
#include "ui/texts/ResetRefusalText.h"

namespace {

QString adminRolesCell(ResetWindow &app, const QString &userId)
{
    UserListModel *model = app.page->model();
    return model->index(model->rowOf(userId), UserListModel::AdminRoles).data().toString();
}

} // namespace

TEST_CASE("ResetFlow: a User Administrator through a group is shown as one and a Helpdesk Administrator is "
          "stopped before sending",
    "[ui][reset]")
{
    ResetWindow app(Archetype::HelpdeskAdministrator);
    const SandboxUser &tove = app.server(Archetype::RoleGroupUserAdministrator);

    // The list and the details pane say what she is, and through which group.
    CHECK(adminRolesCell(app, tove.id) == u"User Administrator"_s);
    REQUIRE(app.page->showUser(tove.id));
    const QString roles = child<QLabel>(app.page, u"labelDetailsRoles"_s)->text();
    CHECK(roles.contains(u"User Administrator"_s));
    CHECK(roles.contains(TenantGenerator::userAdminGroupName()));

    // The dialog warns before anything is sent, naming who can do it.
    ResetPasswordDialog *dialog = app.open(Archetype::RoleGroupUserAdministrator);
    auto *precheck = child<QLabel>(dialog, u"labelPrecheck"_s);
    CHECK(precheck->isVisible());
    const QString warning = precheck->text();
    CHECK(warning.contains(u"Your admin role cannot reset the password of Tove Lindgren"_s));
    CHECK(warning.contains(u"User Administrator"_s));
    CHECK(warning.contains(u"role-assignable group"_s));
    CHECK(warning.contains(u"Privileged Authentication Administrator"_s));
    CHECK(warning.contains(u"Global Administrator"_s));
    CHECK_FALSE(dialog->resetButton()->isEnabled());
    dialog->resetButton()->click();
    QTest::qWait(50);
    CHECK(app.resetRequests(tove.id) == 0);
    dialog->reject();

    // The sandbox would have refused it: the warning and Microsoft 365 agree.
    const QString hugo = app.server(Archetype::HelpdeskAdministrator).id;
    CHECK_FALSE(SandboxPermissions::canResetPassword(app.demo.context().tenant, hugo, tove.id));

    // Were it refused anyway, the advice names only roles that really can reset her.
    UserListModel *model = app.page->model();
    const QString advice
        = ResetRefusalText::forUser(app.demo.session.admin(), &model->userAt(model->rowOf(tove.id)));
    CHECK(advice.contains(u"Privileged Authentication Administrator"_s));
    CHECK(advice.contains(u"Global Administrator"_s));
    CHECK_FALSE(advice.contains(u"Password Administrator"_s));
    CHECK_FALSE(advice.contains(u"Helpdesk Administrator"_s));
    CHECK_FALSE(advice.contains(u"User Administrator"_s));

    // A direct User Administrator: warned too, and told that a User Administrator could do it.
    dialog = app.open(Archetype::UserAdministrator);
    CHECK(child<QLabel>(dialog, u"labelPrecheck"_s)->text().contains(u"User Administrator"_s));
    CHECK_FALSE(child<QLabel>(dialog, u"labelPrecheck"_s)->text().contains(u"role-assignable group"_s));
    CHECK_FALSE(dialog->resetButton()->isEnabled());
    dialog->reject();
}

TEST_CASE(
    "ResetFlow: an admin whose Helpdesk role comes only from a group resets a normal user", "[ui][reset]")
{
    ResetWindow app(Archetype::RoleGroupMember);
    const SandboxUser &ida = app.server(Archetype::RoleGroupMember);
    const SignedInAdmin &admin = app.demo.session.admin();
    CHECK(admin.rolesKnown);
    CHECK(admin.roleTemplateIds == QStringList {SandboxRoles::HelpdeskAdministrator});
    CHECK(adminRolesCell(app, ida.id) == u"Helpdesk Administrator"_s);

    SandboxUser &elsa = app.server(Archetype::PlainUser);
    const QString before = elsa.password;
    ResetPasswordDialog *dialog = app.open(Archetype::PlainUser);
    CHECK_FALSE(child<QLabel>(dialog, u"labelPrecheck"_s)->isVisible());
    REQUIRE(dialog->resetButton()->isEnabled());
    dialog->resetButton()->click();
    ResetResultDialog *result = app.waitForResult();
    CHECK(elsa.password != before);
    CHECK(elsa.password == child<QLineEdit>(result, u"linePassword"_s)->text());
    child<QPushButton>(result, u"buttonClose"_s)->click();

    // A Helpdesk Administrator through a group is still a Helpdesk Administrator: a User
    // Administrator, direct or through a group, is out of reach.
    for (const Archetype target : {Archetype::UserAdministrator, Archetype::RoleGroupUserAdministrator}) {
        dialog = app.open(target);
        CHECK(child<QLabel>(dialog, u"labelPrecheck"_s)->text().contains(u"Your admin role cannot reset"_s));
        CHECK_FALSE(dialog->resetButton()->isEnabled());
        dialog->reject();
        CHECK(app.resetRequests(app.server(target).id) == 0);
    }
}
