// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayText.h"

namespace waymark {

QString DisplayText::groupTitle(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Persona: return tr("Personas");
    case EntityKind::EmpathyMap: return tr("Empathy maps");
    case EntityKind::StakeholderMap: return tr("Stakeholder maps");
    case EntityKind::Journey: return tr("Journeys");
    default: return {};
    }
}

QString DisplayText::kindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Persona: return tr("persona");
    case EntityKind::EmpathyMap: return tr("empathy map");
    case EntityKind::EmpathyNote: return tr("note");
    case EntityKind::StakeholderMap: return tr("stakeholder map");
    case EntityKind::Stakeholder: return tr("stakeholder");
    case EntityKind::Journey: return tr("journey");
    case EntityKind::Stage: return tr("stage");
    case EntityKind::Lane: return tr("lane");
    case EntityKind::Touchpoint: return tr("card");
    case EntityKind::Transition: return tr("transition");
    }
    return {};
}

QString DisplayText::newItemName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Persona: return tr("New persona");
    case EntityKind::EmpathyMap: return tr("New empathy map");
    case EntityKind::StakeholderMap: return tr("New stakeholder map");
    case EntityKind::Journey: return tr("New journey");
    default: return {};
    }
}

QString DisplayText::newActionText(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Persona: return tr("New &Persona");
    case EntityKind::EmpathyMap: return tr("New &Empathy Map");
    case EntityKind::StakeholderMap: return tr("New &Stakeholder Map");
    case EntityKind::Journey: return tr("New &Journey");
    default: return {};
    }
}

QIcon DisplayText::kindIcon(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Persona: return QIcon(QStringLiteral(":/ui/icons/persona.svg"));
    case EntityKind::EmpathyMap: return QIcon(QStringLiteral(":/ui/icons/empathy-map.svg"));
    case EntityKind::StakeholderMap: return QIcon(QStringLiteral(":/ui/icons/stakeholder-map.svg"));
    case EntityKind::Journey: return QIcon(QStringLiteral(":/ui/icons/journey.svg"));
    default: return {};
    }
}

QString DisplayText::channel(Channel channel)
{
    switch (channel) {
    case Channel::None: return {};
    case Channel::Web: return tr("Web");
    case Channel::MobileApp: return tr("Mobile app");
    case Channel::Store: return tr("Store");
    case Channel::Phone: return tr("Phone");
    case Channel::Email: return tr("E-mail");
    case Channel::Social: return tr("Social media");
    case Channel::Chatbot: return tr("Chatbot");
    case Channel::ReviewSite: return tr("Review site");
    case Channel::Other: return tr("Other");
    }
    return {};
}

QString DisplayText::category(JourneyCategory category)
{
    switch (category) {
    case JourneyCategory::Onboarding: return tr("Onboarding");
    case JourneyCategory::Maintenance: return tr("Maintenance");
    case JourneyCategory::UseOwning: return tr("Use / owning");
    case JourneyCategory::Renewal: return tr("Renewal");
    }
    return {};
}

QString DisplayText::variant(JourneyVariant variant)
{
    return variant == JourneyVariant::AsIs ? tr("As-is") : tr("To-be");
}

QString DisplayText::quadrant(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::Think: return tr("Think");
    case Quadrant::Feel: return tr("Feel");
    case Quadrant::Say: return tr("Say");
    case Quadrant::Do: return tr("Do");
    case Quadrant::Pains: return tr("Pains");
    case Quadrant::Gains: return tr("Gains");
    }
    return {};
}

QString DisplayText::attitude(Attitude attitude)
{
    switch (attitude) {
    case Attitude::Champion: return tr("Champion");
    case Attitude::Supporter: return tr("Supporter");
    case Attitude::Neutral: return tr("Neutral");
    case Attitude::Critic: return tr("Critic");
    case Attitude::Blocker: return tr("Blocker");
    }
    return {};
}

QString DisplayText::emotion(int value)
{
    if (value > 0)
        return QLatin1Char('+') + QString::number(value);
    if (value < 0)
        return QChar(0x2212) + QString::number(-value); // a real minus sign
    return QStringLiteral("0");
}

QString DisplayText::stakeholderStrategy(double power, double interest)
{
    const bool highPower = power >= 0.5;
    const bool highInterest = interest >= 0.5;
    if (highPower && highInterest)
        return tr("Manage closely");
    if (highPower)
        return tr("Keep satisfied");
    if (highInterest)
        return tr("Keep informed");
    return tr("Monitor");
}

QString DisplayText::literal(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace waymark
