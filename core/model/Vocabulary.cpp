// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vocabulary.h"

#include <array>
#include <utility>

namespace waymark {
namespace {

template <class E, size_t N>
using Table = std::array<std::pair<E, const char *>, N>;

constexpr Table<JourneyCategory, 4> kCategories{{
    {JourneyCategory::Onboarding, "onboarding"},
    {JourneyCategory::Maintenance, "maintenance"},
    {JourneyCategory::UseOwning, "use-owning"},
    {JourneyCategory::Renewal, "renewal"},
}};
constexpr Table<JourneyVariant, 2> kVariants{{
    {JourneyVariant::AsIs, "as-is"},
    {JourneyVariant::ToBe, "to-be"},
}};
constexpr Table<LaneKind, 9> kLaneKinds{{
    {LaneKind::Actions, "actions"},
    {LaneKind::Touchpoints, "touchpoints"},
    {LaneKind::Thoughts, "thoughts"},
    {LaneKind::Emotions, "emotions"},
    {LaneKind::PainPoints, "pain-points"},
    {LaneKind::Opportunities, "opportunities"},
    {LaneKind::Backstage, "backstage"},
    {LaneKind::Owners, "owners"},
    {LaneKind::Custom, "custom"},
}};
constexpr Table<Channel, 10> kChannels{{
    {Channel::None, ""},
    {Channel::Web, "web"},
    {Channel::MobileApp, "mobile-app"},
    {Channel::Store, "store"},
    {Channel::Phone, "phone"},
    {Channel::Email, "email"},
    {Channel::Social, "social"},
    {Channel::Chatbot, "chatbot"},
    {Channel::ReviewSite, "review-site"},
    {Channel::Other, "other"},
}};
constexpr Table<Quadrant, 6> kQuadrants{{
    {Quadrant::Think, "think"},
    {Quadrant::Feel, "feel"},
    {Quadrant::Say, "say"},
    {Quadrant::Do, "do"},
    {Quadrant::Pains, "pains"},
    {Quadrant::Gains, "gains"},
}};
constexpr Table<Attitude, 5> kAttitudes{{
    {Attitude::Champion, "champion"},
    {Attitude::Supporter, "supporter"},
    {Attitude::Neutral, "neutral"},
    {Attitude::Critic, "critic"},
    {Attitude::Blocker, "blocker"},
}};

template <class E>
constexpr const auto &table()
{
    if constexpr (std::is_same_v<E, JourneyCategory>) return kCategories;
    else if constexpr (std::is_same_v<E, JourneyVariant>) return kVariants;
    else if constexpr (std::is_same_v<E, LaneKind>) return kLaneKinds;
    else if constexpr (std::is_same_v<E, Channel>) return kChannels;
    else if constexpr (std::is_same_v<E, Quadrant>) return kQuadrants;
    else return kAttitudes;
}

} // namespace

template <class E>
QStringList Vocabulary<E>::keys()
{
    QStringList out;
    for (const auto &[value, name] : table<E>())
        out << QString::fromLatin1(name);
    return out;
}

template <class E>
QString Vocabulary<E>::key(E value)
{
    for (const auto &[v, name] : table<E>())
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

template <class E>
std::optional<E> Vocabulary<E>::fromKey(const QString &key)
{
    for (const auto &[v, name] : table<E>())
        if (key == QLatin1String(name))
            return v;
    return std::nullopt;
}

template struct Vocabulary<JourneyCategory>;
template struct Vocabulary<JourneyVariant>;
template struct Vocabulary<LaneKind>;
template struct Vocabulary<Channel>;
template struct Vocabulary<Quadrant>;
template struct Vocabulary<Attitude>;

} // namespace waymark
