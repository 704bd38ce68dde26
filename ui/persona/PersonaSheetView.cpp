// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonaSheetView.h"

#include "util/DisplayText.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace waymark {

PersonaSheetView::PersonaSheetView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("personaSheet"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Persona sheet"));
}

void PersonaSheetView::setContent(const Persona &persona, const QList<Journey> &journeys)
{
    if (persona == m_persona && journeys == m_journeys)
        return;
    m_persona = persona;
    m_journeys = journeys;
    setAccessibleDescription(persona.name);
    invalidate();
}

QSize PersonaSheetView::sizeHint() const
{
    const int h = fontMetrics().height() * 40;
    return {int(h * PersonaSheet::kAspect), h};
}

QSize PersonaSheetView::minimumSizeHint() const
{
    const int h = fontMetrics().height() * 12;
    return {int(h * PersonaSheet::kAspect), h};
}

QRectF PersonaSheetView::pageRect() const
{
    const qreal margin = fontMetrics().height() * 0.8;
    return PersonaSheet::fitPage(QRectF(rect()).adjusted(margin, margin, -margin, -margin));
}

PersonaSheet PersonaSheetView::sheet() const
{
    PersonaSheet sheet(m_persona, m_journeys);
    // The page in the colours of the theme: white paper on a light desk, dark in a dark one.
    sheet.setPalette(palette());
    sheet.setFont(font());
    sheet.setEditingHints(true);
    sheet.setHighlight(m_hover.region, m_hover.journeyId);
    return sheet;
}

QList<PersonaSheet::Hit> PersonaSheetView::regions() const
{
    if (!m_regionsValid) {
        m_regions = sheet().regions(const_cast<PersonaSheetView *>(this), pageRect());
        m_regionsValid = true;
    }
    return m_regions;
}

QRect PersonaSheetView::regionRect(PersonaSheet::Region region, qint64 journeyId) const
{
    for (const PersonaSheet::Hit &hit : regions())
        if (hit.region == region && hit.journeyId == journeyId)
            return hit.rect.toAlignedRect();
    return {};
}

PersonaSheet::Hit PersonaSheetView::hitAt(const QPointF &pos) const
{
    const QList<PersonaSheet::Hit> all = regions();
    // Later regions (journey chips) lie on top of nothing else; the first match wins.
    for (const PersonaSheet::Hit &hit : all)
        if (hit.rect.contains(pos))
            return hit;
    return {};
}

void PersonaSheetView::setHover(const PersonaSheet::Hit &hit)
{
    if (hit.region == m_hover.region && hit.journeyId == m_hover.journeyId)
        return;
    m_hover = hit;
    setCursor(hit.region == PersonaSheet::Region::None ? Qt::ArrowCursor : Qt::PointingHandCursor);
    update();
}

void PersonaSheetView::invalidate()
{
    m_regionsValid = false;
    update();
}

bool PersonaSheetView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const PersonaSheet::Hit hit = hitAt(help->pos());
        QString tip;
        if (hit.region == PersonaSheet::Region::Journey) {
            for (const Journey &journey : m_journeys)
                if (journey.id.value == hit.journeyId)
                    tip = tr("Open the journey “%1”").arg(journey.name);
        } else if (hit.region != PersonaSheet::Region::None) {
            tip = tr("Click to edit: %1").arg(PersonaSheet::title(hit.region));
        }
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), DisplayText::literal(tip), this, hit.rect.toAlignedRect());
        return true;
    }
    return QWidget::event(event);
}

void PersonaSheetView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // The desk: a shade between the window and the text colour, so the page stands out in
    // light and dark themes alike.
    const QColor window = palette().color(QPalette::Window);
    const QColor text = palette().color(QPalette::WindowText);
    const auto mix = [](const QColor &a, const QColor &b, qreal t) {
        return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                                a.blueF() * (1 - t) + b.blueF() * t);
    };
    p.fillRect(rect(), mix(window, text, 0.07));
    const QRectF page = pageRect();
    // A soft shadow under the page.
    for (int i = 1; i <= 4; ++i) {
        QColor shadow = Qt::black;
        shadow.setAlphaF(0.045 * (5 - i));
        p.setPen(Qt::NoPen);
        p.setBrush(shadow);
        p.drawRoundedRect(page.adjusted(-i + 1, -i + 2, i - 1, i + 1), i, i);
    }
    sheet().paint(&p, page);
}

void PersonaSheetView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_regionsValid = false;
}

void PersonaSheetView::mouseMoveEvent(QMouseEvent *event)
{
    setHover(hitAt(event->position()));
    QWidget::mouseMoveEvent(event);
}

void PersonaSheetView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = hitAt(event->position());
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void PersonaSheetView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const PersonaSheet::Hit hit = hitAt(event->position());
    const PersonaSheet::Hit pressed = m_pressed;
    m_pressed = {};
    if (hit.region == PersonaSheet::Region::None || hit.region != pressed.region || hit.journeyId != pressed.journeyId)
        return;
    if (hit.region == PersonaSheet::Region::Journey)
        emit journeyClicked(hit.journeyId);
    else
        emit regionClicked(hit.region);
}

void PersonaSheetView::leaveEvent(QEvent *event)
{
    setHover({});
    QWidget::leaveEvent(event);
}

void PersonaSheetView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        invalidate();
}

} // namespace waymark
