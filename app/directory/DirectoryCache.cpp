// SPDX-License-Identifier: MIT
#include "directory/DirectoryCache.h"

#include "auth/KeychainKeys.h"
#include "common/OwnerOnlyFile.h"
#include "common/SecretBox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

using namespace Qt::Literals::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcCache, "resetdesk.directory.cache")

/**
 * Runs @p work on the global thread pool and then @p done with its result on the thread of
 * @p receiver, unless @p receiver is gone by then.
 */
template<typename Work, typename Done> void runInBackground(QObject *receiver, Work work, Done done)
{
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work();
        // Queued to the application object (always there); the guard is only read on its thread.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace

QString DirectoryCache::fileName()
{
    return u"users.cache"_s;
}

DirectoryCache::DirectoryCache(TokenStore *store, const QString &folder, const QString &organisationId, QObject *parent)
    : QObject(parent)
    , m_keys(new KeychainKeys(store, u"directory-cache/"_s, u"/key"_s, this))
    , m_organisationId(organisationId)
    , m_folder(folder)
    , m_path(QDir(folder).filePath(fileName()))
{
    connect(m_keys, &KeychainKeys::loaded, this, [this](const QString &name, const QByteArray &key, TokenStoreError error) {
        if (name == m_organisationId)
            onKeyLoaded(key, error);
    });
    connect(m_keys, &KeychainKeys::stored, this, [this](const QString &name, TokenStoreError error) {
        if (name == m_organisationId)
            onKeyStored(error);
    });
}

DirectoryCache::~DirectoryCache()
{
    SecretBox::wipe(m_key);
}

void DirectoryCache::load()
{
    if (m_loading)
        return;
    if (!QFile::exists(m_path)) {
        Q_EMIT unavailable();
        return;
    }
    m_loading = true;
    if (m_key.isEmpty())
        m_keys->load(m_organisationId);
    else
        decodeInBackground();
}

void DirectoryCache::onKeyLoaded(const QByteArray &key, TokenStoreError error)
{
    if (key.size() == SecretBox::KeySize && error == TokenStoreError::None) {
        m_key = key;
    } else if (error == TokenStoreError::NotFound && QFile::exists(m_path)) {
        // A file whose key is gone can never be read again.
        discardFile(u"its key is not in the keychain"_s);
    }
    if (m_loading) {
        if (m_key.isEmpty()) {
            m_loading = false;
            Q_EMIT unavailable();
        } else {
            decodeInBackground();
        }
    }
    continueSave();
}

void DirectoryCache::decodeInBackground()
{
    const QString path = m_path;
    const QByteArray key = m_key;
    const quint64 generation = m_generation;
    using Result = std::pair<std::optional<DirectoryCacheFile::Snapshot>, DirectoryCacheFile::Problem>;
    runInBackground(
        this,
        [path, key]() -> Result {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return {std::nullopt, DirectoryCacheFile::Problem::NotOurs};
            DirectoryCacheFile::Problem problem = DirectoryCacheFile::Problem::None;
            std::optional<DirectoryCacheFile::Snapshot> snapshot
                = DirectoryCacheFile::decode(file.readAll(), key, &problem);
            return {std::move(snapshot), problem};
        },
        [this, generation](Result result) {
            if (generation == m_generation)
                onDecoded(std::move(result.first), result.second);
        });
}

void DirectoryCache::onDecoded(std::optional<DirectoryCacheFile::Snapshot> snapshot, DirectoryCacheFile::Problem problem)
{
    m_loading = false;
    if (!snapshot) {
        discardFile(DirectoryCacheFile::describe(problem));
        Q_EMIT unavailable();
        return;
    }
    qCInfo(lcCache) << "saved user list read:" << snapshot->users.size() << "users, saved"
                    << snapshot->savedAt.toString(Qt::ISODate);
    Q_EMIT loaded(*snapshot);
}

void DirectoryCache::save(const DirectoryCacheFile::Snapshot &snapshot)
{
    m_pendingSave = snapshot;
    continueSave();
}

void DirectoryCache::continueSave()
{
    // The newest snapshot goes once the work under way is done, or the key being read is here.
    if (!m_pendingSave || m_encoding || m_storingKey || (m_loading && m_key.isEmpty()))
        return;
    if (!m_key.isEmpty()) {
        encodeInBackground();
        return;
    }
    // A new key for a new file: an old file (if any) could not be read with it anyway.
    m_key = SecretBox::generateKey();
    m_storingKey = true;
    m_keys->store(m_organisationId, m_key);
}

void DirectoryCache::onKeyStored(TokenStoreError error)
{
    m_storingKey = false;
    if (error != TokenStoreError::None) {
        // Never a file whose key is not safe in the keychain: it could not be read anyway.
        qCWarning(lcCache) << "the keychain did not take the user list's key; the list is not saved";
        SecretBox::wipe(m_key);
        m_pendingSave.reset();
        Q_EMIT saved(false);
        return;
    }
    continueSave();
}

void DirectoryCache::encodeInBackground()
{
    DirectoryCacheFile::Snapshot snapshot = std::move(*m_pendingSave);
    m_pendingSave.reset();
    m_encoding = true;
    const QByteArray key = m_key;
    const quint64 generation = m_generation;
    runInBackground(
        this, [snapshot = std::move(snapshot), key] { return DirectoryCacheFile::encode(snapshot, key); },
        [this, generation](QByteArray bytes) {
            m_encoding = false;
            writeFile(bytes, generation);
            continueSave();
        });
}

void DirectoryCache::writeFile(const QByteArray &bytes, quint64 generation)
{
    if (generation != m_generation)
        return; // removed meanwhile
    QSaveFile file(m_path);
    const bool ok = !bytes.isEmpty() && OwnerOnlyFile::makeFolder(m_folder)
        && OwnerOnlyFile::open(file) == FileWriteError::None && file.write(bytes) == bytes.size()
        && OwnerOnlyFile::commit(file) == FileWriteError::None;
    if (!ok)
        qCWarning(lcCache) << "the user list could not be saved:" << file.errorString();
    Q_EMIT saved(ok);
}

void DirectoryCache::remove()
{
    ++m_generation;
    m_pendingSave.reset();
    m_loading = false;
    m_encoding = false;
    m_storingKey = false;
    SecretBox::wipe(m_key);
    QFile::remove(m_path);
    QDir().rmdir(m_folder); // only when nothing else is kept there
    m_keys->remove(m_organisationId);
}

void DirectoryCache::discardFile(const QString &why)
{
    qCWarning(lcCache).noquote() << "the saved user list" << m_path << "is ignored and will be replaced:" << why;
    QFile::remove(m_path);
}
