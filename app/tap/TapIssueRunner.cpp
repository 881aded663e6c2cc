// SPDX-License-Identifier: MIT
#include "tap/TapIssueRunner.h"

#include "bulk/ResetJournal.h"
#include "graph/GraphClient.h"

using namespace Qt::Literals::StringLiterals;

namespace {

/** The service may have created a pass whose value never arrived. */
bool mayHoldUnknownPass(const GraphError &error)
{
    using Kind = GraphError::Kind;
    return error.kind == Kind::NetworkUnavailable || error.kind == Kind::MalformedResponse
        || error.kind == Kind::ServiceUnavailable || error.httpStatus == 504;
}

/** Sending again after a lost answer is safe (the new pass replaces the unknown one); once is enough to ride out a blip. */
constexpr int automaticResendRounds = 1;

} // namespace

TapIssueRunner::TapIssueRunner(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

TapIssueRunner::~TapIssueRunner()
{
    if (m_batch)
        m_batch->cancel();
}

bool TapIssueRunner::isTapJournal(const ResetJournal &journal)
{
    return journal.runSettings().value(u"kind"_s).toString() == u"temporaryAccessPass"_s;
}

TemporaryAccessPassTerms TapIssueRunner::termsFromJson(const QJsonObject &pass)
{
    TemporaryAccessPassTerms terms;
    terms.start = QDateTime::fromString(pass.value(u"startDateTime"_s).toString(), Qt::ISODateWithMs).toUTC();
    terms.lifetimeInMinutes = pass.value(u"lifetimeInMinutes"_s).toInt();
    terms.usableOnce = pass.value(u"isUsableOnce"_s).toBool();
    return terms;
}

bool TapIssueRunner::start(ResetJournal *journal, const QList<DirectoryUser> &users, const TapSettings &settings,
                           QString *error, const QJsonObject &runDetails)
{
    if (isRunning() || !m_results.isEmpty())
        return false;
    QList<ResetJournal::PlannedReset> planned;
    planned.reserve(users.size());
    for (const DirectoryUser &user : users)
        planned.append({user.id(), user.userPrincipalName(), SecretString(), user.displayName()});
    // Nothing goes out before the run and its users are on disk.
    QJsonObject runSettings = settings.toJson();
    for (auto it = runDetails.constBegin(); it != runDetails.constEnd(); ++it)
        runSettings.insert(it.key(), it.value());
    if (!journal->setRunSettings(runSettings) || !journal->plan(planned)) {
        *error = tr("The run's journal could not be written.");
        return false;
    }
    m_journal = journal;
    m_settings = settings;
    for (const DirectoryUser &user : users) {
        TapIssueResult result;
        result.userId = user.id();
        result.userPrincipalName = user.userPrincipalName();
        result.displayName = user.displayName();
        m_results.append(result);
    }
    send(indicesIn({TapIssueResult::State::Queued}));
    return true;
}

bool TapIssueRunner::resume(ResetJournal *journal, QString *error)
{
    if (isRunning() || !m_results.isEmpty())
        return false;
    if (!isTapJournal(*journal)) {
        *error = tr("This journal holds no Temporary Access Pass run.");
        return false;
    }
    m_journal = journal;
    m_settings = TapSettings::fromJson(journal->runSettings());
    for (const ResetJournal::Entry &entry : journal->entries()) {
        TapIssueResult result;
        result.userId = entry.userId;
        result.userPrincipalName = entry.userPrincipalName;
        result.displayName = entry.displayName;
        if (entry.state == ResetJournal::State::Confirmed) {
            result.state = TapIssueResult::State::Issued;
            result.value = entry.password;
            result.terms = termsFromJson(entry.details);
            result.passId = entry.details.value(u"id"_s).toString();
        } else if (entry.state == ResetJournal::State::Failed) {
            result.state = TapIssueResult::State::Failed;
            result.error.code = entry.reason;
        }
        m_results.append(result);
    }
    const QList<int> open = indicesIn({TapIssueResult::State::Queued});
    if (open.isEmpty())
        QMetaObject::invokeMethod(this, &TapIssueRunner::finished, Qt::QueuedConnection);
    else
        send(open);
    return true;
}

bool TapIssueRunner::retryFailed()
{
    using State = TapIssueResult::State;
    const QList<int> again = indicesIn({State::Failed, State::Uncertain, State::Cancelled});
    if (isRunning() || again.isEmpty() || !m_journal)
        return false;
    m_cancelled = false;
    m_automaticResends = 0;
    for (int index : again)
        setState(index, State::Queued);
    send(again);
    return true;
}

void TapIssueRunner::cancel()
{
    m_cancelled = true;
    if (m_batch)
        m_batch->cancelQueued();
}

int TapIssueRunner::count(TapIssueResult::State state) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [state](const TapIssueResult &result) { return result.state == state; }));
}

QList<int> TapIssueRunner::indicesIn(std::initializer_list<TapIssueResult::State> states) const
{
    QList<int> indices;
    for (int i = 0; i < m_results.size(); ++i) {
        if (std::find(states.begin(), states.end(), m_results.at(i).state) != states.end())
            indices.append(i);
    }
    return indices;
}

void TapIssueRunner::setState(int index, TapIssueResult::State state)
{
    m_results[index].state = state;
    Q_EMIT itemChanged(index);
}

void TapIssueRunner::send(const QList<int> &indices)
{
    QList<GraphRequest> requests;
    requests.reserve(indices.size());
    const QJsonObject body = m_settings.requestBody();
    for (int index : indices) {
        requests.append(GraphRequest::post(u"/users/"_s + GraphRequest::segment(m_results.at(index).userId)
                                               + u"/authentication/temporaryAccessPassMethods"_s,
                                           body));
    }
    m_batchIndices = indices;
    m_batch = m_client->sendBatch(requests);
    m_batch->setBeforeSend([this](const QList<int> &chunk) {
        QStringList ids;
        for (int batchIndex : chunk)
            ids.append(m_results.at(m_batchIndices.at(batchIndex)).userId);
        // Marked sent, on disk, before the requests leave: a crash now is resumed by sending again.
        if (!m_journal->markSent(ids)) {
            m_cancelled = true;
            // Held back and never sent: finished as cancelled once the batch is out of this call.
            QMetaObject::invokeMethod(this, [this] { if (m_batch) m_batch->cancelQueued(); }, Qt::QueuedConnection);
            Q_EMIT journalFailed();
            return false;
        }
        for (int batchIndex : chunk)
            setState(m_batchIndices.at(batchIndex), TapIssueResult::State::Sending);
        return true;
    });
    connect(m_batch, &GraphBatch::itemFinished, this,
            [this](int batchIndex, const GraphResponse &response) { onAnswer(m_batchIndices.at(batchIndex), response); });
    connect(m_batch, &GraphBatch::finished, this, &TapIssueRunner::onBatchFinished);
}

void TapIssueRunner::onAnswer(int index, const GraphResponse &response)
{
    using State = TapIssueResult::State;
    TapIssueResult &result = m_results[index];
    if (result.state == State::Queued) {
        // Never sent: cancelled (or held back by a journal failure) first.
        setState(index, State::Cancelled);
        return;
    }
    if (response.ok()) {
        const QJsonObject pass = response.object();
        const SecretString value(pass.value(u"temporaryAccessPass"_s).toString());
        QJsonObject details{{u"id"_s, pass.value(u"id"_s)},
                            {u"startDateTime"_s, pass.value(u"startDateTime"_s)},
                            {u"lifetimeInMinutes"_s, pass.value(u"lifetimeInMinutes"_s)},
                            {u"isUsableOnce"_s, pass.value(u"isUsableOnce"_s)}};
        result.value = value;
        result.terms = termsFromJson(details);
        result.passId = details.value(u"id"_s).toString();
        result.error = {};
        // Kept before anyone sees it. Should the disk fail now, the pass still stands in memory for
        // this session's hand-over, and the run stops sending.
        if (!m_journal->markIssued(result.userId, value, details)) {
            m_cancelled = true;
            if (m_batch)
                m_batch->cancelQueued();
            Q_EMIT journalFailed();
        }
        setState(index, State::Issued);
        return;
    }
    result.error = response.error;
    if (mayHoldUnknownPass(response.error)) {
        setState(index, State::Uncertain); // still "sent" in the journal
        return;
    }
    if (response.error.kind != GraphError::Kind::Cancelled)
        m_journal->markFailed(result.userId, response.error.code.isEmpty() ? u"failed"_s : response.error.code);
    setState(index, response.error.kind == GraphError::Kind::Cancelled ? State::Cancelled : State::Failed);
}

void TapIssueRunner::onBatchFinished()
{
    m_batch = nullptr;
    const QList<int> uncertain = indicesIn({TapIssueResult::State::Uncertain});
    if (!m_cancelled && !uncertain.isEmpty() && m_automaticResends < automaticResendRounds) {
        ++m_automaticResends;
        for (int index : uncertain)
            setState(index, TapIssueResult::State::Queued);
        send(uncertain);
        return;
    }
    Q_EMIT finished();
}
