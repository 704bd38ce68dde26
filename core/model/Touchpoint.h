// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "Vocabulary.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace waymark {

/// A card in a stage × lane cell. In a touchpoints lane it is a touchpoint (a moment
/// where the customer meets the company); in the other lanes a sticky note.
struct Touchpoint
{
    using IdType = TouchpointId;
    static constexpr EntityKind kind = EntityKind::Touchpoint;

    TouchpointId id;
    JourneyId journeyId;
    StageId stageId;
    LaneId laneId;
    QString title;
    QString description;
    Channel channel = Channel::None;
    std::optional<int> assumedEmotion; ///< -2..+2, the team's belief
    bool momentOfTruth = false;
    QString owner;
    StakeholderId ownerStakeholder; ///< the stakeholder named as owner, if any
    QString notes;
    QString color;
    int severity = 0; ///< 0..3, for pain points
    QStringList keywords;
    QMap<QString, double> targets; ///< metric key (nps, csat, ces, sentiment) → target

    qint64 parentKey() const { return journeyId.value; }
    bool operator==(const Touchpoint &) const = default;
};

} // namespace waymark
