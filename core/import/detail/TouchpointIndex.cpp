// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TouchpointIndex.h"

#include <QCoreApplication>

namespace waymark::detail {

TouchpointIndex::TouchpointIndex(const Workspace &w, JourneyId journey, bool create, qint64 nextId)
    : m_journey(journey), m_create(create), m_nextId(nextId)
{
    for (const Lane &l : w.lanes.children(journey.value))
        if (l.laneKind == LaneKind::Touchpoints && !m_lane.isValid())
            m_lane = l.id;
    for (const Stage &s : w.stages.children(journey.value)) {
        m_stages.insert(key(s.name), s.id);
        m_stageKeys.insert(s.id.value, key(s.name));
    }
    // Titles first: a title always wins over another touchpoint's keyword, and the
    // first touchpoint with a keyword keeps it.
    for (bool titles : {true, false}) {
        for (const Touchpoint &t : w.touchpoints.children(journey.value)) {
            if (t.laneId != m_lane)
                continue;
            const QString stageKey = m_stageKeys.value(t.stageId.value);
            for (const QString &name : titles ? QStringList{t.title} : t.keywords) {
                const QString k = key(name);
                if (k.isEmpty())
                    continue;
                if (!m_byName.contains(k))
                    m_byName.insert(k, t.id);
                if (!stageKey.isEmpty() && !m_byStageName.value(stageKey).contains(k))
                    m_byStageName[stageKey].insert(k, t.id);
            }
        }
    }
}

TouchpointId TouchpointIndex::find(const QString &touchpoint, const QString &stage)
{
    const QString k = key(touchpoint);
    if (k.isEmpty())
        return TouchpointId();
    const QString stageKey = key(stage);
    if (!stageKey.isEmpty())
        if (auto s = m_byStageName.constFind(stageKey); s != m_byStageName.cend())
            if (auto it = s->constFind(k); it != s->cend())
                return *it;
    if (auto it = m_byName.constFind(k); it != m_byName.cend())
        return *it;
    if (!m_create)
        return TouchpointId();
    const StageId stageId =
        ensureStage(stage.simplified().isEmpty() ? QCoreApplication::translate("waymark", "Journey") : stage.simplified());
    ensureLane();
    Touchpoint t;
    t.id = TouchpointId(m_nextId++);
    t.journeyId = m_journey;
    t.stageId = stageId;
    t.laneId = m_lane;
    t.title = touchpoint.simplified();
    m_created.emplace_back(t);
    m_byName.insert(k, t.id);
    m_byStageName[m_stageKeys.value(stageId.value)].insert(k, t.id);
    return t.id;
}

StageId TouchpointIndex::ensureStage(const QString &name)
{
    const QString k = key(name);
    if (auto it = m_stages.constFind(k); it != m_stages.cend())
        return *it;
    Stage s;
    s.id = StageId(m_nextId++);
    s.journeyId = m_journey;
    s.name = name;
    m_created.emplace_back(s);
    m_stages.insert(k, s.id);
    m_stageKeys.insert(s.id.value, k);
    return s.id;
}

void TouchpointIndex::ensureLane()
{
    if (m_lane.isValid())
        return;
    Lane l;
    l.id = LaneId(m_nextId++);
    l.journeyId = m_journey;
    l.laneKind = LaneKind::Touchpoints;
    l.name = QCoreApplication::translate("waymark", "Touchpoints & channels");
    m_created.emplace_back(l);
    m_lane = l.id;
}

} // namespace waymark::detail
