// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QString>

namespace waymark {

/// What one persona thinks, feels, says and does; its notes are EmpathyNote entities.
struct EmpathyMap
{
    using IdType = EmpathyMapId;
    static constexpr EntityKind kind = EntityKind::EmpathyMap;

    EmpathyMapId id;
    PersonaId personaId;
    QString name;

    qint64 parentKey() const { return 0; }
    bool operator==(const EmpathyMap &) const = default;
};

} // namespace waymark
