// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PriorityTableModel.h"

#include "charts/ChartPalette.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace waymark {

using namespace Qt::StringLiterals;

PriorityTableModel::PriorityTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PriorityTableModel::setScores(const JourneyScores &scores)
{
    beginResetModel();
    m_rows = scores.priorities();
    m_numbers.clear();
    int number = 0;
    for (const ScoreRow &row : scores.touchpoints)
        m_numbers.insert(row.touchpointId.value, ++number);
    endResetModel();
}

TouchpointId PriorityTableModel::touchpointAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].touchpointId : TouchpointId();
}

int PriorityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PriorityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriorityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ScoreRow &row = m_rows[index.row()];
    if (role == TouchpointIdRole)
        return row.touchpointId.value;
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RankColumn: return row.priority ? QVariant(index.row() + 1) : QVariant(u"–"_s);
        case TouchpointColumn: return u"%1 · %2"_s.arg(m_numbers.value(row.touchpointId.value)).arg(row.touchpoint);
        case StageColumn: return row.stage;
        case PriorityColumn: return row.priority ? locale.toString(*row.priority, 'f', 2) : QString();
        case GapColumn: return row.gap ? locale.toString(*row.gap, 'f', 2) : QString();
        case AnswersColumn: {
            const QString flag = stats::sampleFlagKey(stats::sampleFlag(row.measuredN));
            if (row.measuredN == 0)
                return tr("none");
            return flag.isEmpty() ? QString::number(row.measuredN)
                                  : tr("%1 (%2)").arg(row.measuredN).arg(flag == u"anecdotal"_s ? tr("anecdotal") : tr("tentative"));
        }
        case ReasonColumn: {
            // The reason starts with the touchpoint's name, which the row already shows.
            const QString prefix = row.touchpoint + u": "_s;
            if (role != Qt::DisplayRole || !row.reason.startsWith(prefix) || row.reason.size() == prefix.size())
                return row.reason;
            QString text = row.reason.mid(prefix.size());
            text[0] = text[0].toUpper();
            return text;
        }
        default: break;
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case RankColumn:
        case PriorityColumn:
        case GapColumn:
        case AnswersColumn: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == GapColumn && row.gap && *row.gap < 0)
            return QBrush(ChartPalette::vermillion().darker(120));
        if (index.column() == AnswersColumn && row.measuredN < 30)
            return QBrush(QColor(0x77, 0x77, 0x77));
    }
    if (role == Qt::FontRole && index.column() == TouchpointColumn && row.priority && *row.priority > 0) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant PriorityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn: return tr("#");
    case TouchpointColumn: return tr("Touchpoint");
    case StageColumn: return tr("Stage");
    case PriorityColumn: return tr("Priority");
    case GapColumn: return tr("Gap");
    case AnswersColumn: return tr("n");
    case ReasonColumn: return tr("Why");
    default: return {};
    }
}

} // namespace waymark
