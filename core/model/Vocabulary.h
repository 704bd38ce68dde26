// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace waymark {

enum class JourneyCategory { Onboarding, Maintenance, UseOwning, Renewal };
enum class JourneyVariant { AsIs, ToBe };
enum class LaneKind { Actions, Touchpoints, Thoughts, Emotions, PainPoints, Opportunities, Backstage, Owners, Custom };
enum class Channel { None, Web, MobileApp, Store, Phone, Email, Social, Chatbot, ReviewSite, Other };
enum class Quadrant { Think, Feel, Say, Do, Pains, Gains };
enum class Attitude { Champion, Supporter, Neutral, Critic, Blocker };

/// The stable identifiers of each vocabulary, as written in files and on the command line.
/// `fromKey` returns nothing for an unknown key so callers can report it.
template <class E>
struct Vocabulary
{
    static QStringList keys();
    static QString key(E value);
    static std::optional<E> fromKey(const QString &key);
};

} // namespace waymark
