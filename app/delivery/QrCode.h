// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QImage>

/**
 * A QR code made with libqrencode (error correction level M, byte mode), as a black-and-white
 * image with the four-module quiet zone readers need. One image per text is made once and
 * painted as often as needed: a PDF then embeds it once, however many slips carry it.
 */
class QrCode final
{
public:
    /** The code for @p text with each module @p modulePixels wide; a null image when it cannot be encoded. */
    static QImage image(const QByteArray &text, int modulePixels = 8);
};
