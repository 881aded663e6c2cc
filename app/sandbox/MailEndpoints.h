// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

#include <QHash>

#include <deque>

class SandboxRouter;
struct SandboxContext;
struct SandboxUser;

/**
 * POST /me/sendMail and /users/{id}/sendMail into the outbox, with the Exchange Online sending
 * limits per sender mailbox: 30 messages per minute and 10,000 recipients per day, both windows
 * scaled by the time-scale knob.
 */
class MailEndpoints
{
public:
    explicit MailEndpoints(SandboxContext &context);
    void registerRoutes(SandboxRouter &router);

    static constexpr int MessagesPerMinute = 30;
    static constexpr int RecipientsPerDay = 10000;

private:
    SandboxResponse sendMail(SandboxRequest &request, const QString &senderKey);
    /** The documented message checks; an error response when the payload is not a sendable message. */
    std::optional<SandboxResponse> validate(const SandboxRequest &request, const QJsonObject &message,
                                            int *recipients) const;
    /** A 429 when @p sender is over a sending limit; records the message otherwise. */
    std::optional<SandboxResponse> admit(const SandboxRequest &request, const QString &senderId, int recipients);

    struct SenderHistory
    {
        std::deque<qint64> messages;                   // ms
        std::deque<std::pair<qint64, int>> recipients; // (ms, count)
        qint64 recipientsToday = 0;
    };

    SandboxContext &m_context;
    QHash<QString, SenderHistory> m_history;
};
