// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "Vocabulary.h"

#include <QString>

namespace waymark {

/// A person inside the company placed on a power/interest grid.
struct Stakeholder
{
    using IdType = StakeholderId;
    static constexpr EntityKind kind = EntityKind::Stakeholder;

    StakeholderId id;
    StakeholderMapId mapId;
    QString name;
    QString role;
    QString department;
    Attitude attitude = Attitude::Neutral;
    double power = 0.5;    ///< 0..1, the vertical position on the grid
    double interest = 0.5; ///< 0..1, the horizontal position on the grid
    QString strategy;      ///< empty: derived from the quadrant
    QString notes;

    qint64 parentKey() const { return mapId.value; }
    bool operator==(const Stakeholder &) const = default;
};

} // namespace waymark
