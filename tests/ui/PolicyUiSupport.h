// SPDX-License-Identifier: MIT
#pragma once
// Shared by the policy dialog tests: the demo tenant over real HTTP, signed in as the demo
// admin, in English, plus small lookups for widgets and server-side truth.

#include "CatchQt.h"
#include "WidgetLookup.h"
#include "DemoSession.h"
#include "ui/shell/LanguageManager.h"
#include "directory/DirectoryUser.h"
#include "audit/AuditLog.h"
#include "sandbox/SandboxTenant.h"
#include "sandbox/TenantGenerator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

struct SignedInDemo
{
    LanguageManager languages;
    DemoSession demo;
    QTemporaryDir folder;

    SignedInDemo()
    {
        languages.apply(QStringLiteral("en"));
        // Each test reads back only the lines its own operations wrote.
        demo.session.setAuditLog(AuditLog(folder.filePath(QStringLiteral("audit.jsonl"))));
        demo.signInAs();
        REQUIRE(demo.waitUntilReady());
    }

    QList<AuditEntry> audit() const { return demo.session.auditLog().entries(); }

    /** The log file as bytes, to prove what it does not hold. */
    QByteArray auditBytes() const
    {
        QFile file(demo.session.auditLog().path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    SandboxTenant &tenant() { return demo.context().tenant; }

    SandboxUser &user(TenantGenerator::Archetype archetype)
    {
        SandboxUser *found = tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(archetype));
        REQUIRE(found);
        return *found;
    }

    SandboxUser &admin() { return user(TenantGenerator::Archetype::Admin); }

    /** The user as the user list holds it (what the lead's list hands to the policy dialog). */
    DirectoryUser directoryUser(TenantGenerator::Archetype archetype)
    {
        const SandboxUser &source = user(archetype);
        DirectoryUser result;
        result.setId(source.id);
        result.setDisplayName(source.displayName);
        result.setUserPrincipalName(source.userPrincipalName);
        result.setFlag(DirectoryUser::PasswordNeverExpires,
                       source.passwordPolicies.contains(QStringLiteral("DisablePasswordExpiration")));
        result.setFlag(DirectoryUser::WeakPasswordAllowed,
                       source.passwordPolicies.contains(QStringLiteral("DisableStrongPassword")));
        result.setFlag(DirectoryUser::Synced, source.onPremisesSyncEnabled.value_or(false));
        return result;
    }
};

/** Replaces the text of a line edit or spin box the way an admin does: select all, type. */
inline void retype(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Delete);
    QTest::keyClicks(widget, text);
}
