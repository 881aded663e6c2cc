// SPDX-License-Identifier: MIT
#include "directory/PartitionedUserListReader.h"

#include "graph/GraphClient.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcParts, "resetdesk.directory.parts")

} // namespace

PartitionedUserListReader::PartitionedUserListReader(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

PartitionedUserListReader::~PartitionedUserListReader()
{
    ++m_generation;
    stopAll();
}

QStringList PartitionedUserListReader::prefixes()
{
    QStringList result;
    // Letters first: they hold nearly everyone, so their longer chains start early.
    for (char16_t c = u'a'; c <= u'z'; ++c)
        result.append(QString(QChar(c)));
    for (char16_t c = u'0'; c <= u'9'; ++c)
        result.append(QString(QChar(c)));
    for (const QChar c : u"'.-_!#^~$"_s)
        result.append(QString(c));
    return result;
}

QString PartitionedUserListReader::partFilter(const QString &prefix)
{
    QString literal = prefix;
    literal.replace(u"'"_s, u"''"_s);
    return u"startswith(userPrincipalName,'%1')"_s.arg(literal);
}

bool PartitionedUserListReader::pays(int count, int pageSize)
{
    // One chain takes `pages` round trips; the parts take about (pages + parts) / ChainsInFlight.
    const qsizetype pages = (qsizetype(count) + pageSize - 1) / qMax(1, pageSize);
    return pages * (ChainsInFlight - 1) > prefixes().size();
}

void PartitionedUserListReader::start(const QString &select, int pageSize, int expectedCount)
{
    if (m_busy) {
        ++m_generation;
        stopAll();
    }
    ++m_generation;
    m_busy = true;
    m_select = select;
    m_pageSize = pageSize;
    m_waiting = prefixes();
    m_ids.clear();
    m_ids.reserve(qMax(0, expectedCount)); // no rehash of every id seen so far mid-load
    m_partsRunning = 0;
    m_expectedCount = expectedCount;
    while (m_partsRunning < ChainsInFlight && !m_waiting.isEmpty())
        startNextPart();
}

void PartitionedUserListReader::cancel()
{
    if (!m_busy)
        return;
    ++m_generation;
    stopAll();
    finish(Outcome::Cancelled);
}

void PartitionedUserListReader::stopAll()
{
    // Cancelling emits finished() synchronously; the generation check makes the handlers ignore it.
    for (const QPointer<GraphPageReader> &reader : std::as_const(m_readers)) {
        if (reader)
            reader->cancel();
    }
    m_readers.clear();
    m_waiting.clear();
    m_partsRunning = 0;
}

void PartitionedUserListReader::startNextPart()
{
    const QString prefix = m_waiting.takeFirst();
    GraphQuery query;
    query.addQueryItem(u"$select"_s, m_select);
    query.addQueryItem(u"$filter"_s, partFilter(prefix));
    query.addQueryItem(u"$top"_s, QString::number(m_pageSize));
    GraphRequest request = GraphRequest::get(u"/users"_s, query);
    request.keepRawJson = true; // users are decoded straight from the page (JsonText)
    GraphPageReader *reader = m_client->readPages(request);
    m_readers.append(reader);
    ++m_partsRunning;
    const quint64 generation = m_generation;
    connect(reader, &GraphPageReader::rawPageReceived, this, [this, generation](const JsonText &items) {
        if (generation != m_generation)
            return;
        const QList<DirectoryUser> users = DirectoryUser::listFromJson(items);
        for (const DirectoryUser &user : users)
            m_ids.insert(user.id());
        Q_EMIT usersReceived(users);
    });
    connect(reader, &GraphPageReader::finished, this, [this, generation, prefix](const GraphError &error) {
        if (generation != m_generation)
            return;
        if (error.isError())
            qCInfo(lcParts) << "part" << prefix << "failed:" << error.technicalSummary();
        partDone(!error.isError());
    });
}

void PartitionedUserListReader::partDone(bool ok)
{
    --m_partsRunning;
    m_readers.removeIf([](const QPointer<GraphPageReader> &reader) { return reader.isNull(); });
    if (!ok) {
        // Nothing this reading brings can be proven complete any more; the caller reads the list
        // another way, so the other parts would only cost requests.
        ++m_generation;
        stopAll();
        finish(Outcome::Incomplete);
        return;
    }
    if (!m_waiting.isEmpty())
        startNextPart();
    finishIfDone();
}

void PartitionedUserListReader::finishIfDone()
{
    if (!m_busy || m_partsRunning > 0 || !m_waiting.isEmpty())
        return;
    const int received = receivedCount();
    if (m_expectedCount != received) {
        qCInfo(lcParts) << "the parts brought" << received << "users, the directory counts" << m_expectedCount;
        finish(Outcome::Incomplete);
        return;
    }
    finish(Outcome::Complete);
}

void PartitionedUserListReader::finish(Outcome outcome)
{
    m_busy = false;
    m_ids.clear();
    Q_EMIT finished(outcome);
}
