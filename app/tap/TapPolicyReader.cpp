// SPDX-License-Identifier: MIT
#include "tap/TapPolicyReader.h"

#include "graph/GraphClient.h"

using namespace Qt::Literals::StringLiterals;

TapPolicyReader::TapPolicyReader(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QString TapPolicyReader::path()
{
    return u"/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass"_s;
}

void TapPolicyReader::read()
{
    if (m_call)
        return;
    m_call = m_client->send(GraphRequest::get(path()));
    connect(m_call, &GraphCall::finished, this, [this](const GraphResponse &response) {
        if (response.ok())
            Q_EMIT loaded(TapPolicy::fromJson(response.object()));
        else if (response.error.kind == GraphError::Kind::InsufficientPrivileges)
            Q_EMIT loaded(TapPolicy::unknown());
        else
            Q_EMIT failed(response.error);
    });
}
