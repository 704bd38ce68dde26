// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextBlock.h"

#include <QGlyphRun>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QRawFont>
#include <QTextLayout>

namespace waymark {

using namespace Qt::StringLiterals;

TextBlock::TextBlock(const QString &text, const QFont &font, qreal width, Qt::Alignment align)
{
    if (text.isEmpty())
        return;
    QString t = text;
    t.replace(u'\n', QChar::LineSeparator);
    m_layout = std::make_shared<QTextLayout>(t, font);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    qreal y = 0;
    for (;;) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        m_naturalWidth = qMax(m_naturalWidth, line.naturalTextWidth());
    }
    m_layout->endLayout();
    m_height = y;
}

int TextBlock::lineCount() const
{
    return m_layout ? m_layout->lineCount() : 0;
}

void TextBlock::draw(QPainter *painter, QPointF topLeft, const QColor &color) const
{
    if (!m_layout)
        return;
    painter->setPen(color);
    m_layout->draw(painter, topLeft);
    // Colour emoji (Noto Color Emoji) are bitmaps without outlines: the PDF engine embeds
    // them as invisible glyphs. Draw each such glyph as a high-resolution image on top.
    const QPaintEngine *engine = painter->paintEngine();
    if (!engine || engine->type() != QPaintEngine::Pdf)
        return;
    for (const QGlyphRun &run : m_layout->glyphRuns()) {
        const QRawFont font = run.rawFont();
        if (!font.familyName().contains(u"Emoji"_s, Qt::CaseInsensitive))
            continue;
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            const QRectF box = font.boundingRect(glyphs[i]);
            if (box.isEmpty())
                continue;
            constexpr qreal kScale = 8; // about 600 dpi at 1:1
            QImage image((box.size() * kScale).toSize() + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            {
                QPainter ip(&image);
                ip.setRenderHint(QPainter::SmoothPixmapTransform);
                ip.scale(kScale, kScale);
                QGlyphRun one;
                one.setRawFont(font);
                one.setGlyphIndexes({glyphs[i]});
                one.setPositions({-box.topLeft()});
                ip.drawGlyphRun(QPointF(0, 0), one);
            }
            painter->drawImage(QRectF(topLeft + positions[i] + box.topLeft(), box.size()), image);
        }
    }
}

QFont TextBlock::printFont(int pixelSize, bool bold)
{
    QFont f(u"DejaVu Sans"_s);
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    // Any letter spacing makes Qt's shaper skip ligatures, so "fi" stays two searchable
    // letters in the PDF (pdftotext, copy and paste, screen readers).
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64); // the smallest step Qt keeps
    return f;
}

} // namespace waymark
