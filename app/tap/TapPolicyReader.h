// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphError.h"
#include "tap/TapPolicy.h"

#include <QObject>
#include <QPointer>

class GraphCall;
class GraphClient;

/**
 * Reads the Temporary Access Pass policy:
 * GET /policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass
 * (Policy.Read.AuthenticationMethod; Global Reader, Authentication Policy Administrator or above).
 * An admin who may issue passes but not read the policy (an Authentication Administrator) gets
 * TapPolicy::unknown(): the documented bounds, with the service deciding each pass.
 */
class TapPolicyReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TapPolicyReader)
public:
    explicit TapPolicyReader(GraphClient *client, QObject *parent = nullptr);

    static QString path();
    void read();

Q_SIGNALS:
    /** The policy, or TapPolicy::unknown() when the admin may not read it. */
    void loaded(const TapPolicy &policy);
    /** Anything else (the network, the sign-in): nothing is known. */
    void failed(const GraphError &error);

private:
    GraphClient *m_client;
    QPointer<GraphCall> m_call;
};
