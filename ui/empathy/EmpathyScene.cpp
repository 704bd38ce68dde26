// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmpathyScene.h"

#include "NoteEdits.h"
#include "NoteEditor.h"
#include "NoteItem.h"
#include "NoteMenu.h"
#include "NotePalette.h"
#include "PersonaItem.h"
#include "QuadrantItem.h"

#include "document/Document.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QLineF>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>

#include <limits>

namespace waymark {
namespace {

constexpr qint64 kPendingKey = 0; ///< the layout entry of a note being typed that does not exist yet

/// The text as typed, without blank lines and spaces around it.
QString cleaned(const QString &text)
{
    return text.trimmed();
}

} // namespace

EmpathyScene::EmpathyScene(Document *document, EmpathyMapId mapId, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_mapId(mapId)
{
    setItemIndexMethod(QGraphicsScene::NoIndex); // few items that move often
    for (Quadrant q : EmpathyLayout::order()) {
        auto *item = new QuadrantItem(q);
        m_quadrants[EmpathyLayout::index(q)] = item;
        addItem(item);
    }
    m_persona = new PersonaItem;
    addItem(m_persona);

    connect(document, &Document::entityAdded, this, &EmpathyScene::onEntityAdded);
    connect(document, &Document::entityChanged, this, &EmpathyScene::onEntityChanged);
    connect(document, &Document::entityRemoved, this, &EmpathyScene::onEntityRemoved);
    connect(document, &Document::entityMoved, this, [this](EntityKind kind, qint64 id) {
        if (kind == EntityKind::EmpathyNote && m_items.contains(id))
            relayout();
    });
    connect(document, &Document::entitiesAdded, this, [this](EntityKind kind, const QList<qint64> &ids) {
        for (qint64 id : ids)
            onEntityAdded(kind, id);
    });
    connect(document, &Document::entitiesRemoved, this, [this](EntityKind kind, const QList<qint64> &ids) {
        for (qint64 id : ids)
            onEntityRemoved(kind, id);
    });
    connect(document, &Document::workspaceReset, this, &EmpathyScene::rebuild);
    connect(this, &QGraphicsScene::selectionChanged, this, &EmpathyScene::onSelectionChanged);
    rebuild();
}

EmpathyScene::~EmpathyScene()
{
    // Items go with the scene, and nothing may call back into this half-destroyed
    // object: the editor must not commit, a deleted selection must not be reported.
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    disconnect(this, nullptr, this, nullptr);
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_items.clear();
    clear();
}

bool EmpathyScene::isEditable() const
{
    return m_document && !m_document->isReadOnly();
}

// Mirroring the document ------------------------------------------------------------------

void EmpathyScene::rebuild()
{
    closeEditor();
    m_drag.reset();
    for (NoteItem *item : std::as_const(m_items))
        delete item;
    m_items.clear();
    if (!m_document)
        return;
    const Workspace &w = m_document->workspace();
    for (const EmpathyNote &note : w.empathyNotes)
        if (note.mapId == m_mapId)
            addNoteItem(note.id);
    const EmpathyMap *map = w.empathyMaps.find(m_mapId);
    m_persona->setPersona(map ? map->personaId : PersonaId(), w);
    relayout();
}

void EmpathyScene::addNoteItem(EmpathyNoteId id)
{
    auto *item = new NoteItem(id);
    item->refresh(m_document->workspace());
    m_items.insert(id.value, item);
    addItem(item);
}

void EmpathyScene::removeNoteItem(EmpathyNoteId id)
{
    if (m_editor && m_editor->noteId() == id)
        closeEditor();
    m_drag.forget(id);
    delete m_items.take(id.value);
}

void EmpathyScene::refreshLinkedNotes()
{
    const Workspace &w = m_document->workspace();
    bool changed = false;
    for (NoteItem *item : std::as_const(m_items)) {
        const EmpathyNote *note = w.empathyNotes.find(item->id());
        if (note && (note->linkedCard.isValid() || item->hasLink())) {
            item->refresh(w);
            changed = true;
        }
    }
    if (changed)
        relayout();
}

void EmpathyScene::onEntityAdded(EntityKind kind, qint64 id)
{
    const Workspace &w = m_document->workspace();
    switch (kind) {
    case EntityKind::EmpathyNote:
        if (const EmpathyNote *note = w.empathyNotes.find(EmpathyNoteId(id)); note && note->mapId == m_mapId) {
            addNoteItem(note->id);
            relayout();
        }
        break;
    default:
        onRelatedEntity(kind, id, true);
        break;
    }
}

void EmpathyScene::onEntityChanged(EntityKind kind, qint64 id)
{
    const Workspace &w = m_document->workspace();
    switch (kind) {
    case EntityKind::EmpathyNote: {
        const EmpathyNote *note = w.empathyNotes.find(EmpathyNoteId(id));
        if (!note)
            break;
        if (note->mapId != m_mapId) {
            if (m_items.contains(id)) {
                removeNoteItem(note->id);
                relayout();
            }
            break;
        }
        if (NoteItem *item = m_items.value(id)) {
            item->refresh(w);
            if (m_editor && m_editor->noteId() == note->id)
                m_editor->setFill(item->fillColor());
        } else {
            addNoteItem(note->id);
        }
        relayout();
        break;
    }
    case EntityKind::EmpathyMap:
        if (id == m_mapId.value) {
            const EmpathyMap *map = w.empathyMaps.find(m_mapId);
            m_persona->setPersona(map ? map->personaId : PersonaId(), w);
        }
        break;
    default:
        onRelatedEntity(kind, id, false);
        break;
    }
}

void EmpathyScene::onEntityRemoved(EntityKind kind, qint64 id)
{
    switch (kind) {
    case EntityKind::EmpathyNote:
        if (m_items.contains(id)) {
            removeNoteItem(EmpathyNoteId(id));
            relayout();
        }
        break;
    default:
        onRelatedEntity(kind, id, false);
        break;
    }
}

void EmpathyScene::onRelatedEntity(EntityKind kind, qint64 id, bool anyPersona)
{
    switch (kind) {
    case EntityKind::Persona:
        if (anyPersona || id == m_persona->personaId().value)
            m_persona->refresh(m_document->workspace());
        break;
    case EntityKind::Touchpoint:
    case EntityKind::Stage:
    case EntityKind::Journey:
    case EntityKind::Lane:
        refreshLinkedNotes();
        break;
    default:
        break;
    }
}

qreal EmpathyScene::heightOf(EmpathyNoteId id) const
{
    if (m_editor && m_editor->noteId() == id)
        return m_editor->noteHeight();
    const NoteItem *item = m_items.value(id.value);
    return item ? item->height() : EmpathyLayout::minNoteHeight;
}

void EmpathyScene::relayout()
{
    if (!m_document)
        return;
    EmpathyLayout::Entries entries;
    std::array<QList<EmpathyNoteId>, 6> others; // per quadrant, without dragged notes
    for (const EmpathyNote &note : m_document->workspace().empathyNotes) {
        if (note.mapId != m_mapId || !m_items.contains(note.id.value) || m_drag.isDragged(note.id))
            continue;
        entries[EmpathyLayout::index(note.quadrant)].append({note.id.value, heightOf(note.id)});
    }
    if (m_drag.isActive()) {
        // Make room where the dragged notes will land.
        QList<EmpathyLayout::Entry> &target = entries[EmpathyLayout::index(m_drag.target())];
        qsizetype at = qBound<qsizetype>(0, m_drag.slot(), target.size());
        for (EmpathyNoteId id : m_drag.ids())
            target.insert(at++, {id.value, heightOf(id)});
    }
    if (m_editor && !m_editor->noteId().isValid())
        entries[EmpathyLayout::index(m_editor->quadrant())].append({kPendingKey, m_editor->noteHeight()});

    m_layout = EmpathyLayout::compute(entries);
    for (NoteItem *item : std::as_const(m_items))
        if (!m_drag.isDragged(item->id()))
            item->setPos(m_layout.notes.value(item->id().value).topLeft());
    for (Quadrant q : EmpathyLayout::order()) {
        QuadrantItem *quadrant = quadrantItem(q);
        const int i = EmpathyLayout::index(q);
        quadrant->setGeometry(m_layout.quadrants[i], m_layout.nextSlot[i],
                              EmpathyLayout::touchesPersona(q) ? std::optional(m_layout.personaCentre) : std::nullopt);
        quadrant->setEmpty(entries[i].isEmpty());
        QList<QRectF> drop;
        if (m_drag.isActive() && m_drag.target() == q)
            for (EmpathyNoteId id : m_drag.ids())
                drop.append(m_layout.notes.value(id.value));
        quadrant->setDropSlots(drop);
    }
    m_persona->setPos(m_layout.personaCentre);
    if (m_editor) {
        const qint64 key = m_editor->noteId().isValid() ? m_editor->noteId().value : kPendingKey;
        m_editor->setNotePos(m_layout.notes.value(key).topLeft());
    }
    setSceneRect(m_layout.bounds);
    updateCurrentMarks();
}

// Queries ---------------------------------------------------------------------------------

QList<NoteItem *> EmpathyScene::noteItems() const
{
    QList<NoteItem *> out;
    if (!m_document)
        return out;
    for (Quadrant q : EmpathyLayout::order())
        for (EmpathyNoteId id : noteIds(q))
            out.append(m_items.value(id.value));
    return out;
}

QList<EmpathyNoteId> EmpathyScene::noteIds(Quadrant quadrant) const
{
    QList<EmpathyNoteId> out;
    if (!m_document)
        return out;
    for (const EmpathyNote &note : m_document->workspace().empathyNotes)
        if (note.mapId == m_mapId && note.quadrant == quadrant && m_items.contains(note.id.value))
            out.append(note.id);
    return out;
}

QList<EmpathyNoteId> EmpathyScene::selectedNoteIds() const
{
    QList<EmpathyNoteId> out;
    for (NoteItem *item : noteItems())
        if (item->isSelected())
            out.append(item->id());
    return out;
}

void EmpathyScene::selectNotes(const QList<EmpathyNoteId> &ids)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (EmpathyNoteId id : ids)
        if (NoteItem *item = m_items.value(id.value))
            item->setSelected(true);
    blocker.unblock();
    if (!ids.isEmpty())
        m_cursor = ids.last();
    onSelectionChanged();
    revealNotes(ids);
}

void EmpathyScene::revealNotes(const QList<EmpathyNoteId> &ids)
{
    QRectF area;
    for (EmpathyNoteId id : ids)
        if (NoteItem *item = m_items.value(id.value))
            area = area.united(item->mapRectToScene(item->noteRect()));
    if (!area.isEmpty())
        emit ensureVisibleRequested(area);
}

std::optional<Quadrant> EmpathyScene::quadrantAt(QPointF scenePos) const
{
    for (Quadrant q : EmpathyLayout::order())
        if (m_layout.quadrants[EmpathyLayout::index(q)].contains(scenePos))
            return q;
    return std::nullopt;
}

Quadrant EmpathyScene::nearestQuadrant(QPointF scenePos) const
{
    if (const auto q = quadrantAt(scenePos))
        return *q;
    Quadrant best = Quadrant::Think;
    qreal bestDistance = std::numeric_limits<qreal>::max();
    for (Quadrant q : EmpathyLayout::order()) {
        const QRectF r = m_layout.quadrants[EmpathyLayout::index(q)];
        const QPointF inside(qBound(r.left(), scenePos.x(), r.right()), qBound(r.top(), scenePos.y(), r.bottom()));
        const qreal d = QLineF(inside, scenePos).length();
        if (d < bestDistance) {
            bestDistance = d;
            best = q;
        }
    }
    return best;
}

NoteItem *EmpathyScene::noteAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) // topmost first
        if (item->type() == NoteItem::Type && !m_drag.isDragged(static_cast<NoteItem *>(item)->id()))
            return static_cast<NoteItem *>(item);
    return nullptr;
}

bool EmpathyScene::editorContains(QPointF scenePos) const
{
    if (!m_editor)
        return false;
    const QPointF local = m_editor->mapFromScene(scenePos);
    const qreal pad = NoteItem::textPadding;
    return QRectF(-pad, -pad, EmpathyLayout::noteWidth, m_editor->noteHeight()).contains(local);
}

// Current quadrant and selection ------------------------------------------------------------

void EmpathyScene::setCurrentQuadrant(Quadrant quadrant)
{
    m_current = quadrant;
    updateCurrentMarks();
}

void EmpathyScene::updateCurrentMarks()
{
    // The "type here" slot shows only while typing would add a note there.
    const bool active = hasFocus() && isEditable();
    const bool offerSlot = active && !m_editor && !m_drag.isActive();
    for (Quadrant q : EmpathyLayout::order())
        quadrantItem(q)->setCurrent(q == m_current, active, offerSlot);
}

void EmpathyScene::onSelectionChanged()
{
    const QList<EmpathyNoteId> selected = selectedNoteIds();
    if (selected.isEmpty() || !m_document)
        return;
    if (!selected.contains(m_cursor))
        m_cursor = selected.first();
    if (const EmpathyNote *note = m_document->workspace().empathyNotes.find(m_cursor))
        setCurrentQuadrant(note->quadrant);
}

void EmpathyScene::selectAllNotes()
{
    for (NoteItem *item : noteItems())
        item->setSelected(true);
}

void EmpathyScene::navigate(Qt::Key direction, bool extend)
{
    const QList<NoteItem *> all = noteItems();
    if (all.isEmpty())
        return;
    NoteItem *from = m_items.value(m_cursor.value);
    if (!from || !from->isSelected()) {
        const QList<EmpathyNoteId> selected = selectedNoteIds();
        from = selected.isEmpty() ? nullptr : m_items.value(selected.first().value);
    }
    if (!from) {
        const QList<EmpathyNoteId> here = noteIds(m_current);
        selectNotes({here.isEmpty() ? all.first()->id() : here.first()});
        return;
    }
    QPointF step;
    switch (direction) {
    case Qt::Key_Left: step = {-1, 0}; break;
    case Qt::Key_Right: step = {1, 0}; break;
    case Qt::Key_Up: step = {0, -1}; break;
    default: step = {0, 1}; break;
    }
    const QPointF origin = from->mapRectToScene(from->noteRect()).center();
    NoteItem *best = nullptr;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (NoteItem *item : all) {
        if (item == from)
            continue;
        const QPointF delta = item->mapRectToScene(item->noteRect()).center() - origin;
        const qreal along = delta.x() * step.x() + delta.y() * step.y();
        const qreal across = qAbs(delta.x() * step.y() - delta.y() * step.x());
        if (along < 1 || across > along * 2.5)
            continue;
        const qreal score = along + 2 * across;
        if (score < bestScore) {
            bestScore = score;
            best = item;
        }
    }
    if (!best)
        return;
    if (extend) {
        best->setSelected(true);
        m_cursor = best->id();
        onSelectionChanged();
        revealNotes({best->id()});
    } else {
        selectNotes({best->id()});
    }
}

void EmpathyScene::stepQuadrant(int step)
{
    const int next = (EmpathyLayout::index(m_current) + step + 6) % 6;
    const Quadrant quadrant = EmpathyLayout::quadrantAt(next);
    const QList<EmpathyNoteId> notes = noteIds(quadrant);
    if (notes.isEmpty()) {
        clearSelection();
        emit ensureVisibleRequested(m_layout.quadrants[next]);
    } else {
        selectNotes({notes.first()});
    }
    setCurrentQuadrant(quadrant);
}

// Editing in place --------------------------------------------------------------------------

void EmpathyScene::editNote(EmpathyNoteId id)
{
    NoteItem *item = m_items.value(id.value);
    const EmpathyNote *note = m_document ? m_document->workspace().empathyNotes.find(id) : nullptr;
    if (!isEditable() || !item || !note)
        return;
    if (m_editor)
        commitEdit();
    selectNotes({id});
    m_editor = new NoteEditor(id, note->quadrant, item->fillColor(), note->text);
    item->setEditing(true);
    attachEditor();
}

void EmpathyScene::startNewNote(Quadrant quadrant, const QString &text)
{
    if (!isEditable())
        return;
    if (m_editor)
        commitEdit();
    clearSelection();
    setCurrentQuadrant(quadrant);
    m_editor = new NoteEditor({}, quadrant, NotePalette::fill({}, quadrant), text);
    attachEditor();
    emit ensureVisibleRequested(m_layout.notes.value(kPendingKey));
}

void EmpathyScene::attachEditor()
{
    addItem(m_editor);
    connect(m_editor, &NoteEditor::commitRequested, this, &EmpathyScene::commitEdit);
    connect(m_editor, &NoteEditor::cancelRequested, this, &EmpathyScene::cancelEdit);
    connect(m_editor, &NoteEditor::noteHeightChanged, this, &EmpathyScene::relayout);
    connect(m_editor, &NoteEditor::tabRequested, this, [this](bool forward) {
        commitEdit();
        stepQuadrant(forward ? 1 : -1);
    });
    relayout();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void EmpathyScene::closeEditor()
{
    if (!m_editor)
        return;
    NoteEditor *editor = m_editor;
    m_editor = nullptr;
    disconnect(editor, nullptr, this, nullptr);
    if (NoteItem *item = m_items.value(editor->noteId().value))
        item->setEditing(false);
    // Deferred: this may run inside the editor's own key or focus handler.
    editor->clearFocus();
    editor->hide();
    editor->deleteLater();
}

void EmpathyScene::commitEdit()
{
    if (!m_editor || !m_document)
        return;
    const EmpathyNoteId id = m_editor->noteId();
    const Quadrant quadrant = m_editor->quadrant();
    const QString text = cleaned(m_editor->toPlainText());
    closeEditor();
    if (id.isValid()) {
        if (QUndoCommand *command = NoteEdits::setText(m_document, id, text))
            m_document->execute(command);
        relayout();
        return;
    }
    EmpathyNoteId created;
    QUndoCommand *command = NoteEdits::add(m_document, m_mapId, quadrant, text, &created);
    relayout();
    if (command && m_document->execute(command))
        selectNotes({created});
}

void EmpathyScene::cancelEdit()
{
    closeEditor();
    relayout();
}

// Edits of the selection --------------------------------------------------------------------

void EmpathyScene::deleteSelection()
{
    const QList<EmpathyNoteId> ids = selectedNoteIds();
    if (ids.isEmpty() || !isEditable())
        return;
    // Keep the keyboard somewhere sensible: the note after the last deleted one in its
    // quadrant, or the one before.
    EmpathyNoteId next;
    if (const EmpathyNote *last = m_document->workspace().empathyNotes.find(ids.last())) {
        const QList<EmpathyNoteId> inQuadrant = noteIds(last->quadrant);
        const qsizetype at = inQuadrant.indexOf(ids.last());
        for (qsizetype i = at + 1; i < inQuadrant.size() && !next.isValid(); ++i)
            if (!ids.contains(inQuadrant[i]))
                next = inQuadrant[i];
        for (qsizetype i = at - 1; i >= 0 && !next.isValid(); --i)
            if (!ids.contains(inQuadrant[i]))
                next = inQuadrant[i];
    }
    if (QUndoCommand *command = NoteEdits::remove(m_document, ids); command && m_document->execute(command)) {
        if (next.isValid())
            selectNotes({next});
    }
}

void EmpathyScene::duplicateSelection()
{
    const QList<EmpathyNoteId> ids = selectedNoteIds();
    if (ids.isEmpty() || !isEditable())
        return;
    QList<EmpathyNoteId> copies;
    if (QUndoCommand *command = NoteEdits::duplicate(m_document, ids, &copies); command && m_document->execute(command))
        selectNotes(copies);
}

void EmpathyScene::recolourSelection(const QString &color)
{
    if (!isEditable())
        return;
    if (QUndoCommand *command = NoteEdits::recolour(m_document, selectedNoteIds(), color))
        m_document->execute(command);
}

// Input -------------------------------------------------------------------------------------

bool EmpathyScene::event(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    return QGraphicsScene::event(event);
}

void EmpathyScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, palette().color(QPalette::Window));
}

void EmpathyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    if (m_editor) {
        if (editorContains(pos)) {
            QGraphicsScene::mousePressEvent(event);
            return;
        }
        commitEdit();
    }
    NoteItem *note = noteAt(pos);
    if (!note) {
        if (const auto q = quadrantAt(pos))
            setCurrentQuadrant(*q);
        if (event->button() != Qt::LeftButton) {
            event->accept();
            return;
        }
        QGraphicsScene::mousePressEvent(event); // clears the selection; the view starts a rubber band
        return;
    }

    const EmpathyNote *model = m_document->workspace().empathyNotes.find(note->id());
    if (model)
        setCurrentQuadrant(model->quadrant);
    const QPointF local = note->mapFromScene(pos);
    using Part = NoteDragController::Part;
    Part part = Part::Body;
    if (note->markerRect().contains(local))
        part = Part::Marker;
    else if (note->badgeRect().contains(local))
        part = Part::Badge;
    const bool wasSelected = note->isSelected();
    const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    if (event->button() == Qt::LeftButton && toggle && part == Part::Body) {
        note->setSelected(!wasSelected);
        if (!wasSelected)
            m_cursor = note->id();
    } else if (!wasSelected) {
        selectNotes({note->id()});
    } else {
        m_cursor = note->id();
    }
    if (event->button() == Qt::LeftButton)
        m_drag.press(note->id(), event->screenPos(), part, wasSelected && !toggle);
    event->accept();
}

void EmpathyScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_drag.mouseMove(event))
        QGraphicsScene::mouseMoveEvent(event);
}

void EmpathyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_drag.mouseRelease(event))
        QGraphicsScene::mouseReleaseEvent(event);
}

void EmpathyScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    if (m_editor && editorContains(pos)) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    if (NoteItem *note = noteAt(pos)) {
        const QPointF local = note->mapFromScene(pos);
        if (!note->markerRect().contains(local) && !note->badgeRect().contains(local))
            editNote(note->id());
        event->accept();
        return;
    }
    if (m_persona->contains(m_persona->mapFromScene(pos))) {
        if (m_persona->personaId().isValid())
            emit openPersonaRequested(m_persona->personaId());
        event->accept();
        return;
    }
    if (const auto q = quadrantAt(pos)) {
        startNewNote(*q);
        event->accept();
    }
}

void EmpathyScene::keyPressEvent(QKeyEvent *event)
{
    if (m_editor && focusItem() == m_editor) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    if (m_drag.isActive()) {
        if (event->key() == Qt::Key_Escape)
            m_drag.cancel();
        event->accept();
        return;
    }
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool command = mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (command)
            break;
        navigate(Qt::Key(event->key()), mods & Qt::ShiftModifier);
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2: {
        if (command)
            break;
        const QList<EmpathyNoteId> selected = selectedNoteIds();
        if (selected.isEmpty())
            startNewNote(m_current);
        else
            editNote(selected.contains(m_cursor) ? m_cursor : selected.first());
        event->accept();
        return;
    }
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (command)
            break;
        deleteSelection();
        event->accept();
        return;
    case Qt::Key_Escape:
        clearSelection();
        event->accept();
        return;
    case Qt::Key_D:
        if (mods == Qt::ControlModifier) {
            duplicateSelection();
            event->accept();
            return;
        }
        break;
    case Qt::Key_A:
        if (mods == Qt::ControlModifier) {
            selectAllNotes();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    const QString text = event->text();
    if (!command && !text.isEmpty() && text.at(0).isPrint() && !text.trimmed().isEmpty() && isEditable()) {
        startNewNote(m_current, text);
        event->accept();
        return;
    }
    event->ignore();
}

bool EmpathyScene::focusNextPrevChild(bool next)
{
    if (m_editor)
        commitEdit();
    stepQuadrant(next ? 1 : -1);
    return true;
}

void EmpathyScene::focusInEvent(QFocusEvent *event)
{
    QGraphicsScene::focusInEvent(event);
    updateCurrentMarks();
}

void EmpathyScene::focusOutEvent(QFocusEvent *event)
{
    QGraphicsScene::focusOutEvent(event);
    updateCurrentMarks();
}

void EmpathyScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    const QPointF pos = event->scenePos();
    if (m_editor && editorContains(pos)) {
        QGraphicsScene::contextMenuEvent(event);
        return;
    }
    if (m_editor)
        commitEdit();
    QMenu *menu = nullptr;
    if (NoteItem *note = noteAt(pos)) {
        // Right-click on a selected note acts on the whole selection.
        if (!note->isSelected())
            selectNotes({note->id()});
        m_cursor = note->id();
        menu = NoteMenu::forNotes(this, note->id(), event->widget());
    } else {
        const Quadrant quadrant = nearestQuadrant(pos);
        setCurrentQuadrant(quadrant);
        menu = NoteMenu::forQuadrant(this, quadrant, event->widget());
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->screenPos());
    event->accept();
}

} // namespace waymark
