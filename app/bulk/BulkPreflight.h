// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkTarget.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

struct SignedInAdmin;

/**
 * Classifies every target of a bulk reset before anything is written,
 * with ResetPreflight's single-user rules, so the admin sees who will and will not be reset.
 */
class BulkPreflight final
{
    Q_DECLARE_TR_FUNCTIONS(BulkPreflight)
public:
    /** In order of precedence: a user gets the first that applies. */
    enum class Category {
        Self,            // the signed-in admin: always skipped (the support article's rule)
        Excluded,        // on the run's exclusion list (e.g. break-glass accounts): skipped
        Guest,           // signs in at home: skipped
        Synced,          // synced from on-premises: needs writeback, one at a time: skipped
        RoleCannotReset, // the admin's roles cannot reset this user's roles: skipped
        SignInBlocked,   // sign-in blocked: reset only when the admin includes them
        WillReset,
    };
    static constexpr int categoryCount = 7;

    struct Options
    {
        QSet<QString> excludedUserIds;
        bool includeSignInBlocked = false;
    };

    struct Row
    {
        BulkTarget target;
        Category category = Category::WillReset;
        bool included = false;
    };

    struct Plan
    {
        QList<Row> rows;
        /** The admin's roles could not be read: role checks were skipped, the server decides. */
        bool rolesUnverified = false;

        int count(Category category) const;
        int includedCount() const;
        QList<BulkTarget> includedTargets() const;
    };

    static Plan classify(const QList<BulkTarget> &targets, const SignedInAdmin &admin, const Options &options);

    /** Short translated name of @p category, e.g. "Will be reset", "Skipped: this is you". */
    static QString categoryText(Category category);
    /**
     * What the grid and the CSV say about @p row: categoryText(), except that a sign-in blocked
     * user reads "Sign-in blocked: included" or "Sign-in blocked: skipped".
     */
    static QString classificationText(const Row &row);
    /** "Reset" or "Skip". */
    static QString actionText(bool included);
    /**
     * The plan as CSV for the admin's records (UTF-8 BOM, RFC 4180 via common/Csv, formula
     * guard): user principal name, display name, object id, classification, action.
     */
    static QByteArray planCsv(const Plan &plan);
};
