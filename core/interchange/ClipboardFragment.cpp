// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardFragment.h"

#include "InterchangeJson.h"
#include "WorkspaceData.h"

#include <QCoreApplication>
#include <QSet>

#include <climits>

namespace waymark {

QByteArray ClipboardFragment::write(const Workspace &workspace, const QList<TouchpointId> &ids)
{
    WorkspaceData data;
    Workspace &w = data.workspace;
    QSet<qint64> wanted;
    for (TouchpointId id : ids)
        wanted.insert(id.value);
    QSet<qint64> stages, lanes;
    JourneyId journey;
    for (const Touchpoint &t : workspace.touchpoints) {
        if (!wanted.contains(t.id.value) || (journey.isValid() && t.journeyId != journey))
            continue;
        journey = t.journeyId;
        stages.insert(t.stageId.value);
        lanes.insert(t.laneId.value);
    }
    const Journey *source = workspace.journeys.find(journey);
    if (!source)
        return {};
    Journey j = *source;
    j.personaId = {}; // the persona is not copied: the fragment stands alone
    w.journeys.append(j);
    for (const Stage &s : workspace.stages)
        if (stages.contains(s.id.value))
            w.stages.append(s);
    for (const Lane &l : workspace.lanes)
        if (lanes.contains(l.id.value))
            w.lanes.append(l);
    // Owners: the stakeholder's id and name only (enough to find it again when pasting
    // into the same workspace), in a map of their own.
    for (Touchpoint t : workspace.touchpoints)
        if (wanted.contains(t.id.value) && t.journeyId == journey) {
            if (const Stakeholder *s = workspace.stakeholders.find(t.ownerStakeholder)) {
                if (!w.stakeholders.contains(s->id)) {
                    if (!w.stakeholderMaps.contains(s->mapId)) {
                        StakeholderMap map;
                        map.id = s->mapId;
                        w.stakeholderMaps.append(map);
                    }
                    Stakeholder owner;
                    owner.id = s->id;
                    owner.mapId = s->mapId;
                    owner.name = s->name;
                    w.stakeholders.append(owner);
                }
            } else {
                t.ownerStakeholder = {};
            }
            w.touchpoints.append(t);
        }
    for (const Transition &t : workspace.transitions)
        if (w.touchpoints.contains(t.from) && w.touchpoints.contains(t.to))
            w.transitions.append(t);
    w.name = QCoreApplication::translate("waymark", "Copied cards");
    return InterchangeJson::write(data);
}

Result<ClipboardFragment> ClipboardFragment::read(const QByteArray &json)
{
    auto data = InterchangeJson::read(json, QCoreApplication::translate("waymark", "the clipboard"));
    if (!data)
        return data.error();
    const Workspace &w = data->workspace;
    if (w.journeys.size() != 1 || w.touchpoints.isEmpty())
        return Error{Error::Code::InvalidInput,
                     QCoreApplication::translate("waymark", "The clipboard holds no journey cards to paste."), {}};
    ClipboardFragment fragment;
    for (const Touchpoint &t : w.touchpoints) {
        Card card;
        card.card = t;
        card.stageOffset = int(w.stages.indexOf(t.stageId));
        card.laneOffset = int(w.lanes.indexOf(t.laneId));
        if (const Lane *lane = w.lanes.find(t.laneId))
            card.laneKind = lane->laneKind;
        if (const Stakeholder *owner = w.stakeholders.find(t.ownerStakeholder))
            card.ownerName = owner->name;
        fragment.cards.append(card);
    }
    int minStage = INT_MAX, minLane = INT_MAX;
    for (const Card &c : std::as_const(fragment.cards)) {
        minStage = qMin(minStage, c.stageOffset);
        minLane = qMin(minLane, c.laneOffset);
    }
    for (Card &c : fragment.cards) {
        c.stageOffset -= minStage;
        c.laneOffset -= minLane;
    }
    fragment.transitions = w.transitions.items();
    return fragment;
}

} // namespace waymark
