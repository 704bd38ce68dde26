// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderItem.h"

#include "StakeholderScene.h"
#include "util/DisplayText.h"

#include "model/Stakeholder.h"
#include "stakeholder/StakeholderGrid.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QStyleOptionGraphicsItem>

namespace waymark {
namespace {
constexpr qreal kRadius = 8;
constexpr qreal kPadding = 11;
constexpr qreal kStripe = 6;
constexpr qreal kMarker = 34;

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

QFont scaled(const QFont &base, qreal factor, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setWeight(weight);
    f.setItalic(italic);
    return f;
}

QRectF cardRect()
{
    const QSizeF size = StakeholderScene::cardSize();
    return {QPointF(-size.width() / 2, -size.height() / 2), size};
}

/// The card's text rows: name (beside the marker), role · department, attitude · influence, strategy.
struct Rows
{
    QRectF marker, name, detail, attitude, strategy;
};

Rows rows()
{
    const QRectF card = cardRect();
    const qreal left = card.left() + kStripe + kPadding;
    const qreal width = card.right() - kPadding - left;
    const qreal textLeft = left + kMarker + 10;
    Rows r;
    r.marker = QRectF(left, card.top() + kPadding, kMarker, kMarker);
    r.name = QRectF(textLeft, card.top() + kPadding - 4, card.right() - kPadding - textLeft, 24);
    r.detail = QRectF(textLeft, r.name.bottom(), r.name.width(), 19);
    r.attitude = QRectF(left, r.detail.bottom() + 6, width, 20);
    r.strategy = QRectF(left, r.attitude.bottom() + 1, width, 21);
    return r;
}

void drawElided(QPainter *painter, const QRectF &rect, const QString &text)
{
    // A single line: line breaks in the text become spaces, the rest is elided with “…”.
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(painter->font()).elidedText(line, Qt::ElideRight, rect.width()));
}
} // namespace

StakeholderItem::StakeholderItem(StakeholderId id) : m_id(id)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setCursor(Qt::OpenHandCursor);
}

StakeholderScene *StakeholderItem::stakeholderScene() const
{
    return static_cast<StakeholderScene *>(scene());
}

const Stakeholder *StakeholderItem::stakeholder() const
{
    return stakeholderScene() ? stakeholderScene()->stakeholder(m_id) : nullptr;
}

QRectF StakeholderItem::boundingRect() const
{
    return cardRect().adjusted(-4, -4, 4, 6); // selection ring and shadow
}

QPainterPath StakeholderItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(cardRect(), kRadius, kRadius);
    return path;
}

QRectF StakeholderItem::nameRect() const
{
    return rows().name;
}

void StakeholderItem::sync()
{
    const Stakeholder *s = stakeholder();
    if (!s)
        return;
    setPos(StakeholderScene::toScene(s->power, s->interest));
    const QLocale locale;
    QStringList lines{s->name};
    if (!detailText().isEmpty())
        lines << detailText();
    lines << attitudeText() + QStringLiteral(" · ") + tr("interest %1 %").arg(locale.toString(qRound(s->interest * 100)));
    lines << StakeholderGrid::quadrantName(StakeholderGrid::quadrantOf(s->power, s->interest)) + QStringLiteral(": ")
                 + strategyText();
    if (!s->notes.isEmpty())
        lines << s->notes;
    setToolTip(DisplayText::literal(lines.join(QLatin1Char('\n'))));
    update();
}

QString StakeholderItem::nameText() const
{
    const Stakeholder *s = stakeholder();
    return s ? s->name : QString();
}

QString StakeholderItem::detailText() const
{
    const Stakeholder *s = stakeholder();
    if (!s)
        return {};
    QStringList parts;
    for (const QString &part : {s->role, s->department})
        if (!part.trimmed().isEmpty())
            parts << part;
    return parts.join(QStringLiteral(" · "));
}

QString StakeholderItem::attitudeText() const
{
    const Stakeholder *s = stakeholder();
    if (!s)
        return {};
    return DisplayText::attitude(s->attitude) + QStringLiteral(" · ")
         + tr("influence %1 %").arg(QLocale().toString(qRound(s->power * 100)));
}

QString StakeholderItem::strategyText() const
{
    const Stakeholder *s = stakeholder();
    return s ? StakeholderGrid::effectiveStrategy(*s) : QString();
}

bool StakeholderItem::isStrategyDerived() const
{
    const Stakeholder *s = stakeholder();
    return !s || StakeholderGrid::isStrategyDerived(*s);
}

void StakeholderItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Stakeholder *s = stakeholder();
    if (!s)
        return;
    const QPalette pal = scene()->palette();
    const QFont base = scene()->font();
    const QColor baseColor = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor secondary = blend(baseColor, text, 0.68);
    const QColor accent = attitudeColor(s->attitude);
    const bool selected = option->state & QStyle::State_Selected;
    const QRectF card = cardRect();
    const Rows r = rows();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(card, kRadius, kRadius);
    // A soft shadow lifts the card off the tinted grid.
    painter->fillPath(path.translated(0, 3), blend(baseColor, QColor(Qt::black), 0.18));
    painter->fillPath(path, baseColor);
    painter->save();
    painter->setClipPath(path);
    painter->fillRect(QRectF(card.left(), card.top(), kStripe, card.height()), accent);
    painter->restore();
    QPen border(selected ? pal.color(QPalette::Highlight) : blend(baseColor, text, m_hovered ? 0.55 : 0.3),
                selected ? 3.5 : 1.2);
    painter->setPen(border);
    painter->drawPath(path);

    paintAttitudeMarker(painter, r.marker, s->attitude);

    painter->setPen(text);
    painter->setFont(scaled(base, 1.42, QFont::DemiBold));
    drawElided(painter, r.name, s->name.isEmpty() ? tr("(no name)") : s->name);
    painter->setFont(scaled(base, 1.12));
    painter->setPen(secondary);
    drawElided(painter, r.detail, detailText());
    painter->setPen(text);
    drawElided(painter, r.attitude, attitudeText());
    const bool derived = StakeholderGrid::isStrategyDerived(*s);
    painter->setFont(scaled(base, 1.15, derived ? QFont::Normal : QFont::DemiBold, derived));
    painter->setPen(derived ? secondary : text);
    drawElided(painter, r.strategy, QStringLiteral("→ ") + StakeholderGrid::effectiveStrategy(*s));
    painter->restore();
}

void StakeholderItem::paintAttitudeMarker(QPainter *painter, const QRectF &circle, Attitude attitude)
{
    const QColor fill = attitudeColor(attitude);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawEllipse(circle);
    // Dark symbols on the light hues, white on the dark ones: readable on any theme.
    painter->setPen(fill.lightnessF() > 0.55 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white));
    QFont f = painter->font();
    f.setPixelSize(qMax(6, qRound(circle.height() * 0.5)));
    f.setWeight(QFont::Bold);
    painter->setFont(f);
    painter->drawText(circle, Qt::AlignCenter, attitudeSymbol(attitude));
    painter->restore();
}

QColor StakeholderItem::attitudeColor(Attitude attitude)
{
    switch (attitude) {
    case Attitude::Champion: return QColor(0x00, 0x72, 0xb2);  // blue
    case Attitude::Supporter: return QColor(0x56, 0xb4, 0xe9); // sky blue
    case Attitude::Neutral: return QColor(0xa0, 0xa0, 0xa0);   // grey
    case Attitude::Critic: return QColor(0xe6, 0x9f, 0x00);    // orange
    case Attitude::Blocker: return QColor(0xd5, 0x5e, 0x00);   // vermillion
    }
    return {};
}

QString StakeholderItem::attitudeSymbol(Attitude attitude)
{
    switch (attitude) {
    case Attitude::Champion: return QStringLiteral("++");
    case Attitude::Supporter: return QStringLiteral("+");
    case Attitude::Neutral: return QStringLiteral("=");
    case Attitude::Critic: return QStringLiteral("−");
    case Attitude::Blocker: return QStringLiteral("−−");
    }
    return {};
}

QIcon StakeholderItem::attitudeIcon(Attitude attitude)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paintAttitudeMarker(&painter, QRectF(0.5, 0.5, size - 1, size - 1), attitude);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QVariant StakeholderItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        setZValue(zValue() + (value.toBool() ? selectedZ : -selectedZ));
    return QGraphicsItem::itemChange(change, value);
}

void StakeholderItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    setZValue(zValue() + hoveredZ);
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void StakeholderItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    setZValue(zValue() - hoveredZ);
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace waymark
