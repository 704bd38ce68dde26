// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextBlock.h"

#include <QPainter>
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
}

QFont TextBlock::printFont(int pixelSize, bool bold)
{
    QFont f(u"DejaVu Sans"_s);
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

} // namespace waymark
