// SPDX-License-Identifier: MIT
#include "policy/SelfServiceRegistrationReport.h"

#include "graph/GraphClient.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

SelfServiceRegistrationReport::SelfServiceRegistrationReport(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void SelfServiceRegistrationReport::load()
{
    cancel();
    GraphQuery query;
    query.addQueryItem(u"$top"_s, QString::number(pageSize));
    m_reader = m_client->readPages(
        GraphRequest::get(u"/reports/authenticationMethods/userRegistrationDetails"_s, query));
    auto summary = std::make_shared<SelfServiceRegistrationSummary>();
    connect(m_reader, &GraphPageReader::pageReceived, this, [this, summary](const QJsonArray &items) {
        for (const QJsonValue &item : items) {
            const QJsonObject row = item.toObject();
            ++summary->userCount;
            if (row.value(u"isSsprRegistered"_s).toBool()) {
                ++summary->registeredCount;
                continue;
            }
            summary->unregistered.append({row.value(u"id"_s).toString(), row.value(u"userDisplayName"_s).toString(),
                                          row.value(u"userPrincipalName"_s).toString()});
        }
        Q_EMIT progress(summary->userCount);
    });
    connect(m_reader, &GraphPageReader::finished, this, [this, summary](const GraphError &error) {
        m_reader = nullptr;
        if (error.isError()) {
            if (error.kind != GraphError::Kind::Cancelled)
                Q_EMIT failed(error);
            return;
        }
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(summary->unregistered.begin(), summary->unregistered.end(),
                         [&](const UnregisteredUser &a, const UnregisteredUser &b) {
                             return collator.compare(a.displayName, b.displayName) < 0;
                         });
        Q_EMIT loaded(*summary);
    });
}

void SelfServiceRegistrationReport::cancel()
{
    if (m_reader) {
        m_reader->disconnect(this);
        m_reader->cancel();
        m_reader = nullptr;
    }
}
