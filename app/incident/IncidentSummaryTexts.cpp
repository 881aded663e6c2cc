// SPDX-License-Identifier: MIT
#include "incident/IncidentSummaryTexts.h"

#include <QCoreApplication>

namespace {
constexpr const char *Context = "IncidentSummaryTexts";
} // namespace

IncidentSummaryTexts::IncidentSummaryTexts(const HandoverLanguage &language)
    : m_language(language)
    , m_slip(language)
{
}

QString IncidentSummaryTexts::text(const char *source) const
{
    return m_language.translate(Context, source);
}

QString IncidentSummaryTexts::number(int count) const
{
    return m_language.locale().toString(count);
}

QString IncidentSummaryTexts::title() const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts", "Incident containment summary"));
}

QString IncidentSummaryTexts::runBy(const QString &admin) const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts", "Run by: %1")).arg(admin);
}

QString IncidentSummaryTexts::started(const QDateTime &moment) const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts", "Started: %1")).arg(m_slip.dateTime(moment));
}

QString IncidentSummaryTexts::ended(const QDateTime &moment) const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts", "Ended: %1")).arg(m_slip.dateTime(moment));
}

QString IncidentSummaryTexts::actionsHeading() const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts", "What was done"));
}

QString IncidentSummaryTexts::newPassword() const
{
    return text(QT_TRANSLATE_NOOP(
        "IncidentSummaryTexts", "A new temporary password for each user, to be changed at the next sign-in"));
}

QString IncidentSummaryTexts::withMfa() const
{
    return text(QT_TRANSLATE_NOOP(
        "IncidentSummaryTexts", "Users must complete multifactor authentication before changing it"));
}

QString IncidentSummaryTexts::signedOut() const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts", "Signed out of all sessions"));
}

QString IncidentSummaryTexts::methodsRemoved() const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts",
        "Registered sign-in methods removed (all but the password): users must register them again"));
}

QString IncidentSummaryTexts::countsHeading() const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts", "Results"));
}

QString IncidentSummaryTexts::passwordsReset(int count) const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts", "Passwords reset: %1")).arg(number(count));
}

QString IncidentSummaryTexts::sessionsRevoked(int count) const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts", "Users signed out of all sessions: %1"))
        .arg(number(count));
}

QString IncidentSummaryTexts::methodsRemovedUsers(int count) const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts", "Users whose sign-in methods were removed: %1"))
        .arg(number(count));
}

QString IncidentSummaryTexts::failures(int count) const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts", "Users with a failed step: %1")).arg(number(count));
}

QString IncidentSummaryTexts::privilegedHeading(int count) const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts", "Privileged accounts touched (%1)"))
        .arg(number(count));
}

QString IncidentSummaryTexts::failedHeading(int count) const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts", "Users with a failed step, and why (%1)"))
        .arg(number(count));
}

QString IncidentSummaryTexts::failedUser(const QString &user, const QString &reason) const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts", "%1: %2")).arg(user, reason);
}

QString IncidentSummaryTexts::usersHeading(int count) const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts", "Users touched (%1)")).arg(number(count));
}

QString IncidentSummaryTexts::none() const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts", "None"));
}

QString IncidentSummaryTexts::andMore(int count) const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts", "…and %1 more, see the results file"))
        .arg(number(count));
}

QString IncidentSummaryTexts::noPasswords() const
{
    return text(QT_TRANSLATE_NOOP("IncidentSummaryTexts", "This page holds no passwords."));
}
