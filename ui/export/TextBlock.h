// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPointF>
#include <QString>

#include <memory>

class QPainter;
class QTextLayout;

namespace waymark {

/// A paragraph wrapped once to a width and drawn from that layout, so what was measured is
/// exactly what is printed on any device (PDF, PNG at any DPI, SVG, printer). Fonts use
/// pixel sizes in the printing unit (points), which makes measurement device-independent.
/// Words longer than the width break anywhere; nothing is ever cut off.
class TextBlock
{
public:
    TextBlock() = default;
    TextBlock(const QString &text, const QFont &font, qreal width, Qt::Alignment align = Qt::AlignLeft);

    bool isEmpty() const { return !m_layout; }
    qreal height() const { return m_height; }
    /// The widest line.
    qreal naturalWidth() const { return m_naturalWidth; }
    int lineCount() const;
    void draw(QPainter *painter, QPointF topLeft, const QColor &color) const;

    /// A font of `pixelSize` points in the print family (real outlines, no hinting).
    static QFont printFont(int pixelSize, bool bold = false);

private:
    std::shared_ptr<QTextLayout> m_layout;
    qreal m_height = 0;
    qreal m_naturalWidth = 0;
};

} // namespace waymark
