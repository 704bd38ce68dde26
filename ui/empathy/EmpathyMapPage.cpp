// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmpathyMapPage.h"

#include "AddEvidenceDialog.h"
#include "EmpathyScene.h"
#include "EmpathyView.h"
#include "EvidenceDialog.h"
#include "PromoteNoteDialog.h"
#include "widgets/PlainLabel.h"

#include "document/Document.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace waymark {

EmpathyMapPage::EmpathyMapPage(Document *document, qint64 mapId, QWidget *parent)
    : OverviewPage(document, EntityKind::EmpathyMap, mapId, parent), m_scene(new EmpathyScene(document, EmpathyMapId(mapId), this)),
      m_view(new EmpathyView(m_scene, this)), m_zoomLabel(new QLabel(this)), m_zoomIn(new QAction(tr("Zoom &In"), this)),
      m_zoomOut(new QAction(tr("Zoom &Out"), this)), m_fit(new QAction(tr("&Fit to Window"), this))
{
    setObjectName(QStringLiteral("empathyMapPage"));
    setFocusProxy(m_view);

    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut->setShortcuts({QKeySequence::ZoomOut, QKeySequence(Qt::CTRL | Qt::Key_Underscore)});
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (QAction *action : {m_zoomIn, m_zoomOut, m_fit}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                                          action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
    }
    connect(m_zoomIn, &QAction::triggered, m_view, &EmpathyView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_view, &EmpathyView::zoomOut);
    connect(m_fit, &QAction::triggered, m_view, &EmpathyView::fitToWindow);

    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("empathyToolBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(12, 6, 8, 6);
    auto *hint = new PlainLabel(
        tr("Click a quadrant and type to add a note · Enter or double-click edits · drag to move · "
           "right-click to recolour, promote or cite evidence"),
        PlainLabel::Role::Secondary, bar);
    hint->setWordWrap(true);
    row->addWidget(hint, 1);
    const auto button = [bar](QAction *action, const QString &text) {
        auto *b = new QToolButton(bar);
        b->setDefaultAction(action);
        b->setText(text);
        b->setAutoRaise(true);
        return b;
    };
    row->addWidget(button(m_zoomOut, QStringLiteral("−")));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("8888 %")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    row->addWidget(m_zoomLabel);
    row->addWidget(button(m_zoomIn, QStringLiteral("+")));
    row->addWidget(button(m_fit, tr("Fit")));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);

    const auto showZoom = [this](qreal zoom) { m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100))); };
    connect(m_view, &EmpathyView::zoomChanged, this, showZoom);
    showZoom(m_view->zoom());

    connect(m_scene, &EmpathyScene::promoteRequested, this, &EmpathyMapPage::promote);
    connect(m_scene, &EmpathyScene::evidenceRequested, this, &EmpathyMapPage::showEvidence);
    connect(m_scene, &EmpathyScene::addEvidenceRequested, this, &EmpathyMapPage::addEvidence);
    connect(m_scene, &EmpathyScene::openCardRequested, this, &EmpathyMapPage::openCard);
    connect(m_scene, &EmpathyScene::openPersonaRequested, this,
            [this](PersonaId persona) { open(EntityKind::Persona, persona.value); });
}

void EmpathyMapPage::rebuild()
{
    // The scene follows the document on its own; nothing here shows model data.
}

void EmpathyMapPage::promote(EmpathyNoteId note)
{
    if (!document() || !document()->workspace().empathyNotes.contains(note))
        return;
    auto *dialog = new PromoteNoteDialog(document(), note, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void EmpathyMapPage::showEvidence(EmpathyNoteId note)
{
    if (!document() || !document()->workspace().empathyNotes.contains(note))
        return;
    auto *dialog = new EvidenceDialog(document(), note, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EvidenceDialog::addEvidenceRequested, this, &EmpathyMapPage::addEvidence);
    dialog->open();
}

void EmpathyMapPage::addEvidence(EmpathyNoteId note)
{
    if (!document() || !document()->workspace().empathyNotes.contains(note))
        return;
    QWidget *parent = this;
    if (auto *list = findChild<EvidenceDialog *>(); list && list->isVisible())
        parent = list;
    auto *dialog = new AddEvidenceDialog(document(), note, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void EmpathyMapPage::openCard(EmpathyNoteId note)
{
    if (!document())
        return;
    const Workspace &w = document()->workspace();
    const EmpathyNote *model = w.empathyNotes.find(note);
    const Touchpoint *card = model ? w.touchpoints.find(model->linkedCard) : nullptr;
    if (card)
        open(EntityKind::Journey, card->journeyId.value);
}

void EmpathyMapPage::open(EntityKind kind, qint64 id)
{
    emit openRequested(kind, id);
}

} // namespace waymark
