// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackFilterState.h"

namespace waymark {

FeedbackFilterState::FeedbackFilterState(QObject *parent) : QObject(parent)
{
}

void FeedbackFilterState::setFilter(FeedbackFilter filter)
{
    // Which touchpoints a choice stands for depends on the workspace: each view resolves it.
    filter.touchpoints.clear();
    filter.restricted = false;
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit changed(m_filter);
}

void FeedbackFilterState::setScoreFilter(const ScoreFilter &scores)
{
    FeedbackFilter f = m_filter;
    f.setScoreFilter(scores);
    setFilter(f);
}

QStringList FeedbackFilterState::browserOnlyDescription() const
{
    QStringList parts;
    const FeedbackFilter &f = m_filter;
    const auto range = [&parts](const QString &name, const std::optional<int> &lo, const std::optional<int> &hi) {
        if (lo && hi)
            parts << tr("%1 %2–%3").arg(name).arg(*lo).arg(*hi);
        else if (lo)
            parts << tr("%1 ≥ %2").arg(name).arg(*lo);
        else if (hi)
            parts << tr("%1 ≤ %2").arg(name).arg(*hi);
    };
    range(tr("NPS"), f.npsMin, f.npsMax);
    range(tr("CSAT"), f.csatMin, f.csatMax);
    range(tr("CES"), f.cesMin, f.cesMax);
    if (f.sentiment) {
        switch (*f.sentiment) {
        case stats::SentimentLabel::Positive: parts << tr("positive comments"); break;
        case stats::SentimentLabel::Neutral: parts << tr("neutral comments"); break;
        case stats::SentimentLabel::Negative: parts << tr("negative comments"); break;
        }
    }
    // "Attached" is what every score counts anyway; "unattached" is worth a word.
    if (f.attachment == FeedbackFilter::Attachment::Unattached)
        parts << tr("unattached only");
    if (!f.search.isEmpty())
        parts << tr("comments containing “%1”").arg(f.search);
    return parts;
}

} // namespace waymark
