// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QIcon>

namespace waymark {

class StakeholderScene;
struct Stakeholder;

/// A stakeholder's card on the grid: attitude marker, name, role, department, attitude
/// and influence, and the engagement strategy (in italics when derived from the
/// quadrant). Stores only the stakeholder's id and reads the rest from the document.
class StakeholderItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(waymark::StakeholderItem)

public:
    enum { Type = UserType + 41 };
    /// Above every unselected card (stacking follows the map's order).
    static constexpr qreal selectedZ = 100000;
    /// A card under the mouse comes to the front, so that a covered card can be read.
    static constexpr qreal hoveredZ = 200000;

    explicit StakeholderItem(StakeholderId id);

    StakeholderId id() const { return m_id; }
    bool isHovered() const { return m_hovered; }
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Moves the card to its stakeholder's position and refreshes what it shows.
    void sync();

    /// The texts on the card, as shown (plain text).
    QString nameText() const;
    QString detailText() const;   ///< "role · department"
    QString attitudeText() const; ///< "Champion · influence 85 %"
    QString strategyText() const; ///< the custom strategy, or the quadrant's
    bool isStrategyDerived() const;
    /// The card's name area, where the name is typed in place.
    QRectF nameRect() const;

    /// Attitude colours (Okabe–Ito, colour-blind safe) with a symbol, so that colour is
    /// never the only cue: ++ champion, + supporter, = neutral, − critic, −− blocker.
    static QColor attitudeColor(Attitude attitude);
    static QString attitudeSymbol(Attitude attitude);
    static QIcon attitudeIcon(Attitude attitude);
    static void paintAttitudeMarker(QPainter *painter, const QRectF &circle, Attitude attitude);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    const Stakeholder *stakeholder() const;
    StakeholderScene *stakeholderScene() const;

    StakeholderId m_id;
    bool m_hovered = false;
};

} // namespace waymark
