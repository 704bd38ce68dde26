// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuadrantItem.h"

#include "EmpathyLayout.h"
#include "NotePalette.h"
#include "util/DisplayText.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>

namespace waymark {
namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

QFont questionFont()
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(19);
    return font;
}

QFont hintFont()
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(17);
    return font;
}

} // namespace

QuadrantItem::QuadrantItem(Quadrant quadrant) : m_quadrant(quadrant)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(-10);
}

QString QuadrantItem::title(Quadrant quadrant)
{
    return DisplayText::quadrant(quadrant).toUpper();
}

QString QuadrantItem::question(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::Think: return tr("What occupies their mind?");
    case Quadrant::Feel: return tr("What worries or excites them?");
    case Quadrant::Say: return tr("What do they say to others?");
    case Quadrant::Do: return tr("What do they actually do?");
    case Quadrant::Pains: return tr("Fears, frustrations, obstacles");
    case Quadrant::Gains: return tr("Wants, needs, measures of success");
    }
    return {};
}

QFont QuadrantItem::titleFont()
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(30);
    font.setWeight(QFont::Bold);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    return font;
}

void QuadrantItem::setGeometry(const QRectF &rect, const QRectF &nextSlot, std::optional<QPointF> personaCentre)
{
    if (rect != m_rect)
        prepareGeometryChange();
    m_rect = rect;
    m_nextSlot = nextSlot;
    m_persona = personaCentre;
    setPos(rect.topLeft());
    update();
}

void QuadrantItem::setEmpty(bool empty)
{
    if (empty != m_empty) {
        m_empty = empty;
        update();
    }
}

void QuadrantItem::setCurrent(bool current, bool active, bool offerSlot)
{
    if (current != m_current || active != m_active || offerSlot != m_offerSlot) {
        m_current = current;
        m_active = active;
        m_offerSlot = offerSlot;
        update();
    }
}

void QuadrantItem::setDropSlots(const QList<QRectF> &rects)
{
    if (rects != m_dropSlots) {
        m_dropSlots = rects;
        update();
    }
}

QRectF QuadrantItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_rect.size()).adjusted(-3, -3, 3, 3);
}

void QuadrantItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette palette = scene() ? scene()->palette() : QGuiApplication::palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor secondary = mix(text, base, 0.38);
    const QRectF local(QPointF(0, 0), m_rect.size());
    const QPointF origin = m_rect.topLeft();

    painter->setBrush(base);
    const bool highlighted = m_current && m_active;
    painter->setPen(highlighted ? QPen(palette.color(QPalette::Highlight), 3) : QPen(mix(base, text, 0.16), 1.5));
    painter->drawRoundedRect(local.adjusted(1, 1, -1, -1), 14, 14);

    // The heading on the side away from the persona, with a chip of the quadrant's colour.
    const qreal pad = EmpathyLayout::padding;
    const bool right = EmpathyLayout::headingOnRight(m_quadrant);
    const QFont tf = titleFont();
    const QFontMetricsF tm(tf);
    const QString heading = title(m_quadrant);
    const qreal chip = 22;
    const qreal titleWidth = tm.horizontalAdvance(heading);
    const qreal titleTop = 18;
    const QRectF chipRect(right ? local.right() - pad - chip : pad, titleTop + (tm.height() - chip) / 2, chip, chip);
    painter->setPen(QPen(NotePalette::fill(QString(), m_quadrant).darker(135), 1));
    painter->setBrush(NotePalette::fill(QString(), m_quadrant));
    painter->drawRoundedRect(chipRect, 5, 5);
    const QRectF titleRect(right ? chipRect.left() - 12 - titleWidth : chipRect.right() + 12, titleTop, titleWidth + 4, tm.height());
    painter->setFont(tf);
    painter->setPen(text);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, heading);

    // The question, kept clear of the persona.
    const QFont qf = questionFont();
    const QFontMetricsF qm(qf);
    qreal questionWidth = local.width() - 2 * pad;
    if (m_persona && EmpathyLayout::touchesPersona(m_quadrant))
        questionWidth -= EmpathyLayout::keepOutRadius() - EmpathyLayout::gutter / 2;
    const QRectF questionRect(right ? local.right() - pad - questionWidth : pad, titleTop + tm.height() + 4, questionWidth, qm.height());
    painter->setFont(qf);
    painter->setPen(secondary);
    painter->drawText(questionRect, (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                      qm.elidedText(question(m_quadrant), Qt::ElideRight, questionWidth));

    // Where dragged notes will land.
    QColor accent = palette.color(QPalette::Highlight);
    for (const QRectF &slot : m_dropSlots) {
        QColor fill = accent;
        fill.setAlphaF(0.12);
        painter->setBrush(fill);
        painter->setPen(QPen(accent, 2.5, Qt::DashLine));
        painter->drawRoundedRect(slot.translated(-origin), 7, 7);
    }

    // Where typing adds a note.
    const bool offer = highlighted && m_offerSlot;
    if (m_dropSlots.isEmpty() && local.contains(m_nextSlot.translated(-origin)) && (offer || (m_empty && !highlighted))) {
        const QRectF slot = m_nextSlot.translated(-origin);
        painter->setFont(hintFont());
        if (offer) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(mix(base, accent, 0.7), 2, Qt::DashLine));
            painter->drawRoundedRect(slot, 7, 7);
        }
        painter->setPen(offer ? mix(text, base, 0.25) : secondary);
        const QString hint = offer ? tr("Type to add a note") : tr("Click here and type to add a note");
        painter->drawText(slot.adjusted(14, 10, -14, -10), Qt::AlignCenter | Qt::TextWordWrap, hint);
    }
}

} // namespace waymark
