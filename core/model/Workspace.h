// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EmpathyMap.h"
#include "EmpathyNote.h"
#include "EntityList.h"
#include "Journey.h"
#include "Lane.h"
#include "Persona.h"
#include "Stage.h"
#include "Stakeholder.h"
#include "StakeholderMap.h"
#include "Touchpoint.h"
#include "Transition.h"

#include <QString>

#include <type_traits>

namespace waymark {

/// The structure of a workspace: everything except feedback, which stays in the database.
struct Workspace
{
    QString name;
    QString description;
    EntityList<Persona> personas;
    EntityList<EmpathyMap> empathyMaps;
    EntityList<EmpathyNote> empathyNotes;
    EntityList<StakeholderMap> stakeholderMaps;
    EntityList<Stakeholder> stakeholders;
    EntityList<Journey> journeys;
    EntityList<Stage> stages;
    EntityList<Lane> lanes;
    EntityList<Touchpoint> touchpoints;
    EntityList<Transition> transitions;

    template <class T>
    EntityList<T> &list()
    {
        if constexpr (std::is_same_v<T, Persona>) return personas;
        else if constexpr (std::is_same_v<T, EmpathyMap>) return empathyMaps;
        else if constexpr (std::is_same_v<T, EmpathyNote>) return empathyNotes;
        else if constexpr (std::is_same_v<T, StakeholderMap>) return stakeholderMaps;
        else if constexpr (std::is_same_v<T, Stakeholder>) return stakeholders;
        else if constexpr (std::is_same_v<T, Journey>) return journeys;
        else if constexpr (std::is_same_v<T, Stage>) return stages;
        else if constexpr (std::is_same_v<T, Lane>) return lanes;
        else if constexpr (std::is_same_v<T, Touchpoint>) return touchpoints;
        else return transitions;
    }
    template <class T>
    const EntityList<T> &list() const { return const_cast<Workspace *>(this)->list<T>(); }

    /// Calls `f(list)` for every entity list, parents before children.
    template <class F>
    void forEachList(F &&f) const
    {
        f(personas); f(empathyMaps); f(empathyNotes); f(stakeholderMaps); f(stakeholders);
        f(journeys); f(stages); f(lanes); f(touchpoints); f(transitions);
    }

    /// The largest id in use (for allocating the next one).
    qint64 maxId() const
    {
        qint64 m = 0;
        forEachList([&m](const auto &l) { for (const auto &e : l) m = qMax(m, e.id.value); });
        return m;
    }

    bool operator==(const Workspace &) const = default;
};

} // namespace waymark
