// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NoteEdits.h"

#include "model/Ids.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QRadioButton;

namespace waymark {

class Document;
class PlainLabel;

/// Promotes an empathy note to a pain-point or opportunity card: the user picks the
/// journey and the stage. Accepting pushes one undo step (the card and the note's link).
class PromoteNoteDialog : public QDialog
{
    Q_OBJECT

public:
    PromoteNoteDialog(Document *document, EmpathyNoteId note, QWidget *parent = nullptr);

    QComboBox *journeyBox() const { return m_journey; }
    QComboBox *stageBox() const { return m_stage; }
    QRadioButton *painPointButton() const { return m_painPoint; }
    QRadioButton *opportunityButton() const { return m_opportunity; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    /// The card made by the last accept.
    TouchpointId createdCard() const { return m_created; }

    void accept() override;

private:
    void fillStages();
    void updatePreview();

    QPointer<Document> m_document;
    EmpathyNoteId m_note;
    QComboBox *m_journey;
    QComboBox *m_stage;
    QRadioButton *m_painPoint;
    QRadioButton *m_opportunity;
    PlainLabel *m_preview;
    QDialogButtonBox *m_buttons;
    TouchpointId m_created;
};

} // namespace waymark
