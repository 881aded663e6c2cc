// SPDX-License-Identifier: MIT
#pragma once

#include "directory/SignedInAdmin.h"
#include "graph/GraphError.h"

#include <QObject>

class GraphClient;

/**
 * Reads the signed-in admin after sign-in: GET /me and the directory roles held directly or
 * through role-assignable groups (GET /me/transitiveMemberOf/microsoft.graph.directoryRole).
 */
class AdminProfileLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminProfileLoader)
public:
    explicit AdminProfileLoader(GraphClient *client, QObject *parent = nullptr);

    void load();

Q_SIGNALS:
    void loaded(const SignedInAdmin &admin);
    void failed(const GraphError &error);

private:
    void loadRoles();

    GraphClient *m_client;
    SignedInAdmin m_admin;
};
