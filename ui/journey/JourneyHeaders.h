// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScoreBadge.h"
#include "model/Ids.h"

#include <QObject>
#include <QPointer>
#include <QRect>

#include <optional>

class QPainter;

namespace waymark {

class HeaderEditor;
class JourneyScene;
class JourneyView;

/// The sticky headers of a journey canvas: the stage band and the lane column that
/// JourneyView paints over the canvas where they stay while it scrolls, the header
/// selected with a click, and the in-place editor that renames a stage or a lane on its
/// header. The view owns it and routes the mouse and the keys to it.
class JourneyHeaders : public QObject
{
    Q_OBJECT

public:
    JourneyHeaders(JourneyView *view, JourneyScene *scene);

    /// Where a dragged header would land: before the column or row `position` (the count
    /// of them: after the last); -1: no header is being dragged.
    struct Drop
    {
        bool lane = false;
        int position = -1;
    };
    /// Paints the headers over the canvas; `painter` is the view's, in scene coordinates.
    void paint(QPainter *painter, const Drop &drop) const;

    /// Where a stage's header or a lane's header is (viewport coordinates).
    QRect stageHeaderRect(StageId stage) const;
    QRect laneHeaderRect(LaneId lane) const;
    /// The pooled score shown in a stage's header (column index), if scores are shown.
    std::optional<ScoreBadge> stageTotal(int column) const;

    /// The header selected with a click; at most one is valid.
    StageId selectedStage() const { return m_selectedStage; }
    LaneId selectedLane() const { return m_selectedLane; }
    void select(StageId stage, LaneId lane);

    /// Renames a stage or a lane in place, on its header.
    void editStageName(StageId stage);
    void editLaneName(LaneId lane);
    /// The open in-place editor of a header's name, if any.
    HeaderEditor *editor() const;
    /// Renames the stage or lane to what was typed, as one undo step, and closes the editor.
    void commitEdit();
    void cancelEdit();
    /// Puts the open editor back on its header (after a scroll, a zoom or a new layout).
    void placeEditor();

private:
    QRectF visibleScene() const;
    /// The scene rectangle a header is painted in, where it is on screen now.
    QRectF stageCell(int column) const;
    QRectF laneCell(int row) const;
    void openEditor(HeaderEditor *editor);
    void closeEditor();

    JourneyView *m_view;
    JourneyScene *m_scene;
    QPointer<HeaderEditor> m_editor;
    StageId m_selectedStage;
    LaneId m_selectedLane;
};

} // namespace waymark
