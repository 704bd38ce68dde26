// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackImporter.h"

#include "ColumnMapping.h"
#include "RowSource.h"
#include "SurveyLayout.h"
#include "ValueParser.h"
#include "detail/ImportPipeline.h"
#include "sentiment/SentimentAnalyzer.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QStringEncoder>

#include <algorithm>
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
                    if (stage && !m_byStageName.value(normalized(stage->name)).contains(k))
                        m_byStageName[normalized(stage->name)].insert(k, t.id);
                }
            }
        }
    }

    /// The touchpoint for a row, created when allowed; invalid when none.
    Result<TouchpointId> find(const QString &touchpoint, const QString &stage)
    {
        return find(touchpoint, stage, normalized(touchpoint), normalized(stage));
    }
    /// The same with the names already normalised (on the reading thread).
    Result<TouchpointId> find(const QString &touchpoint, const QString &stage, const QString &key, const QString &stageKey)
    {
        if (key.isEmpty())
            return TouchpointId();
        if (!stageKey.isEmpty())
            if (auto s = m_byStageName.constFind(stageKey); s != m_byStageName.cend())
                if (auto it = s->constFind(key); it != s->cend())
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
        m_byStageName[normalized(m_w.stages.find(*stageId)->name)].insert(key, t.id);
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
    QHash<QString, QHash<QString, TouchpointId>> m_byStageName; ///< stage → title or keyword → touchpoint
};

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
    const int stageColumn = mapping.column(u"stage"_s);

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
        touchpoints.emplace(w, store, *journey, o.createTouchpoints, report);

    // What is already there, for skipping duplicates.
    // Rows without an id are known by a hash of their cells; identical rows (two 5-star
    // reviews without text on one day) are told apart by how often they occur.
    CompactStringSet knownResponses;
    knownResponses.reserve(qMin<qint64>(source.total() / 128, 50'000'000));
    QHash<qint64, int> knownHashes, seenHashes;
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
    if (auto r = writer.prepare(rawHandle(store.database())); !r)
        return abort(r.error());

    // Reading, parsing and checking run on a thread of their own, feeding batches to this
    // one, which stores them: the two overlap, and memory holds at most a few batches.
    const int responseColumn = mapping.column(u"responseId"_s);
    const int channelColumn = mapping.column(u"channel"_s);
    const int segmentColumn = mapping.column(u"segment"_s);
    const int respondentColumn = mapping.column(u"respondentId"_s);
    const int commentColumn = mapping.column(u"comment"_s);
    const int titleColumn = mapping.titleColumn(); // reviews: the title goes before the comment
    const int npsColumn = mapping.column(u"nps"_s);
    const int csatColumn = mapping.column(u"csat"_s);
    const int cesColumn = mapping.column(u"ces"_s);
    const int dateColumn = mapping.column(u"date"_s);
    // The cells no field maps are kept with each row (`raw`); mapped ones are in its columns.
    std::vector<bool> mappedColumns(size_t(layout.names.size()), false);
    for (const QString &field : ColumnMapping::fields())
        if (const int c = mapping.column(field); c >= 0 && c < layout.names.size())
            mappedColumns[size_t(c)] = true;
    const bool allMapped = std::all_of(mappedColumns.cbegin(), mappedColumns.cend(), [](bool m) { return m; });
    const auto sentiment = SentimentAnalyzer::shared();
    constexpr int batchSize = 256;
    const qint64 total = source.total();
    BatchQueue queue;
    Result<void> readResult;
    std::thread reader([&] {
        Batch batch;
        qint64 record = 0;
        ParsedRow p;
        QStringEncoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless); // each text on its own
        auto problem = [&](qint64 row, int column, const QString &value, const QString &reason) {
            p.problems.append({row, layout.names.value(column), value, reason});
        };
        // Touchpoint and stage names repeat: each is normalised once.
        QHash<QString, QString> keys;
        auto key = [&keys](const QString &name) {
            if (auto it = keys.constFind(name); it != keys.cend())
                return *it;
            QString k = normalized(name);
            if (keys.size() < 100'000)
                keys.insert(name, k);
            return k;
        };
        auto cell = [](const QStringList &fields, int column) {
            return column >= 0 && column < fields.size() ? fields[column] : QString();
        };
        auto send = [&] {
            batch.done = source.done();
            queue.takeRecycled(); // freed here
            const bool ok = queue.push(std::move(batch));
            batch = Batch();
            batch.rows.reserve(batchSize);
            return ok;
        };
        readResult = source.read([&](const QStringList &fields) {
            ++record;
            if (record <= layout.headerRows)
                return true;
            // Lines of only delimiters (",,,,", as spreadsheets save trailing rows) are no response.
            if (std::all_of(fields.cbegin(), fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
                return true;
            ++batch.rowsRead;
            p = ParsedRow();
            p.row = source.currentRow(); // as the user finds it: header rows included
            FeedbackItem &f = p.item;
            f.sourceId = fs.id;
            f.responseId = cell(fields, responseColumn).trimmed();
            // The raw cells: all of them for a row without a response id (they are its
            // identity, and its row hash is theirs), else only those no field maps.
            static const QString noCells = u"[]"_s;
            QString raw = noCells;
            if (f.responseId.isEmpty()) {
                raw = jsonText(fields);
            } else if (!allMapped || fields.size() > layout.names.size()) {
                QStringList unmapped;
                for (qsizetype c = 0; c < fields.size(); ++c)
                    if (size_t(c) >= mappedColumns.size() || !mappedColumns[size_t(c)])
                        unmapped.append(fields[c]);
                if (!unmapped.isEmpty())
                    raw = jsonText(unmapped);
            }
            if (!f.responseId.isEmpty())
                p.duplicate = !knownResponses.insert(f.responseId);
            if (!p.duplicate) {
                f.channel = cell(fields, channelColumn).trimmed();
                f.segment = cell(fields, segmentColumn).trimmed();
                f.respondentId = cell(fields, respondentColumn).trimmed();
                f.touchpoint = cell(fields, touchpointColumn).trimmed();
                f.stage = cell(fields, stageColumn).trimmed();
                f.comment = cell(fields, commentColumn).trimmed();
                if (titleColumn >= 0)
                    f.comment = ColumnMapping::titled(cell(fields, titleColumn), f.comment);
                f.csatScale = mapping.csatScale;
                f.cesScale = mapping.cesScale;
                QString why;
                if (npsColumn >= 0) {
                    f.nps = ValueParser::score(cell(fields, npsColumn), 0, 10, &why);
                    if (!why.isEmpty())
                        problem(p.row, npsColumn, cell(fields, npsColumn), why);
                }
                why.clear();
                if (csatColumn >= 0) {
                    f.csat = mapping.parseCsat(cell(fields, csatColumn), &why);
                    if (!why.isEmpty())
                        problem(p.row, csatColumn, cell(fields, csatColumn), why);
                }
                why.clear();
                if (cesColumn >= 0) {
                    f.ces = mapping.parseCes(cell(fields, cesColumn), &why);
                    if (!why.isEmpty())
                        problem(p.row, cesColumn, cell(fields, cesColumn), why);
                }
                why.clear();
                if (dateColumn >= 0) {
                    f.date = mapping.parseDate(cell(fields, dateColumn), &why).value_or(QString());
                    if (!why.isEmpty())
                        problem(p.row, dateColumn, cell(fields, dateColumn), why);
                }
                p.touchpointKey = key(f.touchpoint);
                p.stageKey = key(f.stage);
                if (!rules.isEmpty())
                    p.rule = rules.match(f.channel, f.comment, f.date);
            }
            if (p.duplicate) {
                batch.rows.append(std::move(p));
                return batch.rows.size() < batchSize || send();
            }
            // Every text in UTF-8, in one buffer.
            const QString *texts[ParsedRow::TextCount] = {&f.responseId, &f.date,  &f.channel, &f.segment, &f.respondentId,
                                                          &f.touchpoint, &f.stage, &f.comment, &raw};
            qsizetype units = 0;
            for (const QString *t : texts)
                units += t->size();
            p.texts.resize(units * 3);
            char *start = p.texts.data();
            char *out = start;
            for (int t = 0; t < ParsedRow::TextCount; ++t) {
                out = utf8.appendToBuffer(out, *texts[t]);
                p.ends[t] = int(out - start);
            }
            p.texts.truncate(out - start);
            if (f.responseId.isEmpty()) {
                // Only rows without a response id are known by their cells (all of them, in raw).
                p.rowHash = rowHash(QByteArrayView(p.texts).sliced(p.ends[ParsedRow::Raw - 1]));
                p.duplicate = ++seenHashes[*p.rowHash] <= knownHashes.value(*p.rowHash);
                if (p.duplicate)
                    p.problems.clear(); // a row imported before was checked then
            }
            // Kept as QStrings only what the writer still needs (to name what it creates) and
            // the comment, for its sentiment.
            f.responseId.clear();
            f.date.clear();
            f.channel.clear();
            f.segment.clear();
            f.respondentId.clear();
            batch.rows.append(std::move(p));
            if (batch.rows.size() >= batchSize && !send())
                return false;
            return true;
        });
        if (!batch.rows.isEmpty() || batch.rowsRead > 0)
            send();
        queue.close();
    });
    // The comments' sentiment on a third thread, between reading and storing.
    BatchQueue scored;
    std::thread scorer([&] {
        while (auto batch = queue.pop()) {
            for (ParsedRow &p : batch->rows) {
                if (!p.duplicate && !p.item.comment.isEmpty())
                    p.sentiment = sentiment->commentScore(p.item.comment);
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

    QHash<int, TouchpointId> ruleTargets;
    QSet<int> unresolvedRules;
    // The touchpoint a rule names, found (or created) once.
    auto ruleTarget = [&](int rule, qint64 row) -> Result<TouchpointId> {
        if (auto it = ruleTargets.constFind(rule); it != ruleTargets.cend())
            return *it;
        const AttachmentRule &r = ruleList[rule];
        auto tp = touchpoints ? touchpoints->find(r.touchpoint, r.stage) : Result<TouchpointId>(TouchpointId());
        if (!tp)
            return tp;
        if (!tp->isValid() && !unresolvedRules.contains(rule)) {
            unresolvedRules.insert(rule);
            addProblem(report, o,
                       {row, tr("rule"), r.spec(),
                        tr("names no touchpoint of journey “%1”; the rule attached nothing (add the "
                           "touchpoint, or import with --create-touchpoints)")
                            .arg(report.journey)});
        }
        ruleTargets.insert(rule, *tp);
        return tp;
    };

    Result<void> failure;
    bool cancelled = false;
    while (auto batch = scored.pop()) {
        report.rowsRead += batch->rowsRead;
        for (const ParsedRow &p : std::as_const(batch->rows)) {
            for (const ImportProblem &problem : p.problems)
                addProblem(report, o, problem);
            if (p.duplicate) {
                ++report.duplicates;
                continue;
            }
            const qint64 id = nextItemId++;
            if (failure = writer.insert(p, id); !failure)
                break;
            TouchpointId target;
            if (touchpoints && !p.touchpointKey.isEmpty()) {
                auto tp = touchpoints->find(p.item.touchpoint, p.item.stage, p.touchpointKey, p.stageKey);
                if (!tp) {
                    failure = tp.error();
                    break;
                }
                target = *tp;
                if (!target.isValid()) {
                    addProblem(report, o,
                            {p.row, layout.names.value(touchpointColumn), p.item.touchpoint,
                             tr("is not a touchpoint of journey “%1” (add it, give a touchpoint this keyword, or import "
                                "with --create-touchpoints)")
                                 .arg(report.journey)});
                }
            }
            if (!target.isValid() && p.rule >= 0) {
                auto tp = ruleTarget(p.rule, p.row);
                if (!tp) {
                    failure = tp.error();
                    break;
                }
                target = *tp;
                if (target.isValid())
                    ++report.attachedByRules;
            }
            if (target.isValid()) {
                if (failure = writer.attach(id, target); !failure)
                    break;
                ++report.attached;
            } else {
                ++report.unattached;
            }
            ++report.imported;
        }
        if (!failure)
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
            auto tp = ruleTarget(rule, 0);
            if (!tp)
                return abort(tp.error());
            if (!tp->isValid())
                continue;
            if (auto r = writer.attach(id, *tp); !r)
                return abort(r.error());
            ++report.existingAttachedByRules;
        }
    }
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
