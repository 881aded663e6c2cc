// SPDX-License-Identifier: MIT
#include "sandbox/DeviceCodes.h"

#include "common/Clock.h"
#include "sandbox/SandboxContext.h"

#include <QRandomGenerator>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int SlowDownPenaltySeconds = 5;

} // namespace

DeviceCodes::DeviceCodes(const Clock *clock)
    : m_clock(clock)
{
}

QString DeviceCodes::userCode()
{
    // Nine characters from capitals and digits, like "FRWQDE7YL".
    static const QString alphabet = u"ABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString code;
    for (int i = 0; i < 9; ++i)
        code.append(alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size())))));
    return code;
}

DeviceAuthorization DeviceCodes::start(const QString &clientId, const QString &userId, const QSet<QString> &scopes,
                                       const SandboxSignInControl &control, double timeScale)
{
    QByteArray raw(48, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 12);

    DeviceAuthorization authorization;
    authorization.deviceCode = u"DAQABAAEAAAD"_s
        + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    authorization.userCode = userCode();
    authorization.clientId = clientId;
    authorization.userId = userId;
    authorization.scopes = scopes;
    authorization.intervalSeconds = qMax(0, control.deviceIntervalSeconds);
    authorization.expiresInSeconds = qMax(1, control.deviceExpiresInSeconds);

    const QDateTime now = m_clock->nowUtc();
    m_codes.removeIf([&now](const auto &entry) { return entry.value().expiresAt.addSecs(3600) < now; });
    Record record;
    record.authorization = authorization;
    record.expiresAt = now.addSecs(authorization.expiresInSeconds);
    record.pendingLeft = qMax(0, control.devicePendingPolls);
    record.intervalMs = authorization.intervalSeconds * 1000;
    record.penaltyMs = qMax(1, int(SlowDownPenaltySeconds * 1000 * qBound(0.0, timeScale, 1.0)));
    m_codes.insert(authorization.deviceCode, record);
    return authorization;
}

DeviceCodes::PollResult DeviceCodes::poll(const QString &deviceCode, const QString &clientId,
                                          SandboxSignInControl &control)
{
    PollResult result;
    auto found = m_codes.find(deviceCode);
    if (found == m_codes.end()) {
        result.outcome = DevicePoll::Unknown;
        return result;
    }
    Record &record = *found;
    if (record.authorization.clientId.compare(clientId, Qt::CaseInsensitive) != 0) {
        result.outcome = DevicePoll::WrongClient;
        return result;
    }
    if (record.state == Record::State::Redeemed) {
        result.outcome = DevicePoll::AlreadyRedeemed;
        return result;
    }
    const QDateTime now = m_clock->nowUtc();
    if (record.expiresAt <= now) {
        result.outcome = DevicePoll::Expired;
        return result;
    }
    const QDateTime previous = record.lastPoll;
    record.lastPoll = now;
    if (previous.isValid() && previous.msecsTo(now) < record.intervalMs) {
        record.intervalMs += record.penaltyMs;
        result.outcome = DevicePoll::SlowDown;
        return result;
    }
    if (record.state == Record::State::Waiting) {
        if (record.pendingLeft > 0) {
            --record.pendingLeft;
            result.outcome = DevicePoll::Pending;
            return result;
        }
        record.state = control.declineNext       ? Record::State::Declined
                       : control.blockDeviceCode ? Record::State::Blocked
                                                 : Record::State::Approved;
        control.declineNext = false;
        if (!control.approveAsUserId.isEmpty())
            record.authorization.userId = std::exchange(control.approveAsUserId, QString());
    }
    if (record.state == Record::State::Declined) {
        result.outcome = DevicePoll::Declined;
        return result;
    }
    if (record.state == Record::State::Blocked) {
        result.outcome = DevicePoll::BlockedByPolicy;
        return result;
    }
    record.state = Record::State::Redeemed;
    result.outcome = DevicePoll::Approved;
    result.authorization = record.authorization;
    return result;
}
