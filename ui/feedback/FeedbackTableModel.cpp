// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackTableModel.h"

#include "document/Document.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QSet>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace waymark {
namespace {

std::optional<int> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(u'\n');
    return end < 0 ? text.left(300) : text.left(qMin<qsizetype>(end, 300)) + QStringLiteral(" …");
}

} // namespace

FeedbackTableModel::FeedbackTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void FeedbackTableModel::setDocument(Document *document)
{
    beginResetModel();
    m_document = document;
    m_ids.clear();
    m_rows = 0;
    ++m_fill;
    m_pages.clear();
    endResetModel();
}

void FeedbackTableModel::setIds(QVector<qint64> ids)
{
    beginResetModel();
    m_ids = std::move(ids);
    m_rows = int(qMin<qsizetype>(m_ids.size(), rowsPerTurn));
    ++m_fill;
    m_pages.clear();
    endResetModel();
    if (m_rows < m_ids.size())
        QTimer::singleShot(0, this, [this, fill = m_fill] {
            if (fill == m_fill)
                showMoreRows();
        });
}

void FeedbackTableModel::showMoreRows()
{
    const int more = int(qMin<qsizetype>(m_ids.size() - m_rows, rowsPerTurn));
    if (more <= 0)
        return;
    beginInsertRows({}, m_rows, m_rows + more - 1);
    m_rows += more;
    endInsertRows();
    if (m_rows < m_ids.size())
        QTimer::singleShot(0, this, [this, fill = m_fill] {
            if (fill == m_fill)
                showMoreRows();
        });
}

int FeedbackTableModel::rowOf(qint64 id) const
{
    const auto it = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id);
    return it != m_ids.cend() && *it == id && it - m_ids.cbegin() < m_rows ? int(it - m_ids.cbegin()) : -1;
}

void FeedbackTableModel::invalidate()
{
    m_pages.clear();
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int FeedbackTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int FeedbackTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const FeedbackTableModel::Row *FeedbackTableModel::row(int index) const
{
    if (index < 0 || index >= m_rows)
        return nullptr;
    const int page = index / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        loadPage(page);
        it = m_pages.find(page);
        if (it == m_pages.end())
            return nullptr;
    }
    it->lastUse = ++m_useCounter;
    const int offset = index % pageSize;
    return offset < it->rows.size() ? &it->rows[offset] : nullptr;
}

void FeedbackTableModel::loadPage(int page) const
{
    if (!m_document)
        return;
    if (m_pages.size() >= cachedPages) {
        auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                       [](const Page &a, const Page &b) { return a.lastUse < b.lastUse; });
        m_pages.erase(oldest);
    }
    const int first = page * pageSize;
    const int last = qMin(int(m_ids.size()), first + pageSize);
    QStringList ids;
    for (int i = first; i < last; ++i)
        ids << QString::number(m_ids[i]);
    QSqlQuery q(m_document->store().database());
    q.setForwardOnly(true);
    QHash<qint64, Row> byId;
    if (q.exec(QStringLiteral("SELECT f.id, f.date, f.channel, f.segment, f.nps, f.csat, f.csat_scale, f.ces, f.ces_scale, "
                              "substr(f.comment, 1, 2000), (SELECT group_concat(touchpoint_id) FROM attachment a "
                              "WHERE a.feedback_id = f.id) FROM feedback_item f WHERE f.id IN (%1)")
                   .arg(ids.join(u',')))) {
        while (q.next()) {
            Row r;
            r.id = q.value(0).toLongLong();
            r.date = q.value(1).toString();
            r.channel = q.value(2).toString();
            r.segment = q.value(3).toString();
            r.nps = optionalInt(q.value(4));
            r.csat = optionalInt(q.value(5));
            r.csatScale = q.value(6).toInt();
            r.ces = optionalInt(q.value(7));
            r.cesScale = q.value(8).toInt();
            r.comment = q.value(9).toString();
            for (const QString &t : q.value(10).toString().split(u',', Qt::SkipEmptyParts))
                r.touchpoints << t.toLongLong();
            byId.insert(r.id, std::move(r));
        }
    }
    ++m_pagesRead;
    Page p;
    p.rows.reserve(last - first);
    for (int i = first; i < last; ++i) {
        Row r = byId.value(m_ids[i]);
        r.id = m_ids[i];
        p.rows.append(std::move(r));
    }
    m_pages.insert(page, std::move(p));
}

QString FeedbackTableModel::touchpointNames(const QList<qint64> &ids) const
{
    QStringList names;
    for (qint64 id : ids)
        if (const Touchpoint *t = m_document ? m_document->workspace().touchpoints.find(TouchpointId(id)) : nullptr)
            names << t->title;
    return names.join(QStringLiteral(", "));
}

QVariant FeedbackTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == ItemIdRole)
        return idAt(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != TouchpointIdsRole && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const int c = index.column();
        return (c == IdColumn || c == NpsColumn || c == CsatColumn || c == CesColumn)
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    const Row *r = row(index.row());
    if (!r)
        return {};
    if (role == TouchpointIdsRole)
        return QVariant::fromValue(r->touchpoints);
    if (role == Qt::ToolTipRole) {
        if (index.column() == CommentColumn && !r->comment.isEmpty())
            return r->comment.left(1500);
        if (index.column() == TouchpointColumn)
            return touchpointNames(r->touchpoints);
        return {};
    }
    auto score = [](const std::optional<int> &v, int scale) {
        return v ? QStringLiteral("%1/%2").arg(*v).arg(scale) : QString();
    };
    switch (index.column()) {
    case IdColumn: return r->id;
    case DateColumn: return r->date.left(10);
    case ChannelColumn: return r->channel;
    case SegmentColumn: return r->segment;
    case NpsColumn: return r->nps ? QVariant(*r->nps) : QVariant();
    case CsatColumn: return score(r->csat, r->csatScale);
    case CesColumn: return score(r->ces, r->cesScale);
    case TouchpointColumn: return touchpointNames(r->touchpoints);
    case CommentColumn: return firstLine(r->comment);
    default: return {};
    }
}

QVariant FeedbackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("#");
    case DateColumn: return tr("Date");
    case ChannelColumn: return tr("Channel");
    case SegmentColumn: return tr("Segment");
    case NpsColumn: return tr("NPS");
    case CsatColumn: return tr("CSAT");
    case CesColumn: return tr("CES");
    case TouchpointColumn: return tr("Touchpoint");
    case CommentColumn: return tr("Comment");
    default: return {};
    }
}

Qt::ItemFlags FeedbackTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList FeedbackTableModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *FeedbackTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes)
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QJsonArray ids;
    for (int r : rows)
        ids.append(idAt(r));
    auto *mime = new QMimeData;
    mime->setData(mimeType, QJsonDocument(ids).toJson(QJsonDocument::Compact));
    return mime;
}

Qt::DropActions FeedbackTableModel::supportedDragActions() const
{
    return Qt::LinkAction | Qt::CopyAction;
}

} // namespace waymark
