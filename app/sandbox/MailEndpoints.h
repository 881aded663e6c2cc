// SPDX-License-Identifier: MIT
#pragma once

class SandboxRouter;
struct SandboxContext;

/**
 * POST /me/sendMail into the outbox, with the Exchange Online sending limit of 30 messages
 * per minute per sender (graph-api.md §8).
 */
class MailEndpoints
{
public:
    explicit MailEndpoints(SandboxContext &context);
    void registerRoutes(SandboxRouter &router);

private:
    SandboxContext &m_context;
};
