// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/AuthMethodStore.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxTenant.h"
#include "sandbox/ThrottleModel.h"
#include "sandbox/TokenIssuer.h"

/** How the sandbox's sign-in behaves; tests steer it through the inspection API. */
struct SandboxSignInControl
{
    /** The next authorization or device-code approval is declined by the "user". */
    bool declineNext = false;
    /** With automatic approval: device-code polls answered authorization_pending first. */
    int devicePendingPolls = 2;
    int deviceIntervalSeconds = 5;
    int deviceExpiresInSeconds = 900;
    /**
     * The next browser authorization or device-code approval is made by this user (object id)
     * instead of the login hint or the demo admin, as when the admin picks another account in
     * the browser or enters the code signed in as someone else. Consumed by that approval.
     */
    QString approveAsUserId;
    /**
     * A Conditional Access policy blocks the device code flow (its "authentication flows"
     * condition): the approval ends in AADSTS53003 instead of tokens.
     */
    bool blockDeviceCode = false;
};

/** Everything the sandbox's endpoints share. One per Sandbox; lives on the sandbox's thread. */
struct SandboxContext
{
    explicit SandboxContext(const SandboxOptions &options, SandboxTenant tenant);

    SandboxOptions options;
    SandboxTenant tenant;
    TokenIssuer tokens;
    ThrottleModel throttle;
    FaultInjector faults;
    RequestLog log;
    SandboxSignInControl signIn;
    AuthMethodStore authMethods;
};
