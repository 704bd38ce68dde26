// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace waymark {

/// One response, review or ticket (SCORING.md, "Inputs per feedback item").
/// Feedback lives in the workspace database, not in the in-memory model.
struct FeedbackItem
{
    FeedbackItemId id;
    FeedbackSourceId sourceId;
    QString responseId;
    QString date;
    QString channel;
    QString segment;
    QString respondentId;
    QString touchpoint;
    QString stage;
    std::optional<int> nps;
    std::optional<int> csat;
    int csatScale = 5;
    std::optional<int> ces;
    int cesScale = 7;
    QString comment;
    QStringList raw;

    bool operator==(const FeedbackItem &) const = default;
};

} // namespace waymark
