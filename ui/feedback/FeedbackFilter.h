// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace waymark {

/// What the feedback browser shows, as SQL over feedback_item (alias `f`).
struct FeedbackFilter
{
    enum class Attachment { Any, Attached, Unattached };

    /// Touchpoints the journey/stage/touchpoint choice stands for; empty with
    /// `restricted` means a journey or stage without touchpoints (nothing matches).
    QList<qint64> touchpoints;
    bool restricted = false;
    Attachment attachment = Attachment::Any;
    QString channel;
    QDate from, to;
    std::optional<int> npsMin, npsMax, csatMin, csatMax, cesMin, cesMax;
    /// Words that must all occur in the comment, ignoring case (for letters beyond ASCII:
    /// as typed, in lower case, in capitals, or capitalised).
    QString search;

    bool isEmpty() const;
    /// The WHERE clause (without "WHERE"; "1" when empty); `binds` receives its values.
    QString whereClause(QVariantList *binds) const;

    bool operator==(const FeedbackFilter &) const = default;
};

} // namespace waymark
