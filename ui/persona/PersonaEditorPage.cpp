// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonaEditorPage.h"

#include "AvatarPicker.h"
#include "PersonaForm.h"
#include "PersonaSheetView.h"
#include "StringListEditor.h"
#include "TraitEditor.h"
#include "util/DisplayText.h"

#include "commands/WorkspaceEdits.h"
#include "document/Document.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace waymark {
namespace {
QToolButton *barButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}
} // namespace

PersonaEditorPage::PersonaEditorPage(Document *document, qint64 personaId, QWidget *parent)
    : OverviewPage(document, EntityKind::Persona, personaId, parent), m_sheet(new PersonaSheetView),
      m_form(new PersonaForm(document, PersonaId(personaId))), m_scroll(new QScrollArea),
      m_splitter(new QSplitter(Qt::Horizontal)),
      m_gallery(barButton(tr("All Personas"), tr("Show every persona as a card"), this)),
      m_duplicate(barButton(tr("Duplicate"), tr("Make a copy of this persona to vary it"), this)),
      m_editorToggle(barButton(tr("Editor"), tr("Show or hide the editor beside the page (hide it to present)"), this))
{
    setObjectName(QStringLiteral("personaEditorPage"));
    m_gallery->setObjectName(QStringLiteral("personaGalleryButton"));
    m_gallery->setIcon(DisplayText::kindIcon(EntityKind::Persona));
    m_duplicate->setObjectName(QStringLiteral("duplicatePersona"));
    m_duplicate->setEnabled(!document->isReadOnly());
    m_editorToggle->setObjectName(QStringLiteral("togglePersonaEditor"));
    m_editorToggle->setCheckable(true);
    m_editorToggle->setChecked(true);

    auto *bar = new QHBoxLayout;
    const int line = fontMetrics().height();
    bar->setContentsMargins(line / 2, line / 4, line / 2, line / 4);
    bar->addWidget(m_gallery);
    bar->addStretch();
    bar->addWidget(m_duplicate);
    bar->addWidget(m_editorToggle);

    m_scroll->setObjectName(QStringLiteral("personaEditorPanel"));
    m_scroll->setWidget(m_form);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // a click on a tool button keeps the focus in its editor
    // Wide enough for every field, so nothing is cut off at the right.
    m_scroll->setMinimumWidth(m_form->minimumSizeHint().width() +
                              m_scroll->verticalScrollBar()->sizeHint().width());
    m_splitter->addWidget(m_sheet);
    m_splitter->addWidget(m_scroll);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_gallery, &QToolButton::clicked, this, [this] { emit openRequested(EntityKind::Persona, 0); });
    connect(m_duplicate, &QToolButton::clicked, this, &PersonaEditorPage::duplicate);
    connect(m_editorToggle, &QToolButton::toggled, m_scroll, &QWidget::setVisible);
    connect(m_sheet, &PersonaSheetView::regionClicked, this, &PersonaEditorPage::editRegion);
    connect(m_sheet, &PersonaSheetView::journeyClicked, this,
            [this](qint64 id) { emit openRequested(EntityKind::Journey, id); });
}

void PersonaEditorPage::showEvent(QShowEvent *event)
{
    OverviewPage::showEvent(event);
    if (m_sized)
        return;
    // The editor gets room for its fields; the page takes the rest.
    m_sized = true;
    const int panel = qMax(m_scroll->minimumWidth(), fontMetrics().averageCharWidth() * 52);
    m_splitter->setSizes({qMax(1, m_splitter->width() - panel), panel});
}

QList<Journey> PersonaEditorPage::journeys() const
{
    const PersonaId id(entityId());
    return document()->workspace().journeys.filtered([id](const Journey &j) { return j.personaId == id; });
}

void PersonaEditorPage::rebuild()
{
    const Persona *persona = document()->workspace().personas.find(PersonaId(entityId()));
    if (!persona)
        return;
    m_sheet->setContent(*persona, journeys());
    m_form->refresh();
}

void PersonaEditorPage::editRegion(PersonaSheet::Region region)
{
    QWidget *editor = m_form->editorFor(region);
    if (!editor)
        return;
    m_editorToggle->setChecked(true);
    m_scroll->ensureWidgetVisible(editor, 0, fontMetrics().height() * 2);
    const bool writable = !document()->isReadOnly();
    if (auto *list = qobject_cast<StringListEditor *>(editor)) {
        // An empty section starts its first item at once.
        if (list->items().isEmpty() && writable)
            list->addItem();
        else
            list->list()->setFocus();
    } else if (auto *traits = qobject_cast<TraitEditor *>(editor)) {
        if (traits->rowCount() == 0 && writable)
            traits->addTrait();
        else if (traits->rowCount() > 0)
            traits->slider(0)->setFocus();
    } else if (auto *picker = qobject_cast<AvatarPicker *>(editor)) {
        picker->chooseButton()->setFocus();
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
    }
}

void PersonaEditorPage::duplicate()
{
    qint64 copy = 0;
    if (QUndoCommand *command = WorkspaceEdits::duplicate(document(), EntityKind::Persona, entityId(), &copy))
        if (document()->execute(command))
            emit openRequested(EntityKind::Persona, copy);
}

} // namespace waymark
