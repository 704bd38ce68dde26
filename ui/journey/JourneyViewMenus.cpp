// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// JourneyView: the headers' context menus and the rename dialogs they open.
#include "JourneyView.h"

#include "JourneyScene.h"
#include "JourneyStyle.h"

#include "commands/JourneyEdits.h"
#include "commands/WorkspaceEdits.h"

#include <QInputDialog>
#include <QMenu>

namespace waymark {

void JourneyView::renameStage(int column)
{
    Document *doc = m_scene->document();
    const auto &l = m_scene->journeyLayout();
    if (!doc || doc->isReadOnly() || column < 0 || column >= l.columns.size())
        return;
    const Stage *s = doc->workspace().stages.find(l.columns[column].id);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Stage"), tr("Stage name:"), QLineEdit::Normal, s->name, &ok);
    if (ok && !name.trimmed().isEmpty())
        if (QUndoCommand *c = WorkspaceEdits::rename(doc, EntityKind::Stage, s->id.value, name.trimmed()))
            doc->execute(c);
}

void JourneyView::renameLane(int row)
{
    Document *doc = m_scene->document();
    const auto &l = m_scene->journeyLayout();
    if (!doc || doc->isReadOnly() || row < 0 || row >= l.rows.size())
        return;
    const Lane *ln = doc->workspace().lanes.find(l.rows[row].id);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Lane"), tr("Lane name:"), QLineEdit::Normal, ln->name, &ok);
    if (ok && !name.trimmed().isEmpty())
        if (QUndoCommand *c = WorkspaceEdits::rename(doc, EntityKind::Lane, ln->id.value, name.trimmed()))
            doc->execute(c);
}

void JourneyView::stageMenu(int column, QPoint globalPos)
{
    Document *doc = m_scene->document();
    const auto &l = m_scene->journeyLayout();
    if (!doc || column < 0)
        return;
    const StageId id = l.columns[column].id;
    const JourneyId journey = m_scene->journeyId();
    const int position = int(JourneyEdits::stages(doc, journey).indexOf(id));
    const bool editable = !doc->isReadOnly();
    QMenu menu(this);
    menu.addAction(tr("&Rename…"), this, [this, column] { renameStage(column); })->setEnabled(editable);
    QMenu *colours = menu.addMenu(tr("&Colour"));
    colours->setEnabled(editable);
    colours->addAction(tr("Default"), this, [doc, id] {
        if (QUndoCommand *c = JourneyEdits::recolourStage(doc, id, {}))
            doc->execute(c);
    });
    for (const auto &[value, name] : JourneyStyle::palette()) {
        const QString dark = QColor(value).darker(250).name();
        QPixmap swatch(16, 16);
        swatch.fill(QColor(dark));
        colours->addAction(QIcon(swatch), name, this, [doc, id, dark] {
            if (QUndoCommand *c = JourneyEdits::recolourStage(doc, id, dark))
                doc->execute(c);
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Add Stage &Before"), this, [doc, journey, position] {
        doc->execute(JourneyEdits::addStage(doc, journey, position, tr("New stage")));
    })->setEnabled(editable);
    menu.addAction(tr("Add Stage &After"), this, [doc, journey, position] {
        doc->execute(JourneyEdits::addStage(doc, journey, position + 1, tr("New stage")));
    })->setEnabled(editable);
    menu.addAction(tr("Move &Left"), this, [doc, id, position] {
        if (QUndoCommand *c = JourneyEdits::reorderStage(doc, id, position - 1))
            doc->execute(c);
    })->setEnabled(editable && position > 0);
    menu.addAction(tr("Move R&ight"), this, [doc, id, position] {
        if (QUndoCommand *c = JourneyEdits::reorderStage(doc, id, position + 1))
            doc->execute(c);
    })->setEnabled(editable);
    menu.addAction(tr("&Hide Stage"), this, [doc, id] {
        if (QUndoCommand *c = JourneyEdits::setStageHidden(doc, id, true))
            doc->execute(c);
    })->setEnabled(editable && l.columns.size() > 1);
    menu.addSeparator();
    menu.addAction(tr("&Delete Stage"), this, [doc, id] {
        if (QUndoCommand *c = WorkspaceEdits::remove(doc, EntityKind::Stage, id.value))
            doc->execute(c);
    })->setEnabled(editable && l.columns.size() > 1);
    menu.exec(globalPos);
}

void JourneyView::addLaneMenu(QMenu *parent, int position)
{
    Document *doc = m_scene->document();
    const JourneyId journey = m_scene->journeyId();
    QMenu *menu = parent->addMenu(position < 0 ? tr("Add &Lane") : tr("Add &Lane Below"));
    menu->setEnabled(doc && !doc->isReadOnly());
    for (LaneKind kind : {LaneKind::Actions, LaneKind::Touchpoints, LaneKind::Thoughts, LaneKind::Emotions,
                          LaneKind::PainPoints, LaneKind::Opportunities, LaneKind::Backstage, LaneKind::Owners,
                          LaneKind::Custom}) {
        const QString name = JourneyEdits::laneKindName(kind);
        menu->addAction(name, this, [doc, journey, position, name, kind] {
            doc->execute(JourneyEdits::addLane(doc, journey, position, name, kind));
        });
    }
}

void JourneyView::laneMenu(int row, QPoint globalPos)
{
    Document *doc = m_scene->document();
    const auto &l = m_scene->journeyLayout();
    if (!doc || row < 0)
        return;
    const LaneId id = l.rows[row].id;
    const int position = int(JourneyEdits::lanes(doc, m_scene->journeyId()).indexOf(id));
    const bool editable = !doc->isReadOnly();
    QMenu menu(this);
    menu.addAction(tr("&Rename…"), this, [this, row] { renameLane(row); })->setEnabled(editable);
    QMenu *colours = menu.addMenu(tr("&Colour"));
    colours->setEnabled(editable);
    colours->addAction(tr("Default"), this, [doc, id] {
        if (QUndoCommand *c = JourneyEdits::recolourLane(doc, id, {}))
            doc->execute(c);
    });
    for (const auto &[value, name] : JourneyStyle::palette()) {
        QPixmap swatch(16, 16);
        swatch.fill(QColor(value));
        const QString color = value;
        colours->addAction(QIcon(swatch), name, this, [doc, id, color] {
            if (QUndoCommand *c = JourneyEdits::recolourLane(doc, id, color))
                doc->execute(c);
        });
    }
    addLaneMenu(&menu, position + 1);
    menu.addAction(tr("Move &Up"), this, [doc, id, position] {
        if (QUndoCommand *c = JourneyEdits::reorderLane(doc, id, position - 1))
            doc->execute(c);
    })->setEnabled(editable && position > 0);
    menu.addAction(tr("Move &Down"), this, [doc, id, position] {
        if (QUndoCommand *c = JourneyEdits::reorderLane(doc, id, position + 1))
            doc->execute(c);
    })->setEnabled(editable);
    menu.addAction(tr("&Hide Lane"), this, [doc, id] {
        if (QUndoCommand *c = JourneyEdits::setLaneHidden(doc, id, true))
            doc->execute(c);
    })->setEnabled(editable);
    menu.addSeparator();
    menu.addAction(tr("&Delete Lane"), this, [doc, id] {
        if (QUndoCommand *c = WorkspaceEdits::remove(doc, EntityKind::Lane, id.value))
            doc->execute(c);
    })->setEnabled(editable);
    menu.exec(globalPos);
}

void JourneyView::cornerMenu(QPoint globalPos)
{
    Document *doc = m_scene->document();
    if (!doc)
        return;
    const JourneyId journey = m_scene->journeyId();
    QMenu menu(this);
    menu.addAction(tr("Add &Stage"), this, [doc, journey] {
        doc->execute(JourneyEdits::addStage(doc, journey, -1, tr("New stage")));
    })->setEnabled(!doc->isReadOnly());
    addLaneMenu(&menu, -1);
    QMenu *hidden = menu.addMenu(tr("Show &Hidden Lane"));
    for (const Lane &l : doc->workspace().lanes)
        if (l.journeyId == journey && l.hidden) {
            const LaneId id = l.id;
            hidden->addAction(l.name, this, [doc, id] {
                if (QUndoCommand *c = JourneyEdits::setLaneHidden(doc, id, false))
                    doc->execute(c);
            });
        }
    hidden->setEnabled(!hidden->isEmpty() && !doc->isReadOnly());
    QMenu *hiddenStages = menu.addMenu(tr("Show Hidden S&tage"));
    for (const Stage &s : doc->workspace().stages)
        if (s.journeyId == journey && s.hidden) {
            const StageId id = s.id;
            hiddenStages->addAction(s.name, this, [doc, id] {
                if (QUndoCommand *c = JourneyEdits::setStageHidden(doc, id, false))
                    doc->execute(c);
            });
        }
    hiddenStages->setEnabled(!hiddenStages->isEmpty() && !doc->isReadOnly());
    menu.exec(globalPos);
}

} // namespace waymark
