// SPDX-License-Identifier: MIT
#pragma once

#include "common/FileWriteError.h"
#include "delivery/HandoverItem.h"
#include "delivery/SlipLayout.h"
#include "delivery/SlipOptions.h"

#include <QList>
#include <QString>

class QPagedPaintDevice;

/**
 * A print run of password slips: one slip per user whose reset succeeded, laid out by SlipLayout,
 * each in its user's language, then (optionally) the summary sheet in the admin's language.
 * Paints onto any QPagedPaintDevice: QPdfWriter for "Save as PDF", a QPrinter from the print and
 * preview dialogs, so all three show the same pages.
 */
class SlipDocument final
{
public:
    SlipDocument(const QList<HandoverItem> &items, const SlipOptions &options);

    const SlipOptions &options() const { return m_options; }
    SlipLayout layout() const;
    /** The users who get a slip: reset succeeded and a password to hand over. */
    const QList<HandoverItem> &slipItems() const { return m_slipItems; }
    int slipPageCount() const;
    int summaryPageCount() const;
    int pageCount() const { return slipPageCount() + summaryPageCount(); }
    /** The page (0-based) that carries the slip of the @p index-th item of slipItems(). */
    int pageOfSlip(int index) const { return layout().pageOf(index); }

    /** Sets the device's page layout (paper, portrait, margins) and paints every page. */
    bool paint(QPagedPaintDevice *device) const;
    /** Writes the PDF readable by its owner only (OwnerOnlyFile); replaces @p path atomically. */
    FileWriteError writePdf(const QString &path) const;

private:
    QList<HandoverItem> m_items;
    QList<HandoverItem> m_slipItems;
    SlipOptions m_options;
};
