// SPDX-License-Identifier: MIT
#include "bulk/ResetJournal.h"
#include "common/OwnerOnlyFile.h"
#include "common/SecretBox.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QtEndian>


#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray headerMagic = "RESETDESK-JOURNAL 1 ";
const QString fileSuffix = u".journal"_s;

using SecretBox::wipe;

QString stateName(ResetJournal::State state)
{
    switch (state) {
    case ResetJournal::State::Planned: return u"planned"_s;
    case ResetJournal::State::Sent: return u"sent"_s;
    case ResetJournal::State::Confirmed: return u"confirmed"_s;
    case ResetJournal::State::Failed: return u"failed"_s;
    }
    return {};
}

std::optional<ResetJournal::State> stateFromName(const QString &name)
{
    for (auto state : {ResetJournal::State::Planned, ResetJournal::State::Sent, ResetJournal::State::Confirmed,
                       ResetJournal::State::Failed}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

/**
 * Reads the plain header line; false when @p line is not one of ours. A line without its newline
 * was cut short while the journal was created: its run id or date may be cut too, and a record
 * appended to it would land on the header line, so it is not taken for a journal (it holds none).
 */
bool parseHeader(const QByteArray &line, QString *runId, QDateTime *created)
{
    if (!line.startsWith(headerMagic) || !line.endsWith('\n'))
        return false;
    const QList<QByteArray> parts = line.mid(headerMagic.size()).trimmed().split(' ');
    if (parts.size() != 2)
        return false;
    *runId = QString::fromLatin1(parts.at(0));
    *created = QDateTime::fromString(QString::fromLatin1(parts.at(1)), Qt::ISODate);
    return !runId->isEmpty() && created->isValid();
}

} // namespace

ResetJournal::~ResetJournal()
{
    wipe(m_key);
}

QByteArray ResetJournal::generateKey()
{
    return SecretBox::generateKey();
}

std::unique_ptr<ResetJournal> ResetJournal::create(const QString &directory, const QByteArray &key, QString *error)
{
    if (key.size() != keySize) {
        *error = u"invalid key"_s;
        return nullptr;
    }
    if (!OwnerOnlyFile::makeFolder(directory)) {
        *error = u"cannot create %1"_s.arg(directory);
        return nullptr;
    }
    std::unique_ptr<ResetJournal> journal(new ResetJournal);
    journal->m_key = key;
    journal->m_runId = QUuid::createUuid().toString(QUuid::Id128);
    journal->m_created = QDateTime::currentDateTimeUtc();
    journal->m_file.setFileName(pathFor(directory, journal->m_runId));
    // Owner-only: the content is encrypted, but who ran resets when is nobody else's business.
    if (!journal->m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !journal->m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = journal->m_file.errorString();
        return nullptr;
    }
    const QByteArray header = headerMagic + journal->m_runId.toLatin1() + ' '
                              + journal->m_created.toString(Qt::ISODateWithMs).toLatin1() + '\n';
    if (journal->m_file.write(header) != header.size() || !journal->append({})) {
        *error = journal->m_file.errorString();
        return nullptr;
    }
    return journal;
}

std::unique_ptr<ResetJournal> ResetJournal::open(const QString &path, const QByteArray &key, QString *error)
{
    if (key.size() != keySize) {
        *error = u"invalid key"_s;
        return nullptr;
    }
    std::unique_ptr<ResetJournal> journal(new ResetJournal);
    journal->m_key = key;
    journal->m_file.setFileName(path);
    if (!journal->m_file.open(QIODevice::ReadWrite)) {
        *error = journal->m_file.errorString();
        return nullptr;
    }
    const QByteArray header = journal->m_file.readLine();
    if (!parseHeader(header, &journal->m_runId, &journal->m_created)) {
        *error = u"not a ResetDesk journal"_s;
        return nullptr;
    }
    const QByteArray records = journal->m_file.readAll();
    if (!journal->replay(records, error))
        return nullptr;
    return journal;
}

QString ResetJournal::pathFor(const QString &directory, const QString &runId)
{
    return QDir(directory).filePath(runId + fileSuffix);
}

QList<ResetJournal::Summary> ResetJournal::list(const QString &directory)
{
    QList<Summary> journals;
    const QDir dir(directory);
    const auto files = dir.entryInfoList({u"*"_s + fileSuffix}, QDir::Files);
    for (const QFileInfo &info : files) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Summary summary;
        summary.path = info.absoluteFilePath();
        if (parseHeader(file.readLine(), &summary.runId, &summary.created))
            journals.append(summary);
    }
    std::sort(journals.begin(), journals.end(),
              [](const Summary &a, const Summary &b) { return a.created < b.created; });
    return journals;
}

QList<ResetJournal::Summary> ResetJournal::expired(const QString &directory, const QDateTime &now)
{
    QList<Summary> old;
    for (const Summary &summary : list(directory)) {
        if (summary.created.addDays(retentionDays) <= now)
            old.append(summary);
    }
    return old;
}

bool ResetJournal::replay(const QByteArray &data, QString *error)
{
    constexpr qsizetype prefix = 4 + SecretBox::NonceSize;
    qsizetype offset = 0;
    qsizetype validEnd = 0;
    while (data.size() - offset >= prefix) {
        const auto length = qFromLittleEndian<quint32>(data.constData() + offset);
        if (length < SecretBox::TagSize || data.size() - offset - prefix < qsizetype(length))
            break; // cut short by a crash: everything before it counts
        std::optional<QByteArray> opened
            = SecretBox::open(QByteArrayView(data).sliced(offset + 4, SecretBox::NonceSize + qsizetype(length)), m_key);
        if (!opened) {
            *error = u"the journal cannot be decrypted with this key"_s;
            return false;
        }
        QByteArray plain = std::move(*opened);
        const QJsonDocument document = QJsonDocument::fromJson(plain);
        wipe(plain);
        if (document.isObject())
            apply(document.object());
        offset += prefix + qsizetype(length);
        validEnd = offset;
    }
    // Drop a torn tail, so the next append starts on a record boundary.
    const qint64 headerEnd = m_file.size() - data.size();
    if (validEnd != data.size() && !m_file.resize(headerEnd + validEnd)) {
        *error = m_file.errorString();
        return false;
    }
    m_file.seek(m_file.size());
    return true;
}

void ResetJournal::apply(const QJsonObject &record)
{
    const QString kind = record.value(u"kind"_s).toString();
    if (kind == u"run"_s) {
        m_runSettings = record.value(u"settings"_s).toObject();
        return;
    }
    if (kind == u"emailed"_s) {
        for (const QJsonValue &key : record.value(u"keys"_s).toArray())
            m_emailedKeys.insert(key.toString());
        return;
    }
    const QString userId = record.value(u"id"_s).toString();
    if (kind == u"methods"_s) {
        const auto user = m_indexById.constFind(userId);
        if (user != m_indexById.constEnd())
            m_entries[*user].methods = record.value(u"outcome"_s).toObject();
        return;
    }
    const auto state = stateFromName(record.value(u"state"_s).toString());
    if (userId.isEmpty() || !state)
        return;
    const auto found = m_indexById.constFind(userId);
    if (*state == State::Planned) {
        // A password is planned once per user and run: a resume re-sends that same password.
        if (found != m_indexById.constEnd())
            return;
        Entry entry;
        entry.userId = userId;
        entry.userPrincipalName = record.value(u"upn"_s).toString();
        entry.displayName = record.value(u"name"_s).toString();
        entry.password = SecretString(record.value(u"password"_s).toString());
        entry.updated = QDateTime::fromString(record.value(u"time"_s).toString(), Qt::ISODateWithMs);
        m_indexById.insert(userId, m_entries.size());
        m_entries.append(entry);
        return;
    }
    if (found == m_indexById.constEnd())
        return;
    Entry &entry = m_entries[*found];
    // Confirmed is final; a failed user may be sent again ("retry failed"), with the same password.
    if (entry.state == State::Confirmed)
        return;
    entry.state = *state;
    if (record.contains(u"password"_s)) {
        entry.password = SecretString(record.value(u"password"_s).toString());
        entry.details = record.value(u"details"_s).toObject();
    }
    entry.reason = record.value(u"reason"_s).toString();
    entry.updated = QDateTime::fromString(record.value(u"time"_s).toString(), Qt::ISODateWithMs);
}

bool ResetJournal::append(const QList<QByteArray> &plaintexts)
{
    QByteArray out;
    for (const QByteArray &plain : plaintexts) {
        QByteArray length(4, Qt::Uninitialized);
        qToLittleEndian<quint32>(quint32(SecretBox::TagSize + plain.size()), length.data());
        const QByteArray record = length + SecretBox::seal(plain, m_key);
        out += record;
    }
    if (m_file.write(out) != out.size() || !m_file.flush())
        return false;
#ifdef Q_OS_UNIX
    // flush() only reaches the kernel; the promise is "on disk before the password is sent".
    if (::fsync(m_file.handle()) != 0)
        return false;
#endif
    return true;
}

bool ResetJournal::plan(const QList<PlannedReset> &resets)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QList<QByteArray> plaintexts;
    plaintexts.reserve(resets.size());
    for (const PlannedReset &reset : resets) {
        QString password = reset.password.reveal();
        const QJsonObject record{{u"id"_s, reset.userId},
                                 {u"upn"_s, reset.userPrincipalName},
                                 {u"name"_s, reset.displayName},
                                 {u"state"_s, stateName(State::Planned)},
                                 {u"password"_s, password},
                                 {u"time"_s, now}};
        password.fill(u'\0');
        plaintexts.append(QJsonDocument(record).toJson(QJsonDocument::Compact));
    }
    const bool written = append(plaintexts);
    for (QByteArray &plain : plaintexts)
        wipe(plain);
    if (!written)
        return false;
    for (const PlannedReset &reset : resets) {
        if (m_indexById.contains(reset.userId))
            continue;
        m_indexById.insert(reset.userId, m_entries.size());
        m_entries.append({reset.userId, reset.userPrincipalName, reset.displayName, reset.password, State::Planned, {},
                          QDateTime::fromString(now, Qt::ISODateWithMs)});
    }
    return true;
}

bool ResetJournal::setRunSettings(const QJsonObject &settings)
{
    const QJsonObject record{{u"kind"_s, u"run"_s}, {u"settings"_s, settings}};
    QByteArray plain = QJsonDocument(record).toJson(QJsonDocument::Compact);
    if (!append({plain}))
        return false;
    m_runSettings = settings;
    return true;
}

bool ResetJournal::markEmailed(const QStringList &messageKeys)
{
    // A kind older versions skip: it carries no user id.
    const QJsonObject record{{u"kind"_s, u"emailed"_s}, {u"keys"_s, QJsonArray::fromStringList(messageKeys)}};
    if (!append({QJsonDocument(record).toJson(QJsonDocument::Compact)}))
        return false;
    for (const QString &key : messageKeys)
        m_emailedKeys.insert(key);
    return true;
}

bool ResetJournal::markMethods(const QString &userId, const QJsonObject &outcome)
{
    // Versions without containment skip this kind: it has no state.
    const QJsonObject record{{u"kind"_s, u"methods"_s}, {u"id"_s, userId}, {u"outcome"_s, outcome}};
    if (!append({QJsonDocument(record).toJson(QJsonDocument::Compact)}))
        return false;
    apply(record);
    return true;
}

bool ResetJournal::writeState(const QStringList &userIds, State state, const QString &reason)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QList<QByteArray> plaintexts;
    for (const QString &userId : userIds) {
        QJsonObject record{{u"id"_s, userId}, {u"state"_s, stateName(state)}, {u"time"_s, now}};
        if (!reason.isEmpty())
            record.insert(u"reason"_s, reason);
        plaintexts.append(QJsonDocument(record).toJson(QJsonDocument::Compact));
    }
    if (!append(plaintexts))
        return false;
    for (const QByteArray &plain : plaintexts)
        apply(QJsonDocument::fromJson(plain).object());
    return true;
}

bool ResetJournal::markSent(const QStringList &userIds)
{
    return writeState(userIds, State::Sent, {});
}

bool ResetJournal::markConfirmed(const QString &userId)
{
    return writeState({userId}, State::Confirmed, {});
}

bool ResetJournal::markConfirmed(const QStringList &userIds)
{
    return writeState(userIds, State::Confirmed, {});
}

bool ResetJournal::markIssued(const QString &userId, const SecretString &secret, const QJsonObject &details)
{
    QString value = secret.reveal();
    const QJsonObject record{{u"id"_s, userId},
                             {u"state"_s, stateName(State::Confirmed)},
                             {u"password"_s, value},
                             {u"details"_s, details},
                             {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    value.fill(u'\0');
    QByteArray plain = QJsonDocument(record).toJson(QJsonDocument::Compact);
    const bool written = append({plain});
    if (written)
        apply(record);
    wipe(plain);
    return written;
}

bool ResetJournal::markFailed(const QString &userId, const QString &reason)
{
    return writeState({userId}, State::Failed, reason);
}

bool ResetJournal::markFailed(const QStringList &userIds, const QString &reason)
{
    return writeState(userIds, State::Failed, reason);
}

QList<ResetJournal::Entry> ResetJournal::entries() const
{
    return m_entries;
}

QList<ResetJournal::Entry> ResetJournal::unfinished() const
{
    QList<Entry> open;
    for (const Entry &entry : m_entries) {
        if (entry.state == State::Planned || entry.state == State::Sent)
            open.append(entry);
    }
    return open;
}

bool ResetJournal::remove()
{
    m_file.close();
    return m_file.remove();
}
