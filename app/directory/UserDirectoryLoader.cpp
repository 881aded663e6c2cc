// SPDX-License-Identifier: MIT
#include "directory/UserDirectoryLoader.h"

#include "directory/UserListModel.h"
#include "graph/GraphClient.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcDirectory, "resetdesk.directory")

const QString RegistrationReportPath = u"/reports/authenticationMethods/userRegistrationDetails"_s;

/** The deltaLink is too old (about 7 days for users) or unknown: only a full load can recover. */
bool needsFullSync(const GraphError &error)
{
    return error.httpStatus == 410 || error.code.contains(u"resync"_s, Qt::CaseInsensitive)
        || error.code.contains(u"syncState"_s, Qt::CaseInsensitive)
        || error.code.contains(u"Expired"_s, Qt::CaseInsensitive);
}

} // namespace

UserDirectoryLoader::UserDirectoryLoader(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_roles(client)
    , m_parts(client)
{
    connect(&m_roles, &DirectoryRolesReader::finished, this, &UserDirectoryLoader::rolesRead);
    connect(&m_parts, &PartitionedUserListReader::usersReceived, this, &UserDirectoryLoader::partsReceived);
    connect(&m_parts, &PartitionedUserListReader::finished, this, &UserDirectoryLoader::partsFinished);
}

UserDirectoryLoader::~UserDirectoryLoader()
{
    ++m_generation;
    stopAll();
}

void UserDirectoryLoader::setModel(UserListModel *model)
{
    m_model = model;
}

void UserDirectoryLoader::load()
{
    startFull(false);
}

void UserDirectoryLoader::startFull(bool keepRows)
{
    if (isBusy()) {
        ++m_generation;
        stopAll();
    }
    ++m_generation;
    m_mode = Mode::Full;
    m_keepRows = keepRows && m_model;
    // Parts only for a first load: a list kept on screen is brought in line by the chain alone.
    m_partitioned = !keepRows && !m_latestUnsupported;
    m_latestDone = false;
    m_expectedCount = -1;
    m_countDone = false;
    m_seenIds.clear();
    m_received = 0;
    m_usersError = {};
    m_deltaLink.clear();
    m_pendingDeltaLink.clear();
    m_registration.clear();
    m_partsLeft = m_loadRegistration ? 3 : 2;
    m_registrationInRound = m_loadRegistration;
    if (m_model && !m_keepRows)
        m_model->clear();
    Q_EMIT started(true);
    Q_EMIT progress(0);
    if (m_latestUnsupported)
        startList(u"/users/delta"_s, true);
    else
        startDeltaLatest();
    startRoles();
    startCount();
    if (m_loadRegistration)
        startRegistration();
}

void UserDirectoryLoader::refresh()
{
    if (isBusy())
        return;
    if (m_deltaLink.isEmpty()) {
        load();
        return;
    }
    ++m_generation;
    m_mode = Mode::Delta;
    m_received = 0;
    m_usersError = {};
    m_partsLeft = 2;
    Q_EMIT started(false);
    Q_EMIT progress(0);
    startDelta();
    startRoles();
}

void UserDirectoryLoader::resume(const QUrl &deltaLink)
{
    if (isBusy()) {
        ++m_generation;
        stopAll();
        m_mode = Mode::Idle;
    }
    m_deltaLink = deltaLink;
    refresh();
    if (m_mode == Mode::Delta && m_loadRegistration) {
        // A saved copy holds no registration: it is read as in a full load.
        ++m_partsLeft;
        m_registrationInRound = true;
        startRegistration();
    }
}

void UserDirectoryLoader::cancel()
{
    if (!isBusy())
        return;
    ++m_generation;
    stopAll();
    // An interrupted full load leaves the list incomplete: its deltaLink must not be used.
    // An interrupted refresh keeps the old one; replaying changes already applied is harmless.
    if (m_mode == Mode::Full)
        m_deltaLink.clear();
    m_mode = Mode::Idle;
    m_partitioned = false;
    Q_EMIT finished(GraphError::make(GraphError::Kind::Cancelled));
}

void UserDirectoryLoader::reloadRegistration()
{
    startRegistration();
}

void UserDirectoryLoader::stopAll()
{
    // Cancelling emits finished() synchronously; the generation check makes the handlers ignore it.
    if (m_latestCall)
        m_latestCall->cancel();
    if (m_usersReader)
        m_usersReader->cancel();
    m_parts.cancel();
    m_roles.cancel();
    if (m_countCall)
        m_countCall->cancel();
    stopRegistration();
    m_registrationInRound = false;
}

void UserDirectoryLoader::startDeltaLatest()
{
    GraphQuery query;
    query.addQueryItem(u"$select"_s, DirectoryUser::selectProperties());
    query.addQueryItem(u"$deltatoken"_s, u"latest"_s);
    m_latestCall = m_client->send(GraphRequest::get(u"/users/delta"_s, query));
    const quint64 generation = m_generation;
    connect(m_latestCall, &GraphCall::finished, this, [this, generation](const GraphResponse &response) {
        if (generation != m_generation)
            return;
        const QUrl deltaLink(response.object().value("@odata.deltaLink"_L1).toString());
        if (response.ok() && deltaLink.isValid() && !deltaLink.isEmpty()) {
            m_pendingDeltaLink = deltaLink;
            m_latestDone = true;
            startUsers();
            return;
        }
        const GraphError::Kind kind = response.error.kind;
        if (response.ok() || kind == GraphError::Kind::BadRequest
            || kind == GraphError::Kind::UnsupportedQuery || kind == GraphError::Kind::NotFound) {
            qCInfo(lcDirectory) << "sync-from-now delta not supported; loading the list through /users/delta";
            m_latestUnsupported = true;
            m_partitioned = false;
            startList(u"/users/delta"_s, true);
            return;
        }
        usersDone(response.error);
    });
}

void UserDirectoryLoader::startUsers()
{
    // A first load waits for the count too: it decides between parts and one chain, and proves
    // the parts complete.
    if (!m_latestDone || (m_partitioned && !m_countDone))
        return;
    if (m_partitioned && m_expectedCount >= 0 && PartitionedUserListReader::pays(m_expectedCount, m_pageSize)) {
        m_parts.start(DirectoryUser::selectProperties(), m_pageSize, m_expectedCount);
        return;
    }
    m_partitioned = false;
    startList(u"/users"_s, false);
}

void UserDirectoryLoader::partsReceived(const QList<DirectoryUser> &users)
{
    m_received = m_parts.receivedCount();
    if (m_model)
        m_model->appendUsers(users); // by id: a user that comes twice is updated, not repeated
    Q_EMIT usersReceived(users);
    Q_EMIT progress(m_received);
}

void UserDirectoryLoader::partsFinished(PartitionedUserListReader::Outcome outcome)
{
    if (outcome == PartitionedUserListReader::Outcome::Cancelled || !m_partitioned)
        return; // stopAll(): the round is over or starts again
    m_partitioned = false;
    if (outcome == PartitionedUserListReader::Outcome::Complete) {
        usersDone(GraphError());
        return;
    }
    qCInfo(lcDirectory) << "the parts of the list are not provably complete; reading it in one chain";
    // The rows the parts brought stay; the chain updates them and removes what it does not bring.
    m_keepRows = m_model != nullptr;
    m_seenIds.clear();
    m_received = 0;
    Q_EMIT progress(0);
    startList(u"/users"_s, false);
}

void UserDirectoryLoader::startList(const QString &path, bool fromDelta)
{
    GraphQuery query;
    query.addQueryItem(u"$select"_s, DirectoryUser::selectProperties());
    query.addQueryItem(u"$top"_s, QString::number(m_pageSize));
    GraphRequest request = GraphRequest::get(path, query);
    request.keepRawJson = true; // users are decoded straight from the page (JsonText)
    m_usersReader = m_client->readPages(request);
    const quint64 generation = m_generation;
    connect(m_usersReader, &GraphPageReader::rawPageReceived, this, [this, generation](const JsonText &items) {
            if (generation != m_generation)
                return;
            const QList<DirectoryUser> users = DirectoryUser::listFromJson(items);
            m_received += int(users.size());
            if (m_keepRows) {
                for (const DirectoryUser &user : users)
                    m_seenIds.insert(user.id());
            }
            if (m_model)
                m_model->appendUsers(users);
            Q_EMIT usersReceived(users);
            Q_EMIT progress(m_received);
        });
    QPointer<GraphPageReader> reader = m_usersReader;
    connect(m_usersReader, &GraphPageReader::finished, this,
        [this, generation, reader, fromDelta](const GraphError &error) {
            if (generation != m_generation)
                return;
            if (!error.isError())
                m_pendingDeltaLink = fromDelta && reader ? reader->deltaLink() : m_pendingDeltaLink;
            usersDone(error);
        });
}

void UserDirectoryLoader::startDelta()
{
    GraphRequest request;
    request.absoluteUrl = m_deltaLink;
    request.keepRawJson = true;
    m_usersReader = m_client->readPages(request);
    const quint64 generation = m_generation;
    connect(m_usersReader, &GraphPageReader::rawPageReceived, this, [this, generation](const JsonText &items) {
            if (generation != m_generation)
                return;
            const auto [changed, removed] = DirectoryUser::changesFromJson(items);
            m_received += int(changed.size() + removed.size());
            if (m_model)
                m_model->applyDelta(changed, removed);
            Q_EMIT deltaReceived(changed, removed);
            Q_EMIT progress(m_received);
        });
    QPointer<GraphPageReader> reader = m_usersReader;
    connect(
        m_usersReader, &GraphPageReader::finished, this, [this, generation, reader](const GraphError &error) {
            if (generation != m_generation)
                return;
            if (error.isError() && needsFullSync(error)) {
                qCInfo(lcDirectory) << "delta token no longer valid; loading every user again:"
                                    << error.technicalSummary();
                // The rows shown stay usable meanwhile, and are brought in line when it is complete.
                startFull(true);
                return;
            }
            if (!error.isError() && reader && !reader->deltaLink().isEmpty())
                m_pendingDeltaLink = reader->deltaLink();
            usersDone(error);
        });
}

void UserDirectoryLoader::startRoles()
{
    m_roles.start();
}

void UserDirectoryLoader::rolesRead(const RoleHolders &holders, const GraphError &error)
{
    if (error.isError()) {
        // The list stays usable without roles; the role column then stays empty.
        qCInfo(lcDirectory) << "roles unavailable:" << error.technicalSummary();
    } else {
        if (holders.unreadGroups > 0)
            qCInfo(lcDirectory) << "role-assignable groups whose members are unavailable:"
                                << holders.unreadGroups;
        if (m_model)
            m_model->setRoleHolders(holders);
        Q_EMIT rolesReceived(holders);
    }
    partDone();
}

void UserDirectoryLoader::startCount()
{
    // For the progress bar, and for a first load the choice of parts and their proof; without it
    // the list comes in one chain.
    GraphRequest request = GraphRequest::get(u"/users/$count"_s);
    request.eventualConsistency = true; // /$count is an advanced query: it needs the header
    m_countCall = m_client->send(request);
    const quint64 generation = m_generation;
    connect(m_countCall, &GraphCall::finished, this, [this, generation](const GraphResponse &response) {
        if (generation != m_generation)
            return;
        bool isNumber = false;
        const int count = response.rawBody.trimmed().toInt(&isNumber);
        m_countDone = true;
        if (!response.ok() || !isNumber || count < 0) {
            qCInfo(lcDirectory) << "user count unavailable:" << response.error.technicalSummary();
        } else {
            m_expectedCount = count;
            // Users created meanwhile may take it a little further; growing once more is harmless.
            if (m_model && m_mode == Mode::Full)
                m_model->reserve(count + count / 64);
            Q_EMIT expectedCountReceived(count);
        }
        if (m_partitioned)
            startUsers(); // it waits for the count
    });
}

void UserDirectoryLoader::stopRegistration()
{
    // The generation first: cancelling emits finished() synchronously.
    ++m_registrationGeneration;
    m_readingRegistration = false;
    if (m_registrationReader)
        m_registrationReader->cancel();
    m_registration.clear();
}

void UserDirectoryLoader::startRegistration()
{
    stopRegistration();
    m_readingRegistration = true;
    GraphQuery query;
    query.addQueryItem(u"$top"_s, u"999"_s);
    m_registrationReader = m_client->readPages(GraphRequest::get(RegistrationReportPath, query));
    const quint64 generation = m_registrationGeneration;
    connect(m_registrationReader, &GraphPageReader::pageReceived, this,
        [this, generation](const QJsonArray &items, const QJsonObject &) {
            if (generation != m_registrationGeneration)
                return;
            for (const QJsonValue &item : items) {
                const QJsonObject details = item.toObject();
                m_registration.insert(
                    details.value("id"_L1).toString(), details.value("isSsprRegistered"_L1).toBool());
            }
        });
    connect(
        m_registrationReader, &GraphPageReader::finished, this, [this, generation](const GraphError &error) {
            if (generation != m_registrationGeneration)
                return;
            m_readingRegistration = false;
            if (error.isError()) {
                qCInfo(lcDirectory) << "registration report unavailable:" << error.technicalSummary();
                const bool never = error.kind == GraphError::Kind::LicenseRequired
                    || error.kind == GraphError::Kind::InsufficientPrivileges;
                if (m_model && never)
                    m_model->setRegistrationUnavailable();
                Q_EMIT registrationUnavailable(error);
            } else {
                if (m_model)
                    m_model->setRegistration(m_registration);
                Q_EMIT registrationReceived(m_registration);
            }
            m_registration.clear();
            if (std::exchange(m_registrationInRound, false))
                partDone();
        });
    Q_EMIT registrationStarted();
}

void UserDirectoryLoader::usersDone(const GraphError &error)
{
    m_usersError = error;
    if (error.isError()) {
        // Without the users the round has failed; roles and registration would be for nothing.
        ++m_generation;
        stopAll();
        finish(error);
        return;
    }
    partDone();
}

void UserDirectoryLoader::partDone()
{
    if (--m_partsLeft > 0)
        return;
    finish(m_usersError);
}

void UserDirectoryLoader::finish(const GraphError &error)
{
    if (!error.isError() && m_mode == Mode::Full && m_model) {
        if (m_keepRows) {
            // Rows the complete list did not bring are users deleted since they were shown.
            QStringList gone;
            for (const DirectoryUser &user : m_model->users()) {
                if (!m_seenIds.contains(user.id()) && !m_model->isUnconfirmed(user.id()))
                    gone.append(user.id());
            }
            m_model->applyDelta({}, gone);
        }
        // The list is complete: users only a search reported are not in the directory (any more).
        m_model->dropUnconfirmed();
        m_model->dropMissingFromSelection(); // the selection outlives reloads; deleted users must not
    }
    if (!error.isError() && !m_pendingDeltaLink.isEmpty())
        m_deltaLink = m_pendingDeltaLink;
    else if (error.isError() && m_mode == Mode::Full)
        m_deltaLink.clear();
    m_pendingDeltaLink.clear();
    m_mode = Mode::Idle;
    m_keepRows = false;
    m_partitioned = false;
    m_seenIds.clear();
    Q_EMIT finished(error);
}
