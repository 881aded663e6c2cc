// SPDX-License-Identifier: MIT
#include "directory/AdminProfileLoader.h"

#include "graph/GraphClient.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

AdminProfileLoader::AdminProfileLoader(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void AdminProfileLoader::load()
{
    m_admin = {};
    GraphQuery query;
    query.addQueryItem(u"$select"_s, u"id,displayName,userPrincipalName,mail,otherMails,mobilePhone"_s);
    GraphCall *call = m_client->send(GraphRequest::get(u"/me"_s, query));
    connect(call, &GraphCall::finished, this, [this](const GraphResponse &response) {
        if (!response.ok()) {
            Q_EMIT failed(response.error);
            return;
        }
        const QJsonObject me = response.object();
        m_admin.id = me.value(u"id"_s).toString();
        m_admin.displayName = me.value(u"displayName"_s).toString();
        m_admin.userPrincipalName = me.value(u"userPrincipalName"_s).toString();
        m_admin.mail = me.value(u"mail"_s).toString();
        m_admin.mobilePhone = me.value(u"mobilePhone"_s).toString();
        for (const QJsonValue &value : me.value(u"otherMails"_s).toArray())
            m_admin.otherMails.append(value.toString());
        loadRoles();
    });
}

void AdminProfileLoader::loadRoles()
{
    GraphQuery query;
    query.addQueryItem(u"$select"_s, u"id,displayName,roleTemplateId"_s);
    // OData casts on memberOf are documented as advanced queries: send $count and the header to be safe.
    query.addQueryItem(u"$count"_s, u"true"_s);
    GraphRequest request = GraphRequest::get(u"/me/transitiveMemberOf/microsoft.graph.directoryRole"_s, query);
    request.eventualConsistency = true;
    GraphPageReader *reader = m_client->readPages(request);
    auto known = std::make_shared<bool>(true);
    connect(reader, &GraphPageReader::pageReceived, this, [this, known](const QJsonArray &items, const QJsonObject &) {
        for (const QJsonValue &value : items) {
            const QString templateId = value.toObject().value(u"roleTemplateId"_s).toString();
            // "Limited information": only @odata.type and id come back without the role scope.
            if (templateId.isEmpty())
                *known = false;
            else if (!m_admin.roleTemplateIds.contains(templateId))
                m_admin.roleTemplateIds.append(templateId);
        }
    });
    connect(reader, &GraphPageReader::finished, this, [this, known](const GraphError &error) {
        if (error.isError() && error.kind != GraphError::Kind::InsufficientPrivileges) {
            Q_EMIT failed(error);
            return;
        }
        // Without permission to read roles, the profile still loads; the roles are unknown.
        m_admin.rolesKnown = !error.isError() && *known;
        Q_EMIT loaded(m_admin);
    });
}
