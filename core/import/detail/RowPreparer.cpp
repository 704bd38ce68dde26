// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowPreparer.h"

#include "Utf8Cells.h"
#include "storage/SqlUtil.h"

namespace waymark::detail {

using namespace Qt::StringLiterals;

namespace {

enum ScoreField { Nps, Csat, Ces };

} // namespace

RowPreparer::RowPreparer(const ImportPlan &plan) : m_plan(plan)
{
    const ColumnMapping &m = *plan.mapping;
    m_response = m.column(u"responseId"_s);
    m_channel = m.column(u"channel"_s);
    m_segment = m.column(u"segment"_s);
    m_respondent = m.column(u"respondentId"_s);
    m_touchpoint = m.column(u"touchpoint"_s);
    m_stage = m.column(u"stage"_s);
    m_comment = m.column(u"comment"_s);
    m_title = m.titleColumn(); // reviews: the title goes before the comment
    m_nps = m.column(u"nps"_s);
    m_csat = m.column(u"csat"_s);
    m_ces = m.column(u"ces"_s);
    m_date = m.column(u"date"_s);
    // The cells no field maps are kept with each row (`raw`); mapped ones are in its columns.
    m_mapped.assign(size_t(plan.columnNames.size()), false);
    for (const QString &field : ColumnMapping::fields())
        if (const int c = m.column(field); c >= 0 && c < plan.columnNames.size())
            m_mapped[size_t(c)] = true;
    m_allMapped = std::all_of(m_mapped.cbegin(), m_mapped.cend(), [](bool mapped) { return mapped; });
    // ISO dates are read from their bytes unless the user or the detection set a format.
    m_fastDates = m.dateFormat().isEmpty();
}

void RowPreparer::appendString(std::string &texts, const QString &text)
{
    const size_t at = texts.size();
    texts.resize(at + size_t(text.size()) * 3);
    char *end = m_utf8.appendToBuffer(texts.data() + at, text);
    texts.resize(size_t(end - texts.data()));
}

void RowPreparer::appendTrimmed(std::string &texts, const Utf8Row &cells, int column)
{
    if (column < 0)
        return;
    const std::string_view cell = cells.cell(column);
    if (const auto t = Utf8Cells::trimmed(cell))
        texts.append(*t);
    else
        appendString(texts, cells.string(column).trimmed());
}

void RowPreparer::problem(std::vector<ImportProblem> &problems, qint64 row, int column, const Utf8Row &cells,
                          const QString &why)
{
    problems.push_back({row, m_plan.columnNames.value(column), cells.string(column), why});
}

int RowPreparer::parseScore(const Utf8Row &cells, int column, qint64 row, std::vector<ImportProblem> &problems, int field)
{
    if (column < 0)
        return -1;
    const ColumnMapping &m = *m_plan.mapping;
    // A plain whole number inside the scale is the common cell; the parsers decide the rest.
    if (const auto t = Utf8Cells::trimmed(cells.cell(column))) {
        if (t->empty())
            return -1;
        if (const auto v = Utf8Cells::plainInteger(*t); v && !(field == Csat && m.csatScale == 2)) {
            const int lo = field == Nps ? 0 : 1;
            const int hi = field == Nps ? 10 : field == Csat ? m.csatScale : m.cesScale;
            if (*v >= lo && *v <= hi)
                return *v;
        }
    }
    const QString cell = cells.string(column);
    QString why;
    std::optional<int> v;
    if (field == Nps)
        v = ValueParser::score(cell, 0, 10, &why);
    else if (field == Csat)
        v = m.parseCsat(cell, &why);
    else
        v = m.parseCes(cell, &why);
    if (!why.isEmpty())
        problems.push_back({row, m_plan.columnNames.value(column), cell, why});
    return v.value_or(-1);
}

TouchpointId RowPreparer::resolve(std::string_view touchpoint, std::string_view stage)
{
    m_key.assign(stage);
    m_key.push_back('\0');
    m_key.append(touchpoint);
    if (const auto it = m_resolved.find(m_key); it != m_resolved.end())
        return TouchpointId(it->second);
    const TouchpointId id = m_plan.touchpoints->find(QString::fromUtf8(touchpoint.data(), qsizetype(touchpoint.size())),
                                                     QString::fromUtf8(stage.data(), qsizetype(stage.size())));
    if (m_resolved.size() < 100'000)
        m_resolved.emplace(m_key, id.value);
    return id;
}

TouchpointId RowPreparer::ruleTarget(int rule, qint64 row, std::vector<ImportProblem> &problems)
{
    if (auto it = m_ruleTargets.constFind(rule); it != m_ruleTargets.cend())
        return *it;
    const AttachmentRule &r = m_plan.ruleList->at(rule);
    const TouchpointId tp = m_plan.touchpoints ? m_plan.touchpoints->find(r.touchpoint, r.stage) : TouchpointId();
    if (!tp.isValid() && !m_unresolvedRules.contains(rule)) {
        m_unresolvedRules.insert(rule);
        problems.push_back({row, importTr("rule"), r.spec(),
                            importTr("names no touchpoint of journey “%1”; the rule attached nothing (add the "
                                     "touchpoint, or import with --create-touchpoints)")
                                .arg(m_plan.journeyName)});
    }
    m_ruleTargets.insert(rule, tp);
    return tp;
}

bool RowPreparer::add(const Utf8Row &cells, qint64 row, Batch &batch)
{
    // Lines of only delimiters (",,,,", as spreadsheets save trailing rows) are no response.
    bool blank = true;
    for (qsizetype c = 0; c < cells.size() && blank; ++c) {
        const auto b = Utf8Cells::blank(cells.cell(c));
        blank = b ? *b : cells.string(c).trimmed().isEmpty();
    }
    if (blank)
        return false;

    RowRecord r;
    r.row = row;
    r.start = batch.texts.size();
    r.firstProblem = quint32(batch.problems.size());
    std::string &texts = batch.texts;
    auto end = [&r, &texts](int t) { r.ends[size_t(t)] = quint32(texts.size() - r.start); };
    auto drop = [&] { // a duplicate: nothing of it is stored
        texts.resize(r.start);
        batch.problems.resize(r.firstProblem);
        r.ends = {};
        r.problemCount = 0;
        r.duplicate = true;
        batch.rows.push_back(r);
    };

    appendTrimmed(texts, cells, m_response);
    end(RowRecord::ResponseId);
    // Whether the id is new is asked below: its slot in the set loads meanwhile.
    const bool hasResponseId = r.ends[RowRecord::ResponseId] > 0;
    if (hasResponseId)
        m_plan.knownResponses->prefetch(r.text(texts, RowRecord::ResponseId));

    // The scores first and the date last, the order in which their problems are listed.
    r.nps = parseScore(cells, m_nps, row, batch.problems, Nps);
    r.csat = parseScore(cells, m_csat, row, batch.problems, Csat);
    r.ces = parseScore(cells, m_ces, row, batch.problems, Ces);
    if (m_date >= 0) {
        char iso[19];
        const auto t = m_fastDates ? Utf8Cells::trimmed(cells.cell(m_date)) : std::nullopt;
        if (const int n = t ? Utf8Cells::isoDate(*t, iso) : 0; n > 0) {
            texts.append(iso, size_t(n));
        } else if (!t || !t->empty()) {
            QString why;
            const QString cell = cells.string(m_date);
            appendString(texts, m_plan.mapping->parseDate(cell, &why).value_or(QString()));
            if (!why.isEmpty())
                batch.problems.push_back({row, m_plan.columnNames.value(m_date), cell, why});
        }
    }
    end(RowRecord::Date);
    appendTrimmed(texts, cells, m_channel);
    end(RowRecord::Channel);
    appendTrimmed(texts, cells, m_segment);
    end(RowRecord::Segment);
    appendTrimmed(texts, cells, m_respondent);
    end(RowRecord::RespondentId);
    appendTrimmed(texts, cells, m_touchpoint);
    end(RowRecord::Touchpoint);
    appendTrimmed(texts, cells, m_stage);
    end(RowRecord::Stage);
    if (m_title >= 0)
        appendString(texts, ColumnMapping::titled(cells.string(m_title), cells.string(m_comment)));
    else
        appendTrimmed(texts, cells, m_comment);
    end(RowRecord::Comment);
    if (hasResponseId && !m_plan.knownResponses->insert(r.text(texts, RowRecord::ResponseId))) {
        drop(); // with the problems of its values: they were reported when it was imported
        return true;
    }

    // The raw cells: all of them for a row without a response id (they are its identity,
    // and its row hash is theirs), else only those no field maps.
    const size_t rawStart = texts.size();
    if (!hasResponseId) {
        appendString(texts, jsonText(cells.toStringList()));
        r.rowHash = rowHash(QByteArrayView(texts.data() + rawStart, qsizetype(texts.size() - rawStart)));
        r.hasRowHash = true;
        // Identical rows (two 5-star reviews without text on one day) are told apart by
        // how often they occur.
        if (++m_seenHashes[r.rowHash] <= m_plan.knownHashes->value(r.rowHash)) {
            drop(); // a row imported before was checked then
            return true;
        }
    } else if (!m_allMapped || cells.size() > qsizetype(m_mapped.size())) {
        QStringList unmapped;
        for (qsizetype c = 0; c < cells.size(); ++c)
            if (size_t(c) >= m_mapped.size() || !m_mapped[size_t(c)])
                unmapped.append(cells.string(c));
        appendString(texts, unmapped.isEmpty() ? u"[]"_s : jsonText(unmapped));
    } else {
        texts.append("[]");
    }
    end(RowRecord::Raw);

    // The touchpoint: by the touchpoint (and stage) column, else by the first rule.
    TouchpointId target;
    const std::string_view touchpoint = r.text(texts, RowRecord::Touchpoint);
    if (m_plan.touchpoints && !touchpoint.empty()) {
        target = resolve(touchpoint, r.text(texts, RowRecord::Stage));
        if (!target.isValid())
            batch.problems.push_back(
                {row, m_plan.columnNames.value(m_touchpoint), QString::fromUtf8(touchpoint.data(), qsizetype(touchpoint.size())),
                 importTr("is not a touchpoint of journey “%1” (add it, give a touchpoint this keyword, or import with "
                          "--create-touchpoints)")
                     .arg(m_plan.journeyName)});
    }
    if (!target.isValid() && !m_plan.rules->isEmpty()) {
        auto string = [&](int t) {
            const std::string_view v = r.text(texts, t);
            return QString::fromUtf8(v.data(), qsizetype(v.size()));
        };
        if (const int rule = m_plan.rules->match(string(RowRecord::Channel), string(RowRecord::Comment),
                                                 string(RowRecord::Date));
            rule >= 0) {
            target = ruleTarget(rule, row, batch.problems);
            r.byRule = target.isValid();
        }
    }
    r.touchpoint = target.value;
    if (m_plan.touchpoints)
        for (auto &created : m_plan.touchpoints->takeCreated())
            batch.created.push_back(std::move(created));
    r.problemCount = quint32(batch.problems.size()) - r.firstProblem;
    batch.rows.push_back(r);
    return true;
}

} // namespace waymark::detail
