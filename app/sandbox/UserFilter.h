// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

struct SandboxUser;

/**
 * An OData $filter over users, as far as the directory supports it: eq/ne/gt/ge/lt/le/in,
 * and/or/not, startswith/endswith, lambda any() on collections, and "collection/$count"
 * comparisons. Knows which parts are advanced queries (need ConsistencyLevel: eventual and
 * $count=true).
 */
class UserFilter final
{
public:
    struct ParseError
    {
        QString code;
        QString message;
    };

    /** Parses @p text; on failure returns nullptr and fills @p error. */
    static std::shared_ptr<const UserFilter> parse(const QString &text, ParseError *error);

    bool matches(const SandboxUser &user) const;
    /** Uses ne, not, endswith, null comparisons or $count: only with ConsistencyLevel + $count. */
    bool isAdvanced() const { return m_advanced; }
    /** The first property an advanced-only clause uses (for Graph's error message). */
    QString advancedProperty() const { return m_advancedProperty; }

    struct Node
    {
        enum class Kind { And, Or, Not, Compare, In, StartsWith, EndsWith, Any, Count };
        Kind kind = Kind::Compare;
        QString op; // eq, ne, gt, ge, lt, le
        QString property; // canonical; empty inside a lambda = the element itself
        QString member; // element member in a lambda (assignedLicenses/any(a:a/skuId eq …))
        QJsonValue literal;
        QString text; // the literal of startswith/endswith, read once
        QList<QJsonValue> list;
        std::vector<std::unique_ptr<Node>> children;
    };

private:
    std::unique_ptr<Node> m_root;
    bool m_advanced = false;
    QString m_advancedProperty;

    friend class UserFilterParser;
};
