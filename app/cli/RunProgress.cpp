// SPDX-License-Identifier: MIT
#include "cli/RunProgress.h"

#include "bulk/BulkResetRunner.h"
#include "cli/CliOutput.h"
#include "common/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {
/** Often enough to look alive, rarely enough not to flood a slow terminal. */
constexpr qint64 tickMs = 500;
} // namespace

RunProgress::RunProgress(const CliOutput *output, Clock *clock, bool json, QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_clock(clock)
    , m_json(json)
{
}

RunProgress::~RunProgress() = default;

void RunProgress::follow(const BulkResetRunner *runner)
{
    m_runner = runner;
    if (m_json) {
        connect(runner, &BulkResetRunner::itemChanged, this, &RunProgress::onItemChanged);
        connect(runner, &BulkResetRunner::progressChanged, this, [this] {
            // A wait Microsoft 365 asked for is told once, when it starts.
            const qint64 waitMs = m_runner->serviceWaitMs();
            if (waitMs > 0 && !m_waitReported)
                writeEvent({{u"event"_s, u"waiting"_s}, {u"seconds"_s, qint64((waitMs + 999) / 1000)}});
            m_waitReported = waitMs > 0;
        });
        for (int index = 0; index < runner->results().size(); ++index)
            onItemChanged(index);
        return;
    }
    if (!m_output->errorIsTerminal())
        return;
    m_ticker = m_clock->createTimer(ClockTimer::Kind::Repeating, this);
    connect(m_ticker, &ClockTimer::timeout, this, &RunProgress::showLine);
    m_ticker->start(tickMs);
    showLine();
}

void RunProgress::onItemChanged(int index)
{
    const BulkItemResult &result = m_runner->results().at(index);
    if (!result.isFinal() || m_reported.contains(index))
        return;
    m_reported.insert(index);
    QJsonObject event {{u"event"_s, u"user"_s}, {u"id"_s, result.userId},
                       {u"userPrincipalName"_s, result.userPrincipalName}, {u"state"_s, stateName(result)}};
    if (result.error.isError())
        event.insert(u"error"_s, result.error.code.isEmpty() ? QString::number(result.error.httpStatus) : result.error.code);
    if (result.signOutRequested)
        event.insert(u"signedOut"_s, result.signedOut);
    writeEvent(event);
}

QString RunProgress::stateName(const BulkItemResult &result)
{
    switch (result.state) {
    case BulkItemResult::State::Succeeded:
        return u"reset"_s;
    case BulkItemResult::State::Failed:
        return result.mayBeSet ? u"unconfirmed"_s : u"failed"_s;
    case BulkItemResult::State::Uncertain:
        return u"unconfirmed"_s;
    case BulkItemResult::State::Cancelled:
        return u"notSent"_s;
    case BulkItemResult::State::Queued:
    case BulkItemResult::State::Sending:
    case BulkItemResult::State::Waiting:
        break;
    }
    return u"pending"_s;
}

void RunProgress::showLine()
{
    const BulkResetRunner::Progress progress = m_runner->progress();
    const QLocale locale;
    QString line = tr("%1 of %2 done").arg(locale.toString(progress.done()), locale.toString(progress.total));
    if (progress.perSecond > 0)
        line += u", "_s + tr("%1 per second").arg(locale.toString(progress.perSecond, 'f', 1));
    if (const qint64 waitMs = m_runner->serviceWaitMs(); waitMs > 0)
        line += u", "_s + tr("Microsoft 365 asked to wait: going on in %n second(s)", nullptr, int((waitMs + 999) / 1000));
    else if (progress.msLeft >= 0)
        line += u", "_s + tr("about %n second(s) left", nullptr, int((progress.msLeft + 999) / 1000));
    m_output->status(line);
}

void RunProgress::stop()
{
    if (!m_ticker)
        return;
    m_ticker->stop();
    showLine();
    m_output->endStatus();
}

void RunProgress::summary(const QString &runId, CliExit exit)
{
    if (!m_json || !m_runner)
        return;
    const BulkResetRunner::Progress progress = m_runner->progress();
    writeEvent({{u"event"_s, u"summary"_s}, {u"runId"_s, runId}, {u"total"_s, progress.total},
                {u"reset"_s, progress.succeeded}, {u"failed"_s, progress.failed},
                {u"unconfirmed"_s, progress.unconfirmed}, {u"notSent"_s, progress.notSent},
                {u"exitStatus"_s, int(exit)}});
}

void RunProgress::writeEvent(const QJsonObject &event) const
{
    m_output->result(QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
}
