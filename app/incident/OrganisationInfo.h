// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphError.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

class GraphClient;

/** The organisation as GET /organization describes it: its name and its verified domains. */
struct OrganisationInfo
{
    QString displayName;
    /** The verified domain marked isDefault (new user names get it). */
    QString defaultDomain;
    /** The <name>.onmicrosoft.com domain every organisation starts with (isInitial). */
    QString initialDomain;

    /** The domain an admin types to confirm a containment run: the default, else the initial one. */
    QString confirmationDomain() const { return defaultDomain.isEmpty() ? initialDomain : defaultDomain; }
    /** One organization object of the answer's "value". */
    static OrganisationInfo fromJson(const QJsonObject &organization);
};

/**
 * Reads OrganisationInfo. Any signed-in user may read their organisation's basic properties with
 * User.Read ("Get organization", Microsoft Graph v1.0), so this asks for no further consent.
 */
class OrganisationInfoReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganisationInfoReader)
public:
    explicit OrganisationInfoReader(GraphClient *client, QObject *parent = nullptr);
    void load();

Q_SIGNALS:
    void loaded(const OrganisationInfo &info);
    void failed(const GraphError &error);

private:
    GraphClient *m_client;
};
