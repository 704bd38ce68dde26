// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JourneyHeaders.h"
#include "ScoreBadge.h"
#include "model/Ids.h"

#include <QGraphicsView>

namespace waymark {

class HeaderEditor;
class JourneyScene;

/// Shows a journey canvas. The stage band and the lane column are painted over the canvas
/// and stay in place while it scrolls; they are where stages and lanes are renamed,
/// recoloured, resized (drag an edge), reordered (drag the header), hidden and removed.
/// Ctrl+wheel zooms, the middle button or Space+drag pans, a rubber band selects. The
/// headers themselves (painting, selection, renaming in place) are JourneyHeaders.
class JourneyView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit JourneyView(JourneyScene *scene, QWidget *parent = nullptr);

    JourneyScene *journeyScene() const { return m_scene; }
    qreal zoom() const;
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    /// Fits the whole journey into the window.
    void fitToWindow();
    /// Large type for presentation: header sizes stay readable.
    void setPresentation(bool on) { m_presentation = on; }

    /// Where a stage's header or a lane's header is (viewport coordinates).
    QRect stageHeaderRect(StageId stage) const { return m_headers->stageHeaderRect(stage); }
    QRect laneHeaderRect(LaneId lane) const { return m_headers->laneHeaderRect(lane); }
    /// The pooled score shown in a stage's header (column index), if scores are shown.
    std::optional<ScoreBadge> stageTotal(int column) const { return m_headers->stageTotal(column); }

    /// The header selected with a click (F2 or Enter renames it); at most one is valid.
    StageId selectedStage() const { return m_headers->selectedStage(); }
    LaneId selectedLane() const { return m_headers->selectedLane(); }
    /// Renames a stage or a lane in place, on its header (double-click, F2 or Enter).
    void editStageName(StageId stage) { m_headers->editStageName(stage); }
    void editLaneName(LaneId lane) { m_headers->editLaneName(lane); }
    /// The open in-place editor of a header's name, if any.
    HeaderEditor *headerEditor() const { return m_headers->editor(); }
    /// Renames the stage or lane to what was typed, as one undo step, and closes the editor.
    void commitHeaderEdit() { m_headers->commitEdit(); }
    void cancelHeaderEdit() { m_headers->cancelEdit(); }

    static constexpr qreal minZoom = 0.15;
    static constexpr qreal maxZoom = 4.0;

signals:
    void zoomChanged(qreal zoom);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Part { None, Stage, StageEdge, Lane, LaneEdge, Corner };
    struct Hit
    {
        Part part = Part::None;
        int index = -1; ///< column or row
    };
    Hit hitTest(QPoint viewportPos) const;
    void renameStage(int column);
    void renameLane(int row);
    void stageMenu(int column, QPoint globalPos);
    void laneMenu(int row, QPoint globalPos);
    void cornerMenu(QPoint globalPos);
    void addLaneMenu(QMenu *menu, int position);

    JourneyScene *m_scene;
    JourneyHeaders *m_headers;
    bool m_presentation = false;
    bool m_shown = false;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
    struct HeaderDrag
    {
        Hit hit;
        QPoint start;
        bool moved = false;
        qreal startSize = 0;
        int target = -1; ///< reorder: the position the header would land at
    } m_header;
};

} // namespace waymark
