// SPDX-License-Identifier: MIT
#pragma once

#include "auth/TokenStore.h"
#include "directory/DirectoryCacheFile.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

class KeychainKeys;

/**
 * The encrypted copy of one organisation's user list on disk, so the next sign-in shows the
 * list at once and only fetches what changed since. The file (DirectoryCacheFile) is owner-only
 * and useless without its key, which lives in the OS keychain under
 * "directory-cache/<organisation id>/key"; without a keychain nothing is saved. A file that
 * cannot be read (changed, cut short, or written with another key) is logged, deleted, and
 * replaced by the next save. Reading and encrypting 100,000 users run on a worker thread; the
 * file is written and deleted on the caller's thread, so remove() leaves nothing behind even
 * while a save is under way.
 */
class DirectoryCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryCache)
public:
    /** The file's name in the organisation's data folder. */
    static QString fileName();

    /** The copy of organisation @p organisationId in @p folder, its key in @p store. */
    DirectoryCache(TokenStore *store, const QString &folder, const QString &organisationId, QObject *parent = nullptr);
    ~DirectoryCache() override;

    QString path() const { return m_path; }

    /** Reads the copy: loaded() or unavailable() follows, once. */
    void load();
    /** Replaces the copy with @p snapshot (creating the key first if there is none); saved() follows. */
    void save(const DirectoryCacheFile::Snapshot &snapshot);
    /** Deletes the file now and its key from the keychain; a save under way is dropped. */
    void remove();

Q_SIGNALS:
    void loaded(const DirectoryCacheFile::Snapshot &snapshot);
    /** There is no usable copy (none saved, no key, or not readable: see the log). */
    void unavailable();
    /** A save() reached the disk (@p ok) or could not (the keychain or the disk refused). */
    void saved(bool ok);

private:
    void onKeyLoaded(const QByteArray &key, TokenStoreError error);
    void onKeyStored(TokenStoreError error);
    void continueSave();
    void decodeInBackground();
    void onDecoded(std::optional<DirectoryCacheFile::Snapshot> snapshot, DirectoryCacheFile::Problem problem);
    void encodeInBackground();
    void writeFile(const QByteArray &bytes, quint64 generation);
    void discardFile(const QString &why);

    KeychainKeys *m_keys;
    QString m_organisationId;
    QString m_folder;
    QString m_path;
    QByteArray m_key;
    std::optional<DirectoryCacheFile::Snapshot> m_pendingSave;
    /** Changes with remove(): work started before must not write or report any more. */
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_storingKey = false;
    bool m_encoding = false;
};
