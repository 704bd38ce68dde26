// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace waymark {

struct Stakeholder;

/// The four quadrants of a power/interest grid.
enum class StakeholderQuadrant {
    Champions,   ///< high power, high interest: manage closely
    Gatekeepers, ///< high power, low interest: keep satisfied
    Supporters,  ///< low power, high interest: keep informed
    Spectators,  ///< low power, low interest: monitor
};

/// Mendelow's power/interest grid (A. Mendelow, "Stakeholder mapping", Proceedings of the
/// 2nd International Conference on Information Systems, Cambridge MA, 1991): power and
/// interest each run 0..1 and split at 0.5; a value of exactly 0.5 counts as high.
namespace StakeholderGrid {

/// Where the grid splits each axis; values at or above it are "high".
inline constexpr double split = 0.5;

/// The quadrant of a position (power and interest clamped to 0..1).
StakeholderQuadrant quadrantOf(double power, double interest);
/// "Champions", "Gatekeepers", "Supporters", "Spectators" (translated).
QString quadrantName(StakeholderQuadrant quadrant);
/// The classic engagement strategy of a quadrant: "Manage closely", "Keep satisfied",
/// "Keep informed", "Monitor" (translated).
QString derivedStrategy(StakeholderQuadrant quadrant);
/// The derived strategy of a position.
QString derivedStrategy(double power, double interest);
/// The stakeholder's own strategy, or the derived one when it has none.
QString effectiveStrategy(const Stakeholder &stakeholder);
/// Whether the stakeholder's strategy follows from the quadrant (no text of its own).
bool isStrategyDerived(const Stakeholder &stakeholder);
/// `value` clamped to 0..1 and rounded to whole percent, as positions are stored.
double normalized(double value);

} // namespace StakeholderGrid
} // namespace waymark
