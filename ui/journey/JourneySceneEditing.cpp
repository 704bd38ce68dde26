// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// JourneyScene: the card editor and the edits of the selection (delete, duplicate, copy,
// cut, paste, recolour).
#include "JourneyScene.h"

#include "CardEditor.h"
#include "CardItem.h"
#include "JourneyStyle.h"
#include "TransitionItem.h"

#include "commands/JourneyEdits.h"
#include "commands/WorkspaceEdits.h"
#include "interchange/ClipboardFragment.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTimer>

namespace waymark {

// Editing --------------------------------------------------------------------------------

CardEditor *JourneyScene::editor() const
{
    return m_editor;
}

void JourneyScene::attachEditor(CardEditor *editor, QPointF cardPos, QPointF textOffset)
{
    m_editor = editor;
    addItem(editor);
    editor->setCardPos(cardPos, textOffset);
    connect(editor, &CardEditor::commitRequested, this, [this] { QTimer::singleShot(0, this, &JourneyScene::commitEdit); });
    connect(editor, &CardEditor::cancelRequested, this, &JourneyScene::cancelEdit);
    connect(editor, &CardEditor::tabRequested, this, [this](bool forward) {
        commitEdit();
        stepCell(forward ? 1 : -1);
    });
    editor->setFocus(Qt::OtherFocusReason);
    emit ensureVisibleRequested(editor->mapRectToScene(editor->boundingRect()));
}

void JourneyScene::editCard(TouchpointId id)
{
    relayoutNow();
    CardItem *card = cardItem(id);
    const Touchpoint *t = m_document ? m_document->workspace().touchpoints.find(id) : nullptr;
    if (!card || !t || !isEditable())
        return;
    if (m_editor)
        commitEdit();
    clearSelection();
    card->setSelected(true);
    m_cursor = id;
    setCurrentCell(t->stageId, t->laneId);
    card->setEditing(true);
    attachEditor(new CardEditor(id, t->stageId, t->laneId, card->fillColor(), card->textFont(), card->width(), t->title),
                 card->pos(), card->textOrigin());
}

void JourneyScene::startNewCard(StageId stage, LaneId lane, const QString &text)
{
    relayoutNow();
    const int col = m_layout.columnOf(stage), row = m_layout.rowOf(lane);
    if (col < 0 || row < 0 || !isEditable())
        return;
    if (m_editor)
        commitEdit();
    clearSelection();
    setCurrentCell(stage, lane);
    const LaneKind kind = m_layout.rows[row].kind;
    const bool touchpoint = kind == LaneKind::Touchpoints;
    const QFont font = touchpoint ? JourneyStyle::titleFont() : JourneyStyle::noteFont();
    const qreal width = m_layout.columns[col].width - 2 * JourneyStyle::cellPadding;
    const qreal pad = JourneyStyle::cardPadding;
    attachEditor(new CardEditor({}, stage, lane, JourneyStyle::cardFill(kind, {}), font, width, text), cellEnd(col, row),
                 QPointF(pad, touchpoint ? pad + 30 : pad));
}

void JourneyScene::closeEditor()
{
    if (!m_editor)
        return;
    CardEditor *editor = m_editor;
    m_editor = nullptr;
    disconnect(editor, nullptr, this, nullptr);
    if (CardItem *c = cardItem(editor->cardId()))
        c->setEditing(false);
    const bool hadFocus = editor->hasFocus();
    removeItem(editor);
    editor->deleteLater();
    if (hadFocus)
        setFocus();
}

void JourneyScene::commitEdit()
{
    if (!m_editor || !m_document)
        return;
    const QString text = m_editor->toPlainText().trimmed();
    const TouchpointId id = m_editor->cardId();
    const StageId stage = m_editor->stageId();
    const LaneId lane = m_editor->laneId();
    closeEditor();
    if (text.isEmpty())
        return;
    if (id.isValid()) {
        if (QUndoCommand *c = WorkspaceEdits::rename(m_document, EntityKind::Touchpoint, id.value, text)) {
            c->setText(tr("Edit card “%1”").arg(text.section(QLatin1Char('\n'), 0, 0).left(40)));
            m_document->execute(c);
        }
        return;
    }
    Touchpoint t;
    t.id = TouchpointId(m_document->allocateId());
    t.journeyId = m_journey;
    t.stageId = stage;
    t.laneId = lane;
    t.title = text;
    m_document->execute(JourneyEdits::addCard(m_document, t));
    relayoutNow();
    selectCards({t.id});
}

void JourneyScene::cancelEdit()
{
    closeEditor();
}

void JourneyScene::deleteSelection()
{
    if (!isEditable())
        return;
    const auto ids = selectedCardIds();
    QList<qint64> transitions;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == TransitionItem::Type)
            transitions.append(static_cast<TransitionItem *>(item)->id().value);
    if (!ids.isEmpty()) {
        if (QUndoCommand *c = JourneyEdits::removeCards(m_document, ids))
            m_document->execute(c);
    } else if (!transitions.isEmpty()) {
        if (QUndoCommand *c = WorkspaceEdits::removeAll(m_document, EntityKind::Transition, transitions,
                                                        tr("Delete %n transition(s)", nullptr, int(transitions.size()))))
            m_document->execute(c);
    }
}

void JourneyScene::duplicateSelection()
{
    if (!isEditable())
        return;
    QList<TouchpointId> created;
    if (QUndoCommand *c = JourneyEdits::duplicateCards(m_document, selectedCardIds(), &created)) {
        m_document->execute(c);
        relayoutNow();
        selectCards(created);
    }
}

void JourneyScene::copySelection()
{
    const auto ids = selectedCardIds();
    if (ids.isEmpty() || !m_document)
        return;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(ClipboardFragment::mimeType), ClipboardFragment::write(m_document->workspace(), ids));
    QStringList titles;
    for (TouchpointId id : ids)
        titles << m_document->workspace().touchpoints.find(id)->title;
    mime->setText(titles.join(QLatin1Char('\n')));
    QGuiApplication::clipboard()->setMimeData(mime);
}

void JourneyScene::cutSelection()
{
    copySelection();
    deleteSelection();
}

void JourneyScene::paste()
{
    if (!isEditable())
        return;
    relayoutNow();
    StageId stage = m_currentStage;
    LaneId lane = m_currentLane;
    if (const auto sel = selectedCardIds(); !sel.isEmpty())
        if (const Touchpoint *t = m_document->workspace().touchpoints.find(sel.last())) {
            stage = t->stageId;
            lane = t->laneId;
        }
    if ((!stage.isValid() || !lane.isValid()) && !m_layout.columns.isEmpty() && !m_layout.rows.isEmpty()) {
        stage = m_layout.columns.first().id;
        lane = m_layout.rows.first().id;
    }
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !stage.isValid() || !lane.isValid())
        return;
    QByteArray json = mime->data(QString::fromLatin1(ClipboardFragment::mimeType));
    if (json.isEmpty() && mime->hasText() && mime->text().trimmed().startsWith(QLatin1Char('{')))
        json = mime->text().toUtf8();
    ClipboardFragment fragment;
    if (!json.isEmpty()) {
        auto read = ClipboardFragment::read(json);
        if (!read)
            return;
        fragment = *read;
    } else if (mime->hasText()) {
        // Plain text: one card per line, stacked in the cell.
        for (const QString &line : mime->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.trimmed().isEmpty())
                continue;
            ClipboardFragment::Card c;
            c.card.id = TouchpointId(fragment.cards.size() + 1);
            c.card.title = line.trimmed();
            fragment.cards.append(c);
        }
    }
    QList<TouchpointId> created;
    if (QUndoCommand *c = JourneyEdits::paste(m_document, fragment, m_journey, stage, lane, &created)) {
        m_document->execute(c);
        relayoutNow();
        selectCards(created);
    }
}

void JourneyScene::recolourSelection(const QString &color)
{
    if (!isEditable())
        return;
    if (QUndoCommand *c = JourneyEdits::recolourCards(m_document, selectedCardIds(), color))
        m_document->execute(c);
}

} // namespace waymark
