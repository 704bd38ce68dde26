// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PromoteNoteDialog.h"

#include "widgets/PlainLabel.h"

#include "document/Document.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace waymark {

PromoteNoteDialog::PromoteNoteDialog(Document *document, EmpathyNoteId note, QWidget *parent)
    : QDialog(parent), m_document(document), m_note(note), m_journey(new QComboBox(this)), m_stage(new QComboBox(this)),
      m_painPoint(new QRadioButton(tr("&Pain point"), this)), m_opportunity(new QRadioButton(tr("&Opportunity"), this)),
      m_preview(new PlainLabel(QString(), PlainLabel::Role::Secondary, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("promoteNoteDialog"));
    setWindowTitle(tr("Promote Note to Journey"));
    const Workspace &w = document->workspace();
    const EmpathyNote *model = w.empathyNotes.find(note);
    const EmpathyMap *map = model ? w.empathyMaps.find(model->mapId) : nullptr;

    auto *text = new PlainLabel(model ? model->text : QString(), PlainLabel::Role::Heading, this);
    text->setWordWrap(true);

    // The persona's own journey first.
    int preferred = -1;
    for (const Journey &journey : w.journeys) {
        m_journey->addItem(journey.name, journey.id.value);
        if (preferred < 0 && map && map->personaId.isValid() && journey.personaId == map->personaId)
            preferred = m_journey->count() - 1;
    }
    m_journey->setCurrentIndex(qMax(0, preferred));

    auto *kind = new QButtonGroup(this);
    kind->addButton(m_painPoint);
    kind->addButton(m_opportunity);
    (model && model->quadrant == Quadrant::Gains ? m_opportunity : m_painPoint)->setChecked(true);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_painPoint);
    kindRow->addWidget(m_opportunity);
    kindRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Journey:"), m_journey);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("Card:"), kindRow);

    m_preview->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Promote"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);

    connect(m_journey, &QComboBox::currentIndexChanged, this, [this] {
        fillStages();
        updatePreview();
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this, &PromoteNoteDialog::updatePreview);
    connect(kind, &QButtonGroup::buttonToggled, this, &PromoteNoteDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PromoteNoteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PromoteNoteDialog::reject);
    fillStages();
    updatePreview();
    resize(qMax(sizeHint().width(), 460), sizeHint().height());
}

void PromoteNoteDialog::fillStages()
{
    m_stage->clear();
    if (!m_document)
        return;
    const JourneyId journey(m_journey->currentData().toLongLong());
    for (const Stage &stage : m_document->workspace().stages.children(journey.value))
        m_stage->addItem(stage.name, stage.id.value);
}

void PromoteNoteDialog::updatePreview()
{
    const bool ok = m_journey->currentIndex() >= 0 && m_stage->currentIndex() >= 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok && m_document && !m_document->isReadOnly());
    if (!ok) {
        m_preview->setText(m_journey->count() == 0 ? tr("There is no journey yet.") : tr("This journey has no stages yet."));
        return;
    }
    m_preview->setText(m_painPoint->isChecked()
                           ? tr("Adds a card to the pain points of “%1” in the stage “%2” and links this note to it.")
                                 .arg(m_journey->currentText(), m_stage->currentText())
                           : tr("Adds a card to the opportunities of “%1” in the stage “%2” and links this note to it.")
                                 .arg(m_journey->currentText(), m_stage->currentText()));
}

void PromoteNoteDialog::accept()
{
    if (!m_document) {
        QDialog::reject();
        return;
    }
    const JourneyId journey(m_journey->currentData().toLongLong());
    const StageId stage(m_stage->currentData().toLongLong());
    const auto kind = m_painPoint->isChecked() ? NoteEdits::CardKind::PainPoint : NoteEdits::CardKind::Opportunity;
    TouchpointId created;
    QUndoCommand *command = NoteEdits::promote(m_document, m_note, journey, stage, kind, &created);
    if (command && m_document->execute(command))
        m_created = created;
    QDialog::accept();
}

} // namespace waymark
