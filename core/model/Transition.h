// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <optional>

namespace waymark {

/// A directed step from one touchpoint to another, with an optional observed volume.
struct Transition
{
    using IdType = TransitionId;
    static constexpr EntityKind kind = EntityKind::Transition;

    TransitionId id;
    JourneyId journeyId;
    TouchpointId from;
    TouchpointId to;
    std::optional<double> volume;

    qint64 parentKey() const { return journeyId.value; }
    bool operator==(const Transition &) const = default;
};

} // namespace waymark
