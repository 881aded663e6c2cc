// SPDX-License-Identifier: MIT
#include "policy/PasswordPolicyUpdater.h"

#include "graph/GraphClient.h"

#include <QJsonObject>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

QString requestIdOf(const GraphResponse &response)
{
    return response.ok() ? QString::fromLatin1(response.header("request-id")) : response.error.requestId;
}

QString userPath(const QString &userId)
{
    return u"/users/"_s + QString::fromLatin1(QUrl::toPercentEncoding(userId));
}

} // namespace

PasswordPolicyUpdater::PasswordPolicyUpdater(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void PasswordPolicyUpdater::start(const QStringList &userIds, const PasswordPolicyChange &change)
{
    if (m_running)
        return;
    m_running = true;
    m_change = change;
    m_userIds = userIds;
    m_userIds.removeDuplicates();
    m_results.clear();
    m_wanted.clear();
    readCurrent();
}

void PasswordPolicyUpdater::cancel()
{
    if (m_batch)
        m_batch->cancel();
}

void PasswordPolicyUpdater::readCurrent()
{
    QList<GraphRequest> reads;
    reads.reserve(m_userIds.size());
    GraphQuery select;
    select.addQueryItem(u"$select"_s, u"id,passwordPolicies"_s);
    for (const QString &userId : std::as_const(m_userIds))
        reads.append(GraphRequest::get(userPath(userId), select));
    m_batch = m_client->sendBatch(reads);
    connect(m_batch, &GraphBatch::finished, this, [this, batch = m_batch] {
        QList<GraphRequest> writes;
        QStringList writeIds;
        const auto &responses = batch->responses();
        for (qsizetype i = 0; i < m_userIds.size(); ++i) {
            const QString &userId = m_userIds.at(i);
            const GraphResponse &read = responses.at(i);
            if (!read.ok()) {
                finishUser({userId, read.error, {}, false, requestIdOf(read)});
                continue;
            }
            const PasswordPolicies current =
                PasswordPolicies::parse(read.object().value(u"passwordPolicies"_s).toString());
            const PasswordPolicies wanted = m_change.appliedTo(current);
            if (wanted == current) {
                finishUser({userId, {}, current, false, requestIdOf(read)}); // nothing to write
                continue;
            }
            writes.append(GraphRequest::patch(userPath(userId),
                                              QJsonObject{{u"passwordPolicies"_s, wanted.toGraphValue()}}));
            writeIds.append(userId);
            m_wanted.insert(userId, wanted);
        }
        if (writes.isEmpty())
            finishIfDone();
        else
            writeMerged(writes, writeIds);
    });
}

void PasswordPolicyUpdater::writeMerged(const QList<GraphRequest> &writes, const QStringList &writeIds)
{
    m_batch = m_client->sendBatch(writes);
    connect(m_batch, &GraphBatch::itemFinished, this, [this, writeIds](int index, const GraphResponse &response) {
        const QString &userId = writeIds.at(index);
        finishUser({userId, response.ok() ? GraphError{} : response.error, m_wanted.take(userId), true,
                    requestIdOf(response)});
    });
    connect(m_batch, &GraphBatch::finished, this, &PasswordPolicyUpdater::finishIfDone);
}

void PasswordPolicyUpdater::finishUser(const Result &result)
{
    m_results.insert(result.userId, result);
    Q_EMIT progress(int(m_results.size()), int(m_userIds.size()));
}

void PasswordPolicyUpdater::finishIfDone()
{
    QList<Result> results;
    results.reserve(m_userIds.size());
    for (const QString &userId : std::as_const(m_userIds))
        results.append(m_results.value(userId));
    m_running = false;
    Q_EMIT finished(results);
}
