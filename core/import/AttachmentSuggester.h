// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"
#include "model/Workspace.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace waymark {

class WorkspaceStore;

/// A touchpoint proposed for a feedback item, with the cosine similarity (0..1) that ranked it.
struct TouchpointSuggestion
{
    TouchpointId touchpoint;
    double score = 0;
};

/// The ranked proposals for one unattached item.
struct ItemSuggestions
{
    FeedbackItemId item;
    QString comment;
    QList<TouchpointSuggestion> ranked; ///< best first
};

/// Proposes touchpoints for feedback by text similarity: TF-IDF vectors of the comment
/// and of each touchpoint's title, description and keywords (title and keywords count
/// twice), compared by cosine. Words are case-folded, accents kept, English and German
/// stop words dropped and simple suffixes stripped ("deliveries", "delivered" → "deliv").
/// A GUI shows the ranked list and attaches what the user accepts with AttachFeedbackCommand.
class AttachmentSuggester
{
public:
    /// Indexes the touchpoints (touchpoints lane only) of `journey`.
    AttachmentSuggester(const Workspace &workspace, JourneyId journey);

    /// The touchpoints most like `text`, best first: at most `limit`, each scoring at least `minScore`.
    QList<TouchpointSuggestion> rank(const QString &text, int limit = 3, double minScore = 0.1) const;

    /// Suggestions for the items with a comment that are attached to nothing, by item id;
    /// items without any suggestion are left out. At most `maxItems` items are looked at.
    Result<QList<ItemSuggestions>> forUnattached(const WorkspaceStore &store, int limit = 3, double minScore = 0.1,
                                                 qint64 maxItems = 100000) const;

    /// The unattached items that have a comment, in id order, at most `maxItems`: what
    /// `forUnattached` ranks. Read on the store's thread; `rank` may then run on another.
    static Result<QList<std::pair<FeedbackItemId, QString>>> unattachedComments(const WorkspaceStore &store,
                                                                                 qint64 maxItems = 100000);

    /// The terms of `text` as the index sees them (for tests and explanations).
    static QStringList terms(const QString &text);

    bool isEmpty() const { return m_vectors.isEmpty(); }

private:
    using Vector = QHash<QString, double>;
    Vector vectorOf(const QStringList &terms) const;

    QHash<QString, double> m_idf;
    QList<std::pair<TouchpointId, Vector>> m_vectors; ///< normalised
};

} // namespace waymark
