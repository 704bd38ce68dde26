// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QString>

namespace waymark {

/// A column of a journey map.
struct Stage
{
    using IdType = StageId;
    static constexpr EntityKind kind = EntityKind::Stage;

    StageId id;
    JourneyId journeyId;
    QString name;
    QString description;
    QString color;
    bool hidden = false; ///< left out of the canvas, its cards with it, until shown again
    int width = 0; ///< column width in canvas units; 0: the default width

    qint64 parentKey() const { return journeyId.value; }
    bool operator==(const Stage &) const = default;
};

} // namespace waymark
