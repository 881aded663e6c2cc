// SPDX-License-Identifier: MIT
#pragma once

#include "common/FileWriteError.h"
#include "incident/IncidentSummary.h"
#include "incident/IncidentSummaryTexts.h"

#include <QString>

class QPagedPaintDevice;

/**
 * The incident summary as one printed page, however many users the run touched: the header,
 * options and counts always; then the privileged accounts, the users whose step failed and the
 * users touched, each list as long as the page allows and ending in "…and N more, see the
 * results file" when it does not all fit. It never shows a password.
 */
class IncidentSummarySheet final
{
public:
    IncidentSummarySheet(const IncidentSummary &summary, const HandoverLanguage &language);

    /** Paints the page on @p device (A4 or whatever page it was set up with). */
    bool paint(QPagedPaintDevice *device) const;
    /** Writes the page as a PDF readable only by the owner. */
    FileWriteError writePdf(const QString &path) const;

private:
    IncidentSummary m_summary;
    IncidentSummaryTexts m_texts;
};
