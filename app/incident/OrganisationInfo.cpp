// SPDX-License-Identifier: MIT
#include "incident/OrganisationInfo.h"

#include "graph/GraphClient.h"
#include "incident/IncidentLogging.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

OrganisationInfo OrganisationInfo::fromJson(const QJsonObject &organization)
{
    OrganisationInfo info;
    info.displayName = organization.value(u"displayName"_s).toString();
    for (const QJsonValue &value : organization.value(u"verifiedDomains"_s).toArray()) {
        const QJsonObject domain = value.toObject();
        const QString name = domain.value(u"name"_s).toString();
        if (domain.value(u"isDefault"_s).toBool())
            info.defaultDomain = name;
        if (domain.value(u"isInitial"_s).toBool())
            info.initialDomain = name;
    }
    return info;
}

OrganisationInfoReader::OrganisationInfoReader(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void OrganisationInfoReader::load()
{
    GraphCall *call = m_client->send(
        GraphRequest::get(u"/organization"_s, GraphQuery {{u"$select"_s, u"displayName,verifiedDomains"_s}}));
    connect(call, &GraphCall::finished, this, [this](const GraphResponse &response) {
        const QJsonArray organizations
            = response.ok() ? response.object().value(u"value"_s).toArray() : QJsonArray();
        if (organizations.isEmpty()) {
            const GraphError error
                = response.ok() ? GraphError::make(GraphError::Kind::MalformedResponse) : response.error;
            qCWarning(lcIncident) << "the organisation could not be read:" << error.technicalSummary();
            Q_EMIT failed(error);
            return;
        }
        Q_EMIT loaded(OrganisationInfo::fromJson(organizations.first().toObject()));
    });
}
