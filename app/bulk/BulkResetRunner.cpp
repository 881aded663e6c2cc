// SPDX-License-Identifier: MIT
#include "bulk/BulkResetRunner.h"

#include "bulk/JournalReason.h"
#include "graph/GraphClient.h"
#include "incident/ContainmentSteps.h"
#include "reset/PasswordRequests.h"
#include "bulk/ResetJournal.h"
#include "reset/ResetLogging.h"

using namespace Qt::Literals::StringLiterals;

namespace {

using State = BulkItemResult::State;

/** Rounds that re-send users whose answer never came, before they are left for the admin. */
constexpr int maxUncertainRounds = 2;
/**
 * Refusals for lack of permission, one after the other and before anyone was reset, that stop a
 * round: one $batch's worth. The pre-flight leaves out users the admin's roles cannot reset, so
 * such a run of refusals means the permission or the role itself is missing, and every further
 * request would be refused the same way.
 */
constexpr int refusalsThatStopARun = 20;
/** The rate is measured over this span, so a pause for throttling shows up soon. */
constexpr qint64 rateWindowMs = 10000;

/** The answer may have been lost after the service carried the request out. */
bool isUncertain(const GraphError &error)
{
    return error.kind == GraphError::Kind::NetworkUnavailable || error.httpStatus == 504;
}

/**
 * Graph answered, and said no for good (400, 403, 404, 409 …): not a lost answer, not "later"
 * (408, 429), and not a sign-in that is gone (401).
 */
bool isDefinitiveRefusal(const GraphError &error)
{
    const int status = error.httpStatus;
    return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
}

} // namespace

BulkResetRunner::BulkResetRunner(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pacer(client->clock())
    , m_flushTimer(new QTimer(this))
    , m_containment(new ContainmentSteps(client, this))
    , m_progressTimer(new QTimer(this))
{
    connect(m_containment, &ContainmentSteps::userFinished, this, [this](int index, const QJsonObject &outcome) {
        ContainmentSteps::apply(outcome, m_results[index]);
        Q_EMIT itemChanged(index);
        scheduleProgress();
    });
    connect(m_containment, &ContainmentSteps::finished, this, &BulkResetRunner::finish);
    // Answers of one $batch arrive in one go: gather them, then one fsync.
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(0);
    connect(m_flushTimer, &QTimer::timeout, this, [this] {
        if (!flushJournal())
            failJournal();
    });
    // Tens of thousands of answers must not mean tens of thousands of label updates.
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &BulkResetRunner::progressChanged);
}

BulkResetRunner::~BulkResetRunner()
{
    if (m_batch)
        m_batch->cancel();
    flushJournal();
}

void BulkResetRunner::setPacing(const WritePacer::Limits &limits)
{
    m_pacer = WritePacer(limits, m_client->clock());
}

bool BulkResetRunner::start(
    ResetJournal *journal, const QList<BulkResetItem> &items, const BulkResetSettings &settings, QString *error)
{
    if (isRunning() || !journal || items.isEmpty()) {
        *error = items.isEmpty() ? u"nothing to reset"_s : u"a run is in progress"_s;
        return false;
    }
    QList<ResetJournal::PlannedReset> planned;
    planned.reserve(items.size());
    for (const BulkResetItem &item : items)
        planned.append({item.userId, item.userPrincipalName, item.password, item.displayName});
    // The promise of the journal: every password is on disk before the first one is sent.
    if (!journal->setRunSettings(settings.toJson()) || !journal->plan(planned)) {
        *error = u"the reset journal cannot be written"_s;
        return false;
    }
    m_journal = journal;
    m_settings = settings;
    m_results.clear();
    m_results.reserve(items.size());
    m_stateCounts.fill(0);
    for (const BulkResetItem &item : items)
        m_results.append(resultFor(item.userId, item.userPrincipalName, item.displayName, item.password));
    m_stateCounts[int(State::Queued)] = int(m_results.size());
    restartMeasures();
    qCInfo(lcReset) << "bulk reset of" << m_results.size() << "users starting, journal" << journal->runId();
    sendResets(indicesIn({State::Queued}));
    return true;
}

bool BulkResetRunner::resume(ResetJournal *journal, QString *error)
{
    if (isRunning() || !journal) {
        *error = u"a run is in progress"_s;
        return false;
    }
    m_journal = journal;
    m_settings = BulkResetSettings::fromJson(journal->runSettings());
    m_results.clear();
    m_stateCounts.fill(0);
    const QList<ResetJournal::Entry> entries = journal->entries();
    for (const ResetJournal::Entry &entry : entries) {
        BulkItemResult result = resultFor(entry.userId, entry.userPrincipalName, entry.displayName, entry.password);
        if (!entry.methods.isEmpty())
            ContainmentSteps::apply(entry.methods, result);
        switch (entry.state) {
        case ResetJournal::State::Confirmed: result.state = State::Succeeded; break;
        case ResetJournal::State::Failed:
            result.error = JournalReason::toError(entry.reason);
            result.state = result.error.kind == GraphError::Kind::Cancelled ? State::Cancelled : State::Failed;
            break;
        // Planned or sent: the same password goes out again, which is harmless if it arrived before.
        case ResetJournal::State::Planned: result.state = State::Queued; break;
        case ResetJournal::State::Sent:
            // Sent without a recorded answer: the server may already hold it.
            result.state = State::Queued;
            result.mayBeSet = true;
            break;
        }
        ++m_stateCounts[int(result.state)];
        m_results.append(result);
    }
    restartMeasures();
    qCInfo(lcReset) << "bulk reset resumed from journal" << journal->runId() << m_results.size() << "users,"
                    << m_stateCounts[int(State::Queued)] << "unfinished";
    const QList<int> unfinished = indicesIn({State::Queued});
    if (unfinished.isEmpty()) {
        // Nothing left to send: sign out the users reset before the crash (and remove their
        // methods), or just show the results.
        if (m_settings.signOutEverywhere && !indicesIn({State::Succeeded}).isEmpty())
            sendSignOuts();
        else
            removeMethodsOrFinish();
        return true;
    }
    sendResets(unfinished);
    return true;
}

bool BulkResetRunner::retryFailed()
{
    if (isRunning() || !m_journal)
        return false;
    const QList<int> again = indicesIn({State::Failed, State::Uncertain, State::Cancelled});
    if (again.isEmpty() && methodRemovalsLeft() == 0)
        return false;
    // A refused removal goes again: the list then shows what is still registered.
    for (BulkItemResult &result : m_results)
        result.methodsDone = result.methodsDone && !result.methodsError.isError();
    for (int index : again) {
        m_results[index].error = {};
        setState(index, State::Queued);
    }
    m_cancelling = false;
    restartMeasures();
    if (again.isEmpty())
        removeMethodsOrFinish();
    else
        sendResets(again);
    return true;
}

int BulkResetRunner::methodRemovalsLeft() const
{
    if (!m_settings.requireMethodReregistration)
        return 0;
    return int(std::count_if(m_results.cbegin(), m_results.cend(), [](const BulkItemResult &result) {
        return result.state == State::Succeeded && result.methodsRequested
            && (!result.methodsDone || result.methodsError.isError());
    }));
}

BulkItemResult BulkResetRunner::resultFor(const QString &userId, const QString &userPrincipalName,
    const QString &displayName, const SecretString &password) const
{
    BulkItemResult result;
    result.userId = userId;
    result.userPrincipalName = userPrincipalName;
    result.displayName = displayName;
    result.password = password;
    result.signOutRequested = m_settings.signOutEverywhere;
    result.methodsRequested = m_settings.requireMethodReregistration;
    return result;
}

void BulkResetRunner::restartMeasures()
{
    m_uncertainRounds = 0;
    m_ending = Ending::None;
    m_stopError = {};
    m_refusalsInARow = 0;
    m_anyConfirmed = m_stateCounts[int(State::Succeeded)] > 0;
    m_rateSamples.clear();
}

void BulkResetRunner::pause()
{
    if (m_paused || !isRunning())
        return;
    m_paused = true;
    if (m_batch)
        m_batch->pause();
    m_containment->pause();
    Q_EMIT pausedChanged(true);
}

void BulkResetRunner::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    Q_EMIT pausedChanged(false);
    if (m_batch)
        m_batch->resume();
    m_containment->resume();
    if (std::exchange(m_flushPending, false))
        onBatchFinished();
}

void BulkResetRunner::cancel()
{
    if (!isRunning() || m_cancelling)
        return;
    m_cancelling = true;
    if (m_ending == Ending::None)
        m_ending = Ending::Cancelled;
    qCInfo(lcReset) << "bulk reset cancelled; waiting for the requests in flight";
    if (m_batch)
        m_batch->cancelQueued();
    m_containment->cancel();
    if (m_paused) {
        m_paused = false;
        Q_EMIT pausedChanged(false);
    }
    scheduleProgress();
}

BulkResetRunner::Progress BulkResetRunner::progress() const
{
    Progress progress;
    progress.total = int(m_results.size());
    progress.succeeded = m_stateCounts[int(State::Succeeded)];
    progress.failed = m_stateCounts[int(State::Failed)];
    progress.unconfirmed = m_stateCounts[int(State::Uncertain)];
    progress.notSent = m_stateCounts[int(State::Cancelled)];
    progress.waiting = m_stateCounts[int(State::Waiting)];
    if (m_rateSamples.size() >= 2) {
        const auto &[firstMs, firstDone] = m_rateSamples.front();
        const auto &[lastMs, lastDone] = m_rateSamples.back();
        if (lastMs > firstMs)
            progress.perSecond = (lastDone - firstDone) * 1000.0 / double(lastMs - firstMs);
    }
    const int left = progress.total - progress.done();
    if (left == 0)
        progress.msLeft = 0;
    else if (progress.perSecond > 0)
        progress.msLeft = qint64(left * 1000.0 / progress.perSecond);
    return progress;
}

QList<int> BulkResetRunner::indicesIn(std::initializer_list<State> states) const
{
    QList<int> indices;
    for (int i = 0; i < m_results.size(); ++i) {
        if (std::find(states.begin(), states.end(), m_results.at(i).state) != states.end())
            indices.append(i);
    }
    return indices;
}

void BulkResetRunner::sendResets(const QList<int> &indices)
{
    QList<GraphRequest> requests;
    requests.reserve(indices.size());
    const bool force = m_settings.forceChangePasswordNextSignIn;
    for (int index : indices) {
        const BulkItemResult &result = m_results.at(index);
        GraphRequest request = PasswordRequests::passwordProfile(
            result.userId, result.password.reveal(), force, force && m_settings.forceChangePasswordNextSignInWithMfa);
        // The password is fixed in the journal, so sending it twice sets the same value: safe to repeat.
        request.idempotent = true;
        requests.append(request);
    }
    m_roundSize = int(indices.size());
    setPhase(Phase::Resetting);
    startBatch(requests, indices, false);
}

void BulkResetRunner::sendSignOuts()
{
    QList<int> indices;
    QList<GraphRequest> requests;
    for (int index : indicesIn({State::Succeeded})) {
        if (m_results.at(index).signedOut)
            continue;
        indices.append(index);
        requests.append(PasswordRequests::revokeSessions(m_results.at(index).userId));
    }
    if (indices.isEmpty()) {
        removeMethodsOrFinish();
        return;
    }
    setPhase(Phase::SigningOut);
    startBatch(requests, indices, true);
}

void BulkResetRunner::startBatch(const QList<GraphRequest> &requests, const QList<int> &indices, bool signOut)
{
    m_batchIndices = indices;
    m_batchSignsOut = signOut;
    GraphBatch *batch = m_client->sendBatch(requests, m_maxInFlight);
    m_batch = batch;
    batch->setWriteBudget(&m_pacer);
    batch->setBeforeSend([this](const QList<int> &batchIndices) { return beforeSend(batchIndices); });
    if (m_paused)
        batch->pause();
    connect(batch, &GraphBatch::itemFinished, this, &BulkResetRunner::onItemFinished);
    connect(batch, &GraphBatch::itemWaiting, this, [this](int batchIndex, int, const GraphError &) {
        onWaiting(batchIndex);
    });
    connect(batch, &GraphBatch::finished, this, &BulkResetRunner::onBatchFinished);
}

bool BulkResetRunner::beforeSend(const QList<int> &batchIndices)
{
    if (!m_batchSignsOut) {
        QStringList ids;
        ids.reserve(batchIndices.size());
        for (int batchIndex : batchIndices)
            ids.append(m_results.at(m_batchIndices.at(batchIndex)).userId);
        // Answers still waiting for their fsync go first, so the journal's order is the real one.
        if (!flushJournal() || !m_journal->markSent(ids)) {
            failJournal();
            return false;
        }
    }
    if (m_batchSignsOut)
        return true;
    for (int batchIndex : batchIndices) {
        const int index = m_batchIndices.at(batchIndex);
        ++m_results[index].attempts;
        setState(index, State::Sending);
    }
    return true;
}

void BulkResetRunner::onItemFinished(int batchIndex, const GraphResponse &response)
{
    const int index = m_batchIndices.value(batchIndex, -1);
    if (index < 0)
        return;
    if (m_batchSignsOut)
        onSignedOut(index, response);
    else
        onReset(index, response);
}

void BulkResetRunner::onReset(int index, const GraphResponse &response)
{
    BulkItemResult &result = m_results[index];
    if (response.ok()) {
        m_anyConfirmed = true;
        m_refusalsInARow = 0;
        result.error = {};
        result.mayBeSet = false;
        m_pendingConfirmed.append(result.userId);
        setState(index, State::Succeeded);
    } else if (isUncertain(response.error)) {
        // Left as "sent" in the journal: a retry or a resume sends the same password again.
        result.error = response.error;
        result.mayBeSet = true;
        setState(index, State::Uncertain);
    } else {
        result.error = response.error;
        // The same password was refused for a reason of the user's own or of the password: an
        // earlier request whose answer was lost was refused just the same.
        if (isDefinitiveRefusal(response.error))
            result.mayBeSet = false;
        // Otherwise a user whose earlier answer was lost stays "sent" in the journal: the server
        // may hold the password from then, and a resume must send it again.
        if (!result.mayBeSet)
            m_pendingFailedByReason[JournalReason::of(response.error)].append(result.userId);
        // Only requests that had not gone out, or were answered "not done" (429/5xx), are cancelled.
        setState(index, response.error.kind == GraphError::Kind::Cancelled ? State::Cancelled : State::Failed);
        watchForRunStop(response.error);
    }
    m_flushTimer->start();
}

void BulkResetRunner::watchForRunStop(const GraphError &error)
{
    if (m_cancelling)
        return;
    bool stop = false;
    if (error.kind == GraphError::Kind::SessionExpired) {
        // 401 after the token refresh and replay: the sign-in itself is gone.
        stop = true;
    } else if (error.kind == GraphError::Kind::InsufficientPrivileges && !m_anyConfirmed) {
        ++m_refusalsInARow;
        stop = m_refusalsInARow >= qMin(refusalsThatStopARun, m_roundSize);
    }
    if (!stop)
        return;
    qCWarning(lcReset) << "bulk reset stopped:" << GraphError::kindName(error.kind) << error.code;
    m_ending = Ending::Stopped;
    m_stopError = error;
    cancel();
}

void BulkResetRunner::onSignedOut(int index, const GraphResponse &response)
{
    BulkItemResult &result = m_results[index];
    // Any 2xx counts: Microsoft's docs flag revokeSignInSessions' status code as a known issue.
    result.signedOut = response.ok();
    result.signOutError = response.ok() ? GraphError() : response.error;
    Q_EMIT itemChanged(index);
    scheduleProgress();
}

void BulkResetRunner::onWaiting(int batchIndex)
{
    const int index = m_batchIndices.value(batchIndex, -1);
    if (index >= 0 && !m_batchSignsOut)
        setState(index, State::Waiting);
}

void BulkResetRunner::onBatchFinished()
{
    m_batch = nullptr;
    if (!flushJournal()) {
        // The last answers have no record yet: stay paused until resume() can write them.
        m_flushPending = true;
        failJournal();
        return;
    }
    if (m_cancelling) {
        finish();
        return;
    }
    if (!m_batchSignsOut) {
        const QList<int> uncertain = indicesIn({State::Uncertain});
        if (!uncertain.isEmpty() && m_uncertainRounds < maxUncertainRounds) {
            ++m_uncertainRounds;
            qCInfo(lcReset) << "re-sending" << uncertain.size() << "users whose answer was lost";
            for (int index : uncertain)
                setState(index, State::Queued);
            sendResets(uncertain);
            return;
        }
        if (m_settings.signOutEverywhere) {
            sendSignOuts();
            return;
        }
    }
    removeMethodsOrFinish();
}

void BulkResetRunner::removeMethodsOrFinish()
{
    QList<ContainmentSteps::User> users;
    for (int index : indicesIn({State::Succeeded})) {
        const BulkItemResult &result = m_results.at(index);
        if (result.methodsRequested && !result.methodsDone)
            users.append({index, result.userId, result.userPrincipalName});
    }
    if (users.isEmpty() || m_cancelling) {
        finish();
        return;
    }
    setPhase(Phase::RemovingMethods);
    m_containment->start(m_journal, users);
}

bool BulkResetRunner::flushJournal()
{
    if (!m_journal)
        return true;
    bool ok = true;
    if (!m_pendingConfirmed.isEmpty()) {
        ok = m_journal->markConfirmed(m_pendingConfirmed);
        if (ok)
            m_pendingConfirmed.clear();
    }
    for (auto it = m_pendingFailedByReason.begin(); ok && it != m_pendingFailedByReason.end();) {
        ok = m_journal->markFailed(it.value(), it.key());
        if (ok)
            it = m_pendingFailedByReason.erase(it);
    }
    return ok;
}

void BulkResetRunner::failJournal()
{
    qCWarning(lcReset) << "the reset journal cannot be written; the run is paused";
    const bool wasPaused = m_paused;
    m_paused = true;
    if (m_batch)
        m_batch->pause();
    if (!wasPaused)
        Q_EMIT pausedChanged(true);
    Q_EMIT journalFailed(u"the reset journal cannot be written"_s);
}

void BulkResetRunner::finish()
{
    flushJournal();
    m_cancelling = false;
    if (m_paused) {
        m_paused = false;
        Q_EMIT pausedChanged(false);
    }
    if (m_ending == Ending::None)
        m_ending = Ending::Completed;
    const Progress done = progress();
    qCInfo(lcReset) << "bulk reset finished:" << done.succeeded << "succeeded," << done.notReset() << "not reset";
    setPhase(Phase::Finished);
    m_progressTimer->stop();
    Q_EMIT progressChanged();
    Q_EMIT finished();
}

void BulkResetRunner::setState(int index, State state)
{
    BulkItemResult &result = m_results[index];
    if (result.state == state) {
        Q_EMIT itemChanged(index);
        return;
    }
    const bool wasFinal = result.isFinal();
    --m_stateCounts[int(result.state)];
    result.state = state;
    ++m_stateCounts[int(state)];
    if (!wasFinal && result.isFinal()) {
        const qint64 now = m_client->clock()->monotonicMs();
        const int done = progress().done();
        m_rateSamples.emplace_back(now, done);
        while (m_rateSamples.size() > 2 && m_rateSamples.front().first < now - rateWindowMs)
            m_rateSamples.pop_front();
    }
    Q_EMIT itemChanged(index);
    scheduleProgress();
}

void BulkResetRunner::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void BulkResetRunner::scheduleProgress()
{
    if (!m_progressTimer->isActive())
        m_progressTimer->start();
}
