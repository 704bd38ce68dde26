// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyStyle.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace waymark::JourneyStyle {
namespace {
QFont sized(int px, QFont::Weight weight = QFont::Normal)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(px);
    font.setWeight(weight);
    return font;
}
} // namespace

QFont titleFont() { return sized(18, QFont::DemiBold); }
QFont noteFont() { return sized(17); }
QFont smallFont() { return sized(14); }
QFont headerFont() { return sized(20, QFont::Bold); }

QColor cardFill(LaneKind kind, const QString &stored)
{
    if (QColor c(stored); !stored.isEmpty() && c.isValid())
        return c;
    switch (kind) {
    case LaneKind::Touchpoints: return QColor(0xff, 0xff, 0xff);
    case LaneKind::Actions: return QColor(0xff, 0xf5, 0x9d);
    case LaneKind::Thoughts: return QColor(0xd6, 0xea, 0xff);
    case LaneKind::Emotions: return QColor(0xff, 0xe0, 0xec);
    case LaneKind::PainPoints: return QColor(0xff, 0xcd, 0xc4);
    case LaneKind::Opportunities: return QColor(0xc8, 0xf0, 0xc8);
    case LaneKind::Backstage: return QColor(0xe3, 0xe3, 0xea);
    case LaneKind::Owners: return QColor(0xe8, 0xdc, 0xff);
    case LaneKind::Custom: break;
    }
    return QColor(0xff, 0xf9, 0xc4);
}

QColor laneTint(LaneKind kind, const QString &stored)
{
    QColor c = stored.isEmpty() ? cardFill(kind, {}) : QColor(stored);
    if (!c.isValid())
        c = cardFill(kind, {});
    if (kind == LaneKind::Touchpoints && stored.isEmpty())
        c = QColor(0xdc, 0xe6, 0xf5);
    return c;
}

QColor channelColor(Channel channel)
{
    switch (channel) {
    case Channel::Web: return QColor(0x1f, 0x6f, 0xd1);
    case Channel::MobileApp: return QColor(0x7b, 0x3f, 0xc4);
    case Channel::Store: return QColor(0xb8, 0x5c, 0x00);
    case Channel::Phone: return QColor(0x0b, 0x7a, 0x5c);
    case Channel::Email: return QColor(0xc0, 0x39, 0x2b);
    case Channel::Social: return QColor(0xd0, 0x2f, 0x84);
    case Channel::Chatbot: return QColor(0x00, 0x83, 0x9a);
    case Channel::ReviewSite: return QColor(0xb7, 0x8a, 0x00);
    case Channel::Other: return QColor(0x5f, 0x63, 0x68);
    case Channel::None: break;
    }
    return QColor(0x80, 0x86, 0x8b);
}

void drawChannelIcon(QPainter *p, const QRectF &box, Channel channel, const QColor &color)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, qMax<qreal>(1.6, box.width() / 11), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    const QRectF r = box.adjusted(2, 2, -2, -2);
    const QPointF c = r.center();
    switch (channel) {
    case Channel::Web: {
        p->drawEllipse(r);
        p->drawEllipse(QRectF(c.x() - r.width() / 4, r.top(), r.width() / 2, r.height()));
        p->drawLine(QPointF(r.left(), c.y()), QPointF(r.right(), c.y()));
        break;
    }
    case Channel::MobileApp: {
        const QRectF phone(c.x() - r.width() * 0.3, r.top(), r.width() * 0.6, r.height());
        p->drawRoundedRect(phone, 3, 3);
        p->drawLine(QPointF(c.x() - 2, phone.bottom() - 3), QPointF(c.x() + 2, phone.bottom() - 3));
        break;
    }
    case Channel::Store: {
        QPainterPath roof;
        roof.moveTo(r.left(), r.top() + r.height() * 0.4);
        roof.lineTo(c.x(), r.top());
        roof.lineTo(r.right(), r.top() + r.height() * 0.4);
        p->drawPath(roof);
        p->drawRect(QRectF(r.left() + 2, r.top() + r.height() * 0.4, r.width() - 4, r.height() * 0.6));
        p->drawRect(QRectF(c.x() - r.width() * 0.12, r.bottom() - r.height() * 0.35, r.width() * 0.24, r.height() * 0.35));
        break;
    }
    case Channel::Phone: {
        QPainterPath handset;
        handset.moveTo(r.left() + r.width() * 0.2, r.top());
        handset.cubicTo(r.left() - r.width() * 0.05, r.top() + r.height() * 0.5, r.left() + r.width() * 0.5,
                        r.bottom() + r.height() * 0.05, r.right(), r.bottom() - r.height() * 0.2);
        p->setPen(QPen(color, box.width() / 5, Qt::SolidLine, Qt::RoundCap));
        p->drawPath(handset);
        break;
    }
    case Channel::Email: {
        const QRectF env = r.adjusted(0, r.height() * 0.15, 0, -r.height() * 0.15);
        p->drawRect(env);
        p->drawPolyline(QPolygonF{env.topLeft(), QPointF(c.x(), c.y() + 1), env.topRight()});
        break;
    }
    case Channel::Social: {
        const qreal h = r.width() * 0.3;
        p->drawEllipse(QPointF(c.x(), r.top() + h * 0.8), h * 0.7, h * 0.7);
        p->drawArc(QRectF(r.left() + 1, c.y() + 1, r.width() - 2, r.height()), 0, 180 * 16);
        break;
    }
    case Channel::Chatbot: {
        const QRectF bubble = r.adjusted(0, 0, 0, -r.height() * 0.25);
        p->drawRoundedRect(bubble, 4, 4);
        p->drawLine(QPointF(bubble.left() + 4, bubble.bottom()), QPointF(bubble.left() + 3, r.bottom()));
        p->setBrush(color);
        p->setPen(Qt::NoPen);
        for (int i = -1; i <= 1; ++i)
            p->drawEllipse(QPointF(bubble.center().x() + i * bubble.width() / 4, bubble.center().y()), 1.6, 1.6);
        break;
    }
    case Channel::ReviewSite: {
        QPainterPath star;
        const qreal R = r.width() / 2 + 1, inner = R * 0.45;
        for (int i = 0; i < 10; ++i) {
            const qreal a = -M_PI / 2 + i * M_PI / 5;
            const QPointF pt = c + QPointF(qCos(a), qSin(a)) * ((i % 2) ? inner : R);
            i ? star.lineTo(pt) : star.moveTo(pt);
        }
        star.closeSubpath();
        p->drawPath(star);
        break;
    }
    case Channel::Other:
    case Channel::None:
        p->setBrush(color);
        p->setPen(Qt::NoPen);
        for (int i = -1; i <= 1; ++i)
            p->drawEllipse(QPointF(c.x() + i * r.width() / 3, c.y()), 2, 2);
        break;
    }
    p->restore();
}

void drawStar(QPainter *p, const QRectF &box, const QColor &fill)
{
    if (fill.alpha() == 0)
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QPainterPath star;
    const QPointF c = box.center();
    const qreal R = qMin(box.width(), box.height()) / 2, r = R * 0.45;
    for (int i = 0; i < 10; ++i) {
        const qreal a = -M_PI / 2 + i * M_PI / 5;
        const QPointF pt = c + QPointF(qCos(a), qSin(a)) * ((i % 2) ? r : R);
        i ? star.lineTo(pt) : star.moveTo(pt);
    }
    star.closeSubpath();
    p->setPen(QPen(fill.darker(150), 1));
    p->setBrush(fill);
    p->drawPath(star);
    p->restore();
}

QColor textOn(const QColor &fill)
{
    return fill.lightnessF() > 0.55 ? QColor(0x1d, 0x1f, 0x23) : QColor(Qt::white);
}

QList<std::pair<QString, QString>> palette()
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("waymark::JourneyStyle", s); };
    return {{QStringLiteral("#fff59d"), tr("Yellow")}, {QStringLiteral("#ffcdc4"), tr("Red")},
            {QStringLiteral("#c8f0c8"), tr("Green")},  {QStringLiteral("#d6eaff"), tr("Blue")},
            {QStringLiteral("#e8dcff"), tr("Lilac")},  {QStringLiteral("#ffd8a8"), tr("Orange")},
            {QStringLiteral("#e3e3ea"), tr("Grey")},   {QStringLiteral("#ffffff"), tr("White")}};
}

QColor shaded(const QColor &below, int alpha)
{
    const auto f = [alpha](int c) { return (c * (255 - alpha) + 127) / 255; };
    return QColor(f(below.red()), f(below.green()), f(below.blue()));
}

QColor veiled(const QColor &below, const QColor &over, qreal opacity)
{
    const auto f = [opacity](int b, int o) { return qRound(o * opacity + b * (1 - opacity)); };
    return QColor(f(below.red(), over.red()), f(below.green(), over.green()), f(below.blue(), over.blue()));
}

PixelFill::PixelFill(QPainter *painter) : m_painter(painter), m_transform(painter->worldTransform())
{
    m_painter->save();
    m_painter->resetTransform();
    m_painter->setRenderHint(QPainter::Antialiasing, false);
    m_painter->setPen(Qt::NoPen);
    m_hairline = qMax(1, qRound(m_transform.m11()));
}

PixelFill::~PixelFill()
{
    m_painter->restore();
}

int PixelFill::x(qreal sceneX) const
{
    return qRound(m_transform.m11() * sceneX + m_transform.dx());
}

int PixelFill::y(qreal sceneY) const
{
    return qRound(m_transform.m22() * sceneY + m_transform.dy());
}

void PixelFill::fill(int x0, int y0, int x1, int y1, const QColor &color)
{
    if (x1 > x0 && y1 > y0)
        m_painter->fillRect(QRect(x0, y0, x1 - x0, y1 - y0), color);
}

void PixelFill::fill(const QRectF &scene, const QColor &color)
{
    fill(x(scene.left()), y(scene.top()), x(scene.right()), y(scene.bottom()), color);
}

} // namespace waymark::JourneyStyle
