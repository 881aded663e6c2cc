// SPDX-License-Identifier: MIT
// The bulk plan tests' rig: the demo tenant signed in, its users loaded as the user list loads
// them, and helpers that open, find and type into the real plan dialog.
#pragma once

#include "CatchQt.h"
#include "WaitUntil.h"
#include "WidgetLookup.h"

#include "ui/bulk/BulkPlanDialog.h"
#include "DemoSession.h"
#include "ui/shell/LanguageManager.h"
#include "bulk/BulkPlanModel.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserListModel.h"
#include "password/LocalPasswordRules.h"
#include "password/PasswordGenerator.h"
#include "sandbox/TenantGenerator.h"

#include <QAbstractItemModelTester>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using Archetype = TenantGenerator::Archetype;
using Category = BulkPreflight::Category;
using Source = BulkPlanDialog::Source;

constexpr int tenantUsers = 60;

/** The demo tenant, signed in, its users loaded as the user list loads them (roles included). */
struct PlanRig
{
    LanguageManager languages;
    DemoSession demo {nullptr, nullptr, tenantUsers};
    UserListModel model;
    UserDirectoryLoader loader {&demo.graph};
    QTemporaryDir folder;

    explicit PlanRig(Archetype signedInAs = Archetype::Admin)
    {
        languages.apply(u"en"_s);
        REQUIRE(folder.isValid());
        demo.signInAs(signedInAs == Archetype::Admin ? QString() : TenantGenerator::archetypeUpn(signedInAs));
        REQUIRE(demo.waitUntilReady());
        loader.setModel(&model);
        QSignalSpy finished(&loader, &UserDirectoryLoader::finished);
        loader.load();
        REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 30000));
        REQUIRE(model.users().size() == tenantUsers);
    }

    const SignedInAdmin &admin() const { return demo.session.admin(); }
    QString tenantName() const { return admin().domain(); }
    const QList<DirectoryUser> &users() const { return model.users(); }

    DirectoryUser user(Archetype archetype) const
    {
        const QString upn = TenantGenerator::archetypeUpn(archetype);
        for (const DirectoryUser &user : users()) {
            if (user.userPrincipalName().compare(upn, Qt::CaseInsensitive) == 0)
                return user;
        }
        FAIL("no such user: " << upn.toStdString());
        return {};
    }

    static QList<BulkTarget> targetsOf(const QList<DirectoryUser> &users)
    {
        QList<BulkTarget> targets;
        for (const DirectoryUser &user : users)
            targets.append(BulkTarget {user, {}, 0});
        return targets;
    }
    QList<BulkTarget> everyone() const { return targetsOf(users()); }
    QList<BulkTarget> targets(const QList<Archetype> &archetypes) const
    {
        QList<DirectoryUser> chosen;
        for (const Archetype archetype : archetypes)
            chosen.append(user(archetype));
        return targetsOf(chosen);
    }

    std::unique_ptr<BulkPlanDialog> open(Source source, const QList<BulkTarget> &targets)
    {
        auto dialog = std::make_unique<BulkPlanDialog>(source, targets, admin(), tenantName());
        dialog->resize(1100, 760);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
        return dialog;
    }

    QString writeFile(const QString &name, const QByteArray &contents) const
    {
        const QString path = folder.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(contents) == contents.size());
        return path;
    }
};

/** Clicks a check box or radio button on its indicator, where a user clicks. */
inline void tick(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(8, button->height() / 2));
}

inline const BulkPreflight::Row &rowOf(const BulkPlanDialog &dialog, const QString &userId)
{
    for (const BulkPreflight::Row &row : dialog.plan().rows) {
        if (row.target.user.id() == userId)
            return row;
    }
    FAIL("user not in the plan");
    return dialog.plan().rows.first();
}

inline QStringList categoryLines(const BulkPlanDialog &dialog)
{
    QStringList lines;
    auto *list = child<QListWidget>(dialog, "listCategories");
    for (int i = 0; i < list->count(); ++i)
        lines.append(list->item(i)->text());
    return lines;
}

inline QStringList problemLines(const BulkPlanDialog &dialog)
{
    const QAbstractItemModel *problems = child<QListView>(dialog, "listCsvProblems")->model();
    QStringList lines;
    for (int row = 0; row < problems->rowCount(); ++row)
        lines.append(problems->index(row, 0).data().toString());
    return lines;
}

/** The message box the dialog opened (window-modal, not exec()), once it is shown. */
inline QMessageBox *waitForBox(const QWidget &dialog, const QString &name)
{
    QMessageBox *box = nullptr;
    (void)waitUntil([&] {
        box = dialog.findChild<QMessageBox *>(name);
        return box && box->isVisible();
    }, 5000);
    INFO(name.toStdString());
    REQUIRE(box);
    return box;
}

inline void typeInto(QLineEdit *line, const QString &text)
{
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, text);
}
