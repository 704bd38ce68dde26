// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EmpathyLayout.h"
#include "NoteDragController.h"
#include "NoteEditor.h"

#include "document/Document.h"

#include "model/Ids.h"
#include "model/Vocabulary.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include <array>
#include <optional>

namespace waymark {

class NoteItem;
class PersonaItem;
class QuadrantItem;

/// One empathy map as a canvas of sticky notes in six quadrants around the persona.
/// Mirrors the document (entityAdded/Changed/Removed/Moved of notes, the persona, and the
/// cards notes are promoted to); its items store only ids. Every edit is an undo command:
/// typing into a quadrant adds a note, a drag moves notes between quadrants (one undo step),
/// Delete, Ctrl+D and the context menu act on the selection.
class EmpathyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    EmpathyScene(Document *document, EmpathyMapId mapId, QObject *parent = nullptr);
    ~EmpathyScene() override;

    Document *document() const { return m_document; }
    EmpathyMapId mapId() const { return m_mapId; }
    bool isEditable() const;

    NoteItem *noteItem(EmpathyNoteId id) const { return m_items.value(id.value); }
    /// The notes in reading order: quadrant by quadrant, each in the map's order.
    QList<NoteItem *> noteItems() const;
    QList<EmpathyNoteId> noteIds(Quadrant quadrant) const;
    QList<EmpathyNoteId> selectedNoteIds() const;
    void selectNotes(const QList<EmpathyNoteId> &ids);
    QuadrantItem *quadrantItem(Quadrant quadrant) const { return m_quadrants[EmpathyLayout::index(quadrant)]; }
    PersonaItem *personaItem() const { return m_persona; }
    std::optional<Quadrant> quadrantAt(QPointF scenePos) const;
    const EmpathyLayout::Result &layoutResult() const { return m_layout; }

    /// The quadrant that typing adds a note to.
    Quadrant currentQuadrant() const { return m_current; }
    void setCurrentQuadrant(Quadrant quadrant);

    NoteEditor *editor() const { return m_editor; }
    bool isDragging() const { return m_drag.isActive(); }
    void editNote(EmpathyNoteId id);
    void startNewNote(Quadrant quadrant, const QString &text = {});
    void commitEdit();
    void cancelEdit();

    void deleteSelection();
    void duplicateSelection();
    void recolourSelection(const QString &color);
    void selectAllNotes();
    /// Arrow keys: the nearest note in that direction; `extend` adds it to the selection.
    void navigate(Qt::Key direction, bool extend);
    /// Tab: the next (+1) or previous (-1) quadrant becomes current, its first note selected.
    void stepQuadrant(int step);

signals:
    void openCardRequested(waymark::EmpathyNoteId note);
    void evidenceRequested(waymark::EmpathyNoteId note);
    void addEvidenceRequested(waymark::EmpathyNoteId note);
    void promoteRequested(waymark::EmpathyNoteId note);
    void openPersonaRequested(waymark::PersonaId persona);
    /// Something the keyboard moved to should be scrolled into view.
    void ensureVisibleRequested(const QRectF &sceneRect);

protected:
    bool event(QEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    friend class NoteDragController; // the gesture lays out and hit-tests through the scene

    void rebuild();
    void relayout();
    void addNoteItem(EmpathyNoteId id);
    void removeNoteItem(EmpathyNoteId id);
    void refreshLinkedNotes();
    void onEntityAdded(EntityKind kind, qint64 id);
    void onEntityChanged(EntityKind kind, qint64 id);
    void onEntityRemoved(EntityKind kind, qint64 id);
    /// A persona or something a note's card links to changed; `anyPersona`: whichever persona.
    void onRelatedEntity(EntityKind kind, qint64 id, bool anyPersona);
    void onSelectionChanged();
    void updateCurrentMarks();

    NoteItem *noteAt(QPointF scenePos) const;
    bool editorContains(QPointF scenePos) const;
    Quadrant nearestQuadrant(QPointF scenePos) const;
    qreal heightOf(EmpathyNoteId id) const;
    /// Puts the new editor on the canvas, wires it up, lays out around it and gives it focus.
    void attachEditor();
    void closeEditor();
    void revealNotes(const QList<EmpathyNoteId> &ids);

    QPointer<Document> m_document;
    EmpathyMapId m_mapId;
    QHash<qint64, NoteItem *> m_items;
    std::array<QuadrantItem *, 6> m_quadrants{};
    PersonaItem *m_persona = nullptr;
    QPointer<NoteEditor> m_editor;
    EmpathyLayout::Result m_layout;
    Quadrant m_current = Quadrant::Think;
    EmpathyNoteId m_cursor; ///< the note arrow keys start from
    NoteDragController m_drag{*this};
};

} // namespace waymark
