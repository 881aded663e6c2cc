// SPDX-License-Identifier: MIT
#include "sandbox/DirectoryRoleEndpoints.h"

#include "sandbox/GraphErrors.h"
#include "sandbox/GroupEndpoints.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/UserJson.h"
#include "sandbox/UserQuery.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString roleCast = u"microsoft.graph.directoryRole"_s;
const QString groupCast = u"microsoft.graph.group"_s;

/** Least privileged first, as the permissions reference lists them. */
const QStringList &ownMembershipScopes()
{
    static const QStringList scopes{u"User.Read"_s,           u"User.ReadWrite"_s,         u"User.ReadBasic.All"_s,
                                    u"User.Read.All"_s,       u"User.ReadWrite.All"_s,     u"GroupMember.Read.All"_s,
                                    u"RoleManagement.Read.Directory"_s, u"Directory.Read.All"_s,
                                    u"Directory.ReadWrite.All"_s, u"Directory.AccessAsUser.All"_s};
    return scopes;
}

const QStringList &otherMembershipScopes()
{
    static const QStringList scopes{u"User.Read.All"_s,       u"User.ReadWrite.All"_s,
                                    u"GroupMember.Read.All"_s, u"RoleManagement.Read.Directory"_s,
                                    u"Directory.Read.All"_s,  u"Directory.ReadWrite.All"_s,
                                    u"Directory.AccessAsUser.All"_s};
    return scopes;
}

const QStringList &roleReadScopes()
{
    static const QStringList scopes{u"RoleManagement.Read.Directory"_s, u"RoleManagement.ReadWrite.Directory"_s,
                                    u"Directory.Read.All"_s, u"Directory.ReadWrite.All"_s,
                                    u"Directory.AccessAsUser.All"_s};
    return scopes;
}

bool hasAny(const SandboxRequest &request, const QStringList &scopes)
{
    for (const QString &scope : scopes) {
        if (request.caller && request.caller->scopes.contains(scope))
            return true;
    }
    return false;
}

bool hasEventualConsistency(const SandboxRequest &request)
{
    return request.header("consistencylevel").trimmed().compare("eventual", Qt::CaseInsensitive) == 0;
}

/** Query options arrive as "$select" or percent-encoded "%24select"; both are decoded to "$select" here. */
QString option(const SandboxRequest &request, const QString &name)
{
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool hasOption(const SandboxRequest &request, const QString &name)
{
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

const QStringList &roleProperties()
{
    static const QStringList properties{u"id"_s, u"deletedDateTime"_s, u"description"_s, u"displayName"_s,
                                        u"roleTemplateId"_s};
    return properties;
}

/** A directory object in a memberOf list, with its properties or "limited information". */
struct DirectoryObject
{
    bool isRole = false;
    QString templateId;                // roles
    const SandboxGroup *group = nullptr; // groups
};

QJsonObject roleJson(const QString &tenantId, const QString &templateId, const QStringList &select, bool full)
{
    QJsonObject json{{u"@odata.type"_s, u"#microsoft.graph.directoryRole"_s}};
    const QStringList &properties = select.isEmpty() ? roleProperties() : select;
    for (const QString &property : properties) {
        QJsonValue value;
        if (property == u"id"_s)
            value = DirectoryRoleEndpoints::roleObjectId(tenantId, templateId);
        else if (!full)
            value = QJsonValue::Null;
        else if (property == u"displayName"_s)
            value = SandboxRoles::displayName(templateId);
        else if (property == u"roleTemplateId"_s)
            value = templateId;
        else
            value = QJsonValue::Null;
        json.insert(property, value);
    }
    return json;
}

/**
 * Parses $select against the properties of @p types; @p error gets the 400 for an unknown name.
 * Names come back in their canonical spelling.
 */
std::optional<QStringList> parseSelect(const SandboxRequest &request, const QString &select, const QStringList &known,
                                       const QString &typeName, SandboxResponse *error)
{
    QStringList result;
    for (const QString &raw : select.split(u',', Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed();
        bool found = false;
        for (const QString &property : known) {
            if (property.compare(name, Qt::CaseInsensitive) == 0) {
                if (!result.contains(property))
                    result.append(property);
                found = true;
                break;
            }
        }
        if (!found) {
            *error = GraphErrors::badRequest(
                request, u"Could not find a property named '%1' on type '%2'."_s.arg(name, typeName));
            return std::nullopt;
        }
    }
    return result;
}

SandboxResponse notFoundSegment(const SandboxRequest &request, const QString &segment)
{
    return GraphErrors::error(request, 400, u"BadRequest"_s, u"Resource not found for the segment '%1'."_s.arg(segment));
}

QString castNeedsConsistencyMessage()
{
    return u"Request with an OData cast on a directory object collection only works through MSGraph with a special "
           u"request header: 'ConsistencyLevel: eventual' and the query option $count=true"_s;
}

} // namespace

DirectoryRoleEndpoints::DirectoryRoleEndpoints(SandboxContext &context)
    : m_context(context)
{
}

QString DirectoryRoleEndpoints::roleObjectId(const QString &tenantId, const QString &templateId)
{
    return QUuid::createUuidV5(QUuid::fromString(tenantId), templateId).toString(QUuid::WithoutBraces);
}

void DirectoryRoleEndpoints::registerRoutes(SandboxRouter &router)
{
    for (const bool transitive : {false, true}) {
        const QString leaf = transitive ? u"transitiveMemberOf"_s : u"memberOf"_s;
        const auto mine = [this, transitive](SandboxRequest &request, const QStringList &captures) {
            return memberships(request, QString(), transitive, captures);
        };
        const auto theirs = [this, transitive](SandboxRequest &request, const QStringList &captures) {
            return memberships(request, captures.value(0), transitive, captures.mid(1));
        };
        router.add("GET", u"/me/"_s + leaf, ownMembershipScopes(), mine);
        router.add("GET", u"/me/"_s + leaf + u"/{}"_s, ownMembershipScopes(), mine);
        router.add("GET", u"/me/"_s + leaf + u"/{}/{}"_s, ownMembershipScopes(), mine);
        router.add("GET", u"/users/{}/"_s + leaf, otherMembershipScopes(), theirs);
        router.add("GET", u"/users/{}/"_s + leaf + u"/{}"_s, otherMembershipScopes(), theirs);
        router.add("GET", u"/users/{}/"_s + leaf + u"/{}/{}"_s, otherMembershipScopes(), theirs);
    }
    router.add("GET", u"/directoryRoles"_s, roleReadScopes(),
               [this](SandboxRequest &request, const QStringList &) { return listRoles(request); });
    router.add("GET", u"/directoryRoles/{}"_s, roleReadScopes(), [this](SandboxRequest &request, const QStringList &captures) {
        for (const QString &templateId : SandboxRoles::all()) {
            if (roleObjectId(m_context.tenant.tenantId, templateId) == captures.at(0))
                return getRole(request, templateId, captures.at(0), false);
        }
        return getRole(request, QString(), captures.at(0), false);
    });
    router.add("GET", u"/directoryRoles/{}/members"_s, roleReadScopes(),
               [this](SandboxRequest &request, const QStringList &captures) {
                   for (const QString &templateId : SandboxRoles::all()) {
                       if (roleObjectId(m_context.tenant.tenantId, templateId) == captures.at(0))
                           return getRole(request, templateId, captures.at(0), true);
                   }
                   return getRole(request, QString(), captures.at(0), true);
               });
    // The alternate key is one path segment, "directoryRoles(roleTemplateId='…')": catch single
    // segments and hand everything else back as the pipeline would have answered it. Scopes are
    // checked inside, so unknown paths still get 400 rather than 403.
    router.add("GET", u"/{}"_s, {}, [this](SandboxRequest &request, const QStringList &captures) {
        return alternateKey(request, captures);
    });
    router.add("GET", u"/{}/members"_s, {}, [this](SandboxRequest &request, const QStringList &captures) {
        return alternateKey(request, captures + QStringList{u"members"_s});
    });
}

SandboxResponse DirectoryRoleEndpoints::alternateKey(const SandboxRequest &request, const QStringList &segments)
{
    static const QRegularExpression key(u"^directoryRoles\\(roleTemplateId='([^']*)'\\)$"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = key.match(segments.at(0));
    if (!match.hasMatch())
        return notFoundSegment(request, segments.at(0));
    if (!hasAny(request, roleReadScopes()))
        return GraphErrors::insufficientPrivileges(request);
    const QString templateId = match.captured(1).toLower();
    const bool members = segments.size() == 2;
    const bool active = SandboxRoles::all().contains(templateId) && !m_context.tenant.membersOfRole(templateId).isEmpty();
    return getRole(request, active ? templateId : QString(), match.captured(1), members);
}

SandboxResponse DirectoryRoleEndpoints::memberships(const SandboxRequest &request, const QString &userKey,
                                                    bool transitive, const QStringList &tail)
{
    SandboxTenant &tenant = m_context.tenant;
    const SandboxUser *user = userKey.isEmpty() ? tenant.userById(request.caller->userId) : tenant.userByIdOrUpn(userKey);
    if (!user)
        return GraphErrors::resourceNotFound(request, userKey.isEmpty() ? request.caller->userId : userKey);

    QString cast;
    bool countSegment = false;
    for (qsizetype i = 0; i < tail.size(); ++i) {
        const QString &segment = tail.at(i);
        if (segment == u"$count"_s && i == tail.size() - 1) {
            countSegment = true;
        } else if (i == 0 && (segment.compare(roleCast, Qt::CaseInsensitive) == 0
                              || segment.compare(groupCast, Qt::CaseInsensitive) == 0)) {
            cast = segment.compare(roleCast, Qt::CaseInsensitive) == 0 ? roleCast : groupCast;
        } else {
            return notFoundSegment(request, segment);
        }
    }

    // Casts and counts are advanced queries: they need ConsistencyLevel: eventual and $count=true.
    const QString countOption = option(request, u"$count"_s).toLower();
    const bool countRequested = countOption == u"true"_s;
    if (!countSegment && hasOption(request, u"$count"_s) && !countRequested && countOption != u"false"_s)
        return GraphErrors::badRequest(request, u"Invalid value '%1' for $count."_s.arg(countOption));
    if (countSegment && !hasEventualConsistency(request))
        return GraphErrors::unsupportedQuery(request, UserQuery::countNeedsConsistencyMessage());
    if (!countSegment && !cast.isEmpty() && (!hasEventualConsistency(request) || !countRequested))
        return GraphErrors::unsupportedQuery(request, castNeedsConsistencyMessage());
    if (countRequested && !hasEventualConsistency(request))
        return GraphErrors::unsupportedQuery(request, UserQuery::countNeedsConsistencyMessage());

    QList<DirectoryObject> objects;
    if (cast != roleCast) {
        for (const SandboxGroup &group : tenant.groups) {
            if (group.memberIds.contains(user->id))
                objects.append({false, QString(), &group});
        }
    }
    if (cast != groupCast) {
        for (const QString &templateId : tenant.rolesOf(user->id, transitive))
            objects.append({true, templateId, nullptr});
    }
    if (countSegment)
        return SandboxResponse::text(200, QByteArray::number(objects.size()));

    QStringList known;
    QString typeName = u"microsoft.graph.directoryObject"_s;
    if (cast == roleCast) {
        known = roleProperties();
        typeName = roleCast;
    } else if (cast == groupCast) {
        known = GroupEndpoints::properties();
        typeName = groupCast;
    } else {
        known = roleProperties() + GroupEndpoints::properties();
        known.removeDuplicates();
    }
    SandboxResponse selectError;
    const QString selectText = option(request, u"$select"_s);
    const auto select = parseSelect(request, selectText, known, typeName, &selectError);
    if (!select)
        return selectError;

    const bool fullRoles = hasAny(request, roleReadScopes());
    const bool fullGroups = hasAny(request, GroupEndpoints::readScopes());
    QJsonArray value;
    for (const DirectoryObject &object : std::as_const(objects)) {
        if (object.isRole) {
            QStringList properties = *select;
            properties.removeIf([](const QString &p) { return !roleProperties().contains(p); });
            if (!select->isEmpty() && properties.isEmpty())
                properties = QStringList{u"id"_s};
            value.append(roleJson(tenant.tenantId, object.templateId, properties, fullRoles));
        } else {
            QStringList properties = *select;
            properties.removeIf([](const QString &p) { return !GroupEndpoints::properties().contains(p); });
            if (!select->isEmpty() && properties.isEmpty())
                properties = QStringList{u"id"_s};
            value.append(GroupEndpoints::toJson(*object.group, properties, fullGroups));
        }
    }

    QString context = request.graphRoot() + u"/$metadata#"_s
        + (cast == roleCast ? u"directoryRoles"_s : cast == groupCast ? u"groups"_s : u"directoryObjects"_s);
    if (!select->isEmpty())
        context += u'(' + select->join(u',') + u')';
    QJsonObject body{{u"@odata.context"_s, context}};
    if (countRequested)
        body.insert(u"@odata.count"_s, value.size());
    body.insert(u"value"_s, value);
    return SandboxResponse::json(200, body);
}

namespace {

struct MembersExpansion
{
    bool expand = false;
    QStringList userSelect; // empty = default set
};

/** "$expand=members" or "$expand=members($select=id,displayName)". */
std::optional<MembersExpansion> parseExpand(const SandboxRequest &request, SandboxResponse *error)
{
    MembersExpansion expansion;
    const QString expand = option(request, u"$expand"_s).trimmed();
    if (expand.isEmpty())
        return expansion;
    static const QRegularExpression pattern(u"^members(?:\\(\\$select=([^)]*)\\))?$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(expand);
    if (!match.hasMatch()) {
        *error = GraphErrors::badRequest(request, u"Parsing OData Select and Expand failed: Could not find a property "
                                                  u"named '%1' on type 'microsoft.graph.directoryRole'."_s.arg(expand));
        return std::nullopt;
    }
    expansion.expand = true;
    if (!match.captured(1).isEmpty()) {
        QString unknown;
        const auto select = UserJson::parseSelect(match.captured(1), &unknown);
        if (!select) {
            *error = GraphErrors::badRequest(
                request, u"Could not find a property named '%1' on type 'microsoft.graph.user'."_s.arg(unknown));
            return std::nullopt;
        }
        expansion.userSelect = *select;
    }
    return expansion;
}

} // namespace

QJsonArray DirectoryRoleEndpoints::roleMembers(const SandboxRequest &request, const QString &templateId,
                                              const QStringList &userSelect) const
{
    // The role's direct members: users, and role-assignable groups (not the groups' members).
    const SandboxTenant &tenant = m_context.tenant;
    const QStringList properties = userSelect.isEmpty() ? UserJson::defaultProperties() : userSelect;
    QJsonArray members;
    for (const SandboxUser &user : tenant.users()) {
        if (user.deleted || !user.roleTemplateIds.contains(templateId))
            continue;
        QJsonObject json{{u"@odata.type"_s, u"#microsoft.graph.user"_s}};
        const QJsonObject fields = UserJson::toJson(user, properties);
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            json.insert(it.key(), it.value());
        members.append(json);
    }
    // The same $select applies to groups, as far as a group has the properties; a token that may
    // not read groups gets them "with limited information".
    const bool fullGroups = hasAny(request, GroupEndpoints::readScopes());
    QStringList groupSelect = userSelect;
    groupSelect.removeIf([](const QString &p) { return !GroupEndpoints::properties().contains(p); });
    if (!userSelect.isEmpty() && groupSelect.isEmpty())
        groupSelect = QStringList{u"id"_s};
    for (const SandboxGroup &group : tenant.groups) {
        if (group.roleTemplateIds.contains(templateId))
            members.append(GroupEndpoints::toJson(group, groupSelect, fullGroups));
    }
    return members;
}

SandboxResponse DirectoryRoleEndpoints::listRoles(const SandboxRequest &request)
{
    SandboxResponse error;
    const auto expansion = parseExpand(request, &error);
    if (!expansion)
        return error;
    const auto select = parseSelect(request, option(request, u"$select"_s), roleProperties(), roleCast, &error);
    if (!select)
        return error;

    // Only $filter=roleTemplateId eq '…' is served: the one the product needs.
    QString filteredTemplate;
    const QString filter = option(request, u"$filter"_s).trimmed();
    if (!filter.isEmpty()) {
        static const QRegularExpression pattern(u"^roleTemplateId\\s+eq\\s+'([^']*)'$"_s,
                                                QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = pattern.match(filter);
        if (!match.hasMatch())
            return GraphErrors::unsupportedQuery(request, u"Unsupported or invalid query filter clause specified."_s);
        filteredTemplate = match.captured(1).toLower();
    }

    QJsonArray value;
    for (const QString &templateId : SandboxRoles::all()) {
        if (!filteredTemplate.isEmpty() && templateId != filteredTemplate)
            continue;
        if (m_context.tenant.membersOfRole(templateId).isEmpty())
            continue; // not activated in this tenant
        QJsonObject role = roleJson(m_context.tenant.tenantId, templateId, *select, true);
        role.remove(u"@odata.type"_s);
        if (expansion->expand)
            role.insert(u"members"_s, roleMembers(request, templateId, expansion->userSelect));
        value.append(role);
    }
    QString context = request.graphRoot() + u"/$metadata#directoryRoles"_s;
    if (!select->isEmpty())
        context += u'(' + select->join(u',') + u')';
    // directoryRoles does not support paging: one page, no nextLink.
    return SandboxResponse::json(200, QJsonObject{{u"@odata.context"_s, context}, {u"value"_s, value}});
}

SandboxResponse DirectoryRoleEndpoints::getRole(const SandboxRequest &request, const QString &templateId,
                                                const QString &notFoundKey, bool membersOnly)
{
    if (templateId.isEmpty())
        return GraphErrors::resourceNotFound(request, notFoundKey);
    SandboxResponse error;
    if (membersOnly) {
        QString unknown;
        const auto userSelect = UserJson::parseSelect(option(request, u"$select"_s), &unknown);
        if (!userSelect) {
            return GraphErrors::badRequest(
                request, u"Could not find a property named '%1' on type 'microsoft.graph.user'."_s.arg(unknown));
        }
        return SandboxResponse::json(
            200, QJsonObject{{u"@odata.context"_s, QString(request.graphRoot() + u"/$metadata#directoryObjects"_s)},
                             {u"value"_s, roleMembers(request, templateId, *userSelect)}});
    }
    const auto expansion = parseExpand(request, &error);
    if (!expansion)
        return error;
    const auto select = parseSelect(request, option(request, u"$select"_s), roleProperties(), roleCast, &error);
    if (!select)
        return error;

    QJsonObject role{{u"@odata.context"_s, QString(request.graphRoot() + u"/$metadata#directoryRoles/$entity"_s)}};
    const QJsonObject properties = roleJson(m_context.tenant.tenantId, templateId, *select, true);
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        if (it.key() != u"@odata.type"_s)
            role.insert(it.key(), it.value());
    }
    if (expansion->expand)
        role.insert(u"members"_s, roleMembers(request, templateId, expansion->userSelect));
    return SandboxResponse::json(200, role);
}
