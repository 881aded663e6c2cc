// SPDX-License-Identifier: MIT
#include "SlipTexts.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr const char *Context = "SlipTexts";
} // namespace

SlipTexts::SlipTexts(const HandoverLanguage &language)
    : m_language(language)
{
}

QString SlipTexts::text(const char *source) const
{
    return m_language.translate(Context, source);
}

QString SlipTexts::text(Template withComment) const
{
    return m_language.translate(Context, withComment.source, withComment.comment);
}

QString SlipTexts::title() const
{
    return text(QT_TRANSLATE_NOOP("SlipTexts", "Your temporary password"));
}

QString SlipTexts::userNameLabel() const
{
    return text(QT_TRANSLATE_NOOP("SlipTexts", "User name"));
}

QString SlipTexts::passwordLabel() const
{
    return text(QT_TRANSLATE_NOOP("SlipTexts", "Temporary password"));
}

QString SlipTexts::spelledOut(const QString &spelling) const
{
    return text(QT_TRANSLATE_NOOP3("SlipTexts", "Spelled out: %1", "%1 is the password spelled letter by letter"))
        .arg(spelling);
}

QString SlipTexts::organisation(const QString &name) const
{
    return text(QT_TRANSLATE_NOOP3("SlipTexts", "Organization: %1", "%1 is the organization's name")).arg(name);
}

QString SlipTexts::signInAt(const QString &address) const
{
    return text(QT_TRANSLATE_NOOP3("SlipTexts", "Sign in at %1", "%1 is a web address"))
        .arg(address);
}

QString SlipTexts::mustChangeAtFirstSignIn() const
{
    return text(QT_TRANSLATE_NOOP("SlipTexts", "You must change this password when you first sign in."));
}

QString SlipTexts::mayNotBeSet() const
{
    return text(QT_TRANSLATE_NOOP("SlipTexts", "This password may not be set yet. If it does not work, ask your "
                                               "administrator for a new one."));
}

QString SlipTexts::issued(const QDate &when, const QString &admin) const
{
    if (admin.trimmed().isEmpty())
        return text(QT_TRANSLATE_NOOP3("SlipTexts", "Issued %1", "%1 is a date")).arg(date(when));
    return text(QT_TRANSLATE_NOOP3("SlipTexts", "Issued %1 by %2", "%1 is a date, %2 the issuing admin's name"))
        .arg(date(when), admin);
}

QString SlipTexts::destroyAfterUse() const
{
    return text(QT_TRANSLATE_NOOP("SlipTexts", "Destroy this slip after use."));
}

QString SlipTexts::date(const QDate &when) const
{
    // The pattern is the translator's to choose: each language writes dates in text its own way.
    const QString pattern = text(QT_TRANSLATE_NOOP3("SlipTexts", "d MMMM yyyy", "date format on slips (QDate pattern)"));
    return m_language.locale().toString(when, pattern);
}

QString SlipTexts::dateTime(const QDateTime &moment) const
{
    const QString pattern = text(QT_TRANSLATE_NOOP3("SlipTexts", "d MMMM yyyy, HH:mm t",
                                                    "date and time format on slips (QDateTime pattern; t = time zone)"));
    return m_language.locale().toString(moment.toLocalTime(), pattern);
}

QString SlipTexts::tapTitle() const
{
    return text(QT_TRANSLATE_NOOP("SlipTexts", "Your Temporary Access Pass"));
}

QString SlipTexts::tapLabel() const
{
    return text(QT_TRANSLATE_NOOP("SlipTexts", "Temporary Access Pass"));
}

QString SlipTexts::tapExplained() const
{
    return text(QT_TRANSLATE_NOOP("SlipTexts", "A Temporary Access Pass is a time-limited code that you type instead "
                                               "of a password, to sign in and set up a passkey or Microsoft "
                                               "Authenticator."));
}

QString SlipTexts::tapValidity(const QDateTime &start, const QDateTime &end) const
{
    return text(QT_TRANSLATE_NOOP3("SlipTexts", "Valid from %1 until %2", "%1 and %2 are dates with times"))
        .arg(dateTime(start), dateTime(end));
}

QString SlipTexts::tapUsage(bool usableOnce) const
{
    if (usableOnce)
        return text(QT_TRANSLATE_NOOP("SlipTexts", "It works for one sign-in only."));
    return text(QT_TRANSLATE_NOOP("SlipTexts", "It works for any number of sign-ins until it expires."));
}

QString SlipTexts::tapRegisterAt(const QString &address) const
{
    return text(QT_TRANSLATE_NOOP3("SlipTexts", "Scan the code or go to %1 to set up how you sign in.",
                                   "%1 is a web address"))
        .arg(address);
}

QString SlipTexts::validFromHeading() const
{
    return text(QT_TRANSLATE_NOOP3("SlipTexts", "Valid from (UTC)", "column heading of the results file"));
}

QString SlipTexts::validUntilHeading() const
{
    return text(QT_TRANSLATE_NOOP3("SlipTexts", "Valid until (UTC)", "column heading of the results file"));
}

QString SlipTexts::usableOnceHeading() const
{
    return text(QT_TRANSLATE_NOOP3("SlipTexts", "One sign-in only", "column heading of the results file"));
}

QString SlipTexts::yesNo(bool yes) const
{
    return yes ? text(QT_TRANSLATE_NOOP3("SlipTexts", "Yes", "a cell of the results file"))
               : text(QT_TRANSLATE_NOOP3("SlipTexts", "No", "a cell of the results file"));
}

QString SlipTexts::summaryTitle() const
{
    return text(QT_TRANSLATE_NOOP("SlipTexts", "Summary of password slips"));
}

QString SlipTexts::succeededCount(int count) const
{
    return m_language.translate(Context, QT_TRANSLATE_N_NOOP("SlipTexts", "%n user(s) succeeded."), nullptr, count);
}

QString SlipTexts::failedCount(int count) const
{
    return m_language.translate(Context, QT_TRANSLATE_N_NOOP("SlipTexts", "%n user(s) failed."), nullptr, count);
}

QString SlipTexts::unconfirmedCount(int count) const
{
    return m_language.translate(
        Context, QT_TRANSLATE_N_NOOP("SlipTexts", "%n user(s) may be set, not confirmed: their slips say so."), nullptr,
        count);
}

QString SlipTexts::noPasswordsNote() const
{
    return text(QT_TRANSLATE_NOOP("SlipTexts", "This sheet lists no passwords. It may be kept with the records."));
}

QString SlipTexts::displayNameHeading() const
{
    return text(QT_TRANSLATE_NOOP("SlipTexts", "Display name"));
}

QString SlipTexts::userNameHeading() const
{
    return userNameLabel();
}

QString SlipTexts::outcomeHeading() const
{
    return text(QT_TRANSLATE_NOOP3("SlipTexts", "Outcome", "column heading: whether the reset succeeded"));
}

QString SlipTexts::reasonHeading() const
{
    return text(QT_TRANSLATE_NOOP3("SlipTexts", "Reason", "column heading: why a reset failed"));
}

QString SlipTexts::passwordHeading() const
{
    return passwordLabel();
}

QString SlipTexts::outcome(HandoverItem::Outcome outcome) const
{
    switch (outcome) {
    case HandoverItem::Outcome::Reset:
        return text(QT_TRANSLATE_NOOP3("SlipTexts", "Succeeded", "outcome of one user's reset"));
    case HandoverItem::Outcome::Unconfirmed:
        return text(QT_TRANSLATE_NOOP3("SlipTexts", "May be set, not confirmed",
                                       "outcome of one user's reset whose answer was lost"));
    case HandoverItem::Outcome::NotReset:
        break;
    }
    return text(QT_TRANSLATE_NOOP3("SlipTexts", "Failed", "outcome of one user's reset"));
}

QString SlipTexts::pageOf(int page, int pages) const
{
    return text(QT_TRANSLATE_NOOP("SlipTexts", "Page %1 of %2"))
        .arg(m_language.locale().toString(page), m_language.locale().toString(pages));
}
