// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraitBar.h"

#include <QPainter>

namespace waymark {

TraitBar::TraitBar(int value, QWidget *parent) : QWidget(parent), m_value(qBound(0, value, maximum()))
{
    setToolTip(tr("%1 of %2").arg(m_value).arg(maximum()));
    setAccessibleName(toolTip());
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize TraitBar::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 24, fontMetrics().height() * 2 / 3};
}

void TraitBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int gap = 3;
    const int h = qMin(height(), sizeHint().height());
    const qreal w = (width() - gap * (maximum() - 1)) / qreal(maximum());
    const int top = (height() - h) / 2;
    QColor empty = palette().color(QPalette::Text);
    empty.setAlphaF(0.12);
    for (int i = 0; i < maximum(); ++i) {
        const QRectF r(i * (w + gap), top, w, h);
        p.setPen(Qt::NoPen);
        p.setBrush(i < m_value ? palette().color(QPalette::Highlight) : empty);
        p.drawRoundedRect(r, h / 3.0, h / 3.0);
    }
}

} // namespace waymark
