// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include <QDialog>
#include <QPointer>

class QListWidget;
class QPushButton;

namespace waymark {

class Document;
class PlainLabel;

/// The feedback a note cites as evidence: each item's comment with its scores. Follows
/// the note while open; "Add Evidence…" asks for more, "Remove" drops the selected ones.
class EvidenceDialog : public QDialog
{
    Q_OBJECT

public:
    EvidenceDialog(Document *document, EmpathyNoteId note, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void addEvidenceRequested(waymark::EmpathyNoteId note);

private:
    void refresh();
    void removeSelected();

    QPointer<Document> m_document;
    EmpathyNoteId m_note;
    PlainLabel *m_title;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace waymark
