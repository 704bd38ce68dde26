// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceDialog.h"

#include "FeedbackLookup.h"
#include "NoteEdits.h"
#include "widgets/PlainLabel.h"

#include "document/Document.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

EvidenceDialog::EvidenceDialog(Document *document, EmpathyNoteId note, QWidget *parent)
    : QDialog(parent), m_document(document), m_note(note), m_title(new PlainLabel(QString(), PlainLabel::Role::Heading, this)),
      m_list(new QListWidget(this)), m_add(new QPushButton(tr("&Add Evidence…"), this)), m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("evidenceDialog"));
    setWindowTitle(tr("Evidence"));
    m_title->setWordWrap(true);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSpacing(2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] { emit addEvidenceRequested(m_note); });
    connect(m_remove, &QPushButton::clicked, this, &EvidenceDialog::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty() && m_document && !m_document->isReadOnly()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(620, 440);

    const auto follow = [this](EntityKind kind, qint64 id) {
        if (kind == EntityKind::EmpathyNote && id == m_note.value)
            refresh();
    };
    connect(document, &Document::entityChanged, this, follow);
    connect(document, &Document::entityAdded, this, follow);
    connect(document, &Document::entityRemoved, this, [this](EntityKind kind, qint64 id) {
        if (kind == EntityKind::EmpathyNote && id == m_note.value)
            reject();
    });
    connect(document, &Document::entitiesAdded, this, [follow](EntityKind kind, const QList<qint64> &ids) {
        for (qint64 id : ids)
            follow(kind, id);
    });
    connect(document, &Document::entitiesRemoved, this, [this](EntityKind kind, const QList<qint64> &ids) {
        if (kind == EntityKind::EmpathyNote && ids.contains(m_note.value))
            reject();
    });
    refresh();
}

void EvidenceDialog::refresh()
{
    m_list->clear();
    const EmpathyNote *note = m_document ? m_document->workspace().empathyNotes.find(m_note) : nullptr;
    if (!note)
        return;
    const QString text = NoteEdits::shortText(note->text);
    if (note->evidence.isEmpty())
        m_title->setText(tr("“%1” cites no feedback yet.").arg(text));
    else if (note->evidence.size() == 1)
        m_title->setText(tr("“%1” cites one feedback item").arg(text));
    else
        m_title->setText(tr("“%1” cites %n feedback items", nullptr, int(note->evidence.size())).arg(text));
    const FeedbackLookup lookup(m_document);
    for (const FeedbackLookup::Item &item : lookup.items(note->evidence)) {
        const QString line = item.exists ? (item.comment.isEmpty() ? tr("(no comment)") : item.comment)
                                               + QLatin1Char('\n') + FeedbackLookup::details(item)
                                         : tr("Feedback item %1 no longer exists.").arg(item.id);
        auto *row = new QListWidgetItem(line, m_list);
        row->setData(Qt::UserRole, item.id);
        if (!item.exists)
            row->setForeground(palette().color(QPalette::PlaceholderText));
    }
    const bool editable = !m_document->isReadOnly();
    m_add->setEnabled(editable && lookup.hasFeedback());
    m_remove->setEnabled(editable && !m_list->selectedItems().isEmpty());
}

void EvidenceDialog::removeSelected()
{
    const EmpathyNote *note = m_document ? m_document->workspace().empathyNotes.find(m_note) : nullptr;
    if (!note)
        return;
    QList<qint64> kept = note->evidence;
    for (QListWidgetItem *row : m_list->selectedItems())
        kept.removeAll(row->data(Qt::UserRole).toLongLong());
    if (QUndoCommand *command = NoteEdits::setEvidence(m_document, m_note, kept))
        m_document->execute(command);
}

} // namespace waymark
