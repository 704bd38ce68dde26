// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteEdits.h"

#include "NotePalette.h"
#include "util/DisplayText.h"

#include "commands/EditCommand.h"
#include "commands/InsertCommand.h"
#include "commands/MoveCommand.h"
#include "commands/RemoveCommand.h"
#include "document/Document.h"

#include <QCoreApplication>

#include <optional>

namespace waymark::NoteEdits {
namespace {

/// The translation context of these edits (lupdate reads Text::tr calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(waymark::NoteEdits)
};

const EmpathyNote *find(const Document *document, EmpathyNoteId id)
{
    return document->workspace().empathyNotes.find(id);
}

/// The notes that exist, in the workspace's order.
QList<EmpathyNoteId> existing(const Document *document, const QList<EmpathyNoteId> &notes)
{
    QList<EmpathyNoteId> out;
    for (const EmpathyNote &n : document->workspace().empathyNotes)
        if (notes.contains(n.id))
            out.append(n.id);
    return out;
}

/// One command as is, several under a macro with `text`; nullptr for none.
QUndoCommand *wrap(QUndoCommand *macro)
{
    if (macro->childCount() == 0) {
        delete macro;
        return nullptr;
    }
    return macro;
}

} // namespace

QString shortText(const QString &text)
{
    QString oneLine = text.simplified();
    if (oneLine.size() > 40)
        oneLine = oneLine.left(38).trimmed() + QStringLiteral("…");
    return oneLine;
}

QList<EmpathyNoteId> notesIn(const Document *document, EmpathyMapId map, Quadrant quadrant, const QList<EmpathyNoteId> &except)
{
    QList<EmpathyNoteId> out;
    for (const EmpathyNote &n : document->workspace().empathyNotes)
        if (n.mapId == map && n.quadrant == quadrant && !except.contains(n.id))
            out.append(n.id);
    return out;
}

QUndoCommand *add(Document *document, EmpathyMapId map, Quadrant quadrant, const QString &text, EmpathyNoteId *created)
{
    if (!document->workspace().empathyMaps.contains(map) || text.trimmed().isEmpty())
        return nullptr;
    EmpathyNote note;
    note.id = EmpathyNoteId(document->allocateId());
    note.mapId = map;
    note.quadrant = quadrant;
    note.text = text;
    note.color = NotePalette::defaultFor(quadrant);
    if (created)
        *created = note.id;
    return new InsertCommand<EmpathyNote>(document, note, -1,
                                          Text::tr("Add note “%1” to %2").arg(shortText(text), DisplayText::quadrant(quadrant)));
}

QUndoCommand *setText(Document *document, EmpathyNoteId id, const QString &text)
{
    const EmpathyNote *note = find(document, id);
    if (!note || note->text == text || text.trimmed().isEmpty())
        return nullptr;
    EmpathyNote after = *note;
    after.text = text;
    return new EditCommand<EmpathyNote>(document, after, Text::tr("Edit note “%1”").arg(shortText(text)));
}

QUndoCommand *remove(Document *document, const QList<EmpathyNoteId> &notes)
{
    const QList<EmpathyNoteId> ids = existing(document, notes);
    if (ids.size() == 1)
        return new RemoveCommand<EmpathyNote>(document, ids.first(),
                                              Text::tr("Delete note “%1”").arg(shortText(find(document, ids.first())->text)));
    auto *macro = new QUndoCommand(Text::tr("Delete %n notes", nullptr, int(ids.size())));
    for (EmpathyNoteId id : ids)
        new RemoveCommand<EmpathyNote>(document, id, {}, macro);
    return wrap(macro);
}

QUndoCommand *duplicate(Document *document, const QList<EmpathyNoteId> &notes, QList<EmpathyNoteId> *created)
{
    const QList<EmpathyNoteId> ids = existing(document, notes);
    if (ids.isEmpty())
        return nullptr;
    const QString text = ids.size() == 1 ? Text::tr("Duplicate note “%1”").arg(shortText(find(document, ids.first())->text))
                                         : Text::tr("Duplicate %n notes", nullptr, int(ids.size()));
    auto *macro = new QUndoCommand(text);
    const auto &list = document->workspace().empathyNotes;
    QList<EmpathyNoteId> copies;
    // Last first: inserting after a later note leaves the positions of earlier ones alone.
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        EmpathyNote copy = *list.find(*it);
        copy.id = EmpathyNoteId(document->allocateId());
        copy.linkedCard = {};
        copies.prepend(copy.id);
        new InsertCommand<EmpathyNote>(document, copy, list.indexOf(*it) + 1, {}, macro);
    }
    if (created)
        *created = copies;
    return macro;
}

QUndoCommand *recolour(Document *document, const QList<EmpathyNoteId> &notes, const QString &color)
{
    const QList<EmpathyNoteId> ids = existing(document, notes);
    auto *macro = new QUndoCommand(ids.size() == 1 ? Text::tr("Recolour note “%1”").arg(shortText(find(document, ids.first())->text))
                                                   : Text::tr("Recolour %n notes", nullptr, int(ids.size())));
    for (EmpathyNoteId id : ids) {
        EmpathyNote note = *find(document, id);
        if (note.color == color)
            continue;
        note.color = color;
        new EditCommand<EmpathyNote>(document, note, {}, false, macro);
    }
    return wrap(macro);
}

QUndoCommand *setEvidence(Document *document, EmpathyNoteId id, const QList<qint64> &feedbackIds)
{
    const EmpathyNote *note = find(document, id);
    if (!note || note->evidence == feedbackIds)
        return nullptr;
    EmpathyNote after = *note;
    after.evidence = feedbackIds;
    return new EditCommand<EmpathyNote>(document, after, Text::tr("Change the evidence of note “%1”").arg(shortText(note->text)));
}

QUndoCommand *place(Document *document, const QList<EmpathyNoteId> &notes, Quadrant quadrant, qsizetype index)
{
    QList<EmpathyNoteId> moving;
    for (EmpathyNoteId id : notes)
        if (find(document, id) && !moving.contains(id))
            moving.append(id);
    if (moving.isEmpty())
        return nullptr;
    const EmpathyMapId map = find(document, moving.first())->mapId;
    const QList<EmpathyNoteId> others = notesIn(document, map, quadrant, moving);
    index = qBound<qsizetype>(0, index, others.size());

    const QString text = moving.size() == 1
        ? Text::tr("Move note “%1” to %2").arg(shortText(find(document, moving.first())->text), DisplayText::quadrant(quadrant))
        : Text::tr("Move %n notes to %1", nullptr, int(moving.size())).arg(DisplayText::quadrant(quadrant));
    auto *macro = new QUndoCommand(text);
    for (EmpathyNoteId id : moving) {
        EmpathyNote note = *find(document, id);
        if (note.quadrant == quadrant)
            continue;
        note.quadrant = quadrant;
        new EditCommand<EmpathyNote>(document, note, {}, false, macro);
    }

    // Work out the order on a copy of the list: each MoveCommand runs on the list as
    // the previous ones left it.
    QList<qint64> order;
    for (const EmpathyNote &n : document->workspace().empathyNotes)
        order.append(n.id.value);
    // Ids are positive: 0 means "none".
    const qint64 before = index < others.size() ? others[index].value : 0;
    const qint64 after = !before && !others.isEmpty() ? others.last().value : 0;
    qint64 previous = 0;
    for (EmpathyNoteId id : moving) {
        const qsizetype from = order.indexOf(id.value);
        order.removeAt(from);
        qsizetype to = from;
        if (previous)
            to = order.indexOf(previous) + 1;
        else if (before)
            to = order.indexOf(before);
        else if (after)
            to = order.indexOf(after) + 1;
        order.insert(to, id.value);
        if (to != from)
            new MoveCommand<EmpathyNote>(document, id, to, {}, macro);
        previous = id.value;
    }
    return wrap(macro);
}

QUndoCommand *promote(Document *document, EmpathyNoteId id, JourneyId journeyId, StageId stageId, CardKind kind,
                      TouchpointId *created)
{
    const Workspace &w = document->workspace();
    const EmpathyNote *note = find(document, id);
    const Stage *stage = w.stages.find(stageId);
    if (!note || !w.journeys.contains(journeyId) || !stage || stage->journeyId != journeyId)
        return nullptr;
    const LaneKind laneKind = kind == CardKind::PainPoint ? LaneKind::PainPoints : LaneKind::Opportunities;
    auto *macro = new QUndoCommand(kind == CardKind::PainPoint
                                       ? Text::tr("Promote note “%1” to a pain point in “%2”").arg(shortText(note->text), stage->name)
                                       : Text::tr("Promote note “%1” to an opportunity in “%2”").arg(shortText(note->text), stage->name));

    LaneId laneId;
    for (const Lane &lane : w.lanes)
        if (lane.journeyId == journeyId && lane.laneKind == laneKind) {
            laneId = lane.id;
            break;
        }
    if (!laneId.isValid()) {
        Lane lane;
        lane.id = laneId = LaneId(document->allocateId());
        lane.journeyId = journeyId;
        lane.laneKind = laneKind;
        lane.name = kind == CardKind::PainPoint ? Text::tr("Pain points") : Text::tr("Opportunities");
        new InsertCommand<Lane>(document, lane, -1, {}, macro);
    }

    Touchpoint card;
    card.id = TouchpointId(document->allocateId());
    card.journeyId = journeyId;
    card.stageId = stageId;
    card.laneId = laneId;
    card.title = note->text;
    if (const EmpathyMap *map = w.empathyMaps.find(note->mapId))
        card.notes = Text::tr("From the empathy map “%1” (%2).").arg(map->name, DisplayText::quadrant(note->quadrant));
    new InsertCommand<Touchpoint>(document, card, -1, {}, macro);

    EmpathyNote linked = *note;
    linked.linkedCard = card.id;
    new EditCommand<EmpathyNote>(document, linked, {}, false, macro);
    if (created)
        *created = card.id;
    return macro;
}

} // namespace waymark::NoteEdits
