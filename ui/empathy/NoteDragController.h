// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"
#include "model/Vocabulary.h"

#include <QHash>
#include <QList>
#include <QPoint>
#include <QPointF>

class QGraphicsSceneMouseEvent;

namespace waymark {

class EmpathyScene;
struct EmpathyNote;

/// The mouse gesture on an empathy map's notes: a press on a note, then either a click
/// (open the linked card, the evidence, or narrow the selection) or a drag that carries the
/// selected notes to a slot in some quadrant. While dragging, the target quadrant shows
/// placeholders; a single note's quadrant follows the pointer as edits that merge, and the
/// drop makes the whole gesture one undo step.
class NoteDragController
{
public:
    /// Where on a note the press landed.
    enum class Part { Body, Marker, Badge };

    explicit NoteDragController(EmpathyScene &scene) : m_scene(scene) {}

    bool isActive() const { return m_drag.active; }
    /// The notes being dragged (empty unless dragging).
    const QList<EmpathyNoteId> &ids() const { return m_drag.ids; }
    bool isDragged(EmpathyNoteId id) const { return m_drag.ids.contains(id); }
    /// Where the dragged notes will land.
    Quadrant target() const { return m_drag.target; }
    qsizetype slot() const { return m_drag.slot; }

    /// A left-button press on a note starts a gesture.
    void press(EmpathyNoteId note, QPoint screenPos, Part part, bool wasSelected);
    /// Each returns whether it handled (and accepted) the event.
    bool mouseMove(QGraphicsSceneMouseEvent *event);
    bool mouseRelease(QGraphicsSceneMouseEvent *event);
    /// Puts the dragged notes back where they were.
    void cancel();
    /// Forgets the gesture without touching the document (the scene is rebuilt).
    void reset();
    /// The note is about to go from the scene.
    void forget(EmpathyNoteId id);

private:
    struct Press
    {
        bool active = false;
        EmpathyNoteId note;
        QPoint screenPos;
        Part part = Part::Body;
        bool wasSelected = false;
    };
    struct Drag
    {
        bool active = false;
        QList<EmpathyNoteId> ids;
        QHash<qint64, QPointF> offsets;
        QHash<qint64, Quadrant> original;
        Quadrant target = Quadrant::Think;
        qsizetype slot = 0;
        bool live = false; ///< a single note's quadrant follows the pointer as merging edits
    };

    void begin(QPointF scenePos);
    void update(QPointF scenePos);
    void finish();
    void endVisuals(const QList<EmpathyNoteId> &ids);
    /// Takes back the live quadrant change of `note` (it merges into the gesture).
    void revertQuadrant(const EmpathyNote &note, Quadrant original);

    EmpathyScene &m_scene;
    Press m_press;
    Drag m_drag;
};

} // namespace waymark
