// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportContext.h"

#include "ScoreText.h"

#include "document/Document.h"
#include "scoring/DefaultScoreOptions.h"
#include "storage/WorkspaceStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace waymark {

using namespace Qt::StringLiterals;

Result<ExportContext> ExportContext::build(Document &document)
{
    ExportContext c;
    c.document = &document;
    c.workspace = &document.workspace();
    c.store = &document.store();
    c.author = qEnvironmentVariable("USER");
    for (const Journey &j : c.workspace->journeys) {
        auto s = ScoreEngine::score(*c.store, *c.workspace, j.id, {}, defaultScoreOptions());
        if (!s)
            return s.error();
        c.scores.insert(j.id.value, *s);
    }
    auto sources = c.store->sources();
    if (!sources)
        return sources.error();
    QHash<qint64, qsizetype> index;
    for (const FeedbackSource &s : *sources) {
        index.insert(s.id.value, c.sources.size());
        c.sources << SourceSummary{s.name, s.fileName, s.preset, s.importedAt, 0, {}, {}};
    }
    auto r = c.store->forEachFeedback([&c, &index](const FeedbackItem &f) {
        ++c.feedbackItems;
        const QString day = f.date.left(10);
        auto widen = [&day](QString &from, QString &to) {
            if (day.isEmpty())
                return;
            if (from.isEmpty() || day < from)
                from = day;
            if (to.isEmpty() || day > to)
                to = day;
        };
        widen(c.dataFrom, c.dataTo);
        const qsizetype i = index.value(f.sourceId.value, -1);
        if (i >= 0) {
            ++c.sources[i].items;
            widen(c.sources[i].from, c.sources[i].to);
        }
        return true;
    });
    if (!r)
        return r.error();
    return c;
}

const JourneyScores *ExportContext::scoresOf(JourneyId journey) const
{
    const auto it = scores.constFind(journey.value);
    return it == scores.cend() ? nullptr : &*it;
}

QString ExportContext::personaName(JourneyId journey) const
{
    const Journey *j = workspace->journeys.find(journey);
    const Persona *p = j ? workspace->personas.find(j->personaId) : nullptr;
    return p ? p->name : QString();
}

const Journey *ExportContext::findJourney(const QString &name) const
{
    for (const Journey &j : workspace->journeys)
        if (name.isEmpty() || j.name == name)
            return &j;
    return nullptr;
}

QString ExportContext::dataPeriod() const
{
    if (feedbackItems == 0)
        return QCoreApplication::translate("waymark::ExportContext", "no feedback imported");
    return QCoreApplication::translate("waymark::ExportContext", "%1 (%2 feedback items)")
        .arg(ScoreText::period(dataFrom, dataTo), QLocale(QLocale::English).toString(feedbackItems));
}

} // namespace waymark
