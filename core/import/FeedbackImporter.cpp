// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackImporter.h"

#include "ColumnMapping.h"
#include "SurveyLayout.h"
#include "ValueParser.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace waymark {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *text)
{
    return QCoreApplication::translate("waymark", text);
}

QString normalized(const QString &text)
{
    return text.simplified().toCaseFolded();
}

/// "A".."Z", "AA".. as a spreadsheet names columns.
QString columnLetter(int index)
{
    QString s;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(u'A' + (n - 1) % 26));
    return s;
}

/// Resolves a `--map` column reference: a name, a question text, a 1-based number or a letter.
int findColumn(const SurveyLayout &layout, const QString &ref)
{
    for (qsizetype i = 0; i < layout.names.size(); ++i)
        if (layout.names[i] == ref)
            return int(i);
    for (qsizetype i = 0; i < layout.names.size(); ++i)
        if (normalized(layout.names[i]) == normalized(ref) || normalized(layout.questions.value(i)) == normalized(ref))
            return int(i);
    bool isNumber = false;
    const int n = ref.toInt(&isNumber);
    if (isNumber && n >= 1 && n <= layout.names.size())
        return n - 1;
    for (qsizetype i = 0; i < layout.names.size(); ++i)
        if (columnLetter(int(i)) == ref.toUpper())
            return int(i);
    return -1;
}

/// Where the importer puts new stages and touchpoints, and how it finds existing ones.
class TouchpointIndex
{
public:
    TouchpointIndex(Workspace &w, WorkspaceStore &store, JourneyId journey, bool create, ImportReport &report)
        : m_w(w), m_store(store), m_journey(journey), m_create(create), m_report(report), m_nextId(w.maxId() + 1)
    {
        for (const Lane &l : w.lanes.children(journey.value))
            if (l.laneKind == LaneKind::Touchpoints && !m_lane.isValid())
                m_lane = l.id;
        for (const Stage &s : w.stages.children(journey.value))
            m_stages.insert(normalized(s.name), s.id);
        // Titles first: a title always wins over another touchpoint's keyword, and the
        // first touchpoint with a keyword keeps it.
        for (bool titles : {true, false}) {
            for (const Touchpoint &t : w.touchpoints.children(journey.value)) {
                if (t.laneId != m_lane)
                    continue;
                const Stage *stage = w.stages.find(t.stageId);
                for (const QString &key : titles ? QStringList{t.title} : t.keywords) {
                    const QString k = normalized(key);
                    if (k.isEmpty())
                        continue;
                    if (!m_byName.contains(k))
                        m_byName.insert(k, t.id);
                    if (stage && !m_byStageName.contains(normalized(stage->name) + u'\x1f' + k))
                        m_byStageName.insert(normalized(stage->name) + u'\x1f' + k, t.id);
                }
            }
        }
    }

    /// The touchpoint for a row, created when allowed; invalid when none.
    Result<TouchpointId> find(const QString &touchpoint, const QString &stage)
    {
        const QString key = normalized(touchpoint);
        if (key.isEmpty())
            return TouchpointId();
        const QString stageKey = normalized(stage);
        if (!stageKey.isEmpty())
            if (auto it = m_byStageName.constFind(stageKey + u'\x1f' + key); it != m_byStageName.cend())
                return *it;
        if (auto it = m_byName.constFind(key); it != m_byName.cend())
            return *it;
        if (!m_create)
            return TouchpointId();
        auto stageId = ensureStage(stage.simplified().isEmpty() ? tr("Journey") : stage.simplified());
        if (!stageId)
            return stageId.error();
        if (auto r = ensureLane(); !r)
            return r.error();
        Touchpoint t;
        t.id = TouchpointId(m_nextId++);
        t.journeyId = m_journey;
        t.stageId = *stageId;
        t.laneId = m_lane;
        t.title = touchpoint.simplified();
        m_w.touchpoints.append(t);
        if (auto r = m_store.upsert(t, m_w.touchpoints.size() - 1); !r)
            return r.error();
        m_byName.insert(key, t.id);
        m_byStageName.insert(normalized(m_w.stages.find(*stageId)->name) + u'\x1f' + key, t.id);
        ++m_report.createdTouchpoints;
        return t.id;
    }

private:
    Result<StageId> ensureStage(const QString &name)
    {
        if (auto it = m_stages.constFind(normalized(name)); it != m_stages.cend())
            return *it;
        Stage s;
        s.id = StageId(m_nextId++);
        s.journeyId = m_journey;
        s.name = name;
        m_w.stages.append(s);
        if (auto r = m_store.upsert(s, m_w.stages.size() - 1); !r)
            return r.error();
        m_stages.insert(normalized(name), s.id);
        ++m_report.createdStages;
        return s.id;
    }
    Result<void> ensureLane()
    {
        if (m_lane.isValid())
            return {};
        Lane l;
        l.id = LaneId(m_nextId++);
        l.journeyId = m_journey;
        l.laneKind = LaneKind::Touchpoints;
        l.name = tr("Touchpoints & channels");
        m_w.lanes.append(l);
        m_lane = l.id;
        return m_store.upsert(l, m_w.lanes.size() - 1);
    }

    Workspace &m_w;
    WorkspaceStore &m_store;
    JourneyId m_journey;
    bool m_create;
    ImportReport &m_report;
    qint64 m_nextId;
    LaneId m_lane;
    QHash<QString, StageId> m_stages;
    QHash<QString, TouchpointId> m_byName;
    QHash<QString, TouchpointId> m_byStageName;
};

/// Picks (or creates) the journey the rows attach to.
Result<JourneyId> chooseJourney(Workspace &w, WorkspaceStore &store, const ImportOptions &o, const QString &fileName,
                                bool needsJourney)
{
    QStringList names;
    for (const Journey &j : w.journeys)
        names << j.name;
    if (!o.journey.isEmpty()) {
        for (const Journey &j : w.journeys)
            if (normalized(j.name) == normalized(o.journey))
                return j.id;
        if (!o.createTouchpoints)
            return makeError(Error::Code::InvalidInput,
                             tr("There is no journey “%1” in this workspace. Journeys: %2. Add --create-touchpoints to "
                                "create it.")
                                 .arg(o.journey, names.isEmpty() ? tr("none") : names.join(u", "_s)));
    } else if (w.journeys.size() == 1) {
        return w.journeys.items().constFirst().id;
    } else if (w.journeys.size() > 1 && needsJourney) {
        return makeError(Error::Code::InvalidInput,
                         tr("This workspace has several journeys (%1). Choose one with --journey NAME.").arg(names.join(u", "_s)));
    }
    if (!o.createTouchpoints)
        return JourneyId();
    Journey j;
    j.id = JourneyId(w.maxId() + 1);
    j.name = o.journey.isEmpty() ? QFileInfo(fileName).completeBaseName() : o.journey;
    w.journeys.append(j);
    if (auto r = store.upsert(j, w.journeys.size() - 1); !r)
        return r.error();
    return j.id;
}

} // namespace

QJsonObject ImportReport::toJson() const
{
    QJsonArray list;
    for (const ImportProblem &p : problems)
        list.append(QJsonObject{{u"row"_s, p.row}, {u"column"_s, p.column}, {u"value"_s, p.value}, {u"reason"_s, p.reason}});
    return {{u"file"_s, file},
            {u"preset"_s, preset},
            {u"encoding"_s, encoding},
            {u"delimiter"_s, delimiter},
            {u"headerRows"_s, headerRows},
            {u"journey"_s, journey},
            {u"mapping"_s, mapping},
            {u"rowsRead"_s, rowsRead},
            {u"imported"_s, imported},
            {u"duplicatesSkipped"_s, duplicates},
            {u"attached"_s, attached},
            {u"unattached"_s, unattached},
            {u"createdStages"_s, createdStages},
            {u"createdTouchpoints"_s, createdTouchpoints},
            {u"problemCount"_s, problemCount},
            {u"problems"_s, list},
            {u"dryRun"_s, dryRun}};
}

QString ImportReport::summary() const
{
    QString s = tr("%1: %2 layout, %3, delimiter %4, %5 header row(s)\n")
                    .arg(QFileInfo(file).fileName(), preset, encoding,
                         delimiter == u"\t"_s ? u"tab"_s : u"“"_s + delimiter + u"”"_s)
                    .arg(headerRows);
    s += tr("Rows read:           %1\n").arg(rowsRead);
    s += tr("Imported:            %1%2\n").arg(imported).arg(dryRun ? tr(" (dry run: nothing was changed)") : QString());
    s += tr("Duplicates skipped:  %1\n").arg(duplicates);
    s += tr("Attached:            %1%2\n").arg(attached).arg(journey.isEmpty() ? QString() : tr(" (journey “%1”)").arg(journey));
    s += tr("Unattached:          %1\n").arg(unattached);
    if (createdStages || createdTouchpoints)
        s += tr("Created:             %1 stage(s), %2 touchpoint(s)\n").arg(createdStages).arg(createdTouchpoints);
    s += tr("Problems:            %1\n").arg(problemCount);
    for (qsizetype i = 0; i < problems.size() && i < 20; ++i) {
        const ImportProblem &p = problems[i];
        s += tr("  row %1, column “%2”: value “%3” %4; the value was dropped, the row kept\n")
                 .arg(p.row)
                 .arg(p.column, p.value, p.reason);
    }
    if (problemCount > 20)
        s += tr("  … and %1 more (see --report)\n").arg(problemCount - 20);
    return s;
}

Result<ImportReport> FeedbackImporter::run(WorkspaceStore &store, const QString &dataPath, const ImportOptions &o)
{
    ImportReport report;
    report.file = dataPath;
    report.dryRun = o.dryRun;
    const QString fileName = QFileInfo(dataPath).fileName();
    QFile file(dataPath);
    if (!file.exists())
        return makeError(Error::Code::NotFound, tr("“%1” does not exist.").arg(dataPath));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("“%1” cannot be read: %2.").arg(dataPath, file.errorString()));
    const qint64 total = file.size();
    const QByteArray headBytes = file.peek(64 * 1024);
    const CsvDialect dialect = o.dialect ? *o.dialect : CsvReader::sniff(headBytes, headBytes.size() >= total);
    report.encoding = CsvDialect::encodingName(dialect.encoding);
    report.delimiter = QString(dialect.delimiter);

    // First pass: the layout and a sample of values.
    QList<QStringList> head;
    {
        CsvReader reader(&file, dialect);
        if (auto r = reader.read([&](const QStringList &fields, qint64) {
                head.append(fields);
                return head.size() < 200;
            });
            !r)
            return r.error();
    }
    if (head.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("“%1” is empty: there are no rows to import.").arg(fileName));
    if (o.preset != u"auto"_s && !SurveyLayout::presets().contains(o.preset))
        return makeError(Error::Code::InvalidInput, tr("There is no preset “%1”. Presets: %2.")
                                                        .arg(o.preset, SurveyLayout::presets().join(u", "_s)));
    const SurveyLayout layout = SurveyLayout::detect(head, o.preset);
    report.preset = layout.preset;
    report.headerRows = layout.headerRows;
    ColumnMapping mapping = ColumnMapping::propose(layout, head.mid(layout.headerRows));
    for (const auto &[field, ref] : o.overrides) {
        if (!ColumnMapping::fields().contains(field))
            return makeError(Error::Code::InvalidInput, tr("--map %1=%2: “%1” is not a field. Fields: %3.")
                                                            .arg(field, ref, ColumnMapping::fields().join(u", "_s)));
        if (ref.isEmpty()) {
            mapping.clear(field);
            continue;
        }
        const int c = findColumn(layout, ref);
        if (c < 0)
            return makeError(Error::Code::InvalidInput,
                             tr("--map %1=%2: “%3” has no column “%2”. Columns: %4.")
                                 .arg(field, ref, fileName, layout.names.join(u", "_s)));
        mapping.set(field, c);
    }
    report.mapping = mapping.toJson(layout.names);
    const bool hasAnswers = mapping.column(u"nps"_s) >= 0 || mapping.column(u"csat"_s) >= 0
        || mapping.column(u"ces"_s) >= 0 || mapping.column(u"comment"_s) >= 0;
    if (!hasAnswers)
        return makeError(Error::Code::InvalidInput,
                         tr("Nothing to import from “%1”: no NPS, CSAT, CES or comment column was recognised among %2. "
                            "Map one with --map nps=COLUMN (or csat, ces, comment).")
                             .arg(fileName, layout.names.join(u", "_s)));

    auto loaded = store.loadWorkspace();
    if (!loaded)
        return loaded.error();
    Workspace w = std::move(*loaded);
    const int touchpointColumn = mapping.column(u"touchpoint"_s);
    const int stageColumn = mapping.column(u"stage"_s);

    if (auto r = store.begin(); !r)
        return r.error();
    auto abort = [&](Error e) -> Result<ImportReport> {
        store.rollback();
        return e;
    };
    auto journey = chooseJourney(w, store, o, dataPath, touchpointColumn >= 0);
    if (!journey)
        return abort(journey.error());
    if (const Journey *j = w.journeys.find(*journey))
        report.journey = j->name;
    std::optional<TouchpointIndex> touchpoints;
    if (journey->isValid())
        touchpoints.emplace(w, store, *journey, o.createTouchpoints, report);

    // What is already there, for skipping duplicates.
    // Rows without an id are known by a hash of their cells; identical rows (two 5-star
    // reviews without text on one day) are told apart by how often they occur.
    QSet<QString> knownResponses;
    QHash<QString, int> knownHashes, seenHashes;
    qint64 nextItemId = 1, sourceId = 1;
    {
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT response_id, row_hash FROM feedback_item"_s))
            return abort(sqlError(tr("Could not read the existing feedback"), q.lastError()));
        while (q.next()) {
            if (const QString id = q.value(0).toString(); !id.isEmpty())
                knownResponses.insert(id);
            else
                ++knownHashes[q.value(1).toString()];
        }
        if (q.exec(u"SELECT coalesce(max(id), 0) + 1 FROM feedback_item"_s) && q.next())
            nextItemId = q.value(0).toLongLong();
        if (q.exec(u"SELECT coalesce(max(id), 0) + 1 FROM feedback_source"_s) && q.next())
            sourceId = q.value(0).toLongLong();
    }
    FeedbackSource source;
    source.id = FeedbackSourceId(sourceId);
    source.name = QFileInfo(dataPath).completeBaseName();
    source.preset = layout.preset;
    source.fileName = fileName;
    source.importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    source.columns = layout.names;
    source.mapping = report.mapping;
    if (auto r = store.insertSource(source); !r)
        return abort(r.error());

    auto problem = [&](qint64 row, int column, const QString &value, const QString &reason) {
        ++report.problemCount;
        if (report.problems.size() < 10000)
            report.problems.append({row, layout.names.value(column), value, reason});
    };
    auto cell = [](const QStringList &fields, int column) {
        return column >= 0 && column < fields.size() ? fields[column] : QString();
    };

    QList<FeedbackItem> batch;
    QList<AttachmentPair> links;
    Result<void> failure;
    bool cancelled = false;
    auto flush = [&] {
        if (failure)
            failure = store.insertFeedback(batch);
        if (failure)
            failure = store.attach(links);
        batch.clear();
        links.clear();
    };

    file.seek(0);
    CsvReader reader(&file, dialect);
    qint64 record = 0;
    auto readResult = reader.read([&](const QStringList &fields, qint64) {
        ++record;
        if (record <= layout.headerRows)
            return true;
        const qint64 row = reader.currentRow(); // as a spreadsheet counts it: header rows included
        if (o.progress && record % 256 == 0 && !o.progress(reader.bytesRead(), total)) {
            cancelled = true;
            return false;
        }
        // Lines of only delimiters (",,,,", as spreadsheets save trailing rows) are no response.
        if (std::all_of(fields.cbegin(), fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            return true;
        ++report.rowsRead;
        FeedbackItem f;
        f.sourceId = source.id;
        f.raw = fields;
        f.responseId = cell(fields, mapping.column(u"responseId"_s)).trimmed();
        if (f.responseId.isEmpty()) {
            const QString hash = rowHash(jsonText(fields));
            if (++seenHashes[hash] <= knownHashes.value(hash)) {
                ++report.duplicates;
                return true;
            }
        } else {
            if (knownResponses.contains(f.responseId)) {
                ++report.duplicates;
                return true;
            }
            knownResponses.insert(f.responseId);
        }
        f.id = FeedbackItemId(nextItemId++);
        f.channel = cell(fields, mapping.column(u"channel"_s)).trimmed();
        f.segment = cell(fields, mapping.column(u"segment"_s)).trimmed();
        f.respondentId = cell(fields, mapping.column(u"respondentId"_s)).trimmed();
        f.touchpoint = cell(fields, touchpointColumn).trimmed();
        f.stage = cell(fields, stageColumn).trimmed();
        f.comment = cell(fields, mapping.column(u"comment"_s)).trimmed();
        f.csatScale = mapping.csatScale;
        f.cesScale = mapping.cesScale;
        QString why;
        if (const int c = mapping.column(u"nps"_s); c >= 0) {
            f.nps = ValueParser::score(cell(fields, c), 0, 10, &why);
            if (!why.isEmpty())
                problem(row, c, cell(fields, c), why);
        }
        why.clear();
        if (const int c = mapping.column(u"csat"_s); c >= 0) {
            f.csat = ValueParser::csat(cell(fields, c), mapping.csatScale, &why);
            if (!why.isEmpty())
                problem(row, c, cell(fields, c), why);
        }
        why.clear();
        if (const int c = mapping.column(u"ces"_s); c >= 0) {
            f.ces = ValueParser::score(cell(fields, c), 1, mapping.cesScale, &why);
            if (!why.isEmpty())
                problem(row, c, cell(fields, c), why);
        }
        why.clear();
        if (const int c = mapping.column(u"date"_s); c >= 0) {
            f.date = ValueParser::date(cell(fields, c), &why).value_or(QString());
            if (!why.isEmpty())
                problem(row, c, cell(fields, c), why);
        }
        bool attached = false;
        if (touchpoints && !f.touchpoint.isEmpty()) {
            auto tp = touchpoints->find(f.touchpoint, f.stage);
            if (!tp) {
                failure = tp.error();
                return false;
            }
            if (tp->isValid()) {
                links.append({f.id, *tp});
                attached = true;
            } else {
                problem(row, touchpointColumn, f.touchpoint,
                        tr("is not a touchpoint of journey “%1” (add it, give a touchpoint this keyword, or import with "
                           "--create-touchpoints)")
                            .arg(report.journey));
            }
        }
        attached ? ++report.attached : ++report.unattached;
        ++report.imported;
        batch.append(std::move(f));
        if (batch.size() >= 5000) {
            flush();
            if (!failure)
                return false;
        }
        return true;
    });
    if (!readResult)
        return abort(readResult.error());
    if (!failure)
        return abort(failure.error());
    if (cancelled)
        return abort(makeError(Error::Code::Cancelled, tr("The import was cancelled; nothing was changed.")));
    flush();
    if (!failure)
        return abort(failure.error());
    for (const CsvIssue &issue : reader.issues())
        problem(issue.row, issue.column - 1, QString(), issue.message);
    if (report.rowsRead == 0)
        return abort(makeError(Error::Code::InvalidInput,
                               tr("“%1” has a header but no data rows: nothing was imported.").arg(fileName)));
    if (o.progress && !o.progress(total, total))
        return abort(makeError(Error::Code::Cancelled, tr("The import was cancelled; nothing was changed.")));
    if (o.dryRun || report.imported == 0) {
        // Nothing new (a re-import) leaves no empty source behind.
        store.rollback();
        return report;
    }
    if (auto r = store.commit(); !r)
        return r.error();
    return report;
}

} // namespace waymark
