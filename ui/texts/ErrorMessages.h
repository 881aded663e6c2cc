// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "auth/TokenStore.h"
#include "graph/GraphError.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

/** A failure told the way an admin needs it: what happened, what to do next, and the details. */
struct UserMessage
{
    QString title;
    QString text;    // plain language: what happened and what to do next
    QString details; // technical: codes, request ids (for support cases)
};

/**
 * Turns the core's typed errors into translated sentences. The core never translates errors;
 * this is the one place that does.
 */
class ErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMessages)
public:
    static UserMessage forGraphError(const GraphError &error);
    static UserMessage forAuthError(const AuthError &error);
    /** The consent failure when there was one (@p auth), otherwise the Graph failure. */
    static UserMessage forFailure(const AuthError &auth, const GraphError &graph)
    {
        return auth.kind != AuthError::Kind::None ? forAuthError(auth) : forGraphError(graph);
    }
    static UserMessage forKeychainError(TokenStoreError error, const QString &detail);

    /** Shows @p message in a warning box with the details behind "Show Details…". */
    static void show(QWidget *parent, const UserMessage &message);
};
