// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "Vocabulary.h"

#include <QString>

namespace waymark {

/// A row of a journey map; its kind says what its cards are.
struct Lane
{
    using IdType = LaneId;
    static constexpr EntityKind kind = EntityKind::Lane;

    LaneId id;
    JourneyId journeyId;
    QString name;
    LaneKind laneKind = LaneKind::Custom;
    QString color;
    bool hidden = false;
    int height = 0; ///< minimum row height in canvas units; 0: as tall as its cards need

    qint64 parentKey() const { return journeyId.value; }
    bool operator==(const Lane &) const = default;
};

} // namespace waymark
