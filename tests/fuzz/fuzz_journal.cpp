// SPDX-License-Identifier: MIT
// A bulk run's journal as it is found on disk: cut short by a crash, corrupted, or written
// under another key. Every input is a whole journal file, opened as a resume opens it.
#include "FuzzSupport.h"

#include "bulk/ResetJournal.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

// libFuzzer's own mutator, for the custom one below to build on.
extern "C" size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);

namespace {

// The key the seed journals were written with (the others use another key, which must fail).
const QByteArray fuzzKey = QByteArrayLiteral("ResetDesk fuzz journal key 32 B!");
const QByteArray otherKey = QByteArray(ResetJournal::keySize, 'k');

/** A journal file for each input, in memory where the system offers it: each open appends and syncs. */
QString journalPath()
{
    static QTemporaryDir dir(QDir(u"/dev/shm"_s).exists() ? u"/dev/shm/resetdesk-fuzz-XXXXXX"_s
                                                           : QDir::tempPath() + u"/resetdesk-fuzz-XXXXXX"_s);
    return dir.filePath(u"run.journal"_s);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QList<QPair<QString, ResetJournal::State>> statesOf(const ResetJournal &journal)
{
    QList<QPair<QString, ResetJournal::State>> states;
    for (const ResetJournal::Entry &entry : journal.entries())
        states.append({entry.userId, entry.state});
    return states;
}

/**
 * The records of a journal file as ResetJournal.h describes the format: a header line, then
 * [length: 4 bytes LE][nonce: 24 bytes][secretbox of length bytes]. For the mutator only, which
 * has to reach inside the encryption; the reader under test is ResetJournal itself.
 */
struct Records
{
    QByteArray header;
    QList<QByteArray> sealed; // nonce + box
    QByteArray tail;          // a cut-off record, kept as it is

    static Records split(const QByteArray &file)
    {
        Records records;
        const qsizetype newline = file.indexOf('\n');
        if (newline < 0) {
            records.tail = file;
            return records;
        }
        records.header = file.first(newline + 1);
        qsizetype at = newline + 1;
        constexpr qsizetype prefix = 4 + crypto_secretbox_NONCEBYTES;
        while (file.size() - at >= prefix) {
            const auto length = qFromLittleEndian<quint32>(file.constData() + at);
            if (file.size() - at - prefix < qsizetype(length))
                break;
            records.sealed.append(file.sliced(at + 4, crypto_secretbox_NONCEBYTES + qsizetype(length)));
            at += prefix + qsizetype(length);
        }
        records.tail = file.sliced(at);
        return records;
    }

    QByteArray join() const
    {
        QByteArray file = header;
        for (const QByteArray &record : sealed) {
            char length[4];
            qToLittleEndian<quint32>(quint32(record.size() - crypto_secretbox_NONCEBYTES), length);
            file.append(length, 4).append(record);
        }
        return file + tail;
    }

    static std::optional<QByteArray> open(const QByteArray &record)
    {
        if (record.size() < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES)
            return std::nullopt;
        QByteArray plain(record.size() - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, Qt::Uninitialized);
        const auto *bytes = reinterpret_cast<const unsigned char *>(record.constData());
        if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), bytes + crypto_secretbox_NONCEBYTES,
                                       record.size() - crypto_secretbox_NONCEBYTES, bytes,
                                       reinterpret_cast<const unsigned char *>(fuzzKey.constData()))
            != 0)
            return std::nullopt;
        return plain;
    }

    static QByteArray seal(const QByteArray &plain)
    {
        QByteArray record(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
        auto *bytes = reinterpret_cast<unsigned char *>(record.data());
        randombytes_buf(bytes, crypto_secretbox_NONCEBYTES);
        crypto_secretbox_easy(bytes + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char *>(plain.constData()),
                              plain.size(), bytes, reinterpret_cast<const unsigned char *>(fuzzKey.constData()));
        return record;
    }
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return sodium_init() >= 0 ? 0 : 1;
}

/**
 * Half of the mutations change the file's bytes as they are: truncation, flipped bits, a header
 * that is not ours. The other half open one record with the key, change its JSON and seal it
 * again, so the records' content is fuzzed too and not only their authentication.
 */
extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t maxSize, unsigned int seed)
{
    Records records = Records::split(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (seed % 2 == 0 || records.sealed.isEmpty())
        return LLVMFuzzerMutate(data, size, maxSize);
    const qsizetype index = qsizetype(seed / 2 % quint32(records.sealed.size()));
    std::optional<QByteArray> plain = Records::open(records.sealed.at(index));
    if (!plain)
        return LLVMFuzzerMutate(data, size, maxSize);
    const qsizetype room = qsizetype(maxSize) - qsizetype(size) + plain->size();
    if (room <= 0)
        return LLVMFuzzerMutate(data, size, maxSize);
    const qsizetype plainSize = plain->size();
    plain->resize(room);
    plain->resize(qsizetype(LLVMFuzzerMutate(reinterpret_cast<uint8_t *>(plain->data()), size_t(plainSize), size_t(room))));
    records.sealed[index] = Records::seal(*plain);
    const QByteArray mutated = records.join();
    if (mutated.size() > qsizetype(maxSize))
        return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data, mutated.constData(), size_t(mutated.size()));
    return size_t(mutated.size());
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = journalPath();
    Fuzz::check(writeFile(path, Fuzz::bytes(data, size)), "the journal file can be written");
    QString error;
    std::unique_ptr<ResetJournal> journal = ResetJournal::open(path, fuzzKey, &error);
    if (!journal) {
        Fuzz::check(!error.isEmpty(), "a refused journal says why");
        return 0;
    }
    const auto states = statesOf(*journal);
    QSet<QString> ids;
    for (const auto &[id, state] : states) {
        Fuzz::check(!id.isEmpty() && !ids.contains(id), "one entry per user");
        ids.insert(id);
    }
    for (const ResetJournal::Entry &entry : journal->unfinished())
        Fuzz::check(entry.state == ResetJournal::State::Planned || entry.state == ResetJournal::State::Sent,
                    "only planned or sent users are unfinished");
    journal->runSettings();

    // A torn tail was cut off, so what is written next must start on a record boundary.
    Fuzz::check(journal->markEmailed({u"fuzz-probe"_s}), "an opened journal takes a record");
    journal.reset();
    std::unique_ptr<ResetJournal> again = ResetJournal::open(path, fuzzKey, &error);
    Fuzz::check(again != nullptr, "a journal opens again after a record was added");
    Fuzz::check(statesOf(*again) == states, "reopening reads the same entries");
    Fuzz::check(again->emailedKeys().contains(u"fuzz-probe"_s), "the added record is read back");
    again.reset();
    Fuzz::check(ResetJournal::open(path, otherKey, &error) == nullptr, "another key opens no journal with records");
    return 0;
}
