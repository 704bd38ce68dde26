// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "Vocabulary.h"

#include <QString>

namespace waymark {

/// A sticky note in one quadrant of an empathy map.
struct EmpathyNote
{
    using IdType = EmpathyNoteId;
    static constexpr EntityKind kind = EntityKind::EmpathyNote;

    EmpathyNoteId id;
    EmpathyMapId mapId;
    Quadrant quadrant = Quadrant::Think;
    QString text;
    QString color;

    qint64 parentKey() const { return mapId.value; }
    bool operator==(const EmpathyNote &) const = default;
};

} // namespace waymark
