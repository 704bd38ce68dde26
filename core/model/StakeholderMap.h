// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QString>

namespace waymark {

/// A power/interest grid; its people are Stakeholder entities.
struct StakeholderMap
{
    using IdType = StakeholderMapId;
    static constexpr EntityKind kind = EntityKind::StakeholderMap;

    StakeholderMapId id;
    QString name;

    qint64 parentKey() const { return 0; }
    bool operator==(const StakeholderMap &) const = default;
};

} // namespace waymark
