// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The import's moving parts, used only by FeedbackImporter.cpp: the duplicate table,
// the rows the reading thread prepares, the bounded queue between the threads and the
// bulk writer. Rows arrive in id order, so the items, the source index and the
// attachments by item grow at their ends as rows are stored; the attachments by
// touchpoint are written sorted at the end (FeedbackWriter::finish).

#include "model/FeedbackItem.h"
#include "storage/SqlUtil.h"
#include "import/FeedbackImporter.h"
#include "TouchpointIndex.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QString>
#include <QStringEncoder>

#include <sqlite3.h>
#include <sys/mman.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <new>
#include <array>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace waymark::detail {

using namespace Qt::StringLiterals;

inline QString importTr(const char *text)
{
    return QCoreApplication::translate("waymark", text);
}


/// Strings kept compactly for the duplicate check: their UTF-8 one after the other in
/// one arena, found through an open-addressing table of 64-bit hashes (16 bytes a string
/// instead of a hash node each: a million response ids take about 45 MB, and a lookup
/// touches one slot and one arena position).
///
/// A lookup's cost is the slot's cache miss: `prefetch` asks for the slot early, so the
/// rest of a row's work overlaps the wait. The table asks the system for 2 MiB pages
/// (transparent huge pages, where the system allows them on request), so its millions of
/// slots need few address translations.
class CompactStringSet
{
public:
    CompactStringSet() = default;
    CompactStringSet(const CompactStringSet &) = delete;
    CompactStringSet &operator=(const CompactStringSet &) = delete;

    /// Inserts `s`; false when it was there already.
    bool insert(const QString &s)
    {
        const size_t most = size_t(s.size()) * 3;
        if (m_scratch.size() < most)
            m_scratch.resize(most);
        char *end = m_encoder.appendToBuffer(m_scratch.data(), s);
        return insert(std::string_view(m_scratch.data(), size_t(end - m_scratch.data())));
    }
    /// Starts loading the slot `key` would be looked up in; no effect on the contents.
    void prefetch(std::string_view key) const
    {
        if (m_slots.count == 0 || key.size() > kLongest)
            return;
        __builtin_prefetch(&m_slots.at[size_t(XXH3_64bits(key.data(), key.size())) & (m_slots.count - 1)]);
    }
    /// Inserts the UTF-8 string `key`; false when it was there already.
    bool insert(std::string_view key)
    {
        if (key.size() > kLongest) {
            // A response id of kilobytes (a column mapped by mistake) is kept as its 128-bit hash.
            const XXH128_hash_t digest = XXH3_128bits(key.data(), key.size());
            std::memcpy(m_digest, &digest, sizeof digest);
            key = std::string_view(m_digest, sizeof digest);
        }
        const quint64 hash = XXH3_64bits(key.data(), key.size());
        if ((m_size + 1) * 2 > m_slots.count)
            grow(std::max<size_t>(1024, m_slots.count * 2));
        const size_t mask = m_slots.count - 1;
        for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots.at[i];
            if (slot.length == 0) {
                slot.hash = hash;
                slot.offset = m_arena.size();
                slot.length = quint64(key.size()) + 1;
                m_arena.insert(m_arena.end(), key.begin(), key.end());
                ++m_size;
                return true;
            }
            if (slot.hash == hash && slot.length == quint64(key.size()) + 1
                && std::memcmp(m_arena.data() + slot.offset, key.data(), key.size()) == 0)
                return false;
        }
    }
    /// Room for `n` strings of about `bytesEach` bytes, allocated now rather than while
    /// the table fills (growing copies everything).
    void reserve(qsizetype n, size_t bytesEach = 16)
    {
        size_t count = 1024;
        while (count < size_t(n) * 2)
            count *= 2;
        if (count > m_slots.count)
            grow(count);
        m_arena.reserve(size_t(n) * bytesEach);
    }

private:
    static constexpr size_t kLongest = 4096;
    struct Slot
    {
        quint64 hash = 0;
        quint64 offset : 40 = 0;
        quint64 length : 24 = 0; ///< bytes + 1; 0: the slot is free
    };
    /// Zeroed slots (all free): fresh pages from the system, which zeroes them as they
    /// are first touched, on huge pages where it can.
    struct Slots
    {
        Slot *at = nullptr;
        size_t count = 0;

        explicit Slots(size_t n = 0) : count(n)
        {
            if (n == 0)
                return;
            void *p = mmap(nullptr, bytes(), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (p == MAP_FAILED)
                throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
            madvise(p, bytes(), MADV_HUGEPAGE); // a request: without it, ordinary pages
#endif
            at = static_cast<Slot *>(p);
        }
        Slots(Slots &&o) noexcept : at(std::exchange(o.at, nullptr)), count(std::exchange(o.count, 0)) {}
        Slots &operator=(Slots &&o) noexcept
        {
            std::swap(at, o.at);
            std::swap(count, o.count);
            return *this;
        }
        ~Slots()
        {
            if (at)
                munmap(at, bytes());
        }
        size_t bytes() const { return count * sizeof(Slot); }
    };
    void grow(size_t count)
    {
        Slots old = std::exchange(m_slots, Slots(count));
        const size_t mask = m_slots.count - 1;
        for (size_t k = 0; k < old.count; ++k) {
            const Slot &slot = old.at[k];
            if (slot.length == 0)
                continue;
            size_t i = size_t(slot.hash) & mask;
            while (m_slots.at[i].length != 0)
                i = (i + 1) & mask;
            m_slots.at[i] = slot;
        }
    }

    Slots m_slots;
    std::vector<char> m_arena;
    std::vector<char> m_scratch;
    char m_digest[16] = {};
    size_t m_size = 0;
    QStringEncoder m_encoder{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
};

/// One record read, parsed and checked on the reading thread, ready to be stored. Plain
/// data, so a batch of them costs no allocation per row: its texts are UTF-8 (SQLite's
/// encoding: nothing to convert on the storing thread) in the batch's buffer, one after
/// the other, and its problems are in the batch's list.
struct RowRecord
{
    /// The text columns in the order the writer binds them, then the raw cells.
    enum Text { ResponseId, Date, Channel, Segment, RespondentId, Touchpoint, Stage, Comment, Raw, TextCount };

    size_t start = 0;                          ///< where its texts begin in Batch::texts
    std::array<quint32, TextCount> ends = {};  ///< where text i ends, counted from `start`
    qint64 row = 0;                            ///< as the user finds it: header rows included
    qint64 rowHash = 0;                        ///< of all the cells, for a row without a response id
    double sentiment = 0;                      ///< of the comment
    qint64 touchpoint = 0;                     ///< the touchpoint it attaches to; 0: none
    int nps = -1, csat = -1, ces = -1;         ///< -1: no value
    quint32 firstProblem = 0, problemCount = 0; ///< values dropped from this row, in Batch::problems
    bool hasRowHash = false;
    bool hasSentiment = false;
    bool duplicate = false;
    bool byRule = false; ///< attached by an attachment rule

    std::string_view text(const std::string &texts, int t) const
    {
        const quint32 from = t == 0 ? 0 : ends[size_t(t) - 1];
        return std::string_view(texts).substr(start + from, ends[size_t(t)] - from);
    }
};

struct Batch
{
    std::string texts;
    std::vector<RowRecord> rows;
    std::vector<ImportProblem> problems;
    std::vector<TouchpointIndex::Created> created; ///< to add before the rows (they attach to them)
    qint64 rowsRead = 0;
    qint64 done = 0;

    /// Empties it for the next rows, keeping its memory.
    void clear()
    {
        texts.clear();
        rows.clear();
        problems.clear();
        created.clear();
        rowsRead = 0;
        done = 0;
    }
};

/// Batches from one thread of the import to the next (reading → sentiment → storing);
/// bounded so memory stays flat.
class BatchQueue
{
public:
    bool push(Batch &&b)
    {
        std::unique_lock lock(m_mutex);
        if (m_queue.size() >= kCapacity && !m_cancelled) {
            ++m_pushWaiting;
            m_notFull.wait(lock, [this] { return m_queue.size() < kCapacity || m_cancelled; });
            --m_pushWaiting;
        }
        if (m_cancelled)
            return false;
        m_queue.push_back(std::move(b));
        // Waking a thread is a system call: only when one waits, and for more than one
        // batch (close() wakes it for the last).
        if (m_popWaiting > 0 && m_queue.size() >= 2)
            m_notEmpty.notify_one();
        return true;
    }
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        if (m_queue.empty() && !m_closed) {
            ++m_popWaiting;
            m_notEmpty.wait(lock, [this] { return !m_queue.empty() || m_closed; });
            --m_popWaiting;
        }
        if (m_queue.empty())
            return std::nullopt;
        Batch b = std::move(m_queue.front());
        m_queue.pop_front();
        if (m_pushWaiting > 0 && m_queue.size() <= kCapacity / 2)
            m_notFull.notify_one();
        return b;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }
    /// Drops what is queued and wakes both sides: push fails and pop returns nothing.
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_closed = true;
        m_queue.clear();
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }
    /// Hands a stored batch back, so its memory is freed by the thread that allocated it.
    void recycle(Batch &&b)
    {
        std::lock_guard lock(m_mutex);
        m_used.push_back(std::move(b));
    }
    std::deque<Batch> takeRecycled()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_used, {});
    }

private:
    static constexpr size_t kCapacity = 8;
    mutable std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    int m_pushWaiting = 0, m_popWaiting = 0;
    std::deque<Batch> m_queue;
    std::deque<Batch> m_used;
    bool m_closed = false;
    bool m_cancelled = false;
};

inline sqlite3 *rawHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.data());
    return nullptr;
}

/// The bulk insert of feedback rows and attachments through SQLite's own API. Rows are
/// bound many to one statement (`INSERT … VALUES (…), (…), …`): within one statement
/// SQLite keeps its cursors where the last row went, so a row that goes to the end of
/// a tree (every new item, and its attachment by item) costs no search from the root.
/// Items and their attachments by item are written by `flush` (before their batch's
/// texts go); the same attachments by touchpoint wait for `finish`, which writes them
/// sorted: then they too extend their tree (schema version 8, SchemaMigrator.cpp).
/// Statements are prepared once for the whole import.
class FeedbackWriter
{
public:
    static constexpr int rowsPerStatement = 64;
    static constexpr int pairsPerStatement = 256;

    ~FeedbackWriter()
    {
        for (sqlite3_stmt *s : {m_item, m_items, m_byItem.one, m_byItem.many, m_byTouchpoint.one, m_byTouchpoint.many})
            sqlite3_finalize(s);
    }
    /// Prepares the statements for rows of source `sourceId` whose CSAT and CES have the
    /// given scales: what every row shares is part of the statement, not bound per row.
    Result<void> prepare(sqlite3 *db, qint64 sourceId, int csatScale, int cesScale)
    {
        m_db = db;
        if (!db)
            return makeError(Error::Code::Sql, importTr("Could not store feedback: the database is not open"));
        auto repeated = [](const char *head, const char *values, int count) {
            std::string sql = head;
            for (int i = 0; i < count; ++i)
                sql += (i == 0 ? " VALUES" : ",") + std::string(values);
            return sql;
        };
        // OR FAIL: a failing row ends the statement without undoing the rows before it, so
        // SQLite keeps no statement journal (a copy of every page a statement changes); the
        // import rolls its whole transaction back on any failure anyway.
        const char *item = "INSERT OR FAIL INTO feedback_item(id, source_id, response_id, date, channel, segment,"
                           " respondent_id, touchpoint, stage, nps, csat, csat_scale, ces, ces_scale, comment, raw,"
                           " row_hash, sentiment)";
        const std::string itemValues = "(?, " + std::to_string(sourceId) + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + std::to_string(csatScale) + ", ?, " + std::to_string(cesScale) + ", ?, ?, ?, ?)";
        const char *byItem = "INSERT OR IGNORE INTO attachment(feedback_id, touchpoint_id)";
        const char *byTouchpoint = "INSERT OR IGNORE INTO attachment_by_touchpoint(touchpoint_id, feedback_id)";
        const std::pair<std::string, sqlite3_stmt **> statements[] = {
            {repeated(item, itemValues.c_str(), 1), &m_item},
            {repeated(item, itemValues.c_str(), rowsPerStatement), &m_items},
            {repeated(byItem, "(?, ?)", 1), &m_byItem.one},
            {repeated(byItem, "(?, ?)", pairsPerStatement), &m_byItem.many},
            {repeated(byTouchpoint, "(?, ?)", 1), &m_byTouchpoint.one},
            {repeated(byTouchpoint, "(?, ?)", pairsPerStatement), &m_byTouchpoint.many},
        };
        for (const auto &[sql, statement] : statements)
            if (sqlite3_prepare_v3(db, sql.c_str(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, statement, nullptr)
                != SQLITE_OK)
                return failure();
        return {};
    }
    /// Adds row `r` of `batch` as item `id`; `batch` stays until the next flush.
    void insert(const Batch &batch, const RowRecord &r, qint64 id) { m_rows.push_back({&batch, &r, id}); }
    void attach(qint64 item, TouchpointId touchpoint)
    {
        m_attachmentsByItem.push_back({item, touchpoint.value});
        if (!m_lastItems || m_lastTouchpoint != touchpoint.value) {
            m_lastTouchpoint = touchpoint.value;
            m_lastItems = &m_itemsByTouchpoint[touchpoint.value];
        }
        m_lastItems->push_back(item);
    }
    /// Writes the items and attachments by item added since the last flush.
    Result<void> flush()
    {
        const auto rows = std::exchange(m_rows, {});
        size_t i = 0;
        for (; i + rowsPerStatement <= rows.size(); i += rowsPerStatement) {
            int rc = SQLITE_OK;
            for (int k = 0; k < rowsPerStatement; ++k)
                rc |= bindRow(m_items, k * kItemColumns, rows[i + size_t(k)]);
            if (auto r = run(m_items, rc); !r)
                return r;
        }
        for (; i < rows.size(); ++i)
            if (auto r = run(m_item, bindRow(m_item, 0, rows[i])); !r)
                return r;
        auto r = writePairs(m_byItem, m_attachmentsByItem);
        m_attachmentsByItem.clear();
        return r;
    }
    /// Writes the attachments by touchpoint, sorted, after the last flush. Items come in
    /// id order, so each touchpoint's list is sorted already (but for earlier items
    /// attached by rules, which come after).
    Result<void> finish()
    {
        constexpr size_t chunk = 256 * pairsPerStatement;
        Pairs pairs;
        pairs.reserve(chunk);
        for (auto &[touchpoint, items] : m_itemsByTouchpoint) {
            if (!std::is_sorted(items.cbegin(), items.cend()))
                std::sort(items.begin(), items.end());
            for (const qint64 item : items) {
                pairs.push_back({touchpoint, item});
                if (pairs.size() == chunk) {
                    if (auto r = writePairs(m_byTouchpoint, pairs); !r)
                        return r;
                    pairs.clear();
                }
            }
        }
        m_itemsByTouchpoint.clear();
        m_lastItems = nullptr;
        return writePairs(m_byTouchpoint, pairs);
    }

private:
    static constexpr int kItemColumns = 15; ///< bound per row
    using Pairs = std::vector<std::pair<qint64, qint64>>;
    /// One row, and pairsPerStatement rows, of two integers.
    struct PairStatements
    {
        sqlite3_stmt *one = nullptr;
        sqlite3_stmt *many = nullptr;
    };
    struct PendingRow
    {
        const Batch *batch;
        const RowRecord *row;
        qint64 id;
    };

    int bindRow(sqlite3_stmt *s, int offset, const PendingRow &p) const
    {
        const RowRecord &r = *p.row;
        auto text = [&](int index, int t) {
            const std::string_view v = r.text(p.batch->texts, t);
            return sqlite3_bind_text(s, offset + index, v.data(), int(v.size()), SQLITE_STATIC);
        };
        auto optionalInt = [&](int index, int value) {
            return value >= 0 ? sqlite3_bind_int(s, offset + index, value) : sqlite3_bind_null(s, offset + index);
        };
        int rc = sqlite3_bind_int64(s, offset + 1, p.id);
        for (int t = RowRecord::ResponseId; t <= RowRecord::Stage; ++t)
            rc |= text(2 + t, t);
        rc |= optionalInt(9, r.nps);
        rc |= optionalInt(10, r.csat);
        rc |= optionalInt(11, r.ces);
        rc |= text(12, RowRecord::Comment);
        rc |= text(13, RowRecord::Raw);
        rc |= r.hasRowHash ? sqlite3_bind_int64(s, offset + 14, r.rowHash) : sqlite3_bind_null(s, offset + 14);
        rc |= r.hasSentiment ? sqlite3_bind_double(s, offset + 15, r.sentiment) : sqlite3_bind_null(s, offset + 15);
        return rc;
    }
    Result<void> writePairs(const PairStatements &s, const Pairs &pairs)
    {
        size_t a = 0;
        for (; a + pairsPerStatement <= pairs.size(); a += pairsPerStatement) {
            int rc = SQLITE_OK;
            for (int k = 0; k < pairsPerStatement; ++k) {
                rc |= sqlite3_bind_int64(s.many, 2 * k + 1, pairs[a + size_t(k)].first);
                rc |= sqlite3_bind_int64(s.many, 2 * k + 2, pairs[a + size_t(k)].second);
            }
            if (auto r = run(s.many, rc); !r)
                return r;
        }
        for (; a < pairs.size(); ++a) {
            int rc = sqlite3_bind_int64(s.one, 1, pairs[a].first);
            rc |= sqlite3_bind_int64(s.one, 2, pairs[a].second);
            if (auto r = run(s.one, rc); !r)
                return r;
        }
        return {};
    }
    Result<void> run(sqlite3_stmt *s, int bindResult)
    {
        const int rc = bindResult == SQLITE_OK ? sqlite3_step(s) : bindResult;
        sqlite3_reset(s);
        if (rc != SQLITE_DONE)
            return failure();
        return {};
    }
    Error failure() const
    {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
        return makeError(Error::Code::Sql,
                         detail.contains(u"full"_s)
                             ? importTr("Could not store a feedback item: the disk is full. Free some space and try again.")
                             : importTr("Could not store a feedback item"),
                         detail);
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_item = nullptr;
    sqlite3_stmt *m_items = nullptr;
    PairStatements m_byItem, m_byTouchpoint;
    std::vector<PendingRow> m_rows;
    Pairs m_attachmentsByItem; ///< (item, touchpoint), until the next flush
    std::map<qint64, std::vector<qint64>> m_itemsByTouchpoint; ///< until `finish`
    qint64 m_lastTouchpoint = 0;
    std::vector<qint64> *m_lastItems = nullptr; ///< m_lastTouchpoint's list
};

} // namespace waymark::detail
