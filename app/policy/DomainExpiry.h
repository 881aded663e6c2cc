// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphError.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class GraphClient;

/** One domain's password expiry as Graph reports it (per verified root domain). */
struct DomainExpiry
{
    /** What the admin center writes for "passwords never expire": Int32.MaxValue. */
    static constexpr int neverExpiresValue = 2147483647;
    static constexpr int defaultValidityDays = 90;      // "if not set, 90 days is used"
    static constexpr int defaultNotificationDays = 14;  // "if not set, 14 days"
    static constexpr int minimumValidityDays = 14;
    static constexpr int maximumValidityDays = 730;
    static constexpr int minimumNotificationDays = 1;
    static constexpr int maximumNotificationDays = 30;

    QString domain;
    bool isDefault = false;
    bool isVerified = false;
    bool isRoot = true;
    bool federated = false;
    std::optional<int> validityDays;
    std::optional<int> notificationDays;

    bool neverExpires() const { return validityDays == neverExpiresValue; }
    int effectiveValidityDays() const { return validityDays.value_or(defaultValidityDays); }
    int effectiveNotificationDays() const { return notificationDays.value_or(defaultNotificationDays); }
    /** Expiry is set on verified, cloud-managed root domains; subdomains inherit, federated ones are on-premises. */
    bool isEditable() const { return isVerified && isRoot && !federated; }
};

/** Reads and changes the organisation's password expiry, domain by domain. */
class DomainExpirySettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainExpirySettings)
public:
    enum class Problem { None, ValidityOutOfRange, NotificationOutOfRange, NotificationTooLong };
    Q_ENUM(Problem)

    explicit DomainExpirySettings(GraphClient *client, QObject *parent = nullptr);

    /** Checks values before sending, the way the admin center limits them. */
    static Problem validate(bool neverExpires, int validityDays, int notificationDays);

    void load();
    /** Sends the change as given (validate() first; the server has the last word). */
    void save(const QString &domain, bool neverExpires, int validityDays, int notificationDays);

Q_SIGNALS:
    void loaded(const QList<DomainExpiry> &domains);
    void loadFailed(const GraphError &error);
    /** @p requestId: Graph's id of the answer (for the audit log and support cases). */
    void saved(const QString &domain, const GraphError &error, const QString &requestId);

private:
    GraphClient *m_client;
};
