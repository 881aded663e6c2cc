// SPDX-License-Identifier: MIT
#include "reset/ResetRequest.h"

#include "directory/DirectoryUser.h"

ResetRequest ResetRequest::forUser(const DirectoryUser &user)
{
    ResetRequest request;
    request.userId = user.id();
    request.userPrincipalName = user.userPrincipalName();
    request.displayName = user.displayName();
    request.strongPasswordRequired = !user.weakPasswordAllowed();
    request.useWriteback = user.isSynced();
    return request;
}

PasswordContext ResetRequest::passwordContext() const
{
    PasswordContext context;
    context.displayName = displayName;
    context.givenName = givenName;
    context.surname = surname;
    context.userPrincipalName = userPrincipalName;
    context.tenantName = tenantName;
    context.strongPasswordRequired = strongPasswordRequired;
    return context;
}
