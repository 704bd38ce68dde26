// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardItem.h"

#include "JourneyStyle.h"
#include "util/DisplayText.h"

#include "model/Workspace.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace waymark {
namespace {

constexpr qreal kPad = JourneyStyle::cardPadding;
constexpr qreal kTopRow = 26;
constexpr qreal kBadgeHeight = 28;
constexpr qreal kSeverityRow = 24;
constexpr qreal kHandle = 11;

/// Plain text wrapped at `width`; returns its height.
qreal layOut(QTextLayout &layout, qreal width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

QString plain(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return text;
}

} // namespace

CardItem::CardItem(TouchpointId id) : m_id(id)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::NoButton); // the scene handles clicks and drags
    // A card repaints from a pixmap while the view scrolls, zooms in steps or drags it:
    // text layout and antialiased shapes are drawn only when the card itself changes.
    setCacheMode(DeviceCoordinateCache);
}

CardItem::~CardItem() = default;

qreal CardItem::textPadding() { return kPad; }

QFont CardItem::textFont() const
{
    return isTouchpoint() ? JourneyStyle::titleFont() : JourneyStyle::noteFont();
}

void CardItem::refresh(const Workspace &workspace)
{
    const Touchpoint *t = workspace.touchpoints.find(m_id);
    if (!t)
        return;
    const Lane *lane = workspace.lanes.find(t->laneId);
    m_laneKind = lane ? lane->laneKind : LaneKind::Custom;
    m_text = t->title;
    m_channel = t->channel;
    m_channelName = DisplayText::channel(t->channel);
    m_momentOfTruth = t->momentOfTruth;
    m_severity = t->severity;
    QString owner = t->owner;
    if (const Stakeholder *s = workspace.stakeholders.find(t->ownerStakeholder))
        owner = s->name;
    m_owner = owner;
    m_fill = JourneyStyle::cardFill(m_laneKind, t->color);
    QStringList tip;
    if (isTouchpoint()) {
        if (m_momentOfTruth)
            tip << tr("Moment of truth");
        if (t->assumedEmotion)
            tip << tr("Assumed emotion %1").arg(DisplayText::emotion(*t->assumedEmotion));
    }
    if (!t->description.isEmpty())
        tip << t->description;
    setToolTip(DisplayText::literal(tip.join(QLatin1Char('\n'))));
    relayout();
}

qreal CardItem::setWidth(qreal width)
{
    if (!qFuzzyCompare(width, m_width)) {
        m_width = width;
        relayout();
    }
    return m_height;
}

void CardItem::setBadge(const Badge &badge)
{
    const bool heightChanges = badge.text.isEmpty() != m_badge.text.isEmpty();
    m_badge = badge;
    if (heightChanges)
        relayout();
    else
        update();
}

void CardItem::relayout()
{
    if (m_width <= 0)
        return;
    prepareGeometryChange();
    const qreal inner = m_width - 2 * kPad;
    m_title = std::make_unique<QTextLayout>(plain(m_text.isEmpty() && !m_editing ? QString() : m_text), textFont());
    const qreal titleHeight = qMax(layOut(*m_title, inner), QFontMetricsF(textFont()).height());
    qreal y = kPad;
    if (isTouchpoint())
        y += kTopRow + 4;
    m_titleTop = y;
    y += titleHeight;
    m_ownerLayout.reset();
    if (isTouchpoint() && !m_owner.isEmpty()) {
        y += 6;
        m_ownerTop = y;
        m_ownerLayout = std::make_unique<QTextLayout>(plain(tr("Owner: %1").arg(m_owner)), JourneyStyle::smallFont());
        y += layOut(*m_ownerLayout, inner);
    }
    if (m_severity > 0)
        y += 6 + kSeverityRow;
    if (!m_badge.text.isEmpty())
        y += 6 + kBadgeHeight;
    m_height = qMax<qreal>(y + kPad, isTouchpoint() ? 96 : 64);
    update();
}

QRectF CardItem::boundingRect() const
{
    return QRectF(-5, -5, m_width + 10 + kHandle, m_height + 12);
}

QPainterPath CardItem::shape() const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill); // the handle overlaps the card's edge: both count
    path.addRect(cardRect());
    if (showsHandle())
        path.addEllipse(handleRect());
    return path;
}

QRectF CardItem::handleRect() const
{
    return QRectF(m_width - kHandle, m_height / 2 - kHandle, 2 * kHandle, 2 * kHandle);
}

QRectF CardItem::textRect() const
{
    QRectF rect;
    if (m_title)
        for (int i = 0; i < m_title->lineCount(); ++i)
            rect = rect.united(m_title->lineAt(i).naturalTextRect());
    return rect.translated(kPad, m_titleTop);
}

int CardItem::laidOutLength() const
{
    int n = 0;
    if (m_title)
        for (int i = 0; i < m_title->lineCount(); ++i)
            n += m_title->lineAt(i).textLength();
    return n;
}

void CardItem::setEditing(bool editing)
{
    m_editing = editing;
    update();
}

void CardItem::setFloating(bool floating)
{
    m_floating = floating;
    setZValue(floating ? 10 : 1);
    setOpacity(floating ? 0.85 : 1.0);
}

void CardItem::setDimmed(bool dimmed)
{
    if (m_dimmed == dimmed)
        return;
    m_dimmed = dimmed;
    update();
}

void CardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF r = cardRect();
    const QPalette palette = scene() ? scene()->palette() : QGuiApplication::palette();
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, m_floating ? 60 : 30));
    painter->drawRoundedRect(r.translated(0, m_floating ? 5 : 2), JourneyStyle::cardRadius, JourneyStyle::cardRadius);
    painter->setBrush(m_fill);
    painter->setPen(QPen(m_fill.darker(isTouchpoint() ? 125 : 112), 1));
    painter->drawRoundedRect(r, JourneyStyle::cardRadius, JourneyStyle::cardRadius);

    const QColor ink = JourneyStyle::textOn(m_fill);
    QColor soft = ink;
    soft.setAlphaF(0.7);
    if (isTouchpoint()) {
        const QColor accent = JourneyStyle::channelColor(m_channel);
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawRoundedRect(QRectF(r.left(), r.top(), 6, r.height()), 3, 3);
        const QRectF icon(kPad, kPad, 24, 24);
        JourneyStyle::drawChannelIcon(painter, icon, m_channel, accent);
        painter->setFont(JourneyStyle::smallFont());
        painter->setPen(accent.darker(115));
        const qreal right = m_width - kPad - (m_momentOfTruth ? 30 : 0);
        const QRectF nameBox(icon.right() + 6, kPad, right - icon.right() - 6, 24);
        painter->drawText(nameBox, Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetricsF(JourneyStyle::smallFont()).elidedText(m_channelName, Qt::ElideRight, nameBox.width()));
        if (m_momentOfTruth)
            JourneyStyle::drawStar(painter, QRectF(m_width - kPad - 26, kPad - 1, 26, 26), QColor(0xf5, 0xb3, 0x01));
    }
    if (!m_editing && m_title) {
        painter->setPen(ink);
        m_title->draw(painter, QPointF(kPad, m_titleTop));
    }
    if (m_ownerLayout) {
        painter->setPen(soft);
        m_ownerLayout->draw(painter, QPointF(kPad, m_ownerTop));
    }
    qreal bottom = m_height - kPad;
    if (!m_badge.text.isEmpty()) {
        const QRectF pill(kPad, bottom - kBadgeHeight, m_width - 2 * kPad, kBadgeHeight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_badge.color);
        painter->drawRoundedRect(pill, kBadgeHeight / 2, kBadgeHeight / 2);
        painter->setPen(JourneyStyle::textOn(m_badge.color));
        painter->setFont(JourneyStyle::smallFont());
        painter->drawText(pill.adjusted(10, 0, -10, 0), Qt::AlignCenter,
                          QFontMetricsF(JourneyStyle::smallFont()).elidedText(m_badge.text, Qt::ElideRight, pill.width() - 20));
        bottom = pill.top() - 6;
    }
    if (m_severity > 0) {
        const QRectF row(kPad, bottom - kSeverityRow, m_width - 2 * kPad, kSeverityRow);
        const QColor red(0xc6, 0x28, 0x28);
        for (int i = 0; i < 3; ++i) {
            painter->setPen(QPen(red, 1.5));
            painter->setBrush(i < m_severity ? red : Qt::transparent);
            painter->drawEllipse(QRectF(row.left() + i * 18, row.center().y() - 6, 12, 12));
        }
        painter->setPen(soft);
        painter->setFont(JourneyStyle::smallFont());
        const QString label = m_severity >= 3 ? tr("severe") : m_severity == 2 ? tr("serious") : tr("minor");
        painter->drawText(row.adjusted(3 * 18 + 4, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetricsF(JourneyStyle::smallFont()).elidedText(label, Qt::ElideRight, row.width() - 58));
    }
    if (option->state & QStyle::State_Selected) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(palette.color(QPalette::Highlight), 3.5));
        painter->drawRoundedRect(r.adjusted(-2, -2, 2, 2), JourneyStyle::cardRadius + 2, JourneyStyle::cardRadius + 2);
    }
    if (showsHandle()) {
        painter->setPen(QPen(Qt::white, 2));
        painter->setBrush(palette.color(QPalette::Highlight));
        painter->drawEllipse(handleRect().adjusted(1, 1, -1, -1));
        painter->setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap));
        const QPointF c = handleRect().center();
        painter->drawLine(c + QPointF(-4, 0), c + QPointF(4, 0));
        painter->drawLine(c + QPointF(1, -3), c + QPointF(4, 0));
        painter->drawLine(c + QPointF(1, 3), c + QPointF(4, 0));
    }
    if (m_dimmed) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 150));
        painter->drawRoundedRect(r.adjusted(-1, -1, 1, 3), JourneyStyle::cardRadius, JourneyStyle::cardRadius);
    }
}

void CardItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    prepareGeometryChange();
    update();
}

void CardItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    prepareGeometryChange();
    update();
}

} // namespace waymark
