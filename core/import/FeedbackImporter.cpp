// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackImporter.h"

#include "ColumnMapping.h"
#include "RowSource.h"
#include "SurveyLayout.h"
#include "ValueParser.h"
#include "detail/ImportPipeline.h"
#include "detail/RowPreparer.h"
#include "detail/TouchpointIndex.h"
#include "sentiment/SentimentAnalyzer.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSqlQuery>

#include <thread>

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

/// Counts a problem, hands it to the options' sink and keeps it when the report has room.
void addProblem(ImportReport &report, const ImportOptions &o, ImportProblem problem)
{
    ++report.problemCount;
    if (o.problemSink)
        o.problemSink(problem);
    if (report.problems.size() < ImportReport::keptProblems)
        report.problems.append(std::move(problem));
}

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
    } else if (w.journeys.size() > 1 && needsJourney && !o.createTouchpoints) {
        return makeError(Error::Code::InvalidInput,
                         tr("This workspace has several journeys (%1). Choose one with --journey NAME, or add "
                            "--create-touchpoints to draft a journey named after the file.")
                             .arg(names.join(u", "_s)));
    }
    if (!o.createTouchpoints)
        return JourneyId();
    // Several journeys and none named: the journey named after the file, created when missing.
    const QString name = o.journey.isEmpty() ? QFileInfo(fileName).completeBaseName() : o.journey;
    for (const Journey &j : w.journeys)
        if (normalized(j.name) == normalized(name))
            return j.id;
    Journey j;
    j.id = JourneyId(w.maxId() + 1);
    j.name = name;
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
            {u"dryRun"_s, dryRun},
            {u"format"_s, format},
            {u"sheet"_s, sheet},
            {u"savedMappingFrom"_s, savedMappingFrom},
            {u"rules"_s, QJsonArray::fromStringList(rules)},
            {u"attachedByRules"_s, attachedByRules},
            {u"existingAttachedByRules"_s, existingAttachedByRules}};
}

QString ImportReport::summary() const
{
    QString where;
    if (format == u"XLSX"_s)
        where = tr("%1: %2 layout, XLSX sheet “%3”, %4 header row(s)\n").arg(QFileInfo(file).fileName(), preset, sheet).arg(headerRows);
    else if (format.contains(u"JSON"_s))
        where = tr("%1: %2 layout, %3\n").arg(QFileInfo(file).fileName(), preset, format);
    else
        where = tr("%1: %2 layout, %3, delimiter %4, %5 header row(s)\n")
                    .arg(QFileInfo(file).fileName(), preset, encoding,
                         delimiter == u"\t"_s ? u"tab"_s : u"“"_s + delimiter + u"”"_s)
                    .arg(headerRows);
    QString s = where;
    if (!savedMappingFrom.isEmpty())
        s += tr("Mapping:             saved with the earlier import of %1 (same columns), reused\n").arg(savedMappingFrom);
    s += tr("Rows read:           %1\n").arg(rowsRead);
    s += tr("Imported:            %1%2\n").arg(imported).arg(dryRun ? tr(" (dry run: nothing was changed)") : QString());
    s += tr("Duplicates skipped:  %1\n").arg(duplicates);
    s += tr("Attached:            %1%2\n").arg(attached).arg(journey.isEmpty() ? QString() : tr(" (journey “%1”)").arg(journey));
    if (attachedByRules > 0)
        s += tr("  by rules:          %1\n").arg(attachedByRules);
    s += tr("Unattached:          %1\n").arg(unattached);
    if (existingAttachedByRules > 0)
        s += tr("Earlier feedback attached by rules: %1\n").arg(existingAttachedByRules);
    if (createdStages || createdTouchpoints)
        s += tr("Created:             %1 stage(s), %2 touchpoint(s)\n").arg(createdStages).arg(createdTouchpoints);
    s += tr("Problems:            %1\n").arg(problemCount);
    for (qsizetype i = 0; i < problems.size() && i < 20; ++i) {
        const ImportProblem &p = problems[i];
        if (p.column.isEmpty() && p.value.isEmpty()) { // a problem of the whole record (a line that is no JSON object)
            s += tr("  row %1: %2\n").arg(p.row).arg(p.reason);
            continue;
        }
        s += tr("  row %1, column “%2”: value “%3” %4; the value was dropped, the row kept\n")
                 .arg(p.row)
                 .arg(p.column, p.value, p.reason);
    }
    if (problemCount > 20)
        s += tr("  … and %1 more (see --report)\n").arg(problemCount - 20);
    return s;
}

using namespace detail;

Result<ImportReport> FeedbackImporter::run(WorkspaceStore &store, const QString &dataPath, const ImportOptions &o)
{
    ImportReport report;
    report.file = dataPath;
    report.dryRun = o.dryRun;
    const QString fileName = QFileInfo(dataPath).fileName();
    RowSourceOptions sourceOptions;
    sourceOptions.dialect = o.dialect;
    sourceOptions.sheet = o.sheet;
    if (const auto format = RowSource::formatNamed(o.format))
        sourceOptions.format = *format;
    else
        return makeError(Error::Code::InvalidInput,
                         tr("There is no format “%1”. Formats: auto, csv, json, xlsx.").arg(o.format));
    auto opened = RowSource::open(dataPath, sourceOptions);
    if (!opened)
        return opened.error();
    RowSource &source = **opened;

    // First pass: the layout and a sample of values.
    QList<QStringList> head;
    if (auto r = source.read([&](const QStringList &fields) {
            head.append(fields);
            return head.size() < 200;
        });
        !r)
        return r.error();
    report.format = source.format();
    report.encoding = source.encoding();
    report.delimiter = source.delimiter();
    report.sheet = source.sheet();
    if (head.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("“%1” is empty: there are no rows to import.").arg(fileName));
    if (o.preset != u"auto"_s && !SurveyLayout::presets().contains(o.preset))
        return makeError(Error::Code::InvalidInput, tr("There is no preset “%1”. Presets: %2.")
                                                        .arg(o.preset, SurveyLayout::presets().join(u", "_s)));
    SurveyLayout layout = SurveyLayout::detect(head, o.preset, o.headerRows);
    if (const QStringList questions = source.questions(); layout.headerRows == 1 && questions.size() == layout.names.size())
        layout.questions = questions;
    report.preset = layout.preset;
    report.headerRows = layout.headerRows;

    // The mapping: the one saved with the last import of the same survey, else a proposal.
    std::optional<ColumnMapping> saved;
    if (o.useSavedMapping) {
        auto sources = store.sources();
        if (!sources)
            return sources.error();
        saved = ColumnMapping::savedFor(*sources, layout.names, &report.savedMappingFrom);
    }
    ColumnMapping mapping = saved ? *saved : ColumnMapping::propose(layout, head.mid(layout.headerRows));
    head.clear();
    for (const auto &[field, ref] : o.overrides) {
        if (ColumnMapping::fieldNamed(field).isEmpty())
            return makeError(Error::Code::InvalidInput, tr("--map %1=%2: “%1” is not a field. Fields: %3 (also rating "
                                                           "for csat stars, persona for segment).")
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
    if (auto r = mapping.applyOverrides(o.csatScale, o.cesScale, o.dateFormat); !r)
        return r.error();
    report.mapping = mapping.toJson(layout.names);
    const bool hasAnswers = mapping.column(u"nps"_s) >= 0 || mapping.column(u"csat"_s) >= 0
        || mapping.column(u"ces"_s) >= 0 || mapping.column(u"comment"_s) >= 0;
    if (!hasAnswers)
        return makeError(Error::Code::InvalidInput,
                         tr("Nothing to import from “%1”: no NPS, CSAT, CES or comment column was recognised among %2. "
                            "Map one with --map nps=COLUMN (or csat, ces, comment).")
                             .arg(fileName, layout.names.join(u", "_s)));

    // Attachment rules: the saved ones, plus those added now.
    QList<AttachmentRule> ruleList;
    bool rulesChanged = false;
    {
        auto savedRules = AttachmentRules::load(store);
        if (!savedRules)
            return savedRules.error();
        ruleList = o.clearRules ? QList<AttachmentRule>() : *savedRules;
        for (const AttachmentRule &r : o.addRules) {
            if (auto v = r.validate(); !v)
                return v.error();
            if (!ruleList.contains(r))
                ruleList.append(r);
        }
        rulesChanged = ruleList != *savedRules;
    }
    const AttachmentRules rules(ruleList);
    for (const AttachmentRule &r : ruleList)
        report.rules.append(r.spec());

    auto loaded = store.loadWorkspace();
    if (!loaded)
        return loaded.error();
    Workspace w = std::move(*loaded);
    const int touchpointColumn = mapping.column(u"touchpoint"_s);

    if (auto r = store.begin(); !r)
        return r.error();
    auto abort = [&](Error e) -> Result<ImportReport> {
        store.rollback();
        return e;
    };
    auto journey = chooseJourney(w, store, o, dataPath, touchpointColumn >= 0 || !rules.isEmpty());
    if (!journey)
        return abort(journey.error());
    if (const Journey *j = w.journeys.find(*journey))
        report.journey = j->name;
    std::optional<TouchpointIndex> touchpoints;
    if (journey->isValid())
        touchpoints.emplace(w, *journey, o.createTouchpoints, w.maxId() + 1);
    // What the reading thread creates is added to the workspace here, before the rows that attach to it.
    auto storeCreated = [&](std::vector<TouchpointIndex::Created> &created) -> Result<void> {
        for (TouchpointIndex::Created &c : created) {
            Result<void> r;
            if (const auto *stage = std::get_if<Stage>(&c)) {
                w.stages.append(*stage);
                r = store.upsert(*stage, w.stages.size() - 1);
                ++report.createdStages;
            } else if (const auto *lane = std::get_if<Lane>(&c)) {
                w.lanes.append(*lane);
                r = store.upsert(*lane, w.lanes.size() - 1);
            } else if (const auto *t = std::get_if<Touchpoint>(&c)) {
                w.touchpoints.append(*t);
                r = store.upsert(*t, w.touchpoints.size() - 1);
                ++report.createdTouchpoints;
            }
            if (!r)
                return r;
        }
        created.clear();
        return {};
    };

    // What is already there, for skipping duplicates.
    // Rows without an id are known by a hash of their cells; identical rows (two 5-star
    // reviews without text on one day) are told apart by how often they occur.
    CompactStringSet knownResponses;
    QHash<qint64, int> knownHashes;
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
                ++knownHashes[q.value(1).toLongLong()];
        }
        if (q.exec(u"SELECT coalesce(max(id), 0) + 1 FROM feedback_item"_s) && q.next())
            nextItemId = q.value(0).toLongLong();
        if (q.exec(u"SELECT coalesce(max(id), 0) + 1 FROM feedback_source"_s) && q.next())
            sourceId = q.value(0).toLongLong();
    }
    const qint64 firstNewItem = nextItemId;
    FeedbackSource fs;
    fs.id = FeedbackSourceId(sourceId);
    fs.name = QFileInfo(dataPath).completeBaseName();
    fs.preset = layout.preset;
    fs.fileName = fileName;
    fs.importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    fs.columns = layout.names;
    fs.mapping = report.mapping;
    if (auto r = store.insertSource(fs); !r)
        return abort(r.error());

    FeedbackWriter writer;
    if (auto r = writer.prepare(rawHandle(store.database()), fs.id.value, mapping.csatScale, mapping.cesScale); !r)
        return abort(r.error());

    // Reading, parsing, checking and resolving touchpoints run on a thread of their own,
    // the comments' sentiment on a second, storing on this one: they overlap, and memory
    // holds at most a few batches.
    ImportPlan plan;
    plan.columnNames = layout.names;
    plan.mapping = &mapping;
    plan.ruleList = &ruleList;
    plan.rules = &rules;
    plan.touchpoints = touchpoints ? &*touchpoints : nullptr;
    plan.journeyName = report.journey;
    plan.knownResponses = &knownResponses;
    plan.knownHashes = &knownHashes;
    RowPreparer preparer(plan);
    constexpr size_t batchSize = 256;
    const qint64 total = source.total();
    BatchQueue queue;
    Result<void> readResult;
    std::thread reader([&] {
        // Room for the file's response ids, made here while the storing thread starts.
        knownResponses.reserve(qMin<qint64>(source.total() / 128, 50'000'000));
        Batch batch;
        qint64 record = 0;
        auto send = [&] {
            batch.done = source.done();
            const bool ok = queue.push(std::move(batch));
            // The next batch reuses the memory of one stored before, when there is one.
            std::deque<Batch> used = queue.takeRecycled();
            batch = used.empty() ? Batch() : std::move(used.front());
            batch.clear();
            return ok;
        };
        readResult = source.readUtf8([&](const Utf8Row &cells) {
            ++record;
            if (record <= layout.headerRows)
                return true;
            if (preparer.add(cells, source.currentRow(), batch))
                ++batch.rowsRead;
            return batch.rows.size() < batchSize || send();
        });
        if (!batch.rows.empty() || batch.rowsRead > 0)
            send();
        queue.close();
    });
    // The comments' sentiment, between reading and storing.
    BatchQueue scored;
    std::thread scorer([&] {
        const auto sentiment = SentimentAnalyzer::shared(); // the lexicon loads on this thread
        while (auto batch = queue.pop()) {
            for (RowRecord &r : batch->rows) {
                if (r.duplicate)
                    continue;
                const std::string_view comment = r.text(batch->texts, RowRecord::Comment);
                if (comment.empty())
                    continue;
                if (const auto score = sentiment->commentScore(QString::fromUtf8(comment.data(), qsizetype(comment.size())))) {
                    r.sentiment = *score;
                    r.hasSentiment = true;
                }
            }
            if (!scored.push(std::move(*batch)))
                break;
        }
        scored.close();
    });
    auto stopReader = qScopeGuard([&] {
        queue.cancel();
        scored.cancel();
        reader.join();
        scorer.join();
    });

    Result<void> failure;
    bool cancelled = false;
    while (auto batch = scored.pop()) {
        report.rowsRead += batch->rowsRead;
        if (failure = storeCreated(batch->created); !failure)
            break;
        for (const RowRecord &r : batch->rows) {
            for (quint32 i = 0; i < r.problemCount; ++i)
                addProblem(report, o, std::move(batch->problems[r.firstProblem + i]));
            if (r.duplicate) {
                ++report.duplicates;
                continue;
            }
            const qint64 id = nextItemId++;
            writer.insert(*batch, r, id);
            if (r.touchpoint != 0) {
                writer.attach(id, TouchpointId(r.touchpoint));
                ++report.attached;
                if (r.byRule)
                    ++report.attachedByRules;
            } else {
                ++report.unattached;
            }
            ++report.imported;
        }
        if (failure = writer.flush(); !failure)
            break;
        const bool full = batch->rows.size() >= batchSize;
        const qint64 done = batch->done;
        queue.recycle(std::move(*batch));
        if (o.progress && full && !o.progress(done, total)) {
            cancelled = true;
            break;
        }
    }
    stopReader.dismiss();
    queue.cancel();
    scored.cancel();
    reader.join();
    scorer.join();
    if (!readResult)
        return abort(readResult.error());
    if (!failure)
        return abort(failure.error());
    if (cancelled)
        return abort(makeError(Error::Code::Cancelled, tr("The import was cancelled; nothing was changed.")));
    for (const RowIssue &issue : source.issues()) {
        addProblem(report, o, {issue.row, layout.names.value(issue.column - 1), QString(), issue.message});
    }
    if (report.rowsRead == 0)
        return abort(makeError(Error::Code::InvalidInput,
                               tr("“%1” has a header but no data rows: nothing was imported.").arg(fileName)));
    if (o.progress && !o.progress(total, total))
        return abort(makeError(Error::Code::Cancelled, tr("The import was cancelled; nothing was changed.")));

    // Rules also attach what earlier imports left unattached.
    if (!rules.isEmpty() && touchpoints && o.applyRulesToExisting) {
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT id, channel, comment, date FROM feedback_item f WHERE id < ? AND NOT EXISTS"
                  " (SELECT 1 FROM attachment a WHERE a.feedback_id = f.id) ORDER BY id"_s);
        q.addBindValue(firstNewItem);
        if (!q.exec())
            return abort(sqlError(tr("Could not read the unattached feedback"), q.lastError()));
        QList<std::pair<qint64, int>> matches;
        while (q.next())
            if (const int rule = rules.match(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()); rule >= 0)
                matches.append({q.value(0).toLongLong(), rule});
        q.finish();
        for (const auto &[id, rule] : matches) {
            std::vector<ImportProblem> problems;
            const TouchpointId tp = preparer.ruleTarget(rule, 0, problems);
            for (ImportProblem &p : problems)
                addProblem(report, o, std::move(p));
            if (auto created = touchpoints->takeCreated(); !created.empty())
                if (auto r = storeCreated(created); !r)
                    return abort(r.error());
            if (!tp.isValid())
                continue;
            writer.attach(id, tp);
            ++report.existingAttachedByRules;
        }
        if (auto r = writer.flush(); !r)
            return abort(r.error());
    }
    if (auto r = writer.finish(); !r)
        return abort(r.error());
    if (rulesChanged)
        if (auto r = AttachmentRules::save(store, ruleList); !r)
            return abort(r.error());
    const bool changed = report.imported > 0 || report.existingAttachedByRules > 0 || rulesChanged;
    if (o.dryRun || !changed) {
        store.rollback();
        return report;
    }
    if (report.imported == 0)
        if (auto r = store.removeSource(fs.id); !r) // nothing new (a re-import) leaves no empty source behind
            return abort(r.error());
    if (auto r = store.commit(); !r)
        return r.error();
    report.changed = true;
    return report;
}

} // namespace waymark
