// SPDX-License-Identifier: MIT
#include "auth/KeychainTokenStore.h"

#include "common/AppInfo.h"

#include <qt6keychain/keychain.h>

namespace {

TokenStoreError toTokenStoreError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return TokenStoreError::None;
    case QKeychain::EntryNotFound:
        return TokenStoreError::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return TokenStoreError::AccessDenied;
    // On Linux a missing or locked Secret Service arrives as OtherError, not NoBackendAvailable
    // (libsecret reports "Cannot autolaunch D-Bus" or "not provided by any .service files").
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return TokenStoreError::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return TokenStoreError::Other;
    }
    return TokenStoreError::Other;
}

/**
 * A job that deletes itself once it finished. It has no parent on purpose: the Secret Service
 * answers through libsecret callbacks that hold the job's address, so a job deleted with a store
 * that goes first would be called after its death. The store's connections to it end with the
 * store instead.
 */
template<typename Job>
Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QObject *parent)
    : KeychainTokenStore(AppInfo::applicationId(), parent)
{
}

KeychainTokenStore::KeychainTokenStore(const QString &service, QObject *parent)
    : TokenStore(parent)
    , m_service(service)
{
}

void KeychainTokenStore::read(const QString &key)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const TokenStoreError error = toTokenStoreError(readJob->error());
        Q_EMIT readFinished(key, error == TokenStoreError::None ? readJob->binaryData() : QByteArray(),
                            error, readJob->errorString());
    });
    job->start();
}

void KeychainTokenStore::write(const QString &key, const QByteArray &secret)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finished) {
        Q_EMIT writeFinished(key, toTokenStoreError(finished->error()), finished->errorString());
    });
    job->start();
}

void KeychainTokenStore::remove(const QString &key)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finished) {
        TokenStoreError error = toTokenStoreError(finished->error());
        if (error == TokenStoreError::NotFound)
            error = TokenStoreError::None;
        Q_EMIT removeFinished(key, error, finished->errorString());
    });
    job->start();
}
