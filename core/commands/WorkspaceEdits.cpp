// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceEdits.h"

#include "AttachFeedbackCommand.h"
#include "EditCommand.h"
#include "InsertCommand.h"
#include "MoveCommand.h"
#include "RemoveCommand.h"

#include <QCoreApplication>
#include <QSet>

namespace waymark::WorkspaceEdits {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("waymark", text);
}

/// Calls `f(T{})` with the entity type of `kind`.
template <class F>
auto visit(EntityKind kind, F &&f)
{
    switch (kind) {
    case EntityKind::Persona: return f(Persona{});
    case EntityKind::EmpathyMap: return f(EmpathyMap{});
    case EntityKind::EmpathyNote: return f(EmpathyNote{});
    case EntityKind::StakeholderMap: return f(StakeholderMap{});
    case EntityKind::Stakeholder: return f(Stakeholder{});
    case EntityKind::Journey: return f(Journey{});
    case EntityKind::Stage: return f(Stage{});
    case EntityKind::Lane: return f(Lane{});
    case EntityKind::Touchpoint: return f(Touchpoint{});
    case EntityKind::Transition: break;
    }
    return f(Transition{});
}

template <class T>
QString &nameField(T &e)
{
    if constexpr (std::is_same_v<T, Touchpoint>) return e.title;
    else if constexpr (std::is_same_v<T, EmpathyNote>) return e.text;
    else if constexpr (std::is_same_v<T, Transition>) { static QString none; return none; }
    else return e.name;
}

QString kindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Persona: return tr("persona");
    case EntityKind::EmpathyMap: return tr("empathy map");
    case EntityKind::EmpathyNote: return tr("note");
    case EntityKind::StakeholderMap: return tr("stakeholder map");
    case EntityKind::Stakeholder: return tr("stakeholder");
    case EntityKind::Journey: return tr("journey");
    case EntityKind::Stage: return tr("stage");
    case EntityKind::Lane: return tr("lane");
    case EntityKind::Touchpoint: return tr("card");
    case EntityKind::Transition: return tr("transition");
    }
    return {};
}

/// Appends child commands under `parent` that remove `id` and its dependents, dependents first.
void addRemoval(Document *doc, EntityKind kind, qint64 id, QUndoCommand *parent, QSet<qint64> &queued)
{
    const Workspace &w = doc->workspace();
    switch (kind) {
    case EntityKind::Persona: {
        for (const EmpathyMap &m : w.empathyMaps)
            if (m.personaId.value == id)
                addRemoval(doc, EntityKind::EmpathyMap, m.id.value, parent, queued);
        for (Journey j : w.journeys)
            if (j.personaId.value == id) {
                j.personaId = {};
                new EditCommand<Journey>(doc, j, {}, false, parent);
            }
        new RemoveCommand<Persona>(doc, PersonaId(id), {}, parent);
        break;
    }
    case EntityKind::EmpathyMap:
        for (const EmpathyNote &n : w.empathyNotes.children(id))
            new RemoveCommand<EmpathyNote>(doc, n.id, {}, parent);
        new RemoveCommand<EmpathyMap>(doc, EmpathyMapId(id), {}, parent);
        break;
    case EntityKind::StakeholderMap:
        for (const Stakeholder &s : w.stakeholders.children(id))
            addRemoval(doc, EntityKind::Stakeholder, s.id.value, parent, queued);
        new RemoveCommand<StakeholderMap>(doc, StakeholderMapId(id), {}, parent);
        break;
    case EntityKind::Journey:
        for (const Transition &t : w.transitions.children(id)) {
            queued.insert(t.id.value);
            new RemoveCommand<Transition>(doc, t.id, {}, parent);
        }
        for (const Touchpoint &t : w.touchpoints.children(id))
            addRemoval(doc, EntityKind::Touchpoint, t.id.value, parent, queued);
        for (const Lane &l : w.lanes.children(id))
            new RemoveCommand<Lane>(doc, l.id, {}, parent);
        for (const Stage &s : w.stages.children(id))
            new RemoveCommand<Stage>(doc, s.id, {}, parent);
        new RemoveCommand<Journey>(doc, JourneyId(id), {}, parent);
        break;
    case EntityKind::Stage:
    case EntityKind::Lane: {
        for (const Touchpoint &t : w.touchpoints)
            if ((kind == EntityKind::Stage ? t.stageId.value : t.laneId.value) == id)
                addRemoval(doc, EntityKind::Touchpoint, t.id.value, parent, queued);
        if (kind == EntityKind::Stage)
            new RemoveCommand<Stage>(doc, StageId(id), {}, parent);
        else
            new RemoveCommand<Lane>(doc, LaneId(id), {}, parent);
        break;
    }
    case EntityKind::Touchpoint: {
        for (const Transition &t : w.transitions)
            if ((t.from.value == id || t.to.value == id) && !queued.contains(t.id.value)) {
                queued.insert(t.id.value);
                new RemoveCommand<Transition>(doc, t.id, {}, parent);
            }
        QList<AttachmentPair> pairs;
        if (auto items = doc->store().attachedTo(TouchpointId(id)))
            for (FeedbackItemId f : *items)
                pairs.append({f, TouchpointId(id)});
        if (!pairs.isEmpty())
            new AttachFeedbackCommand(doc, AttachFeedbackCommand::Mode::Detach, pairs, parent);
        for (EmpathyNote n : w.empathyNotes)
            if (n.linkedCard.value == id) {
                n.linkedCard = {};
                new EditCommand<EmpathyNote>(doc, n, {}, false, parent);
            }
        new RemoveCommand<Touchpoint>(doc, TouchpointId(id), {}, parent);
        break;
    }
    case EntityKind::EmpathyNote:
        new RemoveCommand<EmpathyNote>(doc, EmpathyNoteId(id), {}, parent);
        break;
    case EntityKind::Stakeholder:
        for (Touchpoint t : w.touchpoints)
            if (t.ownerStakeholder.value == id) {
                t.ownerStakeholder = {};
                new EditCommand<Touchpoint>(doc, t, {}, false, parent);
            }
        new RemoveCommand<Stakeholder>(doc, StakeholderId(id), {}, parent);
        break;
    case EntityKind::Transition:
        if (!queued.contains(id))
            new RemoveCommand<Transition>(doc, TransitionId(id), {}, parent);
        queued.insert(id);
        break;
    }
}

bool exists(const Document *doc, EntityKind kind, qint64 id)
{
    return visit(kind, [&](auto tag) {
        using T = decltype(tag);
        return doc->workspace().list<T>().contains(typename T::IdType(id));
    });
}

Journey defaultJourneyParts(Document *doc, const QString &name, QUndoCommand *parent)
{
    Journey j;
    j.id = JourneyId(doc->allocateId());
    j.name = name;
    new InsertCommand<Journey>(doc, j, -1, {}, parent);
    const std::pair<LaneKind, const char *> lanes[] = {
        {LaneKind::Actions, "Customer actions"}, {LaneKind::Touchpoints, "Touchpoints & channels"},
        {LaneKind::Thoughts, "Thoughts"},        {LaneKind::Emotions, "Emotions"},
        {LaneKind::PainPoints, "Pain points"},   {LaneKind::Opportunities, "Opportunities"},
        {LaneKind::Backstage, "Backstage"},      {LaneKind::Owners, "Owners"},
    };
    for (const auto &[laneKind, laneName] : lanes) {
        Lane l;
        l.id = LaneId(doc->allocateId());
        l.journeyId = j.id;
        l.laneKind = laneKind;
        l.name = tr(laneName);
        new InsertCommand<Lane>(doc, l, -1, {}, parent);
    }
    for (const char *stageName : {"Awareness", "Consideration", "Purchase", "Use", "Loyalty"}) {
        Stage s;
        s.id = StageId(doc->allocateId());
        s.journeyId = j.id;
        s.name = tr(stageName);
        new InsertCommand<Stage>(doc, s, -1, {}, parent);
    }
    return j;
}

/// Copies the children of `fromParent` into `toParent` with new ids, remembering the mapping.
template <class T, class Fix>
void copyChildren(Document *doc, qint64 fromParent, QHash<qint64, qint64> &ids, QUndoCommand *parent, Fix &&fix)
{
    for (T child : doc->workspace().list<T>().children(fromParent)) {
        const qint64 newId = doc->allocateId();
        ids.insert(child.id.value, newId);
        child.id = typename T::IdType(newId);
        fix(child);
        new InsertCommand<T>(doc, child, -1, {}, parent);
    }
}

} // namespace

QString nameOf(const Document *document, EntityKind kind, qint64 id)
{
    return visit(kind, [&](auto tag) -> QString {
        using T = decltype(tag);
        const T *e = document->workspace().list<T>().find(typename T::IdType(id));
        return e ? nameField(const_cast<T &>(*e)) : QString();
    });
}

QUndoCommand *create(Document *doc, EntityKind kind, const QString &name, qint64 *createdId)
{
    auto *macro = new QUndoCommand(QCoreApplication::translate("waymark", "Add %1 “%2”").arg(kindName(kind), name));
    qint64 id = 0;
    switch (kind) {
    case EntityKind::Persona: {
        Persona p;
        p.id = PersonaId(id = doc->allocateId());
        p.name = name;
        new InsertCommand<Persona>(doc, p, -1, {}, macro);
        break;
    }
    case EntityKind::EmpathyMap: {
        EmpathyMap m;
        m.id = EmpathyMapId(id = doc->allocateId());
        m.name = name;
        new InsertCommand<EmpathyMap>(doc, m, -1, {}, macro);
        break;
    }
    case EntityKind::StakeholderMap: {
        StakeholderMap m;
        m.id = StakeholderMapId(id = doc->allocateId());
        m.name = name;
        new InsertCommand<StakeholderMap>(doc, m, -1, {}, macro);
        break;
    }
    case EntityKind::Journey:
        id = defaultJourneyParts(doc, name, macro).id.value;
        break;
    default:
        delete macro;
        return nullptr;
    }
    if (createdId)
        *createdId = id;
    return macro;
}

QUndoCommand *remove(Document *doc, EntityKind kind, qint64 id)
{
    if (!exists(doc, kind, id))
        return nullptr;
    auto *macro = new QUndoCommand(
        QCoreApplication::translate("waymark", "Delete %1 “%2”").arg(kindName(kind), nameOf(doc, kind, id)));
    QSet<qint64> queued;
    addRemoval(doc, kind, id, macro, queued);
    return macro;
}

QUndoCommand *duplicate(Document *doc, EntityKind kind, qint64 id, qint64 *createdId)
{
    if (!exists(doc, kind, id))
        return nullptr;
    const QString copyName = QCoreApplication::translate("waymark", "%1 (copy)").arg(nameOf(doc, kind, id));
    auto *macro = new QUndoCommand(
        QCoreApplication::translate("waymark", "Duplicate %1 “%2”").arg(kindName(kind), nameOf(doc, kind, id)));
    const Workspace &w = doc->workspace();
    qint64 newId = doc->allocateId();
    QHash<qint64, qint64> ids;
    auto insertCopy = [&](auto copy) {
        using T = decltype(copy);
        const qsizetype index = w.list<T>().indexOf(copy.id) + 1;
        copy.id = typename T::IdType(newId);
        nameField(copy) = copyName;
        new InsertCommand<T>(doc, copy, index, {}, macro);
    };
    switch (kind) {
    case EntityKind::Persona:
        insertCopy(*w.personas.find(PersonaId(id)));
        break;
    case EntityKind::EmpathyMap:
        insertCopy(*w.empathyMaps.find(EmpathyMapId(id)));
        copyChildren<EmpathyNote>(doc, id, ids, macro, [&](EmpathyNote &n) { n.mapId = EmpathyMapId(newId); });
        break;
    case EntityKind::StakeholderMap:
        insertCopy(*w.stakeholderMaps.find(StakeholderMapId(id)));
        copyChildren<Stakeholder>(doc, id, ids, macro, [&](Stakeholder &s) { s.mapId = StakeholderMapId(newId); });
        break;
    case EntityKind::Journey: {
        insertCopy(*w.journeys.find(JourneyId(id)));
        const JourneyId j(newId);
        copyChildren<Stage>(doc, id, ids, macro, [&](Stage &s) { s.journeyId = j; });
        copyChildren<Lane>(doc, id, ids, macro, [&](Lane &l) { l.journeyId = j; });
        copyChildren<Touchpoint>(doc, id, ids, macro, [&](Touchpoint &t) {
            t.journeyId = j;
            t.stageId = StageId(ids.value(t.stageId.value));
            t.laneId = LaneId(ids.value(t.laneId.value));
        });
        copyChildren<Transition>(doc, id, ids, macro, [&](Transition &t) {
            t.journeyId = j;
            t.from = TouchpointId(ids.value(t.from.value));
            t.to = TouchpointId(ids.value(t.to.value));
        });
        break;
    }
    default:
        delete macro;
        return nullptr;
    }
    if (createdId)
        *createdId = newId;
    return macro;
}

QUndoCommand *rename(Document *doc, EntityKind kind, qint64 id, const QString &name)
{
    if (kind == EntityKind::Transition || !exists(doc, kind, id) || nameOf(doc, kind, id) == name)
        return nullptr; // transitions have no name
    const QString text = QCoreApplication::translate("waymark", "Rename %1 “%2” to “%3”")
                             .arg(kindName(kind), nameOf(doc, kind, id), name);
    return visit(kind, [&](auto tag) -> QUndoCommand * {
        using T = decltype(tag);
        T copy = *doc->workspace().list<T>().find(typename T::IdType(id));
        nameField(copy) = name;
        return new EditCommand<T>(doc, copy, text);
    });
}

QUndoCommand *reorder(Document *doc, EntityKind kind, qint64 id, qsizetype toIndex)
{
    if (!exists(doc, kind, id))
        return nullptr;
    const QString text = QCoreApplication::translate("waymark", "Move %1 “%2”").arg(kindName(kind), nameOf(doc, kind, id));
    return visit(kind, [&](auto tag) -> QUndoCommand * {
        using T = decltype(tag);
        if (doc->workspace().list<T>().indexOf(typename T::IdType(id)) == toIndex)
            return nullptr;
        return new MoveCommand<T>(doc, typename T::IdType(id), toIndex, text);
    });
}

QUndoCommand *removeAll(Document *doc, EntityKind kind, const QList<qint64> &ids, const QString &text)
{
    auto *macro = new QUndoCommand(text);
    QSet<qint64> queued;
    for (qint64 id : ids)
        if (exists(doc, kind, id) && !queued.contains(id)) {
            queued.insert(id);
            addRemoval(doc, kind, id, macro, queued);
        }
    if (macro->childCount() == 0) {
        delete macro;
        return nullptr;
    }
    return macro;
}

} // namespace waymark::WorkspaceEdits
