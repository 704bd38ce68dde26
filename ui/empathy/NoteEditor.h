// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"
#include "model/Vocabulary.h"
#include "widgets/InlineTextEditor.h"

namespace waymark {

/// Edits a note's text in place, drawn as the note itself: plain text only (pasted or
/// dropped rich text arrives as plain text), wrapped like the note, growing with it.
/// Enter commits, Shift+Enter starts a new line, Esc cancels; leaving it commits.
/// `noteId` is invalid for a note that does not exist yet.
class NoteEditor : public InlineTextEditor
{
    Q_OBJECT

public:
    NoteEditor(EmpathyNoteId noteId, Quadrant quadrant, const QColor &fill, const QString &text);

    EmpathyNoteId noteId() const { return m_noteId; }
    Quadrant quadrant() const { return m_quadrant; }
    /// The height of the note it shows (grows with the text).
    qreal noteHeight() const;
    void setFill(const QColor &fill);
    /// Where the note's top-left corner goes; the text starts inside its padding.
    void setNotePos(QPointF pos);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

signals:
    void noteHeightChanged();

private:
    EmpathyNoteId m_noteId;
    Quadrant m_quadrant;
    QColor m_fill;
    qreal m_lastHeight = 0;
};

} // namespace waymark
