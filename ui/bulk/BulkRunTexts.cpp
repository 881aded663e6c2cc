// SPDX-License-Identifier: MIT
#include "ui/bulk/BulkRunTexts.h"

#include "bulk/BulkHandover.h"

#include <QLocale>
#include <QSet>

#include <cmath>

QString BulkRunTexts::headline(const BulkResetRunner::Progress &progress)
{
    return tr("Resetting the passwords of %Ln user(s)", "", progress.total);
}

QString BulkRunTexts::counts(const BulkResetRunner &runner)
{
    const BulkResetRunner::Progress progress = runner.progress();
    const QLocale locale;
    const QString done = locale.toString(progress.done());
    const QString total = locale.toString(progress.total);
    const QString reset = locale.toString(progress.succeeded);
    const QString notReset = locale.toString(progress.failed + progress.unconfirmed);
    // Nothing waits once the run is over: the waiting count would only be noise then.
    if (runner.isRunning())
        return tr("%1 of %2 done: %3 reset, %4 not reset, %5 waiting because Microsoft 365 asked to slow down.")
            .arg(done, total, reset, notReset, locale.toString(progress.waiting));
    return tr("%1 of %2 done: %3 reset, %4 not reset.").arg(done, total, reset, notReset);
}

QString BulkRunTexts::phase(const BulkResetRunner &runner, bool journalProblem)
{
    if (journalProblem && runner.isPaused())
        return tr("Paused: the record of the passwords could not be written.");
    if (runner.isCancelling())
        return tr("Cancelling: waiting for the answers to requests already sent…");
    if (runner.isPaused())
        return tr("Paused. Requests already sent are still answered; click Resume to go on.");
    switch (runner.phase()) {
    case BulkResetRunner::Phase::Idle:
        break;
    case BulkResetRunner::Phase::Resetting:
        if (const qint64 waitMs = runner.serviceWaitMs(); waitMs > 0)
            return tr("Microsoft 365 asked ResetDesk to wait; trying again in %n second(s). You can pause or cancel "
                      "the run meanwhile.",
                      "", int((waitMs + 999) / 1000));
        return tr("Resetting passwords…");
    case BulkResetRunner::Phase::SigningOut:
        return tr("Signing the users out of all sessions…");
    case BulkResetRunner::Phase::RemovingMethods:
        return tr("Removing the users' registered sign-in methods…");
    case BulkResetRunner::Phase::Finished:
        return ended(runner);
    }
    return {};
}

QString BulkRunTexts::rate(const BulkResetRunner &runner)
{
    if (!runner.isRunning() || runner.isPaused())
        return {};
    const double perSecond = runner.progress().perSecond;
    if (perSecond <= 0)
        return tr("Measuring the rate…");
    return tr("%Ln user(s) per minute", "", int(std::lround(perSecond * 60)));
}

QString BulkRunTexts::timeLeft(const BulkResetRunner &runner)
{
    if (!runner.isRunning() || runner.isPaused())
        return {};
    const qint64 msLeft = runner.progress().msLeft;
    if (msLeft < 0)
        return tr("Estimating the time left…");
    if (msLeft < 60000)
        return tr("Less than a minute left");
    if (msLeft < 120 * 60000)
        return tr("About %Ln minute(s) left", "", int((msLeft + 30000) / 60000));
    return tr("About %Ln hour(s) left", "", int((msLeft + 1800000) / 3600000));
}

QString BulkRunTexts::ended(const BulkResetRunner &runner)
{
    const BulkResetRunner::Progress progress = runner.progress();
    const QLocale locale;
    const QString reset = locale.toString(progress.succeeded);
    const QString notReset = locale.toString(progress.failed + progress.unconfirmed);
    const QString notSent = locale.toString(progress.notSent);
    switch (runner.ending()) {
    case BulkResetRunner::Ending::Cancelled:
        if (progress.failed + progress.unconfirmed == 0)
            return tr("Cancelled: %1 reset, %2 not sent. Click Retry failed to reset the users not sent.")
                .arg(reset, notSent);
        return tr("Cancelled: %1 reset, %2 not reset, %3 not sent. The Reason column says why; click Retry failed to "
                  "send the others again.")
            .arg(reset, notReset, notSent);
    case BulkResetRunner::Ending::Stopped:
        return tr("Stopped: %1 reset, %2 not reset, %3 not sent. The message below says what to do.")
            .arg(reset, notReset, notSent);
    case BulkResetRunner::Ending::None:
    case BulkResetRunner::Ending::Completed:
        break;
    }
    if (progress.notReset() == 0)
        return tr("Finished. Every user was reset.");
    if (progress.unconfirmed > 0)
        return tr("Finished with problems: %1 reset, %2 not reset, of whom %n may be set but are not confirmed. "
                  "The Reason column says why; fix the cause, then click Retry failed.",
                  "", progress.unconfirmed)
            .arg(reset, locale.toString(progress.notReset()));
    return tr("Finished with problems: %1 reset, %2 not reset. The Reason column says why; fix the cause, then click "
              "Retry failed.")
        .arg(reset, locale.toString(progress.notReset()));
}

QString BulkRunTexts::namesOf(const BulkResetRunner &runner, const QStringList &userIds)
{
    // A few user names, so the admin knows whom to look for; the rest as a count.
    constexpr int shown = 5;
    const QSet<QString> wanted(userIds.cbegin(), userIds.cend());
    QStringList names;
    for (const BulkItemResult &result : runner.results()) {
        if (names.size() == shown)
            break;
        if (wanted.contains(result.userId))
            names.append(result.userPrincipalName);
    }
    const int more = int(userIds.size()) - int(names.size());
    if (more > 0)
        //: Ends a list of user names: "anna@…, bo@… and 12 more"
        names.append(tr("%n more", "", more));
    return QLocale().createSeparatedList(names);
}

QString BulkRunTexts::handover(const BulkResetRunner &runner, const BulkHandover &handover,
                               const JournalState &journal)
{
    if (journal.purged)
        return tr("The passwords were handed over, so ResetDesk deleted its saved record of this run. To reset users "
                  "who were not reset, start a new reset for them.");
    if (journal.purgeFailed)
        return tr("The passwords were handed over, but ResetDesk could not delete its saved record of this run. "
                  "Delete it with Reset › Delete saved reset records.");
    const QStringList pending = handover.pending();
    if (handover.anyHandedOver() && !pending.isEmpty())
        return tr("The passwords of %n user(s) were not handed over yet, so ResetDesk keeps its saved record of this "
                  "run. Still missing: %1.",
                  "", int(pending.size()))
            .arg(namesOf(runner, pending));
    if (!handover.isComplete())
        return {};
    if (const int unconfirmed = handover.unconfirmedCount(); unconfirmed > 0)
        return tr("The passwords were handed over. %n user(s) may be set but are not confirmed: ResetDesk keeps its "
                  "saved record so that Retry failed, or the next start, can confirm them.",
                  "", unconfirmed);
    return tr("The passwords were handed over. Deleting the saved record of this run…");
}
