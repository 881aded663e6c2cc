// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class GraphClient;
class GraphPageReader;

/** One user the registration report lists as not registered for self-service password reset. */
struct UnregisteredUser
{
    QString id;
    QString displayName;
    QString userPrincipalName;
};

/** What the registration report says about self-service password reset, tenant-wide. */
struct SelfServiceRegistrationSummary
{
    int userCount = 0;       // users the report covers (enabled members and guests)
    int registeredCount = 0; // isSsprRegistered
    QList<UnregisteredUser> unregistered; // sorted by display name
};

/**
 * Reads /reports/authenticationMethods/userRegistrationDetails page by page and sums it up. The
 * report needs Microsoft Entra ID P1 or P2: without it failed() carries
 * GraphError::Kind::LicenseRequired, which the UI tells as "your licence does not include this"
 * rather than as an empty list.
 */
class SelfServiceRegistrationReport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelfServiceRegistrationReport)
public:
    /** The largest page the report allows: the reports service allows only 5 requests per 10 s. */
    static constexpr int pageSize = 999;

    explicit SelfServiceRegistrationReport(GraphClient *client, QObject *parent = nullptr);

    void load();
    void cancel();
    bool isLoading() const { return !m_reader.isNull(); }

Q_SIGNALS:
    /** @p rowsRead users read so far (for a progress line on large tenants). */
    void progress(int rowsRead);
    void loaded(const SelfServiceRegistrationSummary &summary);
    void failed(const GraphError &error);

private:
    GraphClient *m_client;
    QPointer<GraphPageReader> m_reader;
};
