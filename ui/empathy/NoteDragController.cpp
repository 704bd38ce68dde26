// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteDragController.h"

#include "EmpathyLayout.h"
#include "EmpathyScene.h"
#include "NoteEdits.h"
#include "NoteItem.h"
#include "util/DisplayText.h"

#include "commands/EditCommand.h"
#include "document/Document.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>

#include <memory>

namespace waymark {

void NoteDragController::press(EmpathyNoteId note, QPoint screenPos, Part part, bool wasSelected)
{
    m_press = {true, note, screenPos, part, wasSelected};
}

void NoteDragController::reset()
{
    m_drag = {};
    m_press = {};
}

void NoteDragController::forget(EmpathyNoteId id)
{
    if (m_drag.active && m_drag.ids.contains(id))
        cancel();
    if (m_press.note == id)
        m_press = {};
}

bool NoteDragController::mouseMove(QGraphicsSceneMouseEvent *event)
{
    if (!m_press.active || !(event->buttons() & Qt::LeftButton))
        return false;
    if (!m_drag.active) {
        const NoteItem *pressed = m_scene.noteItem(m_press.note);
        const bool far = (event->screenPos() - m_press.screenPos).manhattanLength() >= QApplication::startDragDistance();
        if (!far || m_press.part != Part::Body || !m_scene.isEditable() || !pressed || !pressed->isSelected()) {
            event->accept();
            return true;
        }
        begin(event->buttonDownScenePos(Qt::LeftButton));
    }
    update(event->scenePos());
    event->accept();
    return true;
}

bool NoteDragController::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    if (!m_press.active || event->button() != Qt::LeftButton)
        return false;
    const Press press = m_press;
    m_press = {};
    if (m_drag.active)
        finish();
    else if (press.part == Part::Marker)
        emit m_scene.openCardRequested(press.note);
    else if (press.part == Part::Badge)
        emit m_scene.evidenceRequested(press.note);
    else if (press.wasSelected && !(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
        m_scene.selectNotes({press.note});
    event->accept();
    return true;
}

void NoteDragController::begin(QPointF scenePos)
{
    m_drag = {};
    m_drag.active = true;
    m_drag.ids = m_scene.selectedNoteIds();
    if (!m_drag.ids.contains(m_press.note))
        m_drag.ids.append(m_press.note);
    const Workspace &w = m_scene.document()->workspace();
    for (EmpathyNoteId id : std::as_const(m_drag.ids)) {
        NoteItem *item = m_scene.noteItem(id);
        item->setFloating(true);
        m_drag.offsets.insert(id.value, item->pos() - scenePos);
        m_drag.original.insert(id.value, w.empathyNotes.find(id)->quadrant);
    }
    m_drag.live = false;
    // The notes leave a placeholder where they were until the pointer goes elsewhere.
    const EmpathyNote *pressed = w.empathyNotes.find(m_press.note);
    m_drag.target = pressed->quadrant;
    m_drag.slot = 0;
    for (EmpathyNoteId id : m_scene.noteIds(pressed->quadrant)) {
        if (id == m_press.note)
            break;
        if (!m_drag.ids.contains(id))
            ++m_drag.slot;
    }
    m_scene.relayout();
}

void NoteDragController::update(QPointF scenePos)
{
    for (EmpathyNoteId id : std::as_const(m_drag.ids))
        if (NoteItem *item = m_scene.noteItem(id))
            item->setPos(scenePos + m_drag.offsets.value(id.value));

    // Hit-test against what is on screen: the quadrant's notes and, where the dragged
    // notes will land, their placeholders. Over a placeholder nothing changes, so the
    // slot does not flicker as the notes make room.
    const Quadrant target = m_scene.nearestQuadrant(scenePos);
    QList<EmpathyNoteId> others;
    for (EmpathyNoteId id : m_scene.noteIds(target))
        if (!m_drag.ids.contains(id))
            others.append(id);
    QList<EmpathyNoteId> shown = others;
    if (target == m_drag.target) {
        qsizetype at = qBound<qsizetype>(0, m_drag.slot, shown.size());
        for (EmpathyNoteId id : std::as_const(m_drag.ids))
            shown.insert(at++, id);
    }
    bool overPlaceholder = false;
    QList<QRectF> rects;
    for (EmpathyNoteId id : std::as_const(shown)) {
        const QRectF rect = m_scene.layoutResult().notes.value(id.value);
        rects.append(rect);
        if (m_drag.ids.contains(id) && rect.adjusted(-EmpathyLayout::noteGap / 2, -EmpathyLayout::noteGap / 2,
                                                     EmpathyLayout::noteGap / 2, EmpathyLayout::noteGap / 2).contains(scenePos))
            overPlaceholder = true;
    }
    if (!(overPlaceholder && target == m_drag.target)) {
        const qsizetype index = EmpathyLayout::insertionIndex(rects, scenePos);
        qsizetype slot = 0;
        for (qsizetype i = 0; i < index; ++i)
            if (!m_drag.ids.contains(shown[i]))
                ++slot;
        m_drag.target = target;
        m_drag.slot = slot;
    }

    // One note: its quadrant follows the pointer as it goes, each change an edit that
    // merges into the gesture's first, so the whole drag is one undo step.
    if (m_drag.ids.size() == 1) {
        Document *document = m_scene.document();
        const EmpathyNote *note = document->workspace().empathyNotes.find(m_drag.ids.first());
        if (note && note->quadrant != target) {
            EmpathyNote moved = *note;
            moved.quadrant = target;
            auto *edit = new EditCommand<EmpathyNote>(
                document, moved,
                QCoreApplication::translate("waymark::NoteEdits", "Move note “%1” to %2")
                    .arg(NoteEdits::shortText(note->text), DisplayText::quadrant(target)),
                true);
            edit->setContinuesGesture(m_drag.live);
            m_drag.live = true;
            document->execute(edit);
        }
    }
    m_scene.relayout();
}

void NoteDragController::endVisuals(const QList<EmpathyNoteId> &ids)
{
    for (EmpathyNoteId id : ids)
        if (NoteItem *item = m_scene.noteItem(id))
            item->setFloating(false);
}

void NoteDragController::revertQuadrant(const EmpathyNote &note, Quadrant original)
{
    Document *document = m_scene.document();
    EmpathyNote back = note;
    back.quadrant = original;
    auto *revert = new EditCommand<EmpathyNote>(document, back, QString(), true);
    revert->setContinuesGesture(true);
    document->execute(revert);
}

void NoteDragController::finish()
{
    const Drag drag = m_drag;
    m_drag = {};
    endVisuals(drag.ids);
    Document *document = m_scene.document();
    if (document && m_scene.isEditable()) {
        bool done = false;
        if (drag.ids.size() == 1 && drag.live) {
            const EmpathyNote *note = document->workspace().empathyNotes.find(drag.ids.first());
            const Quadrant original = drag.original.value(drag.ids.first().value);
            if (note && note->quadrant != original) {
                // The quadrant already changed as the pointer moved. If the order must
                // change too, take that edit back (it merges away) and make the whole
                // move one macro instead.
                std::unique_ptr<QUndoCommand> reorder(NoteEdits::place(document, drag.ids, drag.target, drag.slot));
                if (!reorder)
                    done = true;
                else
                    revertQuadrant(*note, original);
            }
        }
        if (!done)
            if (QUndoCommand *command = NoteEdits::place(document, drag.ids, drag.target, drag.slot))
                document->execute(command);
    }
    m_scene.relayout();
    m_scene.selectNotes(drag.ids);
}

void NoteDragController::cancel()
{
    const Drag drag = m_drag;
    m_drag = {};
    m_press = {};
    endVisuals(drag.ids);
    Document *document = m_scene.document();
    if (document && drag.ids.size() == 1 && drag.live) {
        const EmpathyNote *note = document->workspace().empathyNotes.find(drag.ids.first());
        const Quadrant original = drag.original.value(drag.ids.first().value);
        if (note && note->quadrant != original)
            revertQuadrant(*note, original);
    }
    m_scene.relayout();
}

} // namespace waymark
