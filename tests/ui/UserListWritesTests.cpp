// SPDX-License-Identifier: MIT
// The user list shows what ResetDesk just changed: a single reset, a bulk run and a password
// policy change, driven through the real windows against the demo tenant over real HTTP, and the
// rows checked in place against the sandbox's truth, with no reload of the list.
#include "BulkRunWindow.h"

#include "ui/policies/PasswordPolicyDialog.h"
#include "ui/reset/ResetPasswordDialog.h"
#include "ui/reset/ResetResultDialog.h"
#include "directory/PasswordPolicies.h"
#include "WaitUntil.h"

#include <QCheckBox>
#include <QItemSelectionModel>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;
using Archetype = TenantGenerator::Archetype;

namespace {

/** Watches the list for anything but changes in place, and the sandbox for list reads. */
struct ListWatch
{
    BulkRunWindow &app;
    QSignalSpy resets {app.page->model(), &QAbstractItemModel::modelReset};
    QSignalSpy removals {app.page->model(), &QAbstractItemModel::rowsRemoved};
    qsizetype logStart = app.demo.context().log.entries().size();

    /** GET /users or /users/delta since the watch began: a reload or a refresh of the list. */
    int listReads() const
    {
        int reads = 0;
        const auto entries = app.demo.context().log.entries();
        for (qsizetype i = logStart; i < entries.size(); ++i) {
            const RequestLogEntry &entry = entries.at(i);
            if (entry.method == u"GET"_s && (entry.path.endsWith(u"/users"_s) || entry.path.contains(u"/users/delta"_s)))
                ++reads;
        }
        return reads;
    }
    bool inPlaceOnly() const { return resets.isEmpty() && removals.isEmpty() && listReads() == 0; }
};

QString cell(const UserListModel *model, const QString &id, int column, int role = Qt::DisplayRole)
{
    const int row = model->rowOf(id);
    REQUIRE(row >= 0);
    return model->data(model->index(row, column), role).toString();
}

/** The server's last password change as the list's sort value has it (Graph keeps whole seconds). */
qint64 lastChangeShown(const UserListModel *model, const QString &id)
{
    const int row = model->rowOf(id);
    REQUIRE(row >= 0);
    return model->data(model->index(row, UserListModel::LastPasswordChange), UserListModel::SortValueRole)
        .toLongLong();
}

/** Picks @p id in the list, resets it through the real dialog and waits for the result pane. */
void resetThroughDialog(BulkRunWindow &app, const QString &id, bool forceChange)
{
    REQUIRE(app.page->showUser(id));
    child<QPushButton>(app.page, u"buttonResetPassword"_s)->click();
    ResetPasswordDialog *dialog = app.single->dialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto *force = child<QCheckBox>(dialog, u"checkForceChange"_s);
    if (force->isChecked() != forceChange)
        force->click();
    REQUIRE(dialog->resetButton()->isEnabled());
    dialog->resetButton()->click();
    REQUIRE(waitUntil([&app] { return app.single->resultDialog() != nullptr; }, 20000));
}

} // namespace

TEST_CASE("UserListModel: a reset through ResetFlow shows must change at once, without a reload", "[ui][directory]")
{
    BulkRunWindow app(120);
    const UserListModel *model = app.page->model();
    SandboxUser &elsa = app.server(TenantGenerator::archetypeUpn(Archetype::PlainUser));
    const SandboxUser &other = *app.plainServerUsers(1).constFirst();
    // Read from Graph on load: nothing pending for either yet.
    CHECK(cell(model, elsa.id, UserListModel::MustChange) == u"No"_s);
    app.page->selection()->select(other.id);
    const qint64 before = lastChangeShown(model, elsa.id);

    ListWatch watch {app};
    resetThroughDialog(app, elsa.id, true);
    REQUIRE(elsa.forceChangePasswordNextSignIn);
    CHECK(cell(model, elsa.id, UserListModel::MustChange) == u"Yes"_s);
    const qint64 shown = lastChangeShown(model, elsa.id);
    CHECK(shown > before);
    CHECK(qAbs(shown - elsa.lastPasswordChangeDateTime.toMSecsSinceEpoch()) < 5000);
    CHECK(watch.inPlaceOnly());
    // The admin's place in the list and the ticked users stay as they were.
    CHECK(app.page->table()->currentIndex().data(UserListModel::UserIdRole).toString() == elsa.id);
    CHECK(app.page->selection()->ids() == QSet<QString> {other.id});
    app.single->resultDialog()->close();

    // A reset that does not ask for a change says so too.
    resetThroughDialog(app, elsa.id, false);
    REQUIRE_FALSE(elsa.forceChangePasswordNextSignIn);
    CHECK(cell(model, elsa.id, UserListModel::MustChange) == u"No"_s);
    CHECK(watch.inPlaceOnly());
    app.single->resultDialog()->close();
}

TEST_CASE("UserListModel: a bulk run's confirmed resets show while its window is open", "[ui][directory]")
{
    BulkRunWindow app(150);
    const UserListModel *model = app.page->model();
    const QList<SandboxUser *> users = app.plainServerUsers(25);
    for (const SandboxUser *user : users)
        REQUIRE(cell(model, user->id, UserListModel::MustChange) == u"No"_s);

    ListWatch watch {app};
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
    BulkRunDialog *dialog = app.runToEnd(users);
    REQUIRE(dialog->isVisible());
    for (const SandboxUser *user : users) {
        INFO(user->userPrincipalName.toStdString());
        REQUIRE(user->forceChangePasswordNextSignIn);
        CHECK(cell(model, user->id, UserListModel::MustChange) == u"Yes"_s);
        CHECK(qAbs(lastChangeShown(model, user->id) - user->lastPasswordChangeDateTime.toMSecsSinceEpoch()) < 5000);
    }
    CHECK(watch.inPlaceOnly());
    // The users a $batch answer confirms are one change of the list, not one each: 25 users go
    // out in two $batch requests.
    int passwordChanges = 0;
    for (const QList<QVariant> &change : std::as_const(changes))
        passwordChanges += change.at(0).toModelIndex().column() == UserListModel::LastPasswordChange ? 1 : 0;
    CHECK(passwordChanges >= 1);
    CHECK(passwordChanges <= 2);
}

TEST_CASE("UserListModel: a password policy change shows in its row without a reload", "[ui][directory]")
{
    BulkRunWindow app(120);
    const UserListModel *model = app.page->model();
    const SandboxUser &elsa = app.server(TenantGenerator::archetypeUpn(Archetype::PlainUser));
    REQUIRE(cell(model, elsa.id, UserListModel::PasswordPolicies).isEmpty());

    ListWatch watch {app};
    REQUIRE(app.page->showUser(elsa.id));
    child<QPushButton>(app.page, u"buttonPasswordPolicies"_s)->click();
    auto *dialog = app.window.findChild<PasswordPolicyDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    child<QCheckBox>(dialog, u"checkNeverExpires"_s)->click();
    QSignalSpy finished(dialog, &PasswordPolicyDialog::policiesChanged);
    REQUIRE(dialog->applyButton()->isEnabled());
    dialog->applyButton()->click();
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 30000));

    REQUIRE(PasswordPolicies::parse(elsa.passwordPolicies).neverExpires());
    CHECK(cell(model, elsa.id, UserListModel::PasswordPolicies) == u"Never expires"_s);
    CHECK(watch.inPlaceOnly());
    CHECK(app.page->table()->currentIndex().data(UserListModel::UserIdRole).toString() == elsa.id);
    dialog->close();
}
