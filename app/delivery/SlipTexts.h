// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/HandoverItem.h"
#include "delivery/HandoverLanguage.h"

#include <QDate>
#include <QDateTime>
#include <QString>

/**
 * Every sentence printed on a slip, the summary sheet and the results file, in one hand-over
 * language. Each is a whole translated template with placeholders, never pieces glued together,
 * so a translator can reorder words. The templates live in SlipTexts.cpp under the "SlipTexts"
 * context (QT_TRANSLATE_NOOP) and are looked up in the language's catalogue, not the UI's.
 */
class SlipTexts final
{
public:
    explicit SlipTexts(const HandoverLanguage &language);

    const HandoverLanguage &language() const { return m_language; }

    // The slip.
    QString title() const;
    QString userNameLabel() const;
    QString passwordLabel() const;
    /** "Spelled out: %1" with the spelling from PhoneticSpelling. */
    QString spelledOut(const QString &spelling) const;
    QString signInAt(const QString &address) const;
    /** "Organization: %1", naming whose account the slip is for. */
    QString organisation(const QString &name) const;
    QString mustChangeAtFirstSignIn() const;
    /** On a slip or in a mail whose password was sent but never confirmed by the server. */
    QString mayNotBeSet() const;
    /** "Issued 19 October 2024 by Anna Admin", or without the admin when the name is unknown. */
    QString issued(const QDate &date, const QString &admin) const;
    QString destroyAfterUse() const;
    /** The date the way the language writes it in running text ("19 oktober 2024"). */
    QString date(const QDate &date) const;
    /** A moment in the machine's time zone, with the zone named ("5 March 2026, 08:30 CET"). */
    QString dateTime(const QDateTime &moment) const;

    // The Temporary Access Pass slip.
    QString tapTitle() const;
    QString tapLabel() const;
    /** What a Temporary Access Pass is and what it is for, for someone who never saw one. */
    QString tapExplained() const;
    QString tapValidity(const QDateTime &start, const QDateTime &end) const;
    QString tapUsage(bool usableOnce) const;
    /** "Scan the code or go to %1 …" with the registration address. */
    QString tapRegisterAt(const QString &address) const;

    // The summary sheet and the results file.
    QString summaryTitle() const;
    QString succeededCount(int count) const;
    QString failedCount(int count) const;
    QString unconfirmedCount(int count) const;
    QString noPasswordsNote() const;
    QString displayNameHeading() const;
    QString userNameHeading() const;
    QString outcomeHeading() const;
    QString reasonHeading() const;
    QString passwordHeading() const;
    QString validFromHeading() const;
    QString validUntilHeading() const;
    QString usableOnceHeading() const;
    QString yesNo(bool yes) const;
    QString outcome(HandoverItem::Outcome outcome) const;
    QString pageOf(int page, int pages) const;

private:
    /** What QT_TRANSLATE_NOOP3 expands to: the source and its disambiguating comment. */
    struct Template
    {
        const char *source;
        const char *comment;
    };
    QString text(const char *source) const;
    QString text(Template withComment) const;

    HandoverLanguage m_language;
};
