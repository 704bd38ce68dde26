// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyEdits.h"

#include "EditCommand.h"
#include "InsertCommand.h"
#include "MoveCommand.h"
#include "WorkspaceEdits.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace waymark::JourneyEdits {
namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("waymark", text, nullptr, n);
}

QString cardName(const Document *doc, TouchpointId id)
{
    const Touchpoint *t = doc->workspace().touchpoints.find(id);
    return t ? t->title.section(QLatin1Char('\n'), 0, 0).left(40) : QString();
}

/// "card “Checkout”" or "3 cards".
QString cardsText(const Document *doc, const QList<TouchpointId> &ids)
{
    if (ids.size() == 1)
        return tr("card “%1”").arg(cardName(doc, ids.first()));
    return tr("%n cards", int(ids.size()));
}

/// Where `id` goes in the global list so that it lands before `before` in its cell, or
/// after the cell's last card; `order` is the simulated list, updated.
qsizetype placeIn(QList<qint64> &order, const QHash<qint64, std::pair<qint64, qint64>> &cellOf, qint64 id,
                  std::pair<qint64, qint64> cell, qint64 before)
{
    order.removeOne(id);
    qsizetype index = before ? order.indexOf(before) : -1;
    if (index < 0) {
        index = order.size();
        for (qsizetype i = order.size() - 1; i >= 0; --i)
            if (cellOf.value(order[i]) == cell) {
                index = i + 1;
                break;
            }
    }
    order.insert(index, id);
    return index;
}

template <class T>
QList<typename T::IdType> childIds(const Document *doc, JourneyId journey)
{
    QList<typename T::IdType> out;
    for (const T &e : doc->workspace().list<T>())
        if (e.journeyId == journey)
            out.append(e.id);
    return out;
}

/// The global list index that puts an entity at `position` among its journey's siblings.
template <class T>
qsizetype globalIndex(const Document *doc, typename T::IdType id, int position)
{
    const T *e = doc->workspace().list<T>().find(id);
    const auto siblings = childIds<T>(doc, e->journeyId);
    position = qBound(0, position, int(siblings.size()) - 1);
    return doc->workspace().list<T>().indexOf(siblings[position]);
}

} // namespace

QList<StageId> stages(const Document *document, JourneyId journey) { return childIds<Stage>(document, journey); }
QList<LaneId> lanes(const Document *document, JourneyId journey) { return childIds<Lane>(document, journey); }

QList<TouchpointId> cell(const Document *document, StageId stage, LaneId lane)
{
    QList<TouchpointId> out;
    for (const Touchpoint &t : document->workspace().touchpoints)
        if (t.stageId == stage && t.laneId == lane)
            out.append(t.id);
    return out;
}

QString laneKindName(LaneKind kind)
{
    switch (kind) {
    case LaneKind::Actions: return tr("Customer actions");
    case LaneKind::Touchpoints: return tr("Touchpoints & channels");
    case LaneKind::Thoughts: return tr("Thoughts");
    case LaneKind::Emotions: return tr("Emotions");
    case LaneKind::PainPoints: return tr("Pain points");
    case LaneKind::Opportunities: return tr("Opportunities");
    case LaneKind::Backstage: return tr("Backstage");
    case LaneKind::Owners: return tr("Owners");
    case LaneKind::Custom: break;
    }
    return tr("Notes");
}

QUndoCommand *addCard(Document *doc, const Touchpoint &card, TouchpointId before)
{
    qsizetype index = -1;
    if (before.isValid())
        index = doc->workspace().touchpoints.indexOf(before);
    else {
        const auto cards = cell(doc, card.stageId, card.laneId);
        if (!cards.isEmpty())
            index = doc->workspace().touchpoints.indexOf(cards.last()) + 1;
    }
    return new InsertCommand<Touchpoint>(doc, card, index, tr("Add card “%1”").arg(card.title.section(QLatin1Char('\n'), 0, 0).left(40)));
}

QUndoCommand *moveCards(Document *doc, const QList<TouchpointId> &ids, StageId stage, LaneId lane, TouchpointId before)
{
    const Workspace &w = doc->workspace();
    const Stage *s = w.stages.find(stage);
    const Lane *l = w.lanes.find(lane);
    if (!s || !l || ids.isEmpty())
        return nullptr;
    QList<qint64> order;
    QHash<qint64, std::pair<qint64, qint64>> cellOf;
    for (const Touchpoint &t : w.touchpoints) {
        order.append(t.id.value);
        cellOf.insert(t.id.value, {t.stageId.value, t.laneId.value});
    }
    const QList<qint64> start = order;
    auto *macro = new QUndoCommand(tr("Move %1 to “%2” · “%3”").arg(cardsText(doc, ids), s->name, l->name));
    const std::pair<qint64, qint64> target{stage.value, lane.value};
    bool changed = false;
    for (TouchpointId id : ids) {
        const Touchpoint *t = w.touchpoints.find(id);
        if (!t || t->id == before)
            continue;
        if (t->stageId != stage || t->laneId != lane) {
            Touchpoint moved = *t;
            moved.stageId = stage;
            moved.laneId = lane;
            new EditCommand<Touchpoint>(doc, moved, {}, false, macro);
            changed = true;
        }
        cellOf.insert(id.value, target);
        const QList<qint64> previous = order;
        const qsizetype index = placeIn(order, cellOf, id.value, target, before.value);
        if (order != previous)
            new MoveCommand<Touchpoint>(doc, id, index, {}, macro);
        // Later cards follow this one when there is no explicit anchor.
    }
    if (!changed && order == start) {
        delete macro;
        return nullptr;
    }
    return macro;
}

QUndoCommand *duplicateCards(Document *doc, const QList<TouchpointId> &ids, QList<TouchpointId> *created)
{
    const Workspace &w = doc->workspace();
    QList<qint64> order;
    for (const Touchpoint &t : w.touchpoints)
        order.append(t.id.value);
    QList<TouchpointId> sorted;
    for (TouchpointId id : ids)
        if (w.touchpoints.contains(id))
            sorted.append(id);
    if (sorted.isEmpty())
        return nullptr;
    std::sort(sorted.begin(), sorted.end(), [&](TouchpointId a, TouchpointId b) {
        return w.touchpoints.indexOf(a) < w.touchpoints.indexOf(b);
    });
    auto *macro = new QUndoCommand(tr("Duplicate %1").arg(cardsText(doc, sorted)));
    QHash<qint64, qint64> map;
    for (TouchpointId id : sorted) {
        Touchpoint copy = *w.touchpoints.find(id);
        copy.id = TouchpointId(doc->allocateId());
        map.insert(id.value, copy.id.value);
        const qsizetype index = order.indexOf(id.value) + 1;
        order.insert(index, copy.id.value);
        new InsertCommand<Touchpoint>(doc, copy, index, {}, macro);
        if (created)
            created->append(copy.id);
    }
    for (Transition t : w.transitions)
        if (map.contains(t.from.value) && map.contains(t.to.value)) {
            t.id = TransitionId(doc->allocateId());
            t.from = TouchpointId(map.value(t.from.value));
            t.to = TouchpointId(map.value(t.to.value));
            new InsertCommand<Transition>(doc, t, -1, {}, macro);
        }
    return macro;
}

QUndoCommand *removeCards(Document *doc, const QList<TouchpointId> &ids)
{
    QList<qint64> raw;
    for (TouchpointId id : ids)
        raw.append(id.value);
    return WorkspaceEdits::removeAll(doc, EntityKind::Touchpoint, raw, tr("Delete %1").arg(cardsText(doc, ids)));
}

QUndoCommand *paste(Document *doc, const ClipboardFragment &fragment, JourneyId journey, StageId stage, LaneId lane,
                    QList<TouchpointId> *created)
{
    const QList<StageId> stageIds = stages(doc, journey);
    const QList<LaneId> laneIds = lanes(doc, journey);
    const int s0 = int(stageIds.indexOf(stage));
    const int l0 = int(laneIds.indexOf(lane));
    if (s0 < 0 || l0 < 0 || fragment.cards.isEmpty())
        return nullptr;
    auto *macro = new QUndoCommand(fragment.cards.size() == 1
                                       ? tr("Paste card “%1”").arg(fragment.cards.first().card.title.left(40))
                                       : tr("Paste %n cards", int(fragment.cards.size())));
    // Cards are appended to their cells in fragment order: track each cell's end.
    QList<qint64> order;
    QHash<qint64, std::pair<qint64, qint64>> cellOf;
    for (const Touchpoint &t : doc->workspace().touchpoints) {
        order.append(t.id.value);
        cellOf.insert(t.id.value, {t.stageId.value, t.laneId.value});
    }
    QHash<qint64, qint64> map;
    for (const ClipboardFragment::Card &c : fragment.cards) {
        Touchpoint t = c.card;
        t.id = TouchpointId(doc->allocateId());
        t.journeyId = journey;
        // The owner's link holds where the stakeholder is the same person (same id and
        // name: the workspace the card came from); elsewhere the owner's name stays as text.
        if (t.ownerStakeholder.isValid()) {
            const Stakeholder *owner = doc->workspace().stakeholders.find(t.ownerStakeholder);
            if (!owner || c.ownerName.isEmpty() || owner->name != c.ownerName) {
                if (t.owner.trimmed().isEmpty())
                    t.owner = c.ownerName;
                t.ownerStakeholder = {};
            }
        }
        t.stageId = stageIds[qMin(s0 + c.stageOffset, int(stageIds.size()) - 1)];
        t.laneId = laneIds[qMin(l0 + c.laneOffset, int(laneIds.size()) - 1)];
        map.insert(c.card.id.value, t.id.value);
        cellOf.insert(t.id.value, {t.stageId.value, t.laneId.value});
        order.append(t.id.value);
        const qsizetype index = placeIn(order, cellOf, t.id.value, cellOf.value(t.id.value), 0);
        new InsertCommand<Touchpoint>(doc, t, index, {}, macro);
        if (created)
            created->append(t.id);
    }
    for (Transition t : fragment.transitions)
        if (map.contains(t.from.value) && map.contains(t.to.value)) {
            t.id = TransitionId(doc->allocateId());
            t.journeyId = journey;
            t.from = TouchpointId(map.value(t.from.value));
            t.to = TouchpointId(map.value(t.to.value));
            new InsertCommand<Transition>(doc, t, -1, {}, macro);
        }
    return macro;
}

QUndoCommand *addStage(Document *doc, JourneyId journey, int position, const QString &name, StageId *created)
{
    if (!doc->workspace().journeys.contains(journey))
        return nullptr;
    Stage s;
    s.id = StageId(doc->allocateId());
    s.journeyId = journey;
    s.name = name;
    const auto siblings = stages(doc, journey);
    qsizetype index = -1;
    if (position >= 0 && position < siblings.size())
        index = doc->workspace().stages.indexOf(siblings[position]);
    if (created)
        *created = s.id;
    return new InsertCommand<Stage>(doc, s, index, tr("Add stage “%1”").arg(name));
}

QUndoCommand *addLane(Document *doc, JourneyId journey, int position, const QString &name, LaneKind kind, LaneId *created)
{
    if (!doc->workspace().journeys.contains(journey))
        return nullptr;
    Lane l;
    l.id = LaneId(doc->allocateId());
    l.journeyId = journey;
    l.name = name;
    l.laneKind = kind;
    const auto siblings = lanes(doc, journey);
    qsizetype index = -1;
    if (position >= 0 && position < siblings.size())
        index = doc->workspace().lanes.indexOf(siblings[position]);
    if (created)
        *created = l.id;
    return new InsertCommand<Lane>(doc, l, index, tr("Add lane “%1”").arg(name));
}

QUndoCommand *reorderStage(Document *doc, StageId stage, int position)
{
    const Stage *s = doc->workspace().stages.find(stage);
    if (!s)
        return nullptr;
    const qsizetype to = globalIndex<Stage>(doc, stage, position);
    if (to == doc->workspace().stages.indexOf(stage))
        return nullptr;
    return new MoveCommand<Stage>(doc, stage, to, tr("Move stage “%1”").arg(s->name));
}

QUndoCommand *reorderLane(Document *doc, LaneId lane, int position)
{
    const Lane *l = doc->workspace().lanes.find(lane);
    if (!l)
        return nullptr;
    const qsizetype to = globalIndex<Lane>(doc, lane, position);
    if (to == doc->workspace().lanes.indexOf(lane))
        return nullptr;
    return new MoveCommand<Lane>(doc, lane, to, tr("Move lane “%1”").arg(l->name));
}

QUndoCommand *setLaneHidden(Document *doc, LaneId lane, bool hidden)
{
    const Lane *l = doc->workspace().lanes.find(lane);
    if (!l || l->hidden == hidden)
        return nullptr;
    Lane copy = *l;
    copy.hidden = hidden;
    return new EditCommand<Lane>(doc, copy, (hidden ? tr("Hide lane “%1”") : tr("Show lane “%1”")).arg(l->name));
}

QUndoCommand *recolourStage(Document *doc, StageId stage, const QString &color)
{
    const Stage *s = doc->workspace().stages.find(stage);
    if (!s || s->color == color)
        return nullptr;
    Stage copy = *s;
    copy.color = color;
    return new EditCommand<Stage>(doc, copy, tr("Recolour stage “%1”").arg(s->name));
}

QUndoCommand *recolourLane(Document *doc, LaneId lane, const QString &color)
{
    const Lane *l = doc->workspace().lanes.find(lane);
    if (!l || l->color == color)
        return nullptr;
    Lane copy = *l;
    copy.color = color;
    return new EditCommand<Lane>(doc, copy, tr("Recolour lane “%1”").arg(l->name));
}

QUndoCommand *recolourCards(Document *doc, const QList<TouchpointId> &ids, const QString &color)
{
    auto *macro = new QUndoCommand(tr("Recolour %1").arg(cardsText(doc, ids)));
    for (TouchpointId id : ids)
        if (const Touchpoint *t = doc->workspace().touchpoints.find(id); t && t->color != color) {
            Touchpoint copy = *t;
            copy.color = color;
            new EditCommand<Touchpoint>(doc, copy, {}, false, macro);
        }
    if (macro->childCount() == 0) {
        delete macro;
        return nullptr;
    }
    return macro;
}

QUndoCommand *connect(Document *doc, TouchpointId from, TouchpointId to, TransitionId *created)
{
    const Workspace &w = doc->workspace();
    const Touchpoint *a = w.touchpoints.find(from);
    const Touchpoint *b = w.touchpoints.find(to);
    if (!a || !b || a->journeyId != b->journeyId)
        return nullptr;
    for (const Transition &t : w.transitions)
        if (t.from == from && t.to == to)
            return nullptr; // already connected
    Transition t;
    t.id = TransitionId(doc->allocateId());
    t.journeyId = a->journeyId;
    t.from = from;
    t.to = to;
    if (created)
        *created = t.id;
    return new InsertCommand<Transition>(doc, t, -1, tr("Connect “%1” → “%2”").arg(cardName(doc, from), cardName(doc, to)));
}

} // namespace waymark::JourneyEdits
