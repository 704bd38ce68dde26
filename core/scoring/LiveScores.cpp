// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveScores.h"

#include "DefaultScoreOptions.h"

#include "JourneyGraph.h"
#include "document/Document.h"
#include "storage/SqlUtil.h"
#include "storage/WorkspaceStore.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>

namespace waymark {

using namespace Qt::StringLiterals;

namespace {

/// Beyond this many changed items in one announcement (an import) the journey is read
/// again rather than item by item.
constexpr qint64 kIncrementalLimit = 20000;
/// Ranges with at most this many known items are read id by id.
constexpr size_t kLeafSize = 48;

std::atomic<qint64> g_backgroundThreshold{100000};

} // namespace

LiveScores::LiveScores(Document *document, JourneyId journey, const ScoreOptions &options, QObject *parent)
    : QObject(parent), m_document(document), m_journey(journey), m_options(options)
{
    if (document) {
        // Direct: the store already holds the change when the document announces it, and
        // each announcement changes attachments in one direction only (see difference()).
        connect(document, &Document::attachmentsChanged, this, &LiveScores::onAttachmentsChanged);
        connect(document, &Document::feedbackChanged, this, &LiveScores::scheduleReload);
        connect(document, &Document::workspaceReset, this, &LiveScores::scheduleReload);
        const auto structural = [this](EntityKind kind, qint64) {
            if (kind == EntityKind::Journey || kind == EntityKind::Stage || kind == EntityKind::Touchpoint
                || kind == EntityKind::Transition)
                onStructureChanged();
        };
        connect(document, &Document::entityAdded, this, structural);
        connect(document, &Document::entityChanged, this, structural);
        connect(document, &Document::entityRemoved, this, structural);
        connect(document, &Document::entityMoved, this, structural);
        connect(document, &Document::entitiesAdded, this, [structural](EntityKind kind, const QList<qint64> &) {
            structural(kind, 0);
        });
        connect(document, &Document::entitiesRemoved, this, [structural](EntityKind kind, const QList<qint64> &) {
            structural(kind, 0);
        });
    }
    reload();
}

LiveScores::~LiveScores()
{
    if (m_loader)
        m_loader->wait(); // its result is dropped: the connection to this object goes with it
    dropLog();
}

qint64 LiveScores::backgroundThreshold()
{
    return g_backgroundThreshold;
}

void LiveScores::setBackgroundThreshold(qint64 attachments)
{
    g_backgroundThreshold = attachments;
}

bool LiveScores::resetLog()
{
    if (!m_document)
        return false;
    QSqlQuery q(m_document->store().database());
    if (m_log.isEmpty()) {
        static int instances = 0;
        m_log = u"waymark_live_scores_%1"_s.arg(++instances);
    }
    // Names are made here, not user text. Temporary objects live on this connection only.
    const bool ok = q.exec(u"CREATE TEMP TABLE IF NOT EXISTS %1(feedback_id INTEGER, touchpoint_id INTEGER, sign INTEGER)"_s.arg(m_log))
                    && q.exec(u"CREATE TEMP TRIGGER IF NOT EXISTS %1_attached AFTER INSERT ON main.attachment BEGIN"
                              " INSERT INTO %1 VALUES (NEW.feedback_id, NEW.touchpoint_id, 1); END"_s.arg(m_log))
                    && q.exec(u"CREATE TEMP TRIGGER IF NOT EXISTS %1_detached AFTER DELETE ON main.attachment BEGIN"
                              " INSERT INTO %1 VALUES (OLD.feedback_id, OLD.touchpoint_id, -1); END"_s.arg(m_log))
                    && q.exec(u"DELETE FROM temp.%1"_s.arg(m_log));
    if (!ok) {
        dropLog();
        return false;
    }
    return true;
}

void LiveScores::dropLog()
{
    if (m_log.isEmpty() || !m_document)
        return;
    QSqlQuery q(m_document->store().database());
    q.exec(u"DROP TRIGGER IF EXISTS temp.%1_attached"_s.arg(m_log));
    q.exec(u"DROP TRIGGER IF EXISTS temp.%1_detached"_s.arg(m_log));
    q.exec(u"DROP TABLE IF EXISTS temp.%1"_s.arg(m_log));
    m_log.clear();
}

std::optional<QList<std::tuple<qint64, qint64, int>>> LiveScores::takeLog()
{
    if (m_log.isEmpty() || !m_document)
        return std::nullopt;
    QSqlQuery q(m_document->store().database());
    q.setForwardOnly(true);
    // Both triggers must still be there (a new connection after a revert has none).
    if (!q.exec(u"SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger' AND name IN ('%1_attached', '%1_detached')"_s.arg(m_log))
        || !q.next() || q.value(0).toInt() != 2)
        return std::nullopt;
    q.finish();
    QList<std::tuple<qint64, qint64, int>> out;
    if (!q.exec(u"SELECT feedback_id, touchpoint_id, sign FROM temp.%1 ORDER BY rowid"_s.arg(m_log)))
        return std::nullopt;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()});
    q.finish();
    if (!q.exec(u"DELETE FROM temp.%1"_s.arg(m_log)))
        return std::nullopt;
    return out;
}

QList<QPair<qint64, qint64>> LiveScores::structure() const
{
    QList<QPair<qint64, qint64>> out;
    if (m_document)
        for (const Touchpoint &t : JourneyGraph::scoredTouchpoints(m_document->workspace(), m_journey))
            out.append({t.id.value, t.stageId.value});
    return out;
}

void LiveScores::reload()
{
    m_reloadQueued = false;
    m_loading = false; // a read still running belongs to an older generation: dropped
    m_accumulator.reset();
    m_attached.clear();
    m_error.clear();
    if (!m_document || !m_document->workspace().journeys.contains(m_journey)) {
        m_scores = JourneyScores();
        m_drivers = DriverAnalysis();
        emit scoresChanged();
        return;
    }
    ++m_fullLoads;
    m_structure = structure();
    // Changes from here on are logged; what was before is read below.
    const bool logged = resetLog();
    const int generation = ++m_loadGeneration;
    qint64 attachments = 0;
    if (logged && !m_structure.isEmpty()) {
        QStringList ids;
        for (const auto &[tp, stage] : std::as_const(m_structure))
            ids << QString::number(tp);
        QSqlQuery q(m_document->store().database());
        // Ids are integers from the model.
        if (q.exec(u"SELECT count(*) FROM attachment_by_touchpoint WHERE touchpoint_id IN (%1)"_s.arg(ids.join(u','))) && q.next())
            attachments = q.value(0).toLongLong();
    }
    if (attachments > backgroundThreshold() && !m_document->store().path().isEmpty()) {
        m_loading = true;
        emit scoresChanged();
        startBackgroundLoad(generation, 0);
        return;
    }
    auto accumulator = ScoreAccumulator::load(m_document->store(), m_document->workspace(), m_journey, m_options.sentiment);
    if (!accumulator) {
        m_error = accumulator.error().text();
        m_scores = JourneyScores();
        emit scoresChanged();
        return;
    }
    m_accumulator = std::move(*accumulator);
    m_attached = m_accumulator->attachedItems();
    if (m_filter.validate())
        m_accumulator->setFilter(m_filter);
    evaluate();
}

void LiveScores::startBackgroundLoad(int generation, int attempt)
{
    if (!m_document || generation != m_loadGeneration)
        return;
    if (m_document->store().inTransaction()) {
        // Another connection sees only committed rows: wait for the document's commit
        // (it follows each undo step on the event loop), else read here.
        if (attempt < 50) {
            QTimer::singleShot(10, this, [this, generation, attempt] { startBackgroundLoad(generation, attempt + 1); });
            return;
        }
        adopt(ScoreAccumulator::load(m_document->store(), m_document->workspace(), m_journey, m_options.sentiment));
        return;
    }
    // A read connection of its own on a worker thread; attaching and detaching meanwhile
    // goes into the log, which adopt() applies (attach and detach are idempotent, so the
    // snapshot may or may not hold a logged change already).
    auto result = std::make_shared<std::optional<Result<ScoreAccumulator>>>();
    QThread *thread = QThread::create([result, path = m_document->store().path(), workspace = m_document->workspace(),
                                       journey = m_journey, sentiment = m_options.sentiment] {
        const QString name = u"live-scores-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"_s);
            if (!db.open())
                *result = sqlError(tr("Could not read the feedback of the journey"), db.lastError());
            else
                *result = ScoreAccumulator::load(db, workspace, journey, sentiment);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    m_loader = thread;
    connect(thread, &QThread::finished, this, [this, thread, result, generation] {
        if (m_loader == thread)
            m_loader = nullptr;
        if (generation == m_loadGeneration && result->has_value())
            adopt(std::move(**result));
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void LiveScores::adopt(Result<ScoreAccumulator> loaded)
{
    m_loading = false;
    if (!m_document)
        return;
    if (!loaded) {
        m_error = loaded.error().text();
        emit scoresChanged();
        return;
    }
    m_accumulator = std::move(*loaded);
    m_attached = m_accumulator->attachedItems();
    QList<qint64> changed;
    const auto log = takeLog();
    if (!log || !applyLog(*log, changed)) {
        // The log is gone: read on this thread instead.
        reload();
        return;
    }
    if (m_filter.validate())
        m_accumulator->setFilter(m_filter);
    evaluate();
}

void LiveScores::evaluate()
{
    m_evaluateQueued = false;
    if (!m_document || !m_accumulator)
        return;
    const Workspace &ws = m_document->workspace();
    auto drivers = DriverAnalysis::load(m_document->store(), ws, m_journey, m_accumulator->filter());
    m_drivers = drivers ? std::move(*drivers) : DriverAnalysis();
    m_options.drivers = m_drivers.figures();
    m_scores = ScoreEngine::evaluate(ws, m_journey, m_accumulator->counts(), m_accumulator->filter(), m_options);
    emit scoresChanged();
}

void LiveScores::setFilter(const ScoreFilter &filter)
{
    if (auto valid = filter.validate(); !valid) {
        m_error = valid.error().text();
        emit scoresChanged();
        return;
    }
    const bool hadError = !m_error.isEmpty();
    m_error.clear();
    if (filter == m_filter && !hadError)
        return;
    m_filter = filter;
    if (!m_accumulator)
        return;
    m_accumulator->setFilter(filter);
    evaluate();
}

void LiveScores::setPrimaryMetric(std::optional<Metric> metric)
{
    if (m_options.primaryMetric == metric)
        return;
    m_options.primaryMetric = metric;
    evaluate();
}

ScoreTrend LiveScores::trend(ScoreLevel level, TrendBucket bucket) const
{
    if (!m_accumulator || !m_document)
        return ScoreTrend{bucket, level, {}, 0};
    return m_accumulator->trend(m_document->workspace(), level, bucket);
}

void LiveScores::scheduleReload()
{
    if (m_reloadQueued)
        return;
    m_reloadQueued = true;
    QTimer::singleShot(0, this, [this] {
        if (m_reloadQueued)
            reload();
    });
}

void LiveScores::onStructureChanged()
{
    if (!m_document || m_reloadQueued)
        return;
    if (!m_document->workspace().journeys.contains(m_journey) || structure() != m_structure) {
        // A touchpoint or stage came or went: the accumulator's slots change.
        scheduleReload();
        return;
    }
    // Titles, assumed emotions, targets, transitions: the counts stay, the rows change.
    if (m_evaluateQueued)
        return;
    m_evaluateQueued = true;
    QTimer::singleShot(0, this, [this] {
        if (m_evaluateQueued)
            evaluate();
    });
}

std::optional<LiveScores::Difference> LiveScores::difference(qint64 touchpoint, const std::vector<qint64> &known) const
{
    // Each announcement attaches only or detaches only, so a range of ids that holds as
    // many attachments in the store as in memory holds the same ones. Ranges that differ
    // are halved at a known id (counting one half; the other is the rest) until they are
    // small enough to compare id by id: O(changes · log n) short index range counts.
    const QSqlDatabase db = m_document->store().database();
    QSqlQuery count(db), ids(db);
    count.setForwardOnly(true);
    ids.setForwardOnly(true);
    if (!count.prepare(u"SELECT count(*) FROM attachment_by_touchpoint WHERE touchpoint_id = ? AND feedback_id BETWEEN ? AND ?"_s)
        || !ids.prepare(u"SELECT feedback_id FROM attachment_by_touchpoint WHERE touchpoint_id = ? AND feedback_id BETWEEN ? AND ?"
                        " ORDER BY feedback_id"_s))
        return std::nullopt;
    const auto countIn = [&](qint64 lo, qint64 hi) -> qint64 {
        count.addBindValue(touchpoint);
        count.addBindValue(lo);
        count.addBindValue(hi);
        if (!count.exec() || !count.next())
            return -1;
        const qint64 n = count.value(0).toLongLong();
        count.finish();
        return n;
    };
    struct Range
    {
        qint64 lo, hi;
        size_t begin, end;
        qint64 stored;
    };
    Difference d;
    const qint64 total = countIn(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    if (total < 0 || std::abs(total - qint64(known.size())) > kIncrementalLimit)
        return std::nullopt;
    std::vector<Range> todo{{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), 0, known.size(), total}};
    while (!todo.empty()) {
        const Range r = todo.back();
        todo.pop_back();
        const size_t have = r.end - r.begin;
        if (r.stored == qint64(have))
            continue;
        if (have <= kLeafSize || r.stored - qint64(have) > qint64(kLeafSize)) {
            ids.addBindValue(touchpoint);
            ids.addBindValue(r.lo);
            ids.addBindValue(r.hi);
            if (!ids.exec())
                return std::nullopt;
            std::vector<qint64> stored;
            while (ids.next())
                stored.push_back(ids.value(0).toLongLong());
            ids.finish();
            const auto first = known.begin() + qsizetype(r.begin), last = known.begin() + qsizetype(r.end);
            std::set_difference(stored.begin(), stored.end(), first, last, std::back_inserter(d.added));
            std::set_difference(first, last, stored.begin(), stored.end(), std::back_inserter(d.removed));
            continue;
        }
        const size_t mid = r.begin + have / 2;
        const qint64 pivot = known[mid];
        const qint64 left = countIn(r.lo, pivot - 1);
        if (left < 0)
            return std::nullopt;
        todo.push_back({r.lo, pivot - 1, r.begin, mid, left});
        todo.push_back({pivot, r.hi, mid, r.end, r.stored - left});
    }
    std::sort(d.added.begin(), d.added.end());
    std::sort(d.removed.begin(), d.removed.end());
    return d;
}

bool LiveScores::readItems(const std::vector<qint64> &ids)
{
    QSqlQuery q(m_document->store().database());
    q.setForwardOnly(true);
    for (size_t start = 0; start < ids.size(); start += 500) {
        QStringList chunk;
        for (size_t i = start; i < std::min(ids.size(), start + 500); ++i)
            chunk << QString::number(ids[i]);
        // Ids are integers read from the store, not user text.
        if (!q.exec(u"SELECT id, source_id, date, channel, segment, nps, csat, csat_scale, ces, ces_scale%1"
                    " FROM feedback_item WHERE id IN (%2)"_s.arg(sentimentColumn(m_options.sentiment, QString()),
                                                                   chunk.join(u','))))
            return false;
        while (q.next()) {
            FeedbackItem f;
            f.id = FeedbackItemId(q.value(0).toLongLong());
            f.sourceId = FeedbackSourceId(q.value(1).toLongLong());
            f.date = q.value(2).toString();
            f.channel = q.value(3).toString();
            f.segment = q.value(4).toString();
            f.nps = optionalInt(q.value(5));
            f.csat = optionalInt(q.value(6));
            f.csatScale = q.value(7).toInt();
            f.ces = optionalInt(q.value(8));
            f.cesScale = q.value(9).toInt();
            m_accumulator->addItem(f, sentimentOfColumn(m_options.sentiment, q.value(10)));
        }
    }
    return true;
}

void LiveScores::onAttachmentsChanged(const QList<qint64> &touchpoints)
{
    if (!m_document || !m_accumulator || m_reloadQueued || m_loading)
        return; // a reload reads the change anyway; a background read applies the log
    QElapsedTimer timer;
    timer.start();
    QList<qint64> changed;
    if (auto log = takeLog()) {
        if (!applyLog(*log, changed)) {
            scheduleReload();
            return;
        }
    } else {
        applyDifferences(touchpoints, changed);
        if (m_reloadQueued)
            return;
    }
    if (changed.isEmpty())
        return;
    const Workspace &ws = m_document->workspace();
    for (qint64 tp : std::as_const(changed))
        ScoreEngine::update(m_scores, ws, m_accumulator->counts(), TouchpointId(tp), m_options);
    m_lastUpdateMicros = timer.nsecsElapsed() / 1000;
    emit scoresChanged();
}

bool LiveScores::applyLog(const QList<std::tuple<qint64, qint64, int>> &log, QList<qint64> &changed)
{
    // The logged attachment rows, in the order the store changed them.
    if (log.size() > kIncrementalLimit)
        return false;
    std::vector<qint64> unknown;
    for (const auto &[item, tp, sign] : log)
        if (sign > 0 && m_attached.contains(tp) && !m_accumulator->contains(FeedbackItemId(item)))
            unknown.push_back(item);
    std::sort(unknown.begin(), unknown.end());
    unknown.erase(std::unique(unknown.begin(), unknown.end()), unknown.end());
    if (!unknown.empty() && !readItems(unknown))
        return false;
    for (const auto &[item, tp, sign] : log) {
        auto known = m_attached.find(tp);
        if (known == m_attached.end())
            continue; // not a scored touchpoint of this journey
        const auto at = std::lower_bound(known->begin(), known->end(), item);
        if (sign > 0) {
            if (m_accumulator->attach(FeedbackItemId(item), TouchpointId(tp)) && (at == known->end() || *at != item))
                known->insert(at, item);
        } else if (m_accumulator->detach(FeedbackItemId(item), TouchpointId(tp)) && at != known->end() && *at == item) {
            known->erase(at);
        }
        if (!changed.contains(tp))
            changed.append(tp);
    }
    return true;
}

void LiveScores::applyDifferences(const QList<qint64> &touchpoints, QList<qint64> &changed)
{
    for (qint64 tp : touchpoints) {
        auto known = m_attached.find(tp);
        if (known == m_attached.end())
            continue; // not a scored touchpoint of this journey
        const std::optional<Difference> d = difference(tp, *known);
        if (!d) {
            scheduleReload();
            return;
        }
        if (d->added.empty() && d->removed.empty())
            continue;
        std::vector<qint64> unknown;
        for (qint64 id : d->added)
            if (!m_accumulator->contains(FeedbackItemId(id)))
                unknown.push_back(id);
        if (!unknown.empty() && !readItems(unknown)) {
            scheduleReload();
            return;
        }
        for (qint64 id : d->removed)
            m_accumulator->detach(FeedbackItemId(id), TouchpointId(tp));
        for (qint64 id : d->added)
            m_accumulator->attach(FeedbackItemId(id), TouchpointId(tp));
        std::vector<qint64> now;
        now.reserve(known->size() + d->added.size());
        std::set_difference(known->begin(), known->end(), d->removed.begin(), d->removed.end(), std::back_inserter(now));
        std::vector<qint64> merged;
        merged.reserve(now.size() + d->added.size());
        std::merge(now.begin(), now.end(), d->added.begin(), d->added.end(), std::back_inserter(merged));
        *known = std::move(merged);
        changed.append(tp);
    }
}

} // namespace waymark
