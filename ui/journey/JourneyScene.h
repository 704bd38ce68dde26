// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JourneyLayout.h"

#include "document/Document.h"
#include "model/Ids.h"
#include "scoring/ScoreEngine.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QPointer>

class QGraphicsPathItem;

namespace waymark {

class CardEditor;
class CardItem;
class EmotionCurveItem;
class TransitionItem;

/// One journey map as a canvas: stages as columns, visible lanes as rows, cards stacked
/// in their cells, transitions as arrows, the emotion curve in the emotions lane. Mirrors
/// the document (its items store only ids) and turns every gesture into an undo command:
/// typing into a selected cell adds a card, a drag moves cards between cells (one step),
/// Delete, Ctrl+D, Ctrl+C/V and the context menu act on the selection, a drag from a
/// touchpoint's handle draws a transition. Headers are painted by JourneyView.
class JourneyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    JourneyScene(Document *document, JourneyId journey, QObject *parent = nullptr);
    ~JourneyScene() override;

    Document *document() const { return m_document; }
    JourneyId journeyId() const { return m_journey; }
    bool isEditable() const;
    const JourneyLayout &journeyLayout() const { return m_layout; }

    CardItem *cardItem(TouchpointId id) const { return m_cards.value(id.value); }
    QList<CardItem *> cardItems() const;
    TransitionItem *transitionItem(TransitionId id) const { return m_transitions.value(id.value); }
    EmotionCurveItem *emotionCurve() const { return m_curve; }
    /// The scene rectangle of a card, or of the cell (column, row).
    QRectF cardRect(TouchpointId id) const;

    QList<TouchpointId> selectedCardIds() const;
    void selectCards(const QList<TouchpointId> &ids);
    /// The cell typing adds to and paste pastes into.
    StageId currentStage() const { return m_currentStage; }
    LaneId currentLane() const { return m_currentLane; }
    void setCurrentCell(StageId stage, LaneId lane);

    CardEditor *editor() const;
    void editCard(TouchpointId id);
    void startNewCard(StageId stage, LaneId lane, const QString &text = {});
    void commitEdit();
    void cancelEdit();

    void deleteSelection();
    void duplicateSelection();
    void copySelection();
    void cutSelection();
    void paste();
    void recolourSelection(const QString &color);
    void selectAllCards();
    /// Arrow keys: the nearest card in that direction; `extend` adds it to the selection.
    void navigate(Qt::Key direction, bool extend);
    /// Tab: the next (+1) or previous (-1) cell, row by row.
    void stepCell(int step);

    bool isDragging() const { return m_drag.active; }
    bool isConnecting() const { return m_connect.active; }

    /// Scores shown as badges on touchpoint cards and as the measured emotion curve.
    void setScores(const JourneyScores &scores);
    /// Recomputes the scores from the document (ScoreEngine) and shows them.
    void refreshScores();
    /// The metric the badges show (default: the journey's primary metric).
    void setBadgeMetric(std::optional<Metric> metric);
    /// The metric the badges show now: the chosen one, else the journey's primary metric.
    std::optional<Metric> shownMetric() const;
    /// The scores shown, if any feedback is attached.
    const std::optional<JourneyScores> &scores() const { return m_scores; }
    /// Score badges on touchpoint cards and totals in the stage headers.
    void setBadgesVisible(bool visible);
    bool badgesVisible() const { return m_showBadges; }
    /// The measured emotion beside the assumed curve, with the gap shaded.
    void setMeasuredVisible(bool visible);
    bool measuredVisible() const { return m_showMeasured; }
    /// Other journeys whose emotion curves are drawn over this one.
    void setOverlayJourneys(const QList<JourneyId> &journeys);
    QList<JourneyId> overlayJourneys() const { return m_overlayJourneys; }
    /// Dims everything but one stage (presentation mode); -1: none.
    void setSpotlight(int column);
    int spotlight() const { return m_spotlight; }

    /// Mirrors the document now (normally deferred to the event loop after changes).
    void relayoutNow();

signals:
    /// Columns, rows or their headers changed: the view repaints its headers.
    void layoutChanged();
    void selectedCardChanged(waymark::TouchpointId card);
    void feedbackRequested(waymark::TouchpointId touchpoint);
    void ensureVisibleRequested(const QRectF &sceneRect);
    void journeyGone();

protected:
    bool event(QEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    struct Drag
    {
        bool pressed = false;
        bool active = false;
        TouchpointId pressedCard;
        QPointF pressPos;
        bool wasSelected = false;
        QList<TouchpointId> ids;
        QHash<qint64, QPointF> offsets;
        int column = -1;
        int row = -1;
        TouchpointId before; ///< the card the dragged ones land before; invalid: the cell's end
    };
    struct Connect
    {
        bool active = false;
        TouchpointId from;
        QPointF to;
        TouchpointId target;
    };

    void rebuild();
    void scheduleRelayout();
    void relayout();
    void refreshCurve();
    void refreshTransitions();
    void placeTransitionLabels();
    void refreshBadges();
    void onEntity(EntityKind kind, qint64 id, bool removed);
    bool belongs(EntityKind kind, qint64 id) const;

    CardItem *cardAt(QPointF scenePos) const;
    void updateDrag(QPointF scenePos);
    void finishDrag();
    void cancelDrag();
    void finishConnect();
    void attachEditor(CardEditor *editor, QPointF cardPos, QPointF textOffset);
    void closeEditor();
    void showCardMenu(const QPoint &screenPos, CardItem *card);
    void showCellMenu(const QPoint &screenPos);
    void showTransitionMenu(const QPoint &screenPos, TransitionItem *item);
    /// Where a new card of the cell would go (scene).
    QPointF cellEnd(int column, int row) const;
    QList<TouchpointId> readingOrder() const;

    QPointer<Document> m_document;
    JourneyId m_journey;
    JourneyLayout m_layout;
    QHash<qint64, CardItem *> m_cards;
    QHash<qint64, TransitionItem *> m_transitions;
    EmotionCurveItem *m_curve = nullptr;
    QPointer<CardEditor> m_editor;
    StageId m_currentStage;
    LaneId m_currentLane;
    TouchpointId m_cursor;
    Drag m_drag;
    Connect m_connect;
    TouchpointId m_dropTarget; ///< a card feedback is being dragged over
    bool m_relayoutQueued = false;
    bool m_scoresFromEngine = true;
    std::optional<JourneyScores> m_scores;
    bool m_showBadges = true;
    bool m_showMeasured = true;
    std::optional<Metric> m_badgeMetric;
    QList<JourneyId> m_overlayJourneys;
    QSet<qint64> m_parts; ///< the ids of the journey's stages and lanes, hidden ones too
    QGraphicsPathItem *m_connectLine = nullptr;
    int m_spotlight = -1;
};

} // namespace waymark
