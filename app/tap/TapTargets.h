// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkCsvImport.h"
#include "directory/DirectoryUser.h"
#include "graph/GraphError.h"

#include <QObject>
#include <QPointer>

class GraphClient;
class GraphPageReader;

/**
 * Who a Temporary Access Pass run is for when the list selection is not the source: a CSV file
 * of user principal names or ids (read like a bulk reset's, matched against the user list), or
 * the members of a group of new starters (GET /groups/{id}/members).
 */
namespace TapTargets {

struct CsvResult
{
    QList<DirectoryUser> users;
    QList<BulkCsvImport::Problem> problems;
};

/** The file's users, in file order. A password column means nothing for a pass: a row that has one is a problem. */
CsvResult fromCsv(const QByteArray &csv, const QList<DirectoryUser> &directory);

} // namespace TapTargets

/** Reads a group's direct members and finds them in the user list. */
class TapGroupMembers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TapGroupMembers)
public:
    TapGroupMembers(GraphClient *client, QList<DirectoryUser> directory, QObject *parent = nullptr);
    void read(const QString &groupId);

Q_SIGNALS:
    /** @p users: the members found in the list; @p notListed: member ids the list does not hold (not users, or deleted). */
    void finished(const QList<DirectoryUser> &users, const QStringList &notListed);
    void failed(const GraphError &error);

private:
    GraphClient *m_client;
    QList<DirectoryUser> m_directory;
    QPointer<GraphPageReader> m_reader;
};
