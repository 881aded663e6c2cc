// SPDX-License-Identifier: MIT
#include "tap/TapTargets.h"

#include "graph/GraphClient.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

TapTargets::CsvResult TapTargets::fromCsv(const QByteArray &csv, const QList<DirectoryUser> &directory)
{
    const BulkCsvImport::Result read = BulkCsvImport::read(csv, directory, QString());
    CsvResult result;
    result.problems = read.problems;
    for (const BulkTarget &target : read.targets) {
        if (!target.password.isEmpty()) {
            // The service chooses a pass; a password in the file would be silently dropped otherwise.
            BulkCsvImport::Problem problem;
            problem.line = target.line;
            problem.kind = BulkCsvImport::ProblemKind::BadPassword;
            problem.value = target.user.userPrincipalName();
            result.problems.append(problem);
            continue;
        }
        result.users.append(target.user);
    }
    return result;
}

TapGroupMembers::TapGroupMembers(GraphClient *client, QList<DirectoryUser> directory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_directory(std::move(directory))
{
}

void TapGroupMembers::read(const QString &groupId)
{
    if (m_reader)
        return;
    m_reader = m_client->readPages(GraphRequest::get(u"/groups/"_s + GraphRequest::segment(groupId) + u"/members"_s,
                                                     {{u"$select"_s, u"id"_s}, {u"$top"_s, u"999"_s}}));
    auto ids = std::make_shared<QStringList>();
    connect(m_reader, &GraphPageReader::pageReceived, this, [ids](const QJsonArray &items, const QJsonObject &) {
        for (const QJsonValue &item : items)
            ids->append(item.toObject().value(u"id"_s).toString());
    });
    connect(m_reader, &GraphPageReader::finished, this, [this, ids](const GraphError &error) {
        if (error.isError()) {
            Q_EMIT failed(error);
            return;
        }
        QHash<QString, qsizetype> indexById;
        for (qsizetype i = 0; i < m_directory.size(); ++i)
            indexById.insert(m_directory.at(i).id(), i);
        QList<DirectoryUser> users;
        QStringList notListed;
        for (const QString &id : std::as_const(*ids)) {
            const auto found = indexById.constFind(id);
            if (found == indexById.constEnd())
                notListed.append(id);
            else
                users.append(m_directory.at(*found));
        }
        Q_EMIT finished(users, notListed);
    });
}
