// SPDX-License-Identifier: MIT
#pragma once

#include "audit/AuditLog.h"
#include "directory/SignedInAdmin.h"
#include "graph/GraphError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class GraphCall;
struct GraphResponse;
class GraphClient;

/**
 * "Require re-register MFA" for one user: deletes every registered authentication method but
 * the password (which v1.0 cannot delete), in the order Microsoft's "Authentication methods API
 * overview" asks for: everything else first, then the alternate mobile before the mobile, and a
 * phone that is refused (the default MFA method cannot go while others remain; v1.0 cannot read
 * which one it is) is tried once more when nothing else is left. One audit line per method.
 */
class MethodRemoval final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MethodRemoval)
public:
    struct Method
    {
        /** The kind as its path segment says it, "phone", "fido2", "microsoftAuthenticator", … */
        QString kind;
        QString id;
        /** For phones: mobile, alternateMobile, office. */
        QString phoneType;
        GraphError error;
        bool removed = false;
    };

    MethodRemoval(GraphClient *client, AuditLog audit, SignedInAdmin admin, QObject *parent = nullptr);

    /** The order methods go in: the password never, phones last, the mobile after the alternate. */
    static QList<Method> deletionOrder(const QJsonArray &methods);

    void start(const QString &userId, const QString &userPrincipalName);
    const QList<Method> &methods() const { return m_methods; }
    /** The list could not be read (nothing was deleted). */
    const GraphError &listError() const { return m_listError; }
    bool allRemoved() const;

Q_SIGNALS:
    void finished();

private:
    void next();
    void onDeleted(const GraphResponse &response);
    void record(const Method &method);

    GraphClient *m_client;
    AuditLog m_audit;
    SignedInAdmin m_admin;
    QString m_userId;
    QString m_userPrincipalName;
    QList<Method> m_methods;
    /** Indexes still to send, in order; refused phones are appended once for the last round. */
    QList<int> m_queue;
    QList<int> m_retried;
    int m_current = -1;
    GraphError m_listError;
};
