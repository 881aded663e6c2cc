// SPDX-License-Identifier: MIT
#include "sandbox/AuthorizationCodes.h"

#include "sandbox/LoopbackRedirectUri.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

QString AuthorizationCodes::issue(const AuthorizationGrant &grant)
{
    QByteArray raw(96, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 24);
    const QString code =
        u"1.AQ"_s + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Forget codes nobody redeemed, so a long demo run does not accumulate them.
    m_codes.removeIf([&now](const auto &entry) { return entry.value().expiresAt.addSecs(LifetimeSeconds) < now; });
    m_codes.insert(code, {grant, now.addSecs(LifetimeSeconds), false});
    return code;
}

bool AuthorizationCodes::verifierMatches(const QString &challenge, const QString &method, const QString &verifier)
{
    if (verifier.isEmpty())
        return false;
    if (method == u"plain"_s)
        return verifier == challenge;
    const QByteArray hashed = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QString::fromLatin1(hashed) == challenge;
}

AuthorizationCodes::Redemption AuthorizationCodes::redeem(const QString &code, const QString &clientId,
                                                          const QUrl &redirectUri, const QString &codeVerifier)
{
    Redemption result;
    auto found = m_codes.find(code);
    if (found == m_codes.end()) {
        result.failure = CodeFailure::Unknown;
        return result;
    }
    Record &record = *found;
    if (record.redeemed) {
        result.failure = CodeFailure::AlreadyRedeemed;
        return result;
    }
    if (record.expiresAt <= QDateTime::currentDateTimeUtc()) {
        result.failure = CodeFailure::Expired;
        return result;
    }
    if (record.grant.clientId.compare(clientId, Qt::CaseInsensitive) != 0) {
        result.failure = CodeFailure::WrongClient;
        return result;
    }
    // From here on a failure burns the code: a second try with a guessed verifier must not work.
    record.redeemed = true;
    if (!LoopbackRedirectUri::isAllowed(redirectUri)) {
        result.failure = CodeFailure::RedirectNotAllowed;
        return result;
    }
    if (!LoopbackRedirectUri::sameExceptPort(record.grant.redirectUri, redirectUri)) {
        result.failure = CodeFailure::RedirectMismatch;
        return result;
    }
    if (!record.grant.codeChallenge.isEmpty()
        && !verifierMatches(record.grant.codeChallenge, record.grant.codeChallengeMethod, codeVerifier)) {
        result.failure = CodeFailure::VerifierMismatch;
        return result;
    }
    result.grant = record.grant;
    return result;
}
