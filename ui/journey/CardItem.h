// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QTextLayout>

#include <memory>
#include <optional>

namespace waymark {

struct Workspace;

/// A card on the journey canvas. In a touchpoints lane it shows the touchpoint (channel
/// icon and name, title, owner, a star for a moment of truth, a score badge); in the other
/// lanes a sticky note (text, colour, pain-point severity). Stores only its id; `refresh`
/// re-reads the card. All text wraps inside the card, which grows to show all of it.
class CardItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(waymark::CardItem)

public:
    enum { Type = UserType + 0x4a43 };

    /// What the score badge shows (empty text: no badge).
    struct Badge
    {
        QString text;
        QColor color;
        QString toolTip;
    };

    explicit CardItem(TouchpointId id);
    ~CardItem() override;

    TouchpointId id() const { return m_id; }
    int type() const override { return Type; }
    bool isTouchpoint() const { return m_laneKind == LaneKind::Touchpoints; }
    LaneKind laneKind() const { return m_laneKind; }

    /// Re-reads the card; returns whether its height may have changed.
    void refresh(const Workspace &workspace);
    /// Lays the card out for a column width; returns the card's height.
    qreal setWidth(qreal width);
    qreal width() const { return m_width; }
    qreal height() const { return m_height; }
    void setBadge(const Badge &badge);
    const Badge &badge() const { return m_badge; }

    QRectF cardRect() const { return QRectF(0, 0, m_width, m_height); }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// The handle transitions are drawn from (item coordinates; touchpoints only).
    QRectF handleRect() const;
    bool showsHandle() const { return isTouchpoint() && (m_hovered || isSelected()); }
    /// Where the laid-out text lies (item coordinates), and how much of it was laid out.
    QRectF textRect() const;
    int laidOutLength() const;
    QString text() const { return m_text; }
    QColor fillColor() const { return m_fill; }

    /// Where the text starts (item coordinates) and in which font: the in-place editor matches it.
    QPointF textOrigin() const { return QPointF(textPadding(), m_titleTop); }
    QFont textFont() const;
    static qreal textPadding();

    void setEditing(bool editing);
    void setFloating(bool floating);
    /// Presentation mode and others can dim cards outside the spotlight.
    void setDimmed(bool dimmed);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void relayout();

    TouchpointId m_id;
    LaneKind m_laneKind = LaneKind::Custom;
    QString m_text;
    QString m_channelName;
    QString m_owner;
    Channel m_channel = Channel::None;
    bool m_momentOfTruth = false;
    int m_severity = 0;
    QColor m_fill;
    Badge m_badge;
    std::unique_ptr<QTextLayout> m_title;
    std::unique_ptr<QTextLayout> m_ownerLayout;
    qreal m_width = 0;
    qreal m_height = 60;
    qreal m_titleTop = 0;
    qreal m_ownerTop = 0;
    bool m_editing = false;
    bool m_floating = false;
    bool m_hovered = false;
    bool m_dimmed = false;
};

} // namespace waymark
