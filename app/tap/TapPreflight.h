// SPDX-License-Identifier: MIT
#pragma once

#include "directory/DirectoryUser.h"
#include "tap/TapPolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

struct SignedInAdmin;

/**
 * Who of a Temporary Access Pass run gets a pass, and why the others cannot, before anything is
 * written: the rules of "Configure Temporary Access Pass" (the policy, external guests, which
 * roles may issue for whom, nobody for themselves), and who already has a pass that a new one
 * would replace (the admin confirms those).
 */
class TapPreflight final
{
    Q_DECLARE_TR_FUNCTIONS(TapPreflight)
public:
    /** In order of precedence: a user gets the first that applies. */
    enum class Category {
        Self,            // nobody issues a pass for themselves
        Excluded,        // on the run's exclusion list
        PolicyOff,       // the organisation's policy has Temporary Access Pass turned off
        ExternalGuest,   // "Temporary Access Pass cannot be added to an external guest user."
        RoleCannotIssue, // the admin's roles do not cover this user
        WillReplace,     // has a pass already; the new one replaces it
        WillIssue,
    };
    static constexpr int categoryCount = 7;

    struct Row
    {
        DirectoryUser user;
        Category category = Category::WillIssue;
        bool included = false;
    };

    struct Plan
    {
        QList<Row> rows;
        /** The admin's roles could not be read: role checks were skipped, the server decides. */
        bool rolesUnverified = false;
        /** The policy targets groups (or could not be read): the server refuses users it leaves out. */
        bool targetingUnverified = false;

        int count(Category category) const;
        QList<DirectoryUser> includedUsers() const;
    };

    /** @p withPass: ids of users that hold a pass now (TapExistingPasses). */
    static Plan classify(const QList<DirectoryUser> &users, const SignedInAdmin &admin, const TapPolicy &policy,
                         const QSet<QString> &withPass, const QSet<QString> &excludedUserIds = {});

    /** A guest from another organisation (an #EXT# account), as opposed to an internal guest. */
    static bool isExternalGuest(const DirectoryUser &user);
    /** Whether @p admin's roles cover @p user: Privileged Authentication or Global Administrator everyone, Authentication Administrator users without privileged roles. */
    static bool roleCanIssue(const SignedInAdmin &admin, const DirectoryUser &user);

    /** Short translated name of @p category, e.g. "Skipped: external guest". */
    static QString categoryText(Category category);
};
