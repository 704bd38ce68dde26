// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextBlock.h"

#include "model/Workspace.h"
#include "scoring/ScoreEngine.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace waymark {

/// What the poster's title block says besides the journey.
struct PosterInfo
{
    QString workspace;
    QString persona;
    QString date;
    QString dataPeriod;
};

/// Lays out one journey for print from the model and paints it with QPainter: title block,
/// stage header band (with the stage's score), lane headers, every card with its full text
/// wrapped inside (cards grow; nothing is cut off), touchpoint channel, owner and
/// moment-of-truth, score badges with n, the assumed and measured emotion curves,
/// transitions as arrows with their volume, and a legend. Units are points (1/72 in);
/// the poster is drawn at (0, 0) with its natural size().
class JourneyPosterPainter
{
    Q_DECLARE_TR_FUNCTIONS(waymark::JourneyPosterPainter)

public:
    JourneyPosterPainter(const Workspace &workspace, JourneyId journey, const JourneyScores *scores,
                         const PosterInfo &info);

    QSizeF size() const { return m_size; }
    void paint(QPainter *painter) const;

    struct CardGeometry
    {
        TouchpointId id;
        QRectF rect;
        bool touchpoint = false;
    };
    /// Where each card lies on the poster.
    QList<CardGeometry> cards() const;
    /// The rectangle of the grid (stage header band, lanes) on the poster.
    QRectF gridRect() const { return m_grid; }

private:
    struct Block
    {
        TextBlock text;
        QColor color;
        bool badge = false; ///< drawn in a tinted box
        qreal top = 0;      ///< offset inside the card
    };
    struct Card
    {
        Touchpoint tp;
        bool isTouchpoint = false;
        QColor fill, accent;
        QList<Block> blocks;
        qreal contentHeight = 0;
        QRectF rect;
    };
    struct Column
    {
        Stage stage;
        int cols = 1;
        qreal x = 0, width = 0;
        TextBlock name, badge;
    };
    struct Row
    {
        Lane lane;
        bool emotion = false;
        qreal y = 0, height = 0;
        TextBlock name, kind;
    };

    void buildCard(Card &card, const ScoreRow *row, LaneKind kind);
    void layout();
    void paintTitle(QPainter *p) const;
    void paintGrid(QPainter *p) const;
    void paintCard(QPainter *p, const Card &card) const;
    void paintTransitions(QPainter *p) const;
    void paintEmotion(QPainter *p, const Row &row) const;
    void paintLegend(QPainter *p) const;

    const Workspace &m_workspace;
    Journey m_journey;
    const JourneyScores *m_scores;
    PosterInfo m_info;
    QHash<qint64, const ScoreRow *> m_rows; ///< touchpoint id → its scores
    QList<Column> m_columns;
    QList<Row> m_rowsLayout;
    QList<Card> m_cards;
    QHash<qint64, qsizetype> m_cardIndex;
    QList<Transition> m_transitions;
    double m_maxVolume = 0;
    TextBlock m_title, m_description;
    QList<std::pair<TextBlock, TextBlock>> m_infoRows;
    qreal m_infoLabelWidth = 0, m_infoWidth = 0;
    qreal m_titleHeight = 0, m_headerHeight = 0;
    QRectF m_grid, m_legend;
    QSizeF m_size;
};

} // namespace waymark
