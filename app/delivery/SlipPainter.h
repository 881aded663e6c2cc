// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/HandoverItem.h"
#include "delivery/PhoneticSpelling.h"
#include "delivery/SlipOptions.h"
#include "delivery/SlipTexts.h"

#include <QFont>
#include <QHash>
#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

/**
 * Paints one slip into a rectangle of the device with QPainter::drawText only: no QTextDocument
 * per slip (1,000 slips must become a PDF in seconds), and only two font families, so a PDF
 * embeds each face once however many slips it holds. Texts and spelling are cached per language.
 */
class SlipPainter final
{
public:
    /** @p pixelsPerPoint maps the layout's points to the device (dpi / 72). */
    SlipPainter(const SlipOptions &options, qreal pixelsPerPoint);

    /** @p rect is in device pixels; the slip is drawn in @p item's language. */
    void paint(QPainter &painter, const QRectF &rect, const HandoverItem &item);

    /** The proportional face for the text and the monospaced one for passwords (look-alikes differ). */
    static QFont textFont();
    static QFont passwordFont();

private:
    struct Language
    {
        SlipTexts texts;
        PhoneticSpelling spelling;
    };
    const Language &languageFor(const HandoverItem &item);
    /**
     * Below the pass on a Temporary Access Pass slip: when it works, how often, what it is, and a
     * QR code to the page where the user sets up a passkey or Authenticator.
     */
    void paintTapDetails(QPainter &painter, const QRectF &area, const SlipTexts &texts,
                         const TemporaryAccessPassTerms &terms, qreal scale);
    /** A line of text, shrunk to fit @p width when needed; returns its height. */
    qreal drawFitted(QPainter &painter, const QRectF &line, QFont font, const QString &text, int flags = 0);
    /** Wrapped text from the top of @p area; returns its height. */
    qreal drawWrapped(QPainter &painter, const QRectF &area, const QFont &font, const QString &text);
    /** Wrapped text that ends at the bottom of @p area; returns its height. */
    qreal drawWrappedUp(QPainter &painter, const QRectF &area, const QFont &font, const QString &text);
    QFont sized(const QFont &base, qreal points) const;

    SlipOptions m_options;
    qreal m_pixelsPerPoint;
    QHash<QString, Language> m_languages;
    QFont m_text;
    QFont m_password;
    /** One image for every slip, so a PDF embeds it once. */
    QImage m_registrationCode;
};
