// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "Vocabulary.h"

#include <QString>

namespace waymark {

/// A journey of one persona; stages, lanes, touchpoints and transitions refer to it.
struct Journey
{
    using IdType = JourneyId;
    static constexpr EntityKind kind = EntityKind::Journey;

    JourneyId id;
    QString name;
    QString description;
    JourneyCategory category = JourneyCategory::UseOwning;
    PersonaId personaId;
    JourneyVariant variant = JourneyVariant::AsIs;

    qint64 parentKey() const { return 0; }
    bool operator==(const Journey &) const = default;
};

} // namespace waymark
