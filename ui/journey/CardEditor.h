// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include "widgets/InlineTextEditor.h"

namespace waymark {

/// Edits a card's text in place, drawn as the card: plain text, wrapped at the card's
/// width, growing downwards. Enter commits, Shift+Enter starts a new line, Esc cancels,
/// Tab commits and moves on; leaving it commits. `cardId` is invalid for a new card.
class CardEditor : public InlineTextEditor
{
    Q_OBJECT

public:
    CardEditor(TouchpointId cardId, StageId stage, LaneId lane, const QColor &fill, const QFont &font, qreal width,
               const QString &text);

    TouchpointId cardId() const { return m_cardId; }
    StageId stageId() const { return m_stage; }
    LaneId laneId() const { return m_lane; }
    /// Where the card's top-left corner goes; `textOffset` is where its text starts in it.
    void setCardPos(QPointF pos, QPointF textOffset);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void aboutToEdit() override { prepareGeometryChange(); }

private:
    TouchpointId m_cardId;
    StageId m_stage;
    LaneId m_lane;
    QColor m_fill;
    qreal m_width;
    QPointF m_textOffset;
};

} // namespace waymark
