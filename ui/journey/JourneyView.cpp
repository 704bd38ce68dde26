// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyView.h"

#include "CardEditor.h"
#include "HeaderEditor.h"
#include "JourneyScene.h"
#include "JourneyStyle.h"

#include "commands/EditCommand.h"
#include "commands/JourneyEdits.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QPainter>
#include <QPixmapCache>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtMath>

namespace waymark {

using namespace JourneyStyle;

namespace {
constexpr int kEdge = 6; ///< pixels either side of a header's edge that resize it
} // namespace

JourneyView::JourneyView(JourneyScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene), m_headers(new JourneyHeaders(this, scene))
{
    setObjectName(QStringLiteral("journeyView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::NoAnchor);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    connect(scene, &JourneyScene::ensureVisibleRequested, this, [this](const QRectF &rect) {
        // Room for the headers painted over the canvas.
        ensureVisible(rect, 24 + int(laneHeaderWidth * zoom()), 24 + int(headerHeight * zoom()));
    });
    connect(scene, &JourneyScene::layoutChanged, viewport(), qOverload<>(&QWidget::update));
    connect(scene, &JourneyScene::layoutChanged, m_headers, &JourneyHeaders::placeEditor);
    connect(scene, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_scene->selectedItems().isEmpty())
            m_headers->select({}, {});
    });
}

qreal JourneyView::zoom() const
{
    return transform().m11();
}

void JourneyView::setZoom(qreal z)
{
    z = qBound(minZoom, z, maxZoom);
    if (qFuzzyCompare(z, zoom()))
        return;
    setTransform(QTransform::fromScale(z, z));
    m_headers->placeEditor();
    viewport()->update();
    emit zoomChanged(z);
}

void JourneyView::zoomIn()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(zoom() * 1.2);
    setTransformationAnchor(anchor);
}

void JourneyView::zoomOut()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(zoom() / 1.2);
    setTransformationAnchor(anchor);
}

void JourneyView::fitToWindow()
{
    m_scene->relayoutNow();
    const QRectF r = m_scene->sceneRect();
    if (r.isEmpty() || viewport()->width() <= 0)
        return;
    setZoom(qMin(viewport()->width() / r.width(), viewport()->height() / r.height()));
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
}

void JourneyView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    // The headers stay in place: a scrolled copy of them would be wrong.
    m_headers->placeEditor();
    viewport()->update();
}

JourneyView::Hit JourneyView::hitTest(QPoint p) const
{
    const auto &l = m_scene->journeyLayout();
    const qreal z = zoom();
    const bool inBand = p.y() < headerHeight * z;
    const bool inColumn = p.x() < laneHeaderWidth * z;
    if (inBand && inColumn)
        return {Part::Corner, -1};
    const QPointF s = mapToScene(p);
    if (inBand) {
        for (int c = 0; c < l.columns.size(); ++c) {
            const qreal right = (l.columns[c].x + l.columns[c].width - s.x()) * z;
            if (qAbs(right) <= kEdge)
                return {Part::StageEdge, c};
        }
        const int c = l.columnAt(s.x());
        return c >= 0 ? Hit{Part::Stage, c} : Hit{Part::Corner, -1};
    }
    if (inColumn) {
        for (int r = 0; r < l.rows.size(); ++r) {
            const qreal bottom = (l.rows[r].y + l.rows[r].height - s.y()) * z;
            if (qAbs(bottom) <= kEdge)
                return {Part::LaneEdge, r};
        }
        const int r = l.rowAt(s.y());
        return r >= 0 ? Hit{Part::Lane, r} : Hit{Part::Corner, -1};
    }
    return {};
}

void JourneyView::drawForeground(QPainter *painter, const QRectF &)
{
    JourneyHeaders::Drop drop;
    if (m_header.moved && (m_header.hit.part == Part::Stage || m_header.hit.part == Part::Lane)) {
        drop.lane = m_header.hit.part == Part::Lane;
        drop.position = m_header.target;
    }
    m_headers->paint(painter, drop);
}

void JourneyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(zoom() * qPow(1.15, event->angleDelta().y() / 120.0));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void JourneyView::keyPressEvent(QKeyEvent *event)
{
    const bool typing = (m_scene->editor() && m_scene->editor()->hasFocus()) || (m_headers->editor() && m_headers->editor()->hasFocus());
    if (!m_headers->editor() && (m_headers->selectedStage().isValid() || m_headers->selectedLane().isValid())
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        switch (event->key()) {
        case Qt::Key_F2:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_headers->selectedStage().isValid())
                editStageName(m_headers->selectedStage());
            else
                editLaneName(m_headers->selectedLane());
            event->accept();
            return;
        case Qt::Key_Escape:
            m_headers->select({}, {});
            event->accept();
            return;
        default: break;
        }
    }
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !typing) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space && m_spaceHeld) {
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void JourneyView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spaceHeld) {
        m_spaceHeld = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void JourneyView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (m_headers->editor()) {
        // A click into the name being edited places the cursor; anywhere else ends the edit.
        if (mapFromScene(m_headers->editor()->cell()).boundingRect().contains(event->pos())) {
            QGraphicsView::mousePressEvent(event);
            return;
        }
        m_headers->commitEdit();
    }
    const Hit hit = hitTest(event->pos());
    if (hit.part == Part::None)
        m_headers->select({}, {});
    if (hit.part != Part::None && event->button() == Qt::LeftButton) {
        m_scene->commitEdit();
        const auto &l = m_scene->journeyLayout();
        m_header = {};
        m_header.hit = hit;
        m_header.start = event->pos();
        if (hit.part == Part::StageEdge)
            m_header.startSize = l.columns[hit.index].width;
        else if (hit.part == Part::LaneEdge)
            m_header.startSize = l.rows[hit.index].height;
        event->accept();
        return;
    }
    if (hit.part != Part::None) {
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void JourneyView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint d = event->pos() - m_panLast;
        m_panLast = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    const auto &l = m_scene->journeyLayout();
    Document *doc = m_scene->document();
    if (m_header.hit.part != Part::None && doc) {
        const QPoint d = event->pos() - m_header.start;
        if (!m_header.moved && d.manhattanLength() < QApplication::startDragDistance())
            return;
        const bool first = !m_header.moved;
        m_header.moved = true;
        const int i = m_header.hit.index;
        const QPointF s = mapToScene(event->pos());
        switch (m_header.hit.part) {
        case Part::StageEdge: {
            if (const Stage *st = doc->workspace().stages.find(l.columns[i].id); st && !doc->isReadOnly()) {
                Stage copy = *st;
                copy.width = int(qMax(minStageWidth, m_header.startSize + d.x() / zoom()));
                auto *c = new EditCommand<Stage>(doc, copy, tr("Resize stage “%1”").arg(st->name), true);
                c->setContinuesGesture(!first);
                doc->execute(c);
                m_scene->relayoutNow();
            }
            break;
        }
        case Part::LaneEdge: {
            if (const Lane *ln = doc->workspace().lanes.find(l.rows[i].id); ln && !doc->isReadOnly()) {
                Lane copy = *ln;
                copy.height = int(qMax(minLaneHeight, m_header.startSize + d.y() / zoom()));
                auto *c = new EditCommand<Lane>(doc, copy, tr("Resize lane “%1”").arg(ln->name), true);
                c->setContinuesGesture(!first);
                doc->execute(c);
                m_scene->relayoutNow();
            }
            break;
        }
        case Part::Stage: {
            int target = int(l.columns.size());
            for (int c = 0; c < l.columns.size(); ++c)
                if (s.x() < l.columns[c].x + l.columns[c].width / 2) {
                    target = c;
                    break;
                }
            m_header.target = target;
            viewport()->update();
            break;
        }
        case Part::Lane: {
            int target = int(l.rows.size());
            for (int r = 0; r < l.rows.size(); ++r)
                if (s.y() < l.rows[r].y + l.rows[r].height / 2) {
                    target = r;
                    break;
                }
            m_header.target = target;
            viewport()->update();
            break;
        }
        default: break;
        }
        event->accept();
        return;
    }
    if (!(event->buttons() & Qt::LeftButton)) {
        const Hit hover = hitTest(event->pos());
        if (hover.part == Part::StageEdge)
            viewport()->setCursor(Qt::SizeHorCursor);
        else if (hover.part == Part::LaneEdge)
            viewport()->setCursor(Qt::SizeVerCursor);
        else if (!m_spaceHeld)
            viewport()->unsetCursor();
    }
    QGraphicsView::mouseMoveEvent(event);
}

void JourneyView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    if (m_header.hit.part != Part::None) {
        const HeaderDrag drag = m_header;
        m_header = {};
        Document *doc = m_scene->document();
        const auto &l = m_scene->journeyLayout();
        if (!drag.moved && (drag.hit.part == Part::Stage || drag.hit.part == Part::Lane)) {
            // A click selects the header: F2 or Enter renames it.
            m_scene->clearSelection();
            if (drag.hit.part == Part::Stage)
                m_headers->select(l.columns[drag.hit.index].id, {});
            else
                m_headers->select({}, l.rows[drag.hit.index].id);
        }
        if (doc && drag.moved && drag.target >= 0 && !doc->isReadOnly()) {
            // Positions count all of the journey’s stages or lanes (hidden ones too).
            if (drag.hit.part == Part::Stage) {
                int to = drag.target > drag.hit.index ? drag.target - 1 : drag.target;
                const auto all = JourneyEdits::stages(doc, m_scene->journeyId());
                const StageId id = l.columns[drag.hit.index].id;
                const StageId anchor = l.columns[qBound(0, to, int(l.columns.size()) - 1)].id;
                if (QUndoCommand *c = JourneyEdits::reorderStage(doc, id, int(all.indexOf(anchor))))
                    doc->execute(c);
            } else if (drag.hit.part == Part::Lane) {
                int to = drag.target > drag.hit.index ? drag.target - 1 : drag.target;
                const auto all = JourneyEdits::lanes(doc, m_scene->journeyId());
                const LaneId id = l.rows[drag.hit.index].id;
                const LaneId anchor = l.rows[qBound(0, to, int(l.rows.size()) - 1)].id;
                if (QUndoCommand *c = JourneyEdits::reorderLane(doc, id, int(all.indexOf(anchor))))
                    doc->execute(c);
            }
        }
        m_scene->relayoutNow();
        viewport()->update();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void JourneyView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_headers->editor() && mapFromScene(m_headers->editor()->cell()).boundingRect().contains(event->pos())) {
        QGraphicsView::mouseDoubleClickEvent(event); // selects a word of the name
        return;
    }
    const Hit hit = hitTest(event->pos());
    const auto &layout = m_scene->journeyLayout();
    if (hit.part == Part::Stage) {
        editStageName(layout.columns[hit.index].id);
        return;
    }
    if (hit.part == Part::Lane) {
        editLaneName(layout.rows[hit.index].id);
        return;
    }
    if (hit.part == Part::StageEdge || hit.part == Part::LaneEdge) {
        // Double-click on an edge: back to the automatic size.
        Document *doc = m_scene->document();
        const auto &l = m_scene->journeyLayout();
        if (doc && hit.part == Part::StageEdge) {
            Stage copy = *doc->workspace().stages.find(l.columns[hit.index].id);
            if (copy.width != 0) {
                copy.width = 0;
                doc->execute(new EditCommand<Stage>(doc, copy, tr("Reset width of stage “%1”").arg(copy.name)));
            }
        } else if (doc) {
            Lane copy = *doc->workspace().lanes.find(l.rows[hit.index].id);
            if (copy.height != 0) {
                copy.height = 0;
                doc->execute(new EditCommand<Lane>(doc, copy, tr("Reset height of lane “%1”").arg(copy.name)));
            }
        }
        return;
    }
    if (hit.part == Part::Corner)
        return;
    QGraphicsView::mouseDoubleClickEvent(event);
}

void JourneyView::contextMenuEvent(QContextMenuEvent *event)
{
    const Hit hit = hitTest(event->pos());
    switch (hit.part) {
    case Part::Stage:
    case Part::StageEdge: stageMenu(hit.index, event->globalPos()); return;
    case Part::Lane:
    case Part::LaneEdge: laneMenu(hit.index, event->globalPos()); return;
    case Part::Corner: cornerMenu(event->globalPos()); return;
    case Part::None: break;
    }
    QGraphicsView::contextMenuEvent(event);
}

void JourneyView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_shown || m_presentation)
        return;
    // First look: the start of the journey, as much of its width as stays readable.
    m_shown = true;
    m_scene->relayoutNow();
    const QRectF r = m_scene->sceneRect();
    if (r.width() > 0 && viewport()->width() > 0)
        setZoom(qBound<qreal>(0.55, viewport()->width() / r.width(), 1.0));
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
}

void JourneyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // Cards and arrows repaint from pixmaps held in Qt's pixmap cache. Its default (10 MB)
    // holds about one screenful of cards, and once they no longer fit every repaint drew
    // them all anew: room for several screens' worth of this view, within reason.
    const qreal dpr = devicePixelRatioF();
    const qint64 screenKb = qint64(viewport()->width() * dpr) * qint64(viewport()->height() * dpr) * 4 / 1024;
    const qint64 wanted = qMin<qint64>(8 * screenKb, 256 * 1024);
    if (QPixmapCache::cacheLimit() < wanted)
        QPixmapCache::setCacheLimit(int(wanted));
}

void JourneyView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && scene())
        scene()->setPalette(palette());
}

} // namespace waymark
