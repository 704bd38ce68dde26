// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/FeedbackItem.h"
#include "util/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace waymark {

class WorkspaceStore;

/// "Feedback like this belongs to that touchpoint": applied on import to items the
/// touchpoint column did not attach, and to unattached items already in the workspace.
struct AttachmentRule
{
    enum class Kind {
        ChannelEquals,   ///< the channel is `value` (trimmed, case-insensitive)
        CommentContains, ///< the comment contains the keyword `value` (case-insensitive)
        CommentMatches,  ///< the comment matches the regular expression `value` (case-insensitive)
        DateRange,       ///< the date lies in from..to (inclusive; either end may be open)
    };
    Kind kind = Kind::ChannelEquals;
    QString value;
    QDate from;
    QDate to;
    QString touchpoint; ///< the touchpoint's title (trimmed, case-insensitive), or one of its keywords
    QString stage;      ///< optional: the touchpoint's stage, when titles repeat across stages

    /// Parses the command-line form (docs/import.md, "Attachment rules"):
    /// `channel=Email->Checkout`, `contains=refund->Returns`, `regex=deliver(y|ed)->Delivery`,
    /// `date=2026-01-01..2026-03-31->Winter sale`; the touchpoint may be `Stage/Touchpoint`.
    static Result<AttachmentRule> parse(const QString &spec);
    /// The command-line form of this rule.
    QString spec() const;
    /// Checks the rule: a value, a touchpoint, a valid regular expression, from ≤ to.
    /// The message names the rule and says what to change.
    Result<void> validate() const;

    QJsonObject toJson() const;
    static Result<AttachmentRule> fromJson(const QJsonObject &o);

    bool operator==(const AttachmentRule &) const = default;
};

/// The rules saved in a workspace (the `workspace_info` entry "attachment-rules", a JSON
/// document), and their evaluation.
class AttachmentRules
{
public:
    /// The `workspace_info` key the rules are stored under.
    static QString storageKey();
    /// The workspace's rules, in order; none when it has never saved any.
    static Result<QList<AttachmentRule>> load(const WorkspaceStore &store);
    /// Replaces the workspace's rules (validated first: nothing is stored if one is bad).
    /// Joins the store's open transaction, if any.
    static Result<void> save(WorkspaceStore &store, const QList<AttachmentRule> &rules);

    /// Compiles `rules` for matching (invalid ones never match; validate first).
    explicit AttachmentRules(QList<AttachmentRule> rules = {});
    const QList<AttachmentRule> &rules() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }
    /// The index of the first rule `item` matches, or -1.
    int match(const FeedbackItem &item) const;
    /// The same for the fields that rules look at.
    int match(const QString &channel, const QString &comment, const QString &isoDate) const;

private:
    QList<AttachmentRule> m_rules;
    QList<QRegularExpression> m_regexes;
    QStringList m_folded; ///< per rule: the value case-folded
};

} // namespace waymark
