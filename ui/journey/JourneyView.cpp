// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyView.h"

#include "CardEditor.h"
#include "HeaderEditor.h"
#include "JourneyScene.h"
#include "JourneyStyle.h"
#include "ScoreBadge.h"

#include "commands/EditCommand.h"
#include "commands/JourneyEdits.h"
#include "commands/WorkspaceEdits.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFontMetricsF>
#include <QInputDialog>
#include <QMenu>
#include <QPainter>
#include <QPixmapCache>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>
#include <QtMath>

namespace waymark {

using namespace JourneyStyle;

namespace {
constexpr int kEdge = 6; ///< pixels either side of a header's edge that resize it
constexpr qreal kSelectionFrame = 3;

QColor stageColor(const Stage *stage)
{
    return stage && QColor(stage->color).isValid() && !stage->color.isEmpty() ? QColor(stage->color) : QColor(0x2c, 0x3e, 0x50);
}

QFont laneHeaderFont()
{
    QFont font = headerFont();
    font.setPixelSize(18);
    return font;
}
} // namespace

JourneyView::JourneyView(JourneyScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
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
    connect(scene, &JourneyScene::layoutChanged, this, &JourneyView::placeHeaderEditor);
    connect(scene, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_scene->selectedItems().isEmpty())
            selectHeader({}, {});
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
    placeHeaderEditor();
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

QRectF JourneyView::visibleScene() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

void JourneyView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    // The headers stay in place: a scrolled copy of them would be wrong.
    placeHeaderEditor();
    viewport()->update();
}

QRect JourneyView::stageHeaderRect(StageId stage) const
{
    const auto &l = m_scene->journeyLayout();
    const int c = l.columnOf(stage);
    if (c < 0)
        return {};
    const QRectF vis = visibleScene();
    const QRectF r(l.columns[c].x, vis.top(), l.columns[c].width, headerHeight);
    return mapFromScene(r).boundingRect();
}

QRect JourneyView::laneHeaderRect(LaneId lane) const
{
    const auto &l = m_scene->journeyLayout();
    const int r = l.rowOf(lane);
    if (r < 0)
        return {};
    const QRectF vis = visibleScene();
    return mapFromScene(QRectF(vis.left(), l.rows[r].y, laneHeaderWidth, l.rows[r].height)).boundingRect();
}

QRectF JourneyView::stageCell(int column) const
{
    const auto &l = m_scene->journeyLayout();
    if (column < 0 || column >= l.columns.size())
        return {};
    return QRectF(l.columns[column].x, visibleScene().top(), l.columns[column].width, headerHeight).adjusted(1, 6, -1, -6);
}

QRectF JourneyView::laneCell(int row) const
{
    const auto &l = m_scene->journeyLayout();
    if (row < 0 || row >= l.rows.size())
        return {};
    return QRectF(visibleScene().left(), l.rows[row].y, laneHeaderWidth - 5, l.rows[row].height - 1);
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

std::optional<ScoreBadge> JourneyView::stageTotal(int column) const
{
    const auto &l = m_scene->journeyLayout();
    const std::optional<Metric> metric = m_scene->shownMetric();
    if (column < 0 || column >= l.columns.size() || !m_scene->scores() || !m_scene->badgesVisible() || !metric)
        return std::nullopt;
    for (const ScoreRow &row : m_scene->scores()->stages)
        if (row.stageId == l.columns[column].id)
            return ScoreBadge::forRow(row, *metric);
    return std::nullopt;
}

void JourneyView::drawForeground(QPainter *painter, const QRectF &)
{
    const auto &l = m_scene->journeyLayout();
    Document *doc = m_scene->document();
    if (!doc)
        return;
    const Workspace &w = doc->workspace();
    const QRectF vis = visibleScene();
    const QPalette pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor ink = pal.color(QPalette::WindowText);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QTransform sceneToDevice = painter->worldTransform();
    // Device pixels of the headers: the lane column [columnLeft, columnRight), the stage band
    // [top, bandBottom); lines are one scene unit, at least one pixel.
    int columnLeft = 0, columnRight = 0, top = 0, bottom = 0, bandBottom = 0, right = 0;
    // The rows and columns on screen.
    QList<int> rows, columns;
    for (int r = 0; r < l.rows.size(); ++r)
        if (l.rows[r].y + l.rows[r].height > vis.top() + headerHeight && l.rows[r].y < vis.bottom())
            rows.append(r);
    for (int c = 0; c < l.columns.size(); ++c)
        if (l.columns[c].x + l.columns[c].width + 10 > vis.left() + laneHeaderWidth && l.columns[c].x < vis.right())
            columns.append(c);
    const auto stageFill = [&](int c) {
        QColor fill = stageColor(w.stages.find(l.columns[c].id));
        if (m_scene->spotlight() >= 0 && m_scene->spotlight() != c)
            fill = fill.lighter(160);
        return fill;
    };
    const auto laneTintOf = [&](int r) {
        const Lane *lane = w.lanes.find(l.rows[r].id);
        return laneTint(l.rows[r].kind, lane ? lane->color : QString());
    };

    // The large fills: opaque device pixels (see PixelFill), translucent lines mixed into
    // the colours they cross.
    {
        PixelFill px(painter);
        const int h = px.hairline();
        columnLeft = px.x(vis.left());
        columnRight = px.x(vis.left() + laneHeaderWidth);
        top = px.y(vis.top());
        bottom = px.y(vis.bottom());
        right = px.x(vis.right());
        bandBottom = px.y(vis.top() + headerHeight);
        const int stripLeft = px.x(vis.left() + laneHeaderWidth - 5);
        // Lane column: each lane's tint with a darker strip at its right and a line below.
        px.fill(columnLeft, bandBottom, columnRight - h, bottom, window);
        px.fill(columnRight - h, bandBottom, columnRight, bottom, shaded(window, 60));
        for (int r : std::as_const(rows)) {
            const int y0 = px.y(l.rows[r].y), y1 = px.y(l.rows[r].y + l.rows[r].height);
            const QColor tint = laneTintOf(r);
            const QColor strip = tint.darker(130);
            px.fill(columnLeft, y0, stripLeft, y1 - h, tint);
            px.fill(stripLeft, y0, columnRight - h, y1 - h, strip);
            px.fill(columnRight - h, y0, columnRight, y1 - h, shaded(strip, 60));
            px.fill(columnLeft, y1 - h, stripLeft, y1, shaded(window, 50));
            px.fill(stripLeft, y1 - h, columnRight - h, y1, shaded(strip, 50));
            px.fill(columnRight - h, y1 - h, columnRight, y1, shaded(shaded(strip, 50), 60));
        }
        // Stage band and corner, with the line below them and the corner's line at its right.
        px.fill(columnLeft, top, right, bandBottom - h, window);
        px.fill(columnLeft, bandBottom - h, right, bandBottom, shaded(window, 60));
        px.fill(columnRight - h, top, columnRight, bandBottom - h, shaded(window, 60));
        px.fill(columnRight - h, bandBottom - h, columnRight, bandBottom, shaded(shaded(window, 60), 60));
    }
    const auto clipToDevice = [painter, &sceneToDevice](int x0, int y0, int x1, int y1) {
        painter->resetTransform();
        painter->setClipRect(QRect(x0, y0, qMax(0, x1 - x0), qMax(0, y1 - y0)));
        painter->setTransform(sceneToDevice);
    };

    // Lane names, below the band.
    const QFont header = headerFont();
    const QFont laneFont = laneHeaderFont();
    const QPen selectionPen(highlight, kSelectionFrame);
    painter->save();
    clipToDevice(columnLeft, bandBottom, columnRight, bottom);
    painter->setFont(laneFont);
    for (int r : std::as_const(rows)) {
        const Lane *lane = w.lanes.find(l.rows[r].id);
        const QRectF cell(vis.left(), l.rows[r].y, laneHeaderWidth, l.rows[r].height);
        painter->setPen(textOn(laneTintOf(r)));
        painter->drawText(cell.adjusted(14, 10, -14, -10), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          lane ? lane->name : QString());
    }
    if (const int r = l.rowOf(m_selectedLane); r >= 0) {
        painter->setPen(selectionPen);
        painter->setBrush(Qt::NoBrush);
        const qreal inset = kSelectionFrame / 2;
        painter->drawRect(laneCell(r).adjusted(inset, inset, -inset, -inset));
    }
    if (m_headerEditor && m_headerEditor->part() == HeaderEditor::Part::Lane)
        m_headerEditor->paintOver(painter, viewport());
    painter->restore();

    // Stages: a chevron reads as "a step of the journey"; each stage's block covers the
    // chevron of the one before it but for the gap between them.
    painter->save();
    clipToDevice(columnRight, top, right, bandBottom);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    for (int c : std::as_const(columns)) {
        const QRectF cell(l.columns[c].x, vis.top(), l.columns[c].width, headerHeight);
        painter->setBrush(stageFill(c));
        painter->drawPolygon(QPolygonF{QPointF(cell.right() - 1, cell.top() + 6), QPointF(cell.right() + 9, cell.center().y()),
                                       QPointF(cell.right() - 1, cell.bottom() - 6)});
    }
    {
        PixelFill px(painter);
        for (int c : std::as_const(columns))
            px.fill(QRectF(l.columns[c].x, vis.top(), l.columns[c].width, headerHeight).adjusted(1, 6, -1, -6), stageFill(c));
    }
    for (int c : std::as_const(columns)) {
        const QRectF cell(l.columns[c].x, vis.top(), l.columns[c].width, headerHeight);
        const QColor fill = stageFill(c);
        const Stage *stage = w.stages.find(l.columns[c].id);
        QRectF textBox = cell.adjusted(14, 6, -14, -6);
        // The stage's pooled score (every item once), as on the cards.
        if (const std::optional<ScoreBadge> total = stageTotal(c)) {
            QFont f = smallFont();
            painter->setFont(f);
            const QFontMetricsF tm(f);
            const qreal width = qMin(tm.horizontalAdvance(total->text) + 16, textBox.width());
            const QRectF pill(cell.center().x() - width / 2, textBox.bottom() - tm.height() - 4, width, tm.height() + 4);
            painter->setPen(Qt::NoPen);
            painter->setBrush(total->color);
            painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
            painter->setPen(textOn(total->color));
            painter->drawText(pill, Qt::AlignCenter, tm.elidedText(total->text, Qt::ElideRight, pill.width() - 8));
            textBox.setBottom(pill.top() - 2);
        }
        painter->setPen(textOn(fill));
        painter->setFont(header);
        const QString name = stage ? stage->name : QString();
        QFontMetricsF fm(header);
        QString shown = name;
        if (fm.boundingRect(textBox, Qt::TextWordWrap, name).height() > textBox.height())
            shown = fm.elidedText(name, Qt::ElideRight, textBox.width());
        painter->drawText(textBox, Qt::AlignCenter | Qt::TextWordWrap, shown);
    }
    if (const int c = l.columnOf(m_selectedStage); c >= 0) {
        painter->setPen(selectionPen);
        painter->setBrush(Qt::NoBrush);
        const qreal inset = kSelectionFrame / 2;
        painter->drawRect(stageCell(c).adjusted(inset, inset, -inset, -inset));
    }
    if (m_headerEditor && m_headerEditor->part() == HeaderEditor::Part::Stage)
        m_headerEditor->paintOver(painter, viewport());
    painter->restore();

    // Where a dragged header would land.
    if (m_header.moved && m_header.target >= 0) {
        PixelFill px(painter);
        if (m_header.hit.part == Part::Lane && !l.rows.isEmpty()) {
            const qreal y = m_header.target < l.rows.size() ? l.rows[m_header.target].y : l.rows.last().y + l.rows.last().height;
            px.fill(columnLeft, qMax(bandBottom, px.y(y - 2)), right, qMax(bandBottom, px.y(y + 2)), highlight);
        } else if (m_header.hit.part == Part::Stage && !l.columns.isEmpty()) {
            const qreal x = m_header.target < l.columns.size() ? l.columns[m_header.target].x
                                                               : l.columns.last().x + l.columns.last().width;
            px.fill(qMax(columnRight, px.x(x - 2)), top, qMax(columnRight, px.x(x + 2)), bottom, highlight);
        }
    }

    // Corner: the journey's name.
    const QRectF corner(vis.left(), vis.top(), laneHeaderWidth, headerHeight);
    painter->setPen(ink);
    QFont small = smallFont();
    small.setBold(true);
    painter->setFont(small);
    if (const Journey *j = w.journeys.find(m_scene->journeyId()))
        painter->drawText(corner.adjusted(12, 8, -8, -8), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                          QFontMetricsF(small).elidedText(j->name, Qt::ElideRight, 3 * (laneHeaderWidth - 20)));
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
    const bool typing = (m_scene->editor() && m_scene->editor()->hasFocus()) || (m_headerEditor && m_headerEditor->hasFocus());
    if (!m_headerEditor && (m_selectedStage.isValid() || m_selectedLane.isValid())
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        switch (event->key()) {
        case Qt::Key_F2:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_selectedStage.isValid())
                editStageName(m_selectedStage);
            else
                editLaneName(m_selectedLane);
            event->accept();
            return;
        case Qt::Key_Escape:
            selectHeader({}, {});
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
    if (m_headerEditor) {
        // A click into the name being edited places the cursor; anywhere else ends the edit.
        if (mapFromScene(m_headerEditor->cell()).boundingRect().contains(event->pos())) {
            QGraphicsView::mousePressEvent(event);
            return;
        }
        commitHeaderEdit();
    }
    const Hit hit = hitTest(event->pos());
    if (hit.part == Part::None)
        selectHeader({}, {});
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
                selectHeader(l.columns[drag.hit.index].id, {});
            else
                selectHeader({}, l.rows[drag.hit.index].id);
        }
        if (doc && drag.moved && drag.target >= 0 && !doc->isReadOnly()) {
            // Positions count all of the journey's stages or lanes (hidden lanes too).
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
    if (m_headerEditor && mapFromScene(m_headerEditor->cell()).boundingRect().contains(event->pos())) {
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

HeaderEditor *JourneyView::headerEditor() const
{
    return m_headerEditor;
}

void JourneyView::selectHeader(StageId stage, LaneId lane)
{
    if (stage == m_selectedStage && lane == m_selectedLane)
        return;
    m_selectedStage = stage;
    m_selectedLane = lane;
    viewport()->update();
}

void JourneyView::editStageName(StageId id)
{
    Document *doc = m_scene->document();
    const Stage *stage = doc ? doc->workspace().stages.find(id) : nullptr;
    if (!stage || doc->isReadOnly() || m_scene->journeyLayout().columnOf(id) < 0)
        return;
    m_scene->commitEdit();
    commitHeaderEdit();
    m_scene->clearSelection();
    selectHeader(id, {});
    openHeaderEditor(new HeaderEditor(HeaderEditor::Part::Stage, id.value, stage->name, headerFont(), stageColor(stage)));
}

void JourneyView::editLaneName(LaneId id)
{
    Document *doc = m_scene->document();
    const Lane *lane = doc ? doc->workspace().lanes.find(id) : nullptr;
    if (!lane || doc->isReadOnly() || m_scene->journeyLayout().rowOf(id) < 0)
        return;
    m_scene->commitEdit();
    commitHeaderEdit();
    m_scene->clearSelection();
    selectHeader({}, id);
    openHeaderEditor(new HeaderEditor(HeaderEditor::Part::Lane, id.value, lane->name, laneHeaderFont(),
                                      laneTint(lane->laneKind, lane->color)));
}

void JourneyView::openHeaderEditor(HeaderEditor *editor)
{
    m_headerEditor = editor;
    m_scene->addItem(editor);
    placeHeaderEditor();
    // Deferred: the editor is deleted when it closes, and it emits from its own key handling.
    const auto later = [this](void (JourneyView::*slot)()) { QTimer::singleShot(0, this, slot); };
    connect(editor, &InlineTextEditor::commitRequested, this, [later] { later(&JourneyView::commitHeaderEdit); });
    connect(editor, &InlineTextEditor::tabRequested, this, [later] { later(&JourneyView::commitHeaderEdit); });
    connect(editor, &InlineTextEditor::cancelRequested, this, &JourneyView::cancelHeaderEdit);
    setFocus(Qt::OtherFocusReason);
    editor->setFocus(Qt::OtherFocusReason);
    viewport()->update();
}

void JourneyView::placeHeaderEditor()
{
    if (!m_headerEditor)
        return;
    const auto &l = m_scene->journeyLayout();
    const int index = m_headerEditor->part() == HeaderEditor::Part::Stage ? l.columnOf(StageId(m_headerEditor->id()))
                                                                          : l.rowOf(LaneId(m_headerEditor->id()));
    if (index < 0) { // removed (or hidden) meanwhile: nothing left to rename
        cancelHeaderEdit();
        return;
    }
    m_headerEditor->setCell(m_headerEditor->part() == HeaderEditor::Part::Stage ? stageCell(index) : laneCell(index));
}

void JourneyView::closeHeaderEditor()
{
    HeaderEditor *editor = m_headerEditor;
    m_headerEditor = nullptr;
    if (!editor)
        return;
    disconnect(editor, nullptr, this, nullptr);
    const bool hadFocus = editor->hasFocus();
    m_scene->removeItem(editor);
    editor->deleteLater();
    if (hadFocus)
        setFocus(Qt::OtherFocusReason);
    viewport()->update();
}

void JourneyView::commitHeaderEdit()
{
    if (!m_headerEditor)
        return;
    const EntityKind kind = m_headerEditor->part() == HeaderEditor::Part::Stage ? EntityKind::Stage : EntityKind::Lane;
    const qint64 id = m_headerEditor->id();
    const QString name = m_headerEditor->name();
    closeHeaderEditor();
    Document *doc = m_scene->document();
    if (!doc || doc->isReadOnly() || name.isEmpty())
        return; // an emptied name keeps the old one
    if (QUndoCommand *c = WorkspaceEdits::rename(doc, kind, id, name))
        doc->execute(c);
}

void JourneyView::cancelHeaderEdit()
{
    closeHeaderEditor();
}

void JourneyView::renameStage(int column)
{
    Document *doc = m_scene->document();
    const auto &l = m_scene->journeyLayout();
    if (!doc || doc->isReadOnly() || column < 0 || column >= l.columns.size())
        return;
    const Stage *s = doc->workspace().stages.find(l.columns[column].id);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Stage"), tr("Stage name:"), QLineEdit::Normal, s->name, &ok);
    if (ok && !name.trimmed().isEmpty())
        if (QUndoCommand *c = WorkspaceEdits::rename(doc, EntityKind::Stage, s->id.value, name.trimmed()))
            doc->execute(c);
}

void JourneyView::renameLane(int row)
{
    Document *doc = m_scene->document();
    const auto &l = m_scene->journeyLayout();
    if (!doc || doc->isReadOnly() || row < 0 || row >= l.rows.size())
        return;
    const Lane *ln = doc->workspace().lanes.find(l.rows[row].id);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Lane"), tr("Lane name:"), QLineEdit::Normal, ln->name, &ok);
    if (ok && !name.trimmed().isEmpty())
        if (QUndoCommand *c = WorkspaceEdits::rename(doc, EntityKind::Lane, ln->id.value, name.trimmed()))
            doc->execute(c);
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

void JourneyView::stageMenu(int column, QPoint globalPos)
{
    Document *doc = m_scene->document();
    const auto &l = m_scene->journeyLayout();
    if (!doc || column < 0)
        return;
    const StageId id = l.columns[column].id;
    const JourneyId journey = m_scene->journeyId();
    const int position = int(JourneyEdits::stages(doc, journey).indexOf(id));
    const bool editable = !doc->isReadOnly();
    QMenu menu(this);
    menu.addAction(tr("&Rename…"), this, [this, column] { renameStage(column); })->setEnabled(editable);
    QMenu *colours = menu.addMenu(tr("&Colour"));
    colours->setEnabled(editable);
    colours->addAction(tr("Default"), this, [doc, id] {
        if (QUndoCommand *c = JourneyEdits::recolourStage(doc, id, {}))
            doc->execute(c);
    });
    for (const auto &[value, name] : JourneyStyle::palette()) {
        const QString dark = QColor(value).darker(250).name();
        QPixmap swatch(16, 16);
        swatch.fill(QColor(dark));
        colours->addAction(QIcon(swatch), name, this, [doc, id, dark] {
            if (QUndoCommand *c = JourneyEdits::recolourStage(doc, id, dark))
                doc->execute(c);
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Add Stage &Before"), this, [doc, journey, position] {
        doc->execute(JourneyEdits::addStage(doc, journey, position, tr("New stage")));
    })->setEnabled(editable);
    menu.addAction(tr("Add Stage &After"), this, [doc, journey, position] {
        doc->execute(JourneyEdits::addStage(doc, journey, position + 1, tr("New stage")));
    })->setEnabled(editable);
    menu.addAction(tr("Move &Left"), this, [doc, id, position] {
        if (QUndoCommand *c = JourneyEdits::reorderStage(doc, id, position - 1))
            doc->execute(c);
    })->setEnabled(editable && position > 0);
    menu.addAction(tr("Move R&ight"), this, [doc, id, position] {
        if (QUndoCommand *c = JourneyEdits::reorderStage(doc, id, position + 1))
            doc->execute(c);
    })->setEnabled(editable);
    menu.addSeparator();
    menu.addAction(tr("&Delete Stage"), this, [doc, id] {
        if (QUndoCommand *c = WorkspaceEdits::remove(doc, EntityKind::Stage, id.value))
            doc->execute(c);
    })->setEnabled(editable && l.columns.size() > 1);
    menu.exec(globalPos);
}

void JourneyView::addLaneMenu(QMenu *parent, int position)
{
    Document *doc = m_scene->document();
    const JourneyId journey = m_scene->journeyId();
    QMenu *menu = parent->addMenu(position < 0 ? tr("Add &Lane") : tr("Add &Lane Below"));
    menu->setEnabled(doc && !doc->isReadOnly());
    for (LaneKind kind : {LaneKind::Actions, LaneKind::Touchpoints, LaneKind::Thoughts, LaneKind::Emotions,
                          LaneKind::PainPoints, LaneKind::Opportunities, LaneKind::Backstage, LaneKind::Owners,
                          LaneKind::Custom}) {
        const QString name = JourneyEdits::laneKindName(kind);
        menu->addAction(name, this, [doc, journey, position, name, kind] {
            doc->execute(JourneyEdits::addLane(doc, journey, position, name, kind));
        });
    }
}

void JourneyView::laneMenu(int row, QPoint globalPos)
{
    Document *doc = m_scene->document();
    const auto &l = m_scene->journeyLayout();
    if (!doc || row < 0)
        return;
    const LaneId id = l.rows[row].id;
    const int position = int(JourneyEdits::lanes(doc, m_scene->journeyId()).indexOf(id));
    const bool editable = !doc->isReadOnly();
    QMenu menu(this);
    menu.addAction(tr("&Rename…"), this, [this, row] { renameLane(row); })->setEnabled(editable);
    QMenu *colours = menu.addMenu(tr("&Colour"));
    colours->setEnabled(editable);
    colours->addAction(tr("Default"), this, [doc, id] {
        if (QUndoCommand *c = JourneyEdits::recolourLane(doc, id, {}))
            doc->execute(c);
    });
    for (const auto &[value, name] : JourneyStyle::palette()) {
        QPixmap swatch(16, 16);
        swatch.fill(QColor(value));
        const QString color = value;
        colours->addAction(QIcon(swatch), name, this, [doc, id, color] {
            if (QUndoCommand *c = JourneyEdits::recolourLane(doc, id, color))
                doc->execute(c);
        });
    }
    addLaneMenu(&menu, position + 1);
    menu.addAction(tr("Move &Up"), this, [doc, id, position] {
        if (QUndoCommand *c = JourneyEdits::reorderLane(doc, id, position - 1))
            doc->execute(c);
    })->setEnabled(editable && position > 0);
    menu.addAction(tr("Move &Down"), this, [doc, id, position] {
        if (QUndoCommand *c = JourneyEdits::reorderLane(doc, id, position + 1))
            doc->execute(c);
    })->setEnabled(editable);
    menu.addAction(tr("&Hide Lane"), this, [doc, id] {
        if (QUndoCommand *c = JourneyEdits::setLaneHidden(doc, id, true))
            doc->execute(c);
    })->setEnabled(editable);
    menu.addSeparator();
    menu.addAction(tr("&Delete Lane"), this, [doc, id] {
        if (QUndoCommand *c = WorkspaceEdits::remove(doc, EntityKind::Lane, id.value))
            doc->execute(c);
    })->setEnabled(editable);
    menu.exec(globalPos);
}

void JourneyView::cornerMenu(QPoint globalPos)
{
    Document *doc = m_scene->document();
    if (!doc)
        return;
    const JourneyId journey = m_scene->journeyId();
    QMenu menu(this);
    menu.addAction(tr("Add &Stage"), this, [doc, journey] {
        doc->execute(JourneyEdits::addStage(doc, journey, -1, tr("New stage")));
    })->setEnabled(!doc->isReadOnly());
    addLaneMenu(&menu, -1);
    QMenu *hidden = menu.addMenu(tr("Show &Hidden Lane"));
    for (const Lane &l : doc->workspace().lanes)
        if (l.journeyId == journey && l.hidden) {
            const LaneId id = l.id;
            hidden->addAction(l.name, this, [doc, id] {
                if (QUndoCommand *c = JourneyEdits::setLaneHidden(doc, id, false))
                    doc->execute(c);
            });
        }
    hidden->setEnabled(!hidden->isEmpty() && !doc->isReadOnly());
    menu.exec(globalPos);
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
