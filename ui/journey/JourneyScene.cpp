// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyScene.h"

#include "CardEditor.h"
#include "CardItem.h"
#include "EmotionCurveItem.h"
#include "JourneyStyle.h"
#include "TransitionItem.h"

#include "commands/AttachFeedbackCommand.h"
#include "commands/EditCommand.h"
#include "commands/JourneyEdits.h"
#include "commands/RemoveCommand.h"
#include "commands/WorkspaceEdits.h"

#include <QApplication>
#include <QGraphicsPathItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace waymark {


JourneyScene::JourneyScene(Document *document, JourneyId journey, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_journey(journey)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_curve = new EmotionCurveItem(document);
    addItem(m_curve);
    connect(document, &Document::entityAdded, this, [this](EntityKind k, qint64 id) { onEntity(k, id, false); });
    connect(document, &Document::entityChanged, this, [this](EntityKind k, qint64 id) { onEntity(k, id, false); });
    connect(document, &Document::entityMoved, this, [this](EntityKind k, qint64 id) { onEntity(k, id, false); });
    connect(document, &Document::entityRemoved, this, [this](EntityKind k, qint64 id) { onEntity(k, id, true); });
    connect(document, &Document::entitiesAdded, this, [this](EntityKind k, const QList<qint64> &ids) {
        for (qint64 id : ids)
            onEntity(k, id, false);
    });
    connect(document, &Document::entitiesRemoved, this, [this](EntityKind k, const QList<qint64> &ids) {
        for (qint64 id : ids)
            onEntity(k, id, true);
    });
    connect(document, &Document::workspaceReset, this, &JourneyScene::rebuild);
    connect(document, &Document::attachmentsChanged, this, [this] {
        if (m_scoresFromEngine)
            refreshScores();
    });
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        const auto ids = selectedCardIds();
        emit selectedCardChanged(ids.size() == 1 ? ids.first() : TouchpointId());
    });
    rebuild();
    // A page that supplies the scores itself (setScores, from LiveScores) does so before
    // the event loop turns; only a scene left to the engine computes them here.
    QTimer::singleShot(0, this, [this] {
        if (m_scoresFromEngine)
            refreshScores();
    });
}

JourneyScene::~JourneyScene()
{
    // Items go with the scene; the editor must not commit into a dying scene.
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    // Deleting the items changes the selection: nothing may listen any more.
    blockSignals(true);
    disconnect(this, nullptr, this, nullptr);
    clear();
    m_cards.clear();
    m_transitions.clear();
}

bool JourneyScene::isEditable() const
{
    return m_document && !m_document->isReadOnly();
}

QList<CardItem *> JourneyScene::cardItems() const
{
    QList<CardItem *> out;
    for (TouchpointId id : readingOrder())
        if (CardItem *c = cardItem(id))
            out.append(c);
    return out;
}

QList<TouchpointId> JourneyScene::readingOrder() const
{
    QList<TouchpointId> out;
    if (!m_document)
        return out;
    for (const Touchpoint &t : m_document->workspace().touchpoints)
        if (t.journeyId == m_journey)
            out.append(t.id);
    return out;
}

QRectF JourneyScene::cardRect(TouchpointId id) const
{
    const CardItem *c = cardItem(id);
    return c ? c->mapRectToScene(c->cardRect()) : QRectF();
}

// Mirroring ------------------------------------------------------------------------------

void JourneyScene::rebuild()
{
    if (m_editor)
        closeEditor();
    for (CardItem *c : std::as_const(m_cards))
        delete c;
    m_cards.clear();
    for (TransitionItem *t : std::as_const(m_transitions))
        delete t;
    m_transitions.clear();
    m_drag = {};
    if (!m_document || !m_document->workspace().journeys.contains(m_journey)) {
        m_layout = {};
        emit journeyGone();
        return;
    }
    const Workspace &w = m_document->workspace();
    for (const Touchpoint &t : w.touchpoints)
        if (t.journeyId == m_journey) {
            auto *item = new CardItem(t.id);
            item->setZValue(1);
            item->refresh(w);
            addItem(item);
            m_cards.insert(t.id.value, item);
        }
    for (const Transition &t : w.transitions)
        if (t.journeyId == m_journey) {
            auto *item = new TransitionItem(t.id);
            addItem(item);
            m_transitions.insert(t.id.value, item);
        }
    relayout();
}

bool JourneyScene::belongs(EntityKind kind, qint64 id) const
{
    const Workspace &w = m_document->workspace();
    switch (kind) {
    case EntityKind::Touchpoint: {
        const Touchpoint *t = w.touchpoints.find(TouchpointId(id));
        return m_cards.contains(id) || (t && t->journeyId == m_journey);
    }
    case EntityKind::Transition: {
        const Transition *t = w.transitions.find(TransitionId(id));
        return m_transitions.contains(id) || (t && t->journeyId == m_journey);
    }
    case EntityKind::Stage: {
        const Stage *s = w.stages.find(StageId(id));
        return m_parts.contains(id) || (s && s->journeyId == m_journey);
    }
    case EntityKind::Lane: {
        const Lane *l = w.lanes.find(LaneId(id));
        return m_parts.contains(id) || (l && l->journeyId == m_journey);
    }
    case EntityKind::Journey: return true; // this one, or an overlay
    case EntityKind::Stakeholder: return true; // owners' names
    default: return false;
    }
}

void JourneyScene::onEntity(EntityKind kind, qint64 id, bool removed)
{
    if (!m_document || !belongs(kind, id))
        return;
    const Workspace &w = m_document->workspace();
    switch (kind) {
    case EntityKind::Touchpoint:
        if (removed) {
            if (m_editor && m_editor->cardId().value == id)
                closeEditor();
            m_drag.ids.removeAll(TouchpointId(id));
            delete m_cards.take(id);
        } else if (CardItem *c = m_cards.value(id)) {
            c->refresh(w);
        } else {
            auto *item = new CardItem(TouchpointId(id));
            item->setZValue(1);
            item->refresh(w);
            addItem(item);
            m_cards.insert(id, item);
        }
        break;
    case EntityKind::Transition:
        if (removed)
            delete m_transitions.take(id);
        else if (!m_transitions.contains(id)) {
            auto *item = new TransitionItem(TransitionId(id));
            addItem(item);
            m_transitions.insert(id, item);
        }
        break;
    case EntityKind::Lane:
        // A lane's kind decides how its cards look.
        for (CardItem *c : std::as_const(m_cards))
            if (const Touchpoint *t = w.touchpoints.find(c->id()); t && t->laneId.value == id)
                c->refresh(w);
        break;
    case EntityKind::Journey:
        if (id == m_journey.value && removed) {
            emit journeyGone();
            return;
        }
        if (id != m_journey.value && !m_overlayJourneys.contains(JourneyId(id)))
            return;
        break;
    case EntityKind::Stakeholder:
        for (CardItem *c : std::as_const(m_cards))
            if (const Touchpoint *t = w.touchpoints.find(c->id()); t && t->ownerStakeholder.value == id)
                c->refresh(w);
        break;
    default: break;
    }
    scheduleRelayout();
}

void JourneyScene::scheduleRelayout()
{
    if (m_relayoutQueued)
        return;
    m_relayoutQueued = true;
    QTimer::singleShot(0, this, [this] {
        if (m_relayoutQueued)
            relayout();
    });
}

void JourneyScene::relayoutNow()
{
    if (m_relayoutQueued)
        relayout();
}

void JourneyScene::relayout()
{
    m_relayoutQueued = false;
    if (!m_document)
        return;
    const Workspace &w = m_document->workspace();
    m_layout = JourneyLayout::compute(w, m_journey, [this](TouchpointId id, qreal width) {
        CardItem *c = m_cards.value(id.value);
        return c ? c->setWidth(width) : 0.0;
    });
    m_parts.clear();
    for (const Stage &s : w.stages)
        if (s.journeyId == m_journey)
            m_parts.insert(s.id.value);
    for (const Lane &l : w.lanes)
        if (l.journeyId == m_journey)
            m_parts.insert(l.id.value);
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it) {
        const auto pos = m_layout.cardPos.constFind(it.key());
        it.value()->setVisible(pos != m_layout.cardPos.cend());
        if (pos != m_layout.cardPos.cend() && !(m_drag.active && m_drag.ids.contains(TouchpointId(it.key()))))
            it.value()->setPos(*pos);
        it.value()->setDimmed(m_spotlight >= 0 && pos != m_layout.cardPos.cend()
                              && m_layout.columnAt(pos->x()) != m_spotlight);
    }
    setSceneRect(0, 0, m_layout.width + 60, m_layout.height + 80);
    refreshTransitions();
    refreshCurve();
    if (m_currentStage.isValid() && m_layout.columnOf(m_currentStage) < 0)
        m_currentStage = {};
    if (m_currentLane.isValid() && m_layout.rowOf(m_currentLane) < 0)
        m_currentLane = {};
    update();
    emit layoutChanged();
}

void JourneyScene::refreshTransitions()
{
    const Workspace &w = m_document->workspace();
    double largest = 0;
    for (const Transition &t : w.transitions)
        if (t.journeyId == m_journey && t.volume)
            largest = qMax(largest, *t.volume);
    for (auto it = m_transitions.cbegin(); it != m_transitions.cend(); ++it) {
        const Transition *t = w.transitions.find(TransitionId(it.key()));
        const CardItem *a = t ? cardItem(t->from) : nullptr;
        const CardItem *b = t ? cardItem(t->to) : nullptr;
        const bool shown = a && b && a->isVisible() && b->isVisible();
        it.value()->setVisible(shown);
        if (shown) {
            it.value()->setVolume(t->volume, largest);
            it.value()->setEnds(cardRect(t->from), cardRect(t->to));
        }
    }
    placeTransitionLabels();
}

void JourneyScene::placeTransitionLabels()
{
    // Each volume label sits on its arrow where it covers no other label and no card's
    // content: the middle if that is free, else the free place nearest to it along the
    // arrow (nudged sideways by up to a card's padding); where the arrow has none (two
    // labels at the same spot), the label is stacked beside the other. Between the cards
    // of two neighbouring stages a label may still cover the cards' padding, never text.
    QList<QRectF> cards;
    for (const CardItem *c : std::as_const(m_cards))
        if (c->isVisible())
            cards.append(c->mapRectToScene(c->cardRect()));
    QList<TransitionItem *> items;
    for (TransitionItem *t : std::as_const(m_transitions))
        if (t->isVisible() && !t->labelSize().isEmpty())
            items.append(t);
    std::sort(items.begin(), items.end(), [](const TransitionItem *a, const TransitionItem *b) { return a->id().value < b->id().value; });
    static constexpr qreal kAlong[] = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.1, 0.9};
    static constexpr qreal kAside[] = {0, -6, 6, -11, 11};
    constexpr qreal kLabelCost = 1e6, kContentCost = 1e3;
    const qreal pad = JourneyStyle::cardPadding + 1; // a sliver of the padding beyond it still covers no text
    const auto area = [](const QRectF &a, const QRectF &b) {
        const QRectF i = a.intersected(b);
        return i.isEmpty() ? 0.0 : i.width() * i.height();
    };
    QList<QRectF> placed;
    for (TransitionItem *item : std::as_const(items)) {
        const QSizeF size = item->labelSize();
        const QPainterPath path = item->path();
        // Everything a candidate place below could touch (stacked up to 12 labels away).
        constexpr int kStack = 12;
        const qreal step = size.height() + 3;
        const QRectF reach = path.boundingRect().adjusted(-size.width() / 2 - 12, -(kStack + 1) * step,
                                                          size.width() / 2 + 12, (kStack + 1) * step);
        QList<QRectF> nearCards, nearLabels;
        for (const QRectF &r : std::as_const(cards))
            if (r.intersects(reach))
                nearCards.append(r);
        for (const QRectF &r : std::as_const(placed))
            if (r.intersects(reach))
                nearLabels.append(r);
        QPointF points[std::size(kAlong)];
        for (size_t i = 0; i < std::size(kAlong); ++i)
            points[i] = item->pointAt(kAlong[i]) - QPointF(size.width() / 2, size.height() / 2);
        // What a place costs, counted only as far as `limit` (a better one is known).
        const auto cost = [&](const QRectF &box, qreal limit) {
            qreal c = 0;
            const QRectF margin = box.adjusted(-2, -2, 2, 2);
            for (const QRectF &r : std::as_const(nearLabels))
                if (const qreal a = area(margin, r); a > 0 && (c += kLabelCost * (a + 1)) > limit)
                    return c;
            for (const QRectF &r : std::as_const(nearCards)) {
                if (!box.intersects(r))
                    continue;
                if (const qreal a = area(box, r.adjusted(pad, pad, -pad, -pad)); a > 0)
                    c += kContentCost * (a + 1);
                if ((c += area(box, r)) > limit)
                    return c;
            }
            return c;
        };
        size_t bestIndex = 0;
        qreal bestCost = std::numeric_limits<qreal>::max();
        QPointF bestOffset;
        for (size_t i = 0; i < std::size(kAlong); ++i)
            for (const qreal dx : kAside) {
                // Nearer the middle and the arrow wins among equals.
                const qreal bias = qAbs(kAlong[i] - 0.5) * 10 + qAbs(dx);
                const qreal c = cost(QRectF(points[i] + QPointF(dx, 0), size), bestCost - bias) + bias;
                if (c < bestCost) {
                    bestCost = c;
                    bestIndex = i;
                    bestOffset = QPointF(dx, 0);
                }
            }
        if (bestCost >= kContentCost) {
            // On another label (or a card's text) wherever it goes along the arrow: stack it
            // above or below, at the place along the arrow where that is best.
            for (int k = 1; k <= kStack; ++k)
                for (const int sign : {1, -1})
                    for (size_t i = 0; i < std::size(kAlong); ++i) {
                        const QPointF offset(0, sign * k * step);
                        const qreal bias = qAbs(kAlong[i] - 0.5) * 10 + k * 20;
                        const qreal c = cost(QRectF(points[i] + offset, size), bestCost - bias) + bias;
                        if (c < bestCost) {
                            bestCost = c;
                            bestIndex = i;
                            bestOffset = offset;
                        }
                    }
        }
        const qreal bestT = kAlong[bestIndex];
        item->setLabelAt(bestT, bestOffset);
        placed.append(item->labelRect());
    }
}

void JourneyScene::setSpotlight(int column)
{
    m_spotlight = column;
    relayout();
}

// Selection ------------------------------------------------------------------------------

QList<TouchpointId> JourneyScene::selectedCardIds() const
{
    QList<TouchpointId> out;
    for (TouchpointId id : readingOrder())
        if (CardItem *c = cardItem(id); c && c->isSelected())
            out.append(id);
    return out;
}

void JourneyScene::selectCards(const QList<TouchpointId> &ids)
{
    clearSelection();
    for (TouchpointId id : ids)
        if (CardItem *c = cardItem(id))
            c->setSelected(true);
    if (!ids.isEmpty()) {
        m_cursor = ids.last();
        if (const Touchpoint *t = m_document->workspace().touchpoints.find(m_cursor))
            setCurrentCell(t->stageId, t->laneId);
        emit ensureVisibleRequested(cardRect(m_cursor));
    }
}

void JourneyScene::setCurrentCell(StageId stage, LaneId lane)
{
    if (stage == m_currentStage && lane == m_currentLane)
        return;
    m_currentStage = stage;
    m_currentLane = lane;
    update();
}

void JourneyScene::selectAllCards()
{
    for (CardItem *c : std::as_const(m_cards))
        if (c->isVisible())
            c->setSelected(true);
}

CardItem *JourneyScene::cardAt(QPointF pos) const
{
    for (QGraphicsItem *item : items(pos, Qt::IntersectsItemShape, Qt::DescendingOrder)) {
        if (item->type() == CardItem::Type && item->isVisible()) {
            auto *card = static_cast<CardItem *>(item);
            if (!(m_drag.active && m_drag.ids.contains(card->id())))
                return card;
        }
    }
    return nullptr;
}

QPointF JourneyScene::cellEnd(int column, int row) const
{
    const QRectF cell = m_layout.cellRect(column, row);
    if (cell.isEmpty())
        return {};
    qreal y = m_layout.rows[row].cardsTop;
    const StageId stage = m_layout.columns[column].id;
    const LaneId lane = m_layout.rows[row].id;
    for (TouchpointId id : JourneyEdits::cell(m_document, stage, lane))
        if (const CardItem *c = cardItem(id))
            y = qMax(y, c->y() + c->height() + JourneyStyle::cardGap);
    return QPointF(cell.left() + JourneyStyle::cellPadding, y);
}

void JourneyScene::navigate(Qt::Key direction, bool extend)
{
    relayoutNow();
    QPointF from;
    if (const CardItem *c = cardItem(m_cursor); c && c->isVisible())
        from = c->mapRectToScene(c->cardRect()).center();
    else if (const int col = m_layout.columnOf(m_currentStage), row = m_layout.rowOf(m_currentLane); col >= 0 && row >= 0)
        from = m_layout.cellRect(col, row).center();
    else if (const auto all = cardItems(); !all.isEmpty()) {
        selectCards({all.first()->id()});
        return;
    } else
        return;
    CardItem *best = nullptr;
    qreal bestScore = 0;
    for (CardItem *c : std::as_const(m_cards)) {
        if (!c->isVisible() || c->id() == m_cursor)
            continue;
        const QPointF d = c->mapRectToScene(c->cardRect()).center() - from;
        qreal along = 0, across = 0;
        switch (direction) {
        case Qt::Key_Left: along = -d.x(); across = d.y(); break;
        case Qt::Key_Right: along = d.x(); across = d.y(); break;
        case Qt::Key_Up: along = -d.y(); across = d.x(); break;
        default: along = d.y(); across = d.x(); break;
        }
        if (along <= 1)
            continue;
        const qreal score = along + 3 * qAbs(across);
        if (!best || score < bestScore) {
            best = c;
            bestScore = score;
        }
    }
    if (!best)
        return;
    if (!extend)
        clearSelection();
    best->setSelected(true);
    m_cursor = best->id();
    if (const Touchpoint *t = m_document->workspace().touchpoints.find(m_cursor))
        setCurrentCell(t->stageId, t->laneId);
    emit ensureVisibleRequested(cardRect(m_cursor));
}

void JourneyScene::stepCell(int step)
{
    relayoutNow();
    const int nCols = int(m_layout.columns.size()), nRows = int(m_layout.rows.size());
    if (nCols == 0 || nRows == 0)
        return;
    int col = m_layout.columnOf(m_currentStage), row = m_layout.rowOf(m_currentLane);
    int index = (col < 0 || row < 0) ? (step > 0 ? -1 : 0) : row * nCols + col;
    index = ((index + step) % (nCols * nRows) + nCols * nRows) % (nCols * nRows);
    col = index % nCols;
    row = index / nCols;
    setCurrentCell(m_layout.columns[col].id, m_layout.rows[row].id);
    clearSelection();
    const auto cards = JourneyEdits::cell(m_document, m_currentStage, m_currentLane);
    if (!cards.isEmpty()) {
        if (CardItem *c = cardItem(cards.first()))
            c->setSelected(true);
        m_cursor = cards.first();
    }
    emit ensureVisibleRequested(m_layout.cellRect(col, row));
}

// Painting -------------------------------------------------------------------------------

void JourneyScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    using JourneyStyle::shaded;
    using JourneyStyle::veiled;
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QRect exposed = painter->worldTransform().mapRect(rect).toAlignedRect();
    {
        // Lane bands, their lines and the stage columns' lines, each as opaque device pixels:
        // translucent lines and veils are mixed into their colours beforehand.
        JourneyStyle::PixelFill px(painter);
        const QRectF gridScene = m_layout.gridRect();
        const QRect grid = m_layout.rows.isEmpty()
            ? QRect()
            : QRect(QPoint(px.x(gridScene.left()), px.y(gridScene.top())),
                    QPoint(px.x(gridScene.right()) - 1, px.y(m_layout.rows.last().y + m_layout.rows.last().height) - 1));
        for (const QRect &r : QRegion(exposed).subtracted(QRegion(grid)))
            px.fill(r.left(), r.top(), r.right() + 1, r.bottom() + 1, base);
        if (m_document) {
            const Workspace &w = m_document->workspace();
            const int h = px.hairline();
            // The x ranges of the cells, each with its right-hand line (none without stages).
            struct Span { int x0, x1, line; int column; };
            QList<Span> spans;
            for (int c = 0; c < m_layout.columns.size(); ++c) {
                const auto &col = m_layout.columns[c];
                spans.append({px.x(col.x), px.x(col.x + col.width), h, c});
            }
            if (spans.isEmpty())
                spans.append({grid.left(), grid.right() + 1, 0, -1});
            const bool spotlit = m_spotlight >= 0 && m_spotlight < m_layout.columns.size();
            const QColor highlight = pal.color(QPalette::Highlight);
            const auto mix = [](int a, int b) { return int(a * 0.28 + b * 0.72); };
            for (int r = 0; r < m_layout.rows.size(); ++r) {
                const auto &row = m_layout.rows[r];
                const int y0 = px.y(row.y), y1 = px.y(row.y + row.height);
                if (y1 <= exposed.top() || y0 > exposed.bottom())
                    continue;
                const Lane *lane = w.lanes.find(row.id);
                // The tint mixed with the base colour; then black at 40/255 for the band's
                // bottom line and 30/255 for the column lines.
                const QColor tint = JourneyStyle::laneTint(row.kind, lane ? lane->color : QString());
                const QColor band(mix(tint.red(), base.red()), mix(tint.green(), base.green()), mix(tint.blue(), base.blue()));
                const QColor bottom = shaded(band, 40);
                for (const Span &sp : std::as_const(spans)) {
                    if (sp.x1 <= exposed.left() || sp.x0 > exposed.right())
                        continue;
                    const bool veil = spotlit && sp.column != m_spotlight;
                    const bool target = m_drag.active && sp.column >= 0 && sp.column == m_drag.column && r == m_drag.row;
                    const auto look = [&](QColor c) {
                        if (veil)
                            c = veiled(c, base, 0.6);
                        if (target)
                            c = veiled(c, highlight, 0.15);
                        return c;
                    };
                    const int xl = sp.x1 - sp.line, yl = y1 - h;
                    px.fill(sp.x0, y0, xl, yl, look(band));
                    px.fill(xl, y0, sp.x1, yl, look(shaded(band, 30)));
                    px.fill(sp.x0, yl, xl, y1, look(bottom));
                    px.fill(xl, yl, sp.x1, y1, look(shaded(bottom, 30)));
                }
            }
        }
    }
    if (!m_document)
        return;
    const int col = m_layout.columnOf(m_currentStage), row = m_layout.rowOf(m_currentLane);
    if (col >= 0 && row >= 0 && !m_drag.active) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 2.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_layout.cellRect(col, row).adjusted(3, 3, -3, -3));
    }
    if (m_drag.active && m_drag.column >= 0 && m_drag.row >= 0) {
        const QRectF cell = m_layout.cellRect(m_drag.column, m_drag.row);
        qreal y = cellEnd(m_drag.column, m_drag.row).y() - JourneyStyle::cardGap / 2;
        if (const CardItem *b = cardItem(m_drag.before))
            y = b->y() - JourneyStyle::cardGap / 2;
        painter->fillRect(QRectF(cell.left() + 8, y - 2, cell.width() - 16, 4), pal.color(QPalette::Highlight));
    }
}

} // namespace waymark
