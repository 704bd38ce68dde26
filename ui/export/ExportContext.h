// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"
#include "scoring/ScoreEngine.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace waymark {

class Document;
class WorkspaceStore;

/// One imported feedback source as the methodology appendix lists it.
struct SourceSummary
{
    QString name;
    QString fileName;
    QString preset;
    QString importedAt;
    qint64 items = 0;
    QString from; ///< earliest item date (YYYY-MM-DD…), empty when undated
    QString to;
};

/// What every export reads: the workspace, its scores per journey and where the feedback
/// came from. Built once per export; the document (for the canvases) must outlive it.
struct ExportContext
{
    Document *document = nullptr;
    const Workspace *workspace = nullptr;
    const WorkspaceStore *store = nullptr;
    QHash<qint64, JourneyScores> scores; ///< journey id → scores
    QList<SourceSummary> sources;
    QString dataFrom, dataTo;
    qint64 feedbackItems = 0;
    QString author;
    QDate date = QDate::currentDate();

    static Result<ExportContext> build(Document &document);

    const JourneyScores *scoresOf(JourneyId journey) const;
    QString personaName(JourneyId journey) const;
    /// The journey named `name`; empty name: the first journey. nullptr when there is none.
    const Journey *findJourney(const QString &name) const;
    /// "2026-01-03 – 2026-03-28 (3,000 feedback items)".
    QString dataPeriod() const;
};

} // namespace waymark
