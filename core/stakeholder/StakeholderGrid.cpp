// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderGrid.h"

#include "model/Stakeholder.h"

#include <QCoreApplication>

#include <cmath>

namespace waymark::StakeholderGrid {
StakeholderQuadrant quadrantOf(double power, double interest)
{
    // NaN counts as low: a broken value must not land in the "manage closely" corner.
    const bool highPower = power >= split;
    const bool highInterest = interest >= split;
    if (highPower)
        return highInterest ? StakeholderQuadrant::Champions : StakeholderQuadrant::Gatekeepers;
    return highInterest ? StakeholderQuadrant::Supporters : StakeholderQuadrant::Spectators;
}

QString quadrantName(StakeholderQuadrant quadrant)
{
    switch (quadrant) {
    case StakeholderQuadrant::Champions: return QCoreApplication::translate("waymark::StakeholderGrid", "Champions");
    case StakeholderQuadrant::Gatekeepers: return QCoreApplication::translate("waymark::StakeholderGrid", "Gatekeepers");
    case StakeholderQuadrant::Supporters: return QCoreApplication::translate("waymark::StakeholderGrid", "Supporters");
    case StakeholderQuadrant::Spectators: return QCoreApplication::translate("waymark::StakeholderGrid", "Spectators");
    }
    return {};
}

QString derivedStrategy(StakeholderQuadrant quadrant)
{
    switch (quadrant) {
    case StakeholderQuadrant::Champions: return QCoreApplication::translate("waymark::StakeholderGrid", "Manage closely");
    case StakeholderQuadrant::Gatekeepers: return QCoreApplication::translate("waymark::StakeholderGrid", "Keep satisfied");
    case StakeholderQuadrant::Supporters: return QCoreApplication::translate("waymark::StakeholderGrid", "Keep informed");
    case StakeholderQuadrant::Spectators: return QCoreApplication::translate("waymark::StakeholderGrid", "Monitor");
    }
    return {};
}

QString derivedStrategy(double power, double interest)
{
    return derivedStrategy(quadrantOf(power, interest));
}

bool isStrategyDerived(const Stakeholder &stakeholder)
{
    return stakeholder.strategy.trimmed().isEmpty();
}

QString effectiveStrategy(const Stakeholder &stakeholder)
{
    return isStrategyDerived(stakeholder) ? derivedStrategy(stakeholder.power, stakeholder.interest)
                                          : stakeholder.strategy;
}

double normalized(double value)
{
    if (!std::isfinite(value))
        return 0.0;
    return std::round(qBound(0.0, value, 1.0) * 100.0) / 100.0;
}

} // namespace waymark::StakeholderGrid
