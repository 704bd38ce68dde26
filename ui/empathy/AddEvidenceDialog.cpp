// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddEvidenceDialog.h"

#include "FeedbackLookup.h"
#include "NoteEdits.h"
#include "widgets/PlainLabel.h"

#include "document/Document.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace waymark {

AddEvidenceDialog::AddEvidenceDialog(Document *document, EmpathyNoteId note, QWidget *parent)
    : QDialog(parent), m_document(document), m_note(note), m_search(new QLineEdit(this)), m_results(new QListWidget(this)),
      m_status(new PlainLabel(QString(), PlainLabel::Role::Secondary, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("addEvidenceDialog"));
    setWindowTitle(tr("Add Evidence"));
    const EmpathyNote *model = document->workspace().empathyNotes.find(note);
    if (model)
        m_ticked = model->evidence;

    auto *title = new PlainLabel(model ? model->text : QString(), PlainLabel::Role::Heading, this);
    title->setWordWrap(true);
    m_search->setPlaceholderText(tr("Search the comments…"));
    m_search->setClearButtonEnabled(true);
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_results->setTextElideMode(Qt::ElideNone);
    m_results->setSpacing(2);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Cite"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!document->isReadOnly());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(680, 520);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &AddEvidenceDialog::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_results, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (item->checkState() == Qt::Checked && !m_ticked.contains(id))
            m_ticked.append(id);
        else if (item->checkState() != Qt::Checked)
            m_ticked.removeAll(id);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddEvidenceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddEvidenceDialog::reject);
    runSearch();
    m_search->setFocus();
}

void AddEvidenceDialog::runSearch()
{
    bool more = false;
    const QList<FeedbackLookup::Item> found = FeedbackLookup(m_document).search(m_search->text(), maxResults, &more);
    m_filling = true;
    m_results->clear();
    for (const FeedbackLookup::Item &item : found) {
        const QString text = (item.comment.isEmpty() ? tr("(no comment)") : item.comment) + QLatin1Char('\n') + FeedbackLookup::details(item);
        auto *row = new QListWidgetItem(text, m_results);
        row->setData(Qt::UserRole, item.id);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        row->setCheckState(m_ticked.contains(item.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    if (found.isEmpty() && m_search->text().trimmed().isEmpty())
        m_status->setText(tr("There is no feedback yet: import some first."));
    else if (found.isEmpty())
        m_status->setText(tr("No comment contains “%1”.").arg(m_search->text()));
    else if (more)
        m_status->setText(tr("Showing the first %1 matches: type more words to narrow them down.").arg(maxResults));
    else if (found.size() == 1)
        m_status->setText(tr("One item matches."));
    else
        m_status->setText(tr("%n items match.", nullptr, int(found.size())));
}

void AddEvidenceDialog::accept()
{
    if (m_document)
        if (QUndoCommand *command = NoteEdits::setEvidence(m_document, m_note, m_ticked))
            m_document->execute(command);
    QDialog::accept();
}

} // namespace waymark
