// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "Vocabulary.h"

#include <QList>
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
    TouchpointId linkedCard;      ///< the journey card this note was promoted to, if any
    QList<qint64> evidence;       ///< feedback item ids cited as evidence

    qint64 parentKey() const { return mapId.value; }
    bool operator==(const EmpathyNote &) const = default;
};

} // namespace waymark
