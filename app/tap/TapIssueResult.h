// SPDX-License-Identifier: MIT
#pragma once

#include "common/SecretString.h"
#include "delivery/TemporaryAccessPassTerms.h"
#include "graph/GraphError.h"

#include <QString>

/** How one user of a Temporary Access Pass run is doing. */
struct TapIssueResult
{
    enum class State {
        Queued,
        Sending,
        /** The service created the pass and its value is journalled. */
        Issued,
        Failed,
        /**
         * The answer never came: the service may hold a pass nobody knows. Nothing to hand over;
         * sending again replaces that pass (one per user), which a retry or a resume does.
         */
        Uncertain,
        Cancelled,
    };

    QString userId;
    QString userPrincipalName;
    QString displayName;
    SecretString value;
    TemporaryAccessPassTerms terms;
    /** The pass's method id, for deleting it. */
    QString passId;
    State state = State::Queued;
    GraphError error;

    bool isFinal() const { return state != State::Queued && state != State::Sending; }
};
