// SPDX-License-Identifier: MIT
#include "SlipPainter.h"

#include "delivery/QrCode.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// Sizes in points for a slip 196 pt high (8 per A4 page); bigger slips scale them up.
constexpr qreal ReferenceHeight = 196.0;
constexpr qreal Padding = 10.0;
constexpr qreal TitleSize = 8.5;
constexpr qreal NameSize = 12.0;
constexpr qreal LabelSize = 7.0;
constexpr qreal ValueSize = 9.5;
constexpr qreal PasswordSize = 15.0;
constexpr qreal BodySize = 7.5;
constexpr qreal SpellingSize = 6.5;
constexpr qreal SmallestSize = 4.5;

const QColor LabelColour(0x55, 0x55, 0x55);

} // namespace

SlipPainter::SlipPainter(const SlipOptions &options, qreal pixelsPerPoint)
    : m_options(options)
    , m_pixelsPerPoint(pixelsPerPoint)
    , m_text(textFont())
    , m_password(passwordFont())
    , m_registrationCode(QrCode::image(TemporaryAccessPassTerms::registrationAddress().toUtf8()))
{
}

QFont SlipPainter::textFont()
{
    QFont font(u"DejaVu Sans"_s);
    // No shaping means no "fi" ligature: pdftotext, screen readers and copy-paste then get the
    // letters the user reads (with the ligature "first" is extracted as "\uFB01rst"). It is faster too.
    font.setStyleHint(QFont::SansSerif, QFont::PreferNoShaping);
    return font;
}

QFont SlipPainter::passwordFont()
{
    // DejaVu Sans Mono: slashed zero, serifed 1 and l, distinct I; installed with fonts-dejavu-core.
    QFont font(u"DejaVu Sans Mono"_s);
    font.setStyleHint(QFont::Monospace, QFont::PreferNoShaping);
    font.setFixedPitch(true);
    return font;
}

const SlipPainter::Language &SlipPainter::languageFor(const HandoverItem &item)
{
    const HandoverLanguage language = HandoverLanguage::forUser(item.preferredLanguage, m_options.fallbackLanguage);
    auto found = m_languages.constFind(language.code());
    if (found == m_languages.constEnd())
        found = m_languages.insert(language.code(), Language{SlipTexts(language), PhoneticSpelling(language)});
    return found.value();
}

QFont SlipPainter::sized(const QFont &base, qreal points) const
{
    QFont font(base);
    font.setPointSizeF(points);
    return font;
}

qreal SlipPainter::drawFitted(QPainter &painter, const QRectF &line, QFont font, const QString &text, int flags)
{
    // Long user names and passwords shrink rather than wrap: a line break inside a password
    // would be read as part of it.
    QFontMetricsF metrics(font, painter.device());
    while (metrics.horizontalAdvance(text) > line.width() && font.pointSizeF() > SmallestSize) {
        font.setPointSizeF(std::max(SmallestSize, font.pointSizeF() * 0.92));
        metrics = QFontMetricsF(font, painter.device());
    }
    painter.setFont(font);
    const QRectF box(line.left(), line.top(), line.width(), metrics.height());
    painter.drawText(box, flags | Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
    return metrics.height();
}

qreal SlipPainter::drawWrapped(QPainter &painter, const QRectF &area, const QFont &font, const QString &text)
{
    painter.setFont(font);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF used = painter.boundingRect(area, flags, text);
    painter.drawText(area, flags, text);
    return used.height();
}

qreal SlipPainter::drawWrappedUp(QPainter &painter, const QRectF &area, const QFont &font, const QString &text)
{
    painter.setFont(font);
    const int flags = Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap;
    const QRectF used = painter.boundingRect(area, flags, text);
    painter.drawText(area, flags, text);
    return used.height();
}

void SlipPainter::paint(QPainter &painter, const QRectF &rect, const HandoverItem &item)
{
    const Language &language = languageFor(item);
    const SlipTexts &texts = language.texts;
    const bool tap = item.temporaryAccessPass.has_value();
    const qreal heightPoints = rect.height() / m_pixelsPerPoint;
    const qreal scale = std::clamp(heightPoints / ReferenceHeight, 0.9, 1.6);
    const qreal pad = Padding * scale * m_pixelsPerPoint;
    const QRectF inner = rect.adjusted(pad, pad, -pad, -pad);
    const qreal gap = 2.0 * scale * m_pixelsPerPoint;

    painter.save();
    painter.setClipRect(rect);
    painter.setPen(Qt::black);

    // From the top: who it is for and the password.
    qreal y = inner.top();
    QFont title = sized(m_text, TitleSize * scale);
    title.setBold(true);
    y += drawFitted(painter, QRectF(inner.left(), y, inner.width(), 0), title, tap ? texts.tapTitle() : texts.title())
        + gap;
    QFont name = sized(m_text, NameSize * scale);
    name.setBold(true);
    y += drawFitted(painter, QRectF(inner.left(), y, inner.width(), 0), name, item.displayName) + gap;
    if (!m_options.organisation.isEmpty()) {
        painter.setPen(LabelColour);
        y += drawFitted(painter, QRectF(inner.left(), y, inner.width(), 0), sized(m_text, LabelSize * scale),
                        texts.organisation(m_options.organisation))
            + gap;
        painter.setPen(Qt::black);
    }

    const QFont label = sized(m_text, LabelSize * scale);
    painter.setPen(LabelColour);
    y += drawFitted(painter, QRectF(inner.left(), y, inner.width(), 0), label, texts.userNameLabel());
    painter.setPen(Qt::black);
    y += drawFitted(painter, QRectF(inner.left(), y, inner.width(), 0), sized(m_text, ValueSize * scale),
                    item.userPrincipalName)
        + gap;

    painter.setPen(LabelColour);
    y += drawFitted(painter, QRectF(inner.left(), y, inner.width(), 0), label,
                    tap ? texts.tapLabel() : texts.passwordLabel())
        + gap;
    painter.setPen(Qt::black);
    const QString password = item.password.reveal();
    const QFont passwordFace = sized(m_password, PasswordSize * scale);
    const qreal boxPad = 3.0 * scale * m_pixelsPerPoint;
    const qreal passwordHeight = QFontMetricsF(passwordFace, painter.device()).height();
    painter.save();
    painter.setPen(QPen(LabelColour, 0.5 * m_pixelsPerPoint));
    painter.setBrush(QColor(0xf2, 0xf2, 0xf2));
    painter.drawRect(QRectF(inner.left(), y, inner.width(), passwordHeight + 2 * boxPad));
    painter.restore();
    y += drawFitted(painter, QRectF(inner.left() + boxPad, y + boxPad, inner.width() - 2 * boxPad, 0), passwordFace,
                    password)
        + 2 * boxPad + gap;

    if (tap) {
        paintTapDetails(painter, QRectF(inner.left(), y, inner.width(), std::max(0.0, inner.bottom() - y)), texts,
                        *item.temporaryAccessPass, scale);
        painter.restore();
        return;
    }

    // From the bottom: what to do with it.
    qreal bottom = inner.bottom();
    QFont destroy = sized(m_text, BodySize * scale);
    destroy.setBold(true);
    const QFont body = sized(m_text, BodySize * scale);
    const auto footerArea = [&] { return QRectF(inner.left(), y, inner.width(), std::max(0.0, bottom - y)); };
    bottom -= drawWrappedUp(painter, footerArea(), destroy, texts.destroyAfterUse());
    painter.setPen(LabelColour);
    bottom -= drawWrappedUp(painter, footerArea(), body, texts.issued(m_options.issuedOn, m_options.issuingAdmin));
    painter.setPen(Qt::black);
    bottom -= drawWrappedUp(painter, footerArea(), body, texts.mustChangeAtFirstSignIn());
    if (item.outcome == HandoverItem::Outcome::Unconfirmed)
        bottom -= drawWrappedUp(painter, footerArea(), destroy, texts.mayNotBeSet());
    if (!m_options.signInAddress.isEmpty())
        bottom -= drawWrappedUp(painter, footerArea(), body, texts.signInAt(m_options.signInAddress));
    bottom -= gap;

    // In between: the spelling, in the largest size that fits the space left.
    if (m_options.phoneticSpelling && bottom > y) {
        const QString spelled = texts.spelledOut(language.spelling.spellAsText(password));
        const QRectF area(inner.left(), y, inner.width(), bottom - y);
        QFont spelling = sized(m_text, SpellingSize * scale);
        const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        while (spelling.pointSizeF() > SmallestSize
               && QFontMetricsF(spelling, painter.device()).boundingRect(area, flags, spelled).height() > area.height())
            spelling.setPointSizeF(std::max(SmallestSize, spelling.pointSizeF() - 0.5));
        drawWrapped(painter, area, spelling, spelled);
    }
    painter.restore();
}

void SlipPainter::paintTapDetails(QPainter &painter, const QRectF &area, const SlipTexts &texts,
                                  const TemporaryAccessPassTerms &terms, qreal scale)
{
    const qreal gap = 2.0 * scale * m_pixelsPerPoint;
    // The code at the bottom right, as large as the space allows: phone cameras read it from a desk.
    const qreal side = std::min({area.height(), area.width() * 0.34, 90.0 * scale * m_pixelsPerPoint});
    const QRectF code(area.right() - side, area.bottom() - side, side, side);
    if (!m_registrationCode.isNull() && side > 0)
        painter.drawImage(code, m_registrationCode);
    const QRectF text(area.left(), area.top(), std::max(0.0, area.width() - side - gap), area.height());

    QFont validity = sized(m_text, BodySize * scale);
    validity.setBold(true);
    const QString lines = texts.tapUsage(terms.usableOnce) + u'\n' + texts.tapExplained() + u'\n'
        + texts.tapRegisterAt(TemporaryAccessPassTerms::registrationAddress()) + u'\n'
        + texts.issued(m_options.issuedOn, m_options.issuingAdmin) + u'\n' + texts.destroyAfterUse();
    const QString when = texts.tapValidity(terms.start, terms.end());
    // Everything in the largest size that fits: the dates first and bold, then the rest.
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    QFont body = sized(m_text, BodySize * scale);
    const auto height = [&](const QFont &font, const QString &content) {
        return QFontMetricsF(font, painter.device()).boundingRect(text, flags, content).height();
    };
    while (body.pointSizeF() > SmallestSize && height(validity, when) + gap + height(body, lines) > text.height()) {
        body.setPointSizeF(std::max(SmallestSize, body.pointSizeF() - 0.25));
        validity.setPointSizeF(body.pointSizeF());
    }
    const qreal used = drawWrapped(painter, text, validity, when) + gap;
    drawWrapped(painter, text.adjusted(0, used, 0, 0), body, lines);
}
