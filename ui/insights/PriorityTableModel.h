// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/ScoreEngine.h"

#include <QAbstractTableModel>

namespace waymark {

/// The priority list of one journey (JourneyScores::priorities(), in that order) as a
/// table: where to act first, and why.
class PriorityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, TouchpointColumn, StageColumn, PriorityColumn, GapColumn, AnswersColumn, ReasonColumn, ColumnCount };
    /// Qt::UserRole: the touchpoint id (qint64) of a row.
    static constexpr int TouchpointIdRole = Qt::UserRole;

    explicit PriorityTableModel(QObject *parent = nullptr);

    void setScores(const JourneyScores &scores);
    const QList<ScoreRow> &rows() const { return m_rows; }
    TouchpointId touchpointAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ScoreRow> m_rows;
    QHash<qint64, int> m_numbers; ///< touchpoint id → its number in the charts
};

} // namespace waymark
