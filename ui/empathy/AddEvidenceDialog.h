// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QTimer;

namespace waymark {

class Document;
class PlainLabel;

/// Picks the feedback a note cites: search the comments, tick the items. Items already
/// cited start ticked; unticking one drops it. Accepting is one undo step.
class AddEvidenceDialog : public QDialog
{
    Q_OBJECT

public:
    AddEvidenceDialog(Document *document, EmpathyNoteId note, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListWidget *results() const { return m_results; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    /// The ids ticked so far, in the order they were cited.
    QList<qint64> ticked() const { return m_ticked; }

    void accept() override;

    static constexpr int maxResults = 200;

private:
    void runSearch();

    QPointer<Document> m_document;
    EmpathyNoteId m_note;
    QLineEdit *m_search;
    QListWidget *m_results;
    PlainLabel *m_status;
    QDialogButtonBox *m_buttons;
    QTimer *m_debounce;
    QList<qint64> m_ticked;
    bool m_filling = false;
};

} // namespace waymark
