// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteMenu.h"

#include "EmpathyScene.h"
#include "FeedbackLookup.h"
#include "NotePalette.h"
#include "util/DisplayText.h"

#include "document/Document.h"

#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace waymark {
namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color.darker(140), 2));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(3, 3, 26, 26), 6, 6);
    return QIcon(pixmap);
}

} // namespace

QMenu *NoteMenu::forNotes(EmpathyScene *scene, EmpathyNoteId id, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    Document *document = scene->document();
    const Workspace &w = document->workspace();
    const EmpathyNote *note = w.empathyNotes.find(id);
    const QList<EmpathyNoteId> selected = scene->selectedNoteIds();
    const bool editable = scene->isEditable();

    QAction *edit = menu->addAction(tr("&Edit Text"), scene, [scene, id] { scene->editNote(id); });
    edit->setShortcut(Qt::Key_Return);
    edit->setEnabled(editable && selected.size() <= 1);

    QMenu *colours = menu->addMenu(tr("&Colour"));
    colours->setEnabled(editable);
    for (const NotePalette::Entry &entry : NotePalette::entries()) {
        const QColor color = QColor::fromString(entry.value);
        QAction *action = colours->addAction(swatch(color), entry.name, scene,
                                             [scene, value = entry.value] { scene->recolourSelection(value); });
        action->setCheckable(true);
        bool all = !selected.isEmpty();
        for (EmpathyNoteId s : selected) {
            const EmpathyNote *n = w.empathyNotes.find(s);
            all = all && n && NotePalette::fill(n->color, n->quadrant) == color;
        }
        action->setChecked(all);
    }
    menu->addSeparator();

    if (note && w.touchpoints.contains(note->linkedCard)) {
        menu->addAction(tr("&Open Card in Journey"), scene, [scene, id] { emit scene->openCardRequested(id); });
    } else {
        QAction *promote = menu->addAction(w.journeys.isEmpty() ? tr("&Promote to Journey… (add a journey first)")
                                                                : tr("&Promote to Journey…"),
                                           scene, [scene, id] { emit scene->promoteRequested(id); });
        promote->setEnabled(editable && !w.journeys.isEmpty());
    }
    const int evidence = note ? int(note->evidence.size()) : 0;
    QAction *show = menu->addAction(tr("&Show Evidence (%1)…").arg(evidence), scene,
                                    [scene, id] { emit scene->evidenceRequested(id); });
    show->setEnabled(evidence > 0);
    const bool hasFeedback = FeedbackLookup(document).hasFeedback();
    QAction *cite = menu->addAction(hasFeedback ? tr("&Add Evidence…") : tr("&Add Evidence… (import feedback first)"), scene,
                                    [scene, id] { emit scene->addEvidenceRequested(id); });
    cite->setEnabled(editable && hasFeedback);
    menu->addSeparator();

    QAction *duplicate = menu->addAction(tr("D&uplicate"), scene, &EmpathyScene::duplicateSelection);
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    duplicate->setEnabled(editable);
    QAction *remove = menu->addAction(selected.size() > 1 ? tr("&Delete %n Notes", nullptr, int(selected.size())) : tr("&Delete"),
                                      scene, &EmpathyScene::deleteSelection);
    remove->setShortcut(QKeySequence::Delete);
    remove->setEnabled(editable);
    return menu;
}

QMenu *NoteMenu::forQuadrant(EmpathyScene *scene, Quadrant quadrant, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    QAction *add = menu->addAction(tr("&Add Note to %1").arg(DisplayText::quadrant(quadrant)), scene,
                                   [scene, quadrant] { scene->startNewNote(quadrant); });
    add->setEnabled(scene->isEditable());
    QAction *all = menu->addAction(tr("Select &All Notes"), scene, &EmpathyScene::selectAllNotes);
    all->setShortcut(QKeySequence::SelectAll);
    return menu;
}

} // namespace waymark
