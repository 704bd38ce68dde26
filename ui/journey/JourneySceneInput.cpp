// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// JourneyScene: what the mouse, the keyboard, context menus and drops do.
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
#include "interchange/ClipboardFragment.h"

#include <QApplication>
#include <QClipboard>
#include <QGraphicsPathItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QTimer>

namespace waymark {

namespace {
const QString kFeedbackMime = QStringLiteral("application/x-waymark-feedback-ids");

QList<qint64> feedbackIds(const QMimeData *mime)
{
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(kFeedbackMime))
        return ids;
    const QJsonDocument doc = QJsonDocument::fromJson(mime->data(kFeedbackMime));
    for (const QJsonValue &v : doc.array())
        if (v.isDouble() && v.toDouble() >= 1)
            ids.append(qint64(v.toDouble()));
    return ids;
}
} // namespace

// Mouse ----------------------------------------------------------------------------------

void JourneyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    relayoutNow();
    const QPointF pos = event->scenePos();
    if (m_editor) {
        if (m_editor->mapRectToScene(m_editor->boundingRect()).contains(pos)) {
            QGraphicsScene::mousePressEvent(event);
            return;
        }
        commitEdit();
    }
    if (event->button() == Qt::LeftButton && m_curve->isVisible() && m_curve->pointAt(pos).isValid() && isEditable()) {
        QGraphicsScene::mousePressEvent(event); // the curve drags its point
        return;
    }
    const int col = m_layout.columnAt(pos.x()), row = m_layout.rowAt(pos.y());
    CardItem *card = cardAt(pos);
    if (card && event->button() == Qt::LeftButton && card->showsHandle()
        && card->mapRectToScene(card->handleRect()).contains(pos) && isEditable()) {
        m_connect = {true, card->id(), pos, {}};
        m_connectLine = addPath(TransitionItem::route(cardRect(card->id()), pos),
                                QPen(QColor(0x1f, 0x6f, 0xd1), 3, Qt::DashLine, Qt::RoundCap));
        m_connectLine->setZValue(30);
        event->accept();
        return;
    }
    if (card) {
        const Touchpoint *t = m_document->workspace().touchpoints.find(card->id());
        if (t)
            setCurrentCell(t->stageId, t->laneId);
        m_cursor = card->id();
        const bool wasSelected = card->isSelected();
        if (event->modifiers() & Qt::ControlModifier)
            card->setSelected(!wasSelected);
        else if (event->modifiers() & Qt::ShiftModifier)
            card->setSelected(true);
        else if (!wasSelected) {
            clearSelection();
            card->setSelected(true);
        }
        if (event->button() == Qt::LeftButton && !(event->modifiers() & Qt::ControlModifier)) {
            m_drag = {};
            m_drag.pressed = true;
            m_drag.pressedCard = card->id();
            m_drag.pressPos = pos;
            m_drag.wasSelected = wasSelected;
        }
        event->accept();
        return;
    }
    for (QGraphicsItem *item : items(pos))
        if (item->type() == TransitionItem::Type && item->isVisible()) {
            if (!(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
                clearSelection();
            item->setSelected(true);
            event->accept();
            return;
        }
    if (col >= 0 && row >= 0)
        setCurrentCell(m_layout.columns[col].id, m_layout.rows[row].id);
    if (event->button() != Qt::LeftButton) {
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event); // clears the selection; the view starts a rubber band
}

void JourneyScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (mouseGrabberItem()) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    const QPointF pos = event->scenePos();
    if (m_connect.active) {
        CardItem *target = cardAt(pos);
        m_connect.target = target && target->id() != m_connect.from ? target->id() : TouchpointId();
        m_connectLine->setPath(m_connect.target.isValid()
                                   ? TransitionItem::route(cardRect(m_connect.from), cardRect(m_connect.target))
                                   : TransitionItem::route(cardRect(m_connect.from), pos));
        event->accept();
        return;
    }
    if (m_drag.pressed) {
        if (!m_drag.active) {
            if ((event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton)).manhattanLength()
                    < QApplication::startDragDistance()
                || !isEditable())
                return;
            const auto selected = selectedCardIds();
            m_drag.ids = selected.contains(m_drag.pressedCard) ? selected : QList<TouchpointId>{m_drag.pressedCard};
            for (TouchpointId id : std::as_const(m_drag.ids))
                if (CardItem *c = cardItem(id)) {
                    m_drag.offsets.insert(id.value, c->pos() - m_drag.pressPos);
                    c->setFloating(true);
                }
            m_drag.active = true;
        }
        updateDrag(pos);
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void JourneyScene::updateDrag(QPointF pos)
{
    // Stacked like a fan: each dragged card follows the pointer with its offset.
    for (TouchpointId id : std::as_const(m_drag.ids))
        if (CardItem *c = cardItem(id))
            c->setPos(pos + m_drag.offsets.value(id.value));
    int col = m_layout.columnAt(pos.x()), row = m_layout.rowAt(pos.y());
    if (col < 0 && !m_layout.columns.isEmpty())
        col = pos.x() < m_layout.columns.first().x ? 0 : int(m_layout.columns.size()) - 1;
    if (row < 0 && !m_layout.rows.isEmpty())
        row = pos.y() < m_layout.rows.first().y ? 0 : int(m_layout.rows.size()) - 1;
    TouchpointId before;
    if (col >= 0 && row >= 0)
        for (TouchpointId id : JourneyEdits::cell(m_document, m_layout.columns[col].id, m_layout.rows[row].id)) {
            const CardItem *c = cardItem(id);
            if (!c || m_drag.ids.contains(id))
                continue;
            if (c->y() + c->height() / 2 > pos.y()) {
                before = id;
                break;
            }
        }
    if (col != m_drag.column || row != m_drag.row || before != m_drag.before) {
        m_drag.column = col;
        m_drag.row = row;
        m_drag.before = before;
        update(m_layout.gridRect());
    }
    // Arrows of the dragged touchpoints follow them.
    const Workspace &w = m_document->workspace();
    for (auto it = m_transitions.cbegin(); it != m_transitions.cend(); ++it)
        if (const Transition *t = w.transitions.find(TransitionId(it.key()));
            t && (m_drag.ids.contains(t->from) || m_drag.ids.contains(t->to)) && it.value()->isVisible())
            it.value()->setEnds(cardRect(t->from), cardRect(t->to));
}

void JourneyScene::finishDrag()
{
    const Drag drag = m_drag;
    m_drag = {};
    for (TouchpointId id : drag.ids)
        if (CardItem *c = cardItem(id))
            c->setFloating(false);
    QUndoCommand *command = nullptr;
    if (drag.column >= 0 && drag.row >= 0)
        command = JourneyEdits::moveCards(m_document, drag.ids, m_layout.columns[drag.column].id,
                                          m_layout.rows[drag.row].id, drag.before);
    if (command) {
        m_document->execute(command);
        setCurrentCell(m_layout.columns[drag.column].id, m_layout.rows[drag.row].id);
    }
    relayout(); // snaps the cards into their (possibly unchanged) places
}

void JourneyScene::cancelDrag()
{
    for (TouchpointId id : std::as_const(m_drag.ids))
        if (CardItem *c = cardItem(id))
            c->setFloating(false);
    m_drag = {};
    relayout();
}

void JourneyScene::finishConnect()
{
    const Connect c = m_connect;
    m_connect = {};
    delete m_connectLine;
    m_connectLine = nullptr;
    if (c.target.isValid())
        if (QUndoCommand *cmd = JourneyEdits::connect(m_document, c.from, c.target))
            m_document->execute(cmd);
}

void JourneyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (mouseGrabberItem()) {
        QGraphicsScene::mouseReleaseEvent(event);
        return;
    }
    if (m_connect.active) {
        finishConnect();
        event->accept();
        return;
    }
    if (m_drag.active) {
        finishDrag();
        event->accept();
        return;
    }
    if (m_drag.pressed) {
        // A click on one of several selected cards narrows the selection to it.
        if (m_drag.wasSelected && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)))
            selectCards({m_drag.pressedCard});
        m_drag = {};
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
}

void JourneyScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    relayoutNow();
    const QPointF pos = event->scenePos();
    if (m_editor && m_editor->mapRectToScene(m_editor->boundingRect()).contains(pos)) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    if (CardItem *card = cardAt(pos)) {
        editCard(card->id());
        event->accept();
        return;
    }
    for (QGraphicsItem *item : items(pos))
        if (item->type() == TransitionItem::Type && item->isVisible()) {
            showTransitionMenu(QPoint(), static_cast<TransitionItem *>(item));
            return;
        }
    const int col = m_layout.columnAt(pos.x()), row = m_layout.rowAt(pos.y());
    if (col >= 0 && row >= 0) {
        startNewCard(m_layout.columns[col].id, m_layout.rows[row].id);
        event->accept();
    }
}

// Keyboard -------------------------------------------------------------------------------

bool JourneyScene::event(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        // Cards and arrows paint from cached pixmaps: those are redrawn in the new colours.
        for (QGraphicsItem *item : items())
            item->update();
        update();
    }
    return QGraphicsScene::event(event);
}

bool JourneyScene::focusNextPrevChild(bool next)
{
    if (m_editor)
        commitEdit();
    stepCell(next ? 1 : -1);
    return true;
}

void JourneyScene::keyPressEvent(QKeyEvent *event)
{
    // A card's editor, or the view's editor of a header's name, takes every key.
    if (QGraphicsItem *focus = focusItem(); focus && focus->type() == QGraphicsTextItem::Type) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    if (m_drag.active) {
        if (event->key() == Qt::Key_Escape)
            cancelDrag();
        event->accept();
        return;
    }
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool command = mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const auto handled = [event] { event->accept(); };
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (command)
            break;
        navigate(Qt::Key(event->key()), mods & Qt::ShiftModifier);
        return handled();
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2: {
        if (command)
            break;
        const auto selected = selectedCardIds();
        if (!selected.isEmpty())
            editCard(selected.contains(m_cursor) ? m_cursor : selected.first());
        else if (m_currentStage.isValid() && m_currentLane.isValid())
            startNewCard(m_currentStage, m_currentLane);
        return handled();
    }
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (command)
            break;
        deleteSelection();
        return handled();
    case Qt::Key_Escape:
        clearSelection();
        return handled();
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        stepCell(event->key() == Qt::Key_Tab && !(mods & Qt::ShiftModifier) ? 1 : -1);
        return handled();
    default: break;
    }
    if (mods == Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_D: duplicateSelection(); return handled();
        case Qt::Key_C: copySelection(); return handled();
        case Qt::Key_X: cutSelection(); return handled();
        case Qt::Key_V: paste(); return handled();
        case Qt::Key_A: selectAllCards(); return handled();
        default: break;
        }
    }
    const QString text = event->text();
    if (!command && !text.isEmpty() && text.at(0).isPrint() && isEditable()) {
        // Typing starts a new card in the current cell (the selected card's cell).
        if (const auto sel = selectedCardIds(); !sel.isEmpty())
            if (const Touchpoint *t = m_document->workspace().touchpoints.find(sel.last()))
                setCurrentCell(t->stageId, t->laneId);
        if (m_currentStage.isValid() && m_currentLane.isValid()) {
            startNewCard(m_currentStage, m_currentLane, text);
            return handled();
        }
    }
    QGraphicsScene::keyPressEvent(event);
}

// Menus ----------------------------------------------------------------------------------

void JourneyScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    relayoutNow();
    const QPointF pos = event->scenePos();
    if (m_editor && m_editor->mapRectToScene(m_editor->boundingRect()).contains(pos)) {
        QGraphicsScene::contextMenuEvent(event);
        return;
    }
    if (CardItem *card = cardAt(pos)) {
        if (!card->isSelected()) {
            clearSelection();
            card->setSelected(true);
        }
        m_cursor = card->id();
        showCardMenu(event->screenPos(), card);
        event->accept();
        return;
    }
    for (QGraphicsItem *item : items(pos))
        if (item->type() == TransitionItem::Type && item->isVisible()) {
            clearSelection();
            item->setSelected(true);
            showTransitionMenu(event->screenPos(), static_cast<TransitionItem *>(item));
            event->accept();
            return;
        }
    const int col = m_layout.columnAt(pos.x()), row = m_layout.rowAt(pos.y());
    if (col >= 0 && row >= 0) {
        setCurrentCell(m_layout.columns[col].id, m_layout.rows[row].id);
        clearSelection();
        showCellMenu(event->screenPos());
        event->accept();
    }
}

void JourneyScene::showCardMenu(const QPoint &screenPos, CardItem *card)
{
    const bool editable = isEditable();
    const TouchpointId id = card->id();
    const Touchpoint *found = m_document->workspace().touchpoints.find(id);
    if (!found)
        return;
    const Touchpoint snapshot = *found;
    const Touchpoint *t = &snapshot; // a copy: edits may move the list's items
    QMenu menu;
    menu.addAction(tr("&Edit Text"), this, [this, id] { editCard(id); })->setEnabled(editable);
    QMenu *colours = menu.addMenu(tr("&Colour"));
    colours->setEnabled(editable);
    colours->addAction(tr("Lane Default"), this, [this] { recolourSelection({}); });
    for (const auto &[value, name] : JourneyStyle::palette()) {
        QPixmap swatch(16, 16);
        swatch.fill(QColor(value));
        const QString color = value;
        colours->addAction(QIcon(swatch), name, this, [this, color] { recolourSelection(color); });
    }
    const auto editField = [this, id](const QString &text, const std::function<void(Touchpoint &)> &change) {
        const Touchpoint *current = m_document->workspace().touchpoints.find(id);
        if (!current)
            return;
        Touchpoint copy = *current;
        change(copy);
        if (copy != *current)
            m_document->execute(new EditCommand<Touchpoint>(m_document, copy, text));
    };
    if (card->isTouchpoint()) {
        QAction *mot = menu.addAction(tr("&Moment of Truth"));
        mot->setCheckable(true);
        mot->setChecked(t->momentOfTruth);
        mot->setEnabled(editable);
        connect(mot, &QAction::toggled, this, [=, this](bool on) {
            editField(on ? tr("Mark “%1” as a moment of truth").arg(t->title.left(40))
                         : tr("Unmark “%1” as a moment of truth").arg(t->title.left(40)),
                      [on](Touchpoint &c) { c.momentOfTruth = on; });
        });
        QMenu *emotion = menu.addMenu(tr("Assumed &Emotion"));
        emotion->setEnabled(editable);
        for (int v = 2; v >= -2; --v) {
            QAction *a = emotion->addAction(v > 0 ? QStringLiteral("+%1").arg(v) : v < 0 ? QStringLiteral("−%1").arg(-v) : QStringLiteral("0"));
            a->setCheckable(true);
            a->setChecked(t->assumedEmotion == v);
            connect(a, &QAction::triggered, this, [=, this] {
                editField(tr("Set assumed emotion of “%1”").arg(t->title.left(40)), [v](Touchpoint &c) { c.assumedEmotion = v; });
            });
        }
    } else {
        QMenu *severity = menu.addMenu(tr("&Severity"));
        severity->setEnabled(editable);
        const QStringList names{tr("None"), tr("Minor"), tr("Serious"), tr("Severe")};
        for (int v = 0; v <= 3; ++v) {
            QAction *a = severity->addAction(names[v]);
            a->setCheckable(true);
            a->setChecked(t->severity == v);
            connect(a, &QAction::triggered, this, [=, this] {
                editField(tr("Set severity of “%1”").arg(t->title.left(40)), [v](Touchpoint &c) { c.severity = v; });
            });
        }
    }
    menu.addSeparator();
    menu.addAction(tr("Cu&t"), this, &JourneyScene::cutSelection)->setEnabled(editable);
    menu.addAction(tr("&Copy"), this, &JourneyScene::copySelection);
    menu.addAction(tr("&Paste"), this, &JourneyScene::paste)->setEnabled(editable);
    menu.addAction(tr("&Duplicate"), this, &JourneyScene::duplicateSelection)->setEnabled(editable);
    menu.addAction(tr("De&lete"), this, &JourneyScene::deleteSelection)->setEnabled(editable);
    menu.addSeparator();
    menu.addAction(tr("Show &Feedback…"), this, [this, id] { emit feedbackRequested(id); });
    menu.exec(screenPos);
}

void JourneyScene::showCellMenu(const QPoint &screenPos)
{
    QMenu menu;
    const StageId stage = m_currentStage;
    const LaneId lane = m_currentLane;
    menu.addAction(tr("&Add Card Here"), this, [this, stage, lane] { startNewCard(stage, lane); })->setEnabled(isEditable());
    menu.addAction(tr("&Paste"), this, &JourneyScene::paste)->setEnabled(isEditable());
    menu.exec(screenPos);
}

void JourneyScene::showTransitionMenu(const QPoint &screenPos, TransitionItem *item)
{
    const TransitionId id = item->id();
    const auto setVolume = [this, id] {
        const Transition *t = m_document->workspace().transitions.find(id);
        if (!t)
            return;
        bool ok = false;
        QWidget *parent = views().isEmpty() ? nullptr : views().first();
        const double v = QInputDialog::getDouble(parent, tr("Observed Volume"),
                                                 tr("How many customers take this step (0: unknown)?"),
                                                 t->volume.value_or(0), 0, 1e12, 0, &ok);
        if (!ok)
            return;
        Transition copy = *t;
        copy.volume = v > 0 ? std::optional<double>(v) : std::nullopt;
        if (copy != *t)
            m_document->execute(new EditCommand<Transition>(m_document, copy, tr("Set volume of a transition")));
    };
    if (screenPos.isNull()) {
        if (isEditable())
            setVolume();
        return;
    }
    QMenu menu;
    menu.addAction(tr("Set &Volume…"), this, setVolume)->setEnabled(isEditable());
    menu.addAction(tr("De&lete"), this, &JourneyScene::deleteSelection)->setEnabled(isEditable());
    menu.exec(screenPos);
}

// Feedback dropped on a card ------------------------------------------------------------

void JourneyScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(isEditable() && event->mimeData()->hasFormat(kFeedbackMime));
}

void JourneyScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    CardItem *card = isEditable() && event->mimeData()->hasFormat(kFeedbackMime) ? cardAt(event->scenePos()) : nullptr;
    const TouchpointId target = card ? card->id() : TouchpointId();
    if (target != m_dropTarget) {
        if (CardItem *old = cardItem(m_dropTarget))
            old->setSelected(false);
        m_dropTarget = target;
        if (card) {
            clearSelection();
            card->setSelected(true);
        }
    }
    event->setAccepted(card != nullptr);
    if (card)
        event->acceptProposedAction();
}

void JourneyScene::dragLeaveEvent(QGraphicsSceneDragDropEvent *)
{
    m_dropTarget = {};
}

void JourneyScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    m_dropTarget = {};
    CardItem *card = cardAt(event->scenePos());
    const QList<qint64> ids = feedbackIds(event->mimeData());
    if (!card || ids.isEmpty() || !isEditable()) {
        event->ignore();
        return;
    }
    QList<AttachmentPair> pairs;
    for (qint64 id : ids)
        pairs.append({FeedbackItemId(id), card->id()});
    const Touchpoint *t = m_document->workspace().touchpoints.find(card->id());
    auto *macro = new QUndoCommand(tr("Attach %n feedback item(s) to “%1”", nullptr, int(ids.size())).arg(t ? t->title.left(40) : QString()));
    new AttachFeedbackCommand(m_document, AttachFeedbackCommand::Mode::Attach, pairs, macro);
    m_document->execute(macro);
    event->acceptProposedAction();
}

} // namespace waymark
