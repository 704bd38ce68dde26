// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace waymark {

/// Where a batch of feedback came from (one imported file).
struct FeedbackSource
{
    FeedbackSourceId id;
    QString name;
    QString preset;
    QString fileName;
    QString importedAt; ///< ISO 8601 UTC
    QStringList columns;
    QJsonObject mapping; ///< field → column name

    bool operator==(const FeedbackSource &) const = default;
};

} // namespace waymark
