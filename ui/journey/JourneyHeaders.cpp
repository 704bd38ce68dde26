// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyHeaders.h"

#include "HeaderEditor.h"
#include "JourneyScene.h"
#include "JourneyStyle.h"
#include "JourneyView.h"

#include "commands/WorkspaceEdits.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTimer>

namespace waymark {

using namespace JourneyStyle;

namespace {
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

JourneyHeaders::JourneyHeaders(JourneyView *view, JourneyScene *scene) : QObject(view), m_view(view), m_scene(scene)
{
}

QRectF JourneyHeaders::visibleScene() const
{
    return m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
}

QRect JourneyHeaders::stageHeaderRect(StageId stage) const
{
    const auto &l = m_scene->journeyLayout();
    const int c = l.columnOf(stage);
    if (c < 0)
        return {};
    const QRectF vis = visibleScene();
    const QRectF r(l.columns[c].x, vis.top(), l.columns[c].width, headerHeight);
    return m_view->mapFromScene(r).boundingRect();
}

QRect JourneyHeaders::laneHeaderRect(LaneId lane) const
{
    const auto &l = m_scene->journeyLayout();
    const int r = l.rowOf(lane);
    if (r < 0)
        return {};
    const QRectF vis = visibleScene();
    return m_view->mapFromScene(QRectF(vis.left(), l.rows[r].y, laneHeaderWidth, l.rows[r].height)).boundingRect();
}

QRectF JourneyHeaders::stageCell(int column) const
{
    const auto &l = m_scene->journeyLayout();
    if (column < 0 || column >= l.columns.size())
        return {};
    return QRectF(l.columns[column].x, visibleScene().top(), l.columns[column].width, headerHeight).adjusted(1, 6, -1, -6);
}

QRectF JourneyHeaders::laneCell(int row) const
{
    const auto &l = m_scene->journeyLayout();
    if (row < 0 || row >= l.rows.size())
        return {};
    return QRectF(visibleScene().left(), l.rows[row].y, laneHeaderWidth - 5, l.rows[row].height - 1);
}

std::optional<ScoreBadge> JourneyHeaders::stageTotal(int column) const
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

// Painting -------------------------------------------------------------------------------

void JourneyHeaders::paint(QPainter *painter, const Drop &drop) const
{
    const auto &l = m_scene->journeyLayout();
    Document *doc = m_scene->document();
    if (!doc)
        return;
    const Workspace &w = doc->workspace();
    const QRectF vis = visibleScene();
    const QPalette pal = m_view->palette();
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
    if (m_editor && m_editor->part() == HeaderEditor::Part::Lane)
        m_editor->paintOver(painter, m_view->viewport());
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
    if (m_editor && m_editor->part() == HeaderEditor::Part::Stage)
        m_editor->paintOver(painter, m_view->viewport());
    painter->restore();

    // Where a dragged header would land.
    if (drop.position >= 0) {
        PixelFill px(painter);
        if (drop.lane && !l.rows.isEmpty()) {
            const qreal y = drop.position < l.rows.size() ? l.rows[drop.position].y : l.rows.last().y + l.rows.last().height;
            px.fill(columnLeft, qMax(bandBottom, px.y(y - 2)), right, qMax(bandBottom, px.y(y + 2)), highlight);
        } else if (!drop.lane && !l.columns.isEmpty()) {
            const qreal x = drop.position < l.columns.size() ? l.columns[drop.position].x
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

// Editing in place -----------------------------------------------------------------------

HeaderEditor *JourneyHeaders::editor() const
{
    return m_editor;
}

void JourneyHeaders::select(StageId stage, LaneId lane)
{
    if (stage == m_selectedStage && lane == m_selectedLane)
        return;
    m_selectedStage = stage;
    m_selectedLane = lane;
    m_view->viewport()->update();
}

void JourneyHeaders::editStageName(StageId id)
{
    Document *doc = m_scene->document();
    const Stage *stage = doc ? doc->workspace().stages.find(id) : nullptr;
    if (!stage || doc->isReadOnly() || m_scene->journeyLayout().columnOf(id) < 0)
        return;
    m_scene->commitEdit();
    commitEdit();
    m_scene->clearSelection();
    select(id, {});
    openEditor(new HeaderEditor(HeaderEditor::Part::Stage, id.value, stage->name, headerFont(), stageColor(stage)));
}

void JourneyHeaders::editLaneName(LaneId id)
{
    Document *doc = m_scene->document();
    const Lane *lane = doc ? doc->workspace().lanes.find(id) : nullptr;
    if (!lane || doc->isReadOnly() || m_scene->journeyLayout().rowOf(id) < 0)
        return;
    m_scene->commitEdit();
    commitEdit();
    m_scene->clearSelection();
    select({}, id);
    openEditor(new HeaderEditor(HeaderEditor::Part::Lane, id.value, lane->name, laneHeaderFont(),
                                      laneTint(lane->laneKind, lane->color)));
}

void JourneyHeaders::openEditor(HeaderEditor *editor)
{
    m_editor = editor;
    m_scene->addItem(editor);
    placeEditor();
    // Deferred: the editor is deleted when it closes, and it emits from its own key handling.
    const auto later = [this](void (JourneyHeaders::*slot)()) { QTimer::singleShot(0, this, slot); };
    connect(editor, &InlineTextEditor::commitRequested, this, [later] { later(&JourneyHeaders::commitEdit); });
    connect(editor, &InlineTextEditor::tabRequested, this, [later] { later(&JourneyHeaders::commitEdit); });
    connect(editor, &InlineTextEditor::cancelRequested, this, &JourneyHeaders::cancelEdit);
    m_view->setFocus(Qt::OtherFocusReason);
    editor->setFocus(Qt::OtherFocusReason);
    m_view->viewport()->update();
}

void JourneyHeaders::placeEditor()
{
    if (!m_editor)
        return;
    const auto &l = m_scene->journeyLayout();
    const int index = m_editor->part() == HeaderEditor::Part::Stage ? l.columnOf(StageId(m_editor->id()))
                                                                          : l.rowOf(LaneId(m_editor->id()));
    if (index < 0) { // removed (or hidden) meanwhile: nothing left to rename
        cancelEdit();
        return;
    }
    m_editor->setCell(m_editor->part() == HeaderEditor::Part::Stage ? stageCell(index) : laneCell(index));
}

void JourneyHeaders::closeEditor()
{
    HeaderEditor *editor = m_editor;
    m_editor = nullptr;
    if (!editor)
        return;
    disconnect(editor, nullptr, this, nullptr);
    const bool hadFocus = editor->hasFocus();
    m_scene->removeItem(editor);
    editor->deleteLater();
    if (hadFocus)
        m_view->setFocus(Qt::OtherFocusReason);
    m_view->viewport()->update();
}

void JourneyHeaders::commitEdit()
{
    if (!m_editor)
        return;
    const EntityKind kind = m_editor->part() == HeaderEditor::Part::Stage ? EntityKind::Stage : EntityKind::Lane;
    const qint64 id = m_editor->id();
    const QString name = m_editor->name();
    closeEditor();
    Document *doc = m_scene->document();
    if (!doc || doc->isReadOnly() || name.isEmpty())
        return; // an emptied name keeps the old one
    if (QUndoCommand *c = WorkspaceEdits::rename(doc, kind, id, name))
        doc->execute(c);
}

void JourneyHeaders::cancelEdit()
{
    closeEditor();
}

} // namespace waymark
