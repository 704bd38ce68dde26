// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QtGlobal>

#include <compare>

namespace waymark {

/// The kinds of objects a workspace holds. Ids are unique across all kinds.
enum class EntityKind {
    Persona,
    EmpathyMap,
    EmpathyNote,
    StakeholderMap,
    Stakeholder,
    Journey,
    Stage,
    Lane,
    Touchpoint,
    Transition,
};

/// A strongly typed id: an `Id<PersonaTag>` cannot be passed where a touchpoint id is expected.
template <class Tag>
struct Id
{
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v) : value(v) {}
    constexpr bool isValid() const { return value > 0; }
    constexpr auto operator<=>(const Id &) const = default;
};

template <class Tag>
size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value, seed);
}

using PersonaId = Id<struct PersonaTag>;
using EmpathyMapId = Id<struct EmpathyMapTag>;
using EmpathyNoteId = Id<struct EmpathyNoteTag>;
using StakeholderMapId = Id<struct StakeholderMapTag>;
using StakeholderId = Id<struct StakeholderTag>;
using JourneyId = Id<struct JourneyTag>;
using StageId = Id<struct StageTag>;
using LaneId = Id<struct LaneTag>;
using TouchpointId = Id<struct TouchpointTag>;
using TransitionId = Id<struct TransitionTag>;
using FeedbackSourceId = Id<struct FeedbackSourceTag>;
using FeedbackItemId = Id<struct FeedbackItemTag>;

} // namespace waymark

Q_DECLARE_METATYPE(waymark::EntityKind)
