// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonaItem.h"

#include "EmpathyLayout.h"
#include "widgets/Avatar.h"

#include "model/Workspace.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPainterPath>

namespace waymark {
namespace {
constexpr int kAvatar = 108;
}

PersonaItem::PersonaItem()
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(5);
}

void PersonaItem::setPersona(PersonaId id, const Workspace &workspace)
{
    m_id = id;
    refresh(workspace);
}

void PersonaItem::refresh(const Workspace &workspace)
{
    const Persona *persona = workspace.personas.find(m_id);
    m_name = persona ? persona->name : tr("No persona");
    m_role = persona ? (persona->segment.isEmpty() ? persona->occupation : persona->segment) : QString();
    m_avatar = persona ? Avatar::render(*persona, kAvatar, 2.0) : QPixmap();
    setToolTip(persona ? tr("Double-click to open the persona") : QString());
    update();
}

QRectF PersonaItem::boundingRect() const
{
    const qreal r = EmpathyLayout::personaRadius + 4;
    return QRectF(-r, -r, 2 * r, 2 * r);
}

QPainterPath PersonaItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), EmpathyLayout::personaRadius, EmpathyLayout::personaRadius);
    return path;
}

void PersonaItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    const QPalette palette = scene() ? scene()->palette() : QGuiApplication::palette();
    const qreal r = EmpathyLayout::personaRadius;

    // A ring of the canvas colour separates the disc from the quadrants behind it.
    painter->setPen(QPen(palette.color(QPalette::Window), 8));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawEllipse(QPointF(0, 0), r - 4, r - 4);
    const QColor text = palette.color(QPalette::Text);
    QColor ring = text;
    ring.setAlphaF(0.2);
    painter->setPen(QPen(ring, 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(QPointF(0, 0), r - 9, r - 9);

    const qreal avatarTop = -r + 22;
    if (!m_avatar.isNull())
        painter->drawPixmap(QRectF(-kAvatar / 2.0, avatarTop, kAvatar, kAvatar), m_avatar, m_avatar.rect());

    QFont nameFont = QGuiApplication::font();
    nameFont.setPixelSize(20);
    nameFont.setWeight(QFont::Bold);
    const QFontMetricsF nm(nameFont);
    const qreal textWidth = 2 * r - 56;
    const qreal nameTop = m_avatar.isNull() ? -nm.height() / 2 : avatarTop + kAvatar + 6;
    painter->setFont(nameFont);
    painter->setPen(text);
    painter->drawText(QRectF(-textWidth / 2, nameTop, textWidth, nm.height()), Qt::AlignCenter,
                      nm.elidedText(m_name, Qt::ElideRight, textWidth));
    if (!m_role.isEmpty()) {
        QFont roleFont = QGuiApplication::font();
        roleFont.setPixelSize(15);
        const QFontMetricsF rm(roleFont);
        const qreal roleWidth = textWidth - 30;
        QColor secondary = text;
        secondary.setAlphaF(0.65);
        painter->setFont(roleFont);
        painter->setPen(secondary);
        painter->drawText(QRectF(-roleWidth / 2, nameTop + nm.height(), roleWidth, rm.height()), Qt::AlignCenter,
                          rm.elidedText(m_role, Qt::ElideRight, roleWidth));
    }
}

} // namespace waymark
