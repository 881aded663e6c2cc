// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QPageSize>
#include <QString>

/** How a print run of password slips looks: chosen in PrintSlipsDialog, read by SlipDocument. */
struct SlipOptions
{
    /** The paper sizes admins actually load: A4 everywhere but North America, which uses Letter. */
    enum class Paper { A4, Letter };

    /** 1, 4 or 8 (SlipLayout::supportedCounts()); eight slips fill an A4 sheet with no waste. */
    int slipsPerPage = 8;
    Paper paper = Paper::A4;
    /** Spell the password out ("K as in Kilo") below it, for reading it aloud or typing it slowly. */
    bool phoneticSpelling = false;
    /** Append pages that list every user and their outcome (never a password). */
    bool includeSummary = false;
    /** Where the user signs in for the first time. */
    QString signInAddress = QStringLiteral("https://www.microsoft365.com");
    /**
     * The organisation the accounts belong to, as the admin named it: a partner printing for
     * several customers must not mix up their slips. Empty: not printed.
     */
    QString organisation;
    /** The display name of the admin who issues the slips. */
    QString issuingAdmin;
    QDate issuedOn = QDate::currentDate();
    /** The language for users without a preferredLanguage and for the summary sheet: the app's language. */
    QString fallbackLanguage = QStringLiteral("en");

    QPageSize pageSize() const
    {
        return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
    }
};
