// SPDX-License-Identifier: MIT
#include "delivery/QrCode.h"

#include <qrencode.h>

#include <memory>

namespace {

/** The quiet zone ISO/IEC 18004 asks for around the symbol, in modules. */
constexpr int QuietZone = 4;

} // namespace

QImage QrCode::image(const QByteArray &text, int modulePixels)
{
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code || modulePixels < 1)
        return {};
    const int modules = code->width;
    const int side = (modules + 2 * QuietZone) * modulePixels;
    QImage image(side, side, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int row = 0; row < modules; ++row) {
        for (int column = 0; column < modules; ++column) {
            // Bit 0 of each byte is the module's colour (1 = dark); the other bits are encoder state.
            if ((code->data[row * modules + column] & 1) == 0)
                continue;
            const int left = (column + QuietZone) * modulePixels;
            const int top = (row + QuietZone) * modulePixels;
            for (int y = top; y < top + modulePixels; ++y) {
                for (int x = left; x < left + modulePixels; ++x)
                    image.setPixel(x, y, 1);
            }
        }
    }
    return image;
}
