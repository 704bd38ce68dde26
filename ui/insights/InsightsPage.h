// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedback/FeedbackFilterState.h"
#include "scoring/DriverAnalysis.h"
#include "scoring/ScoreEngine.h"
#include "scoring/ScoreTrend.h"

#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace waymark {

class Document;
class FeedbackFilterState;
class LiveScores;
class PriorityTableModel;

/// The insights of one journey: where to act first (the priority list with its reasons),
/// the score per touchpoint with intervals, the NPS composition, the emotion assumed vs
/// measured, the trend over time of a touchpoint or stage, and the importance–performance
/// matrix, all under one filter (date range, channel, segment, source) and one metric
/// (CSAT, NPS, CES or sentiment). Every figure labels its n and flags small samples. The
/// numbers follow the document live (LiveScores: attaching an item updates them without a
/// recompute). With a FeedbackFilterState the filter is the feedback browser's.
class InsightsPage : public QWidget
{
    Q_OBJECT

public:
    InsightsPage(Document *document, JourneyId journey, QWidget *parent = nullptr);
    ~InsightsPage() override;

    JourneyId journeyId() const { return m_journey; }
    QString title() const;

    /// The filter the controls stand for.
    ScoreFilter filter() const;
    /// The feedback browser's filter for the responses behind the figures: the same dates,
    /// channel, segment and source, the items attached to this journey, or to `stage` or
    /// `touchpoint` when valid; none of the browser's own score, sentiment or text filters.
    FeedbackFilter feedbackFilter(TouchpointId touchpoint = {}, StageId stage = {}) const;
    /// Shares the filter with the feedback browser (and other views observing `state`).
    void setFilterState(FeedbackFilterState *state);
    FeedbackFilterState *filterState() const { return m_state; }
    /// Asks for the feedback browser with feedbackFilter(touchpoint, stage).
    void showResponses(TouchpointId touchpoint = {}, StageId stage = {});
    LiveScores *liveScores() const { return m_live; }
    /// Sets the controls (unknown channels or segments are added) and refreshes.
    void setFilter(const ScoreFilter &filter);
    /// The chosen metric; empty: the journey's primary metric.
    std::optional<Metric> metric() const;
    void setMetric(std::optional<Metric> metric);

    /// Recomputes now (normally coalesced on the event loop after document changes).
    void refreshNow();

    const JourneyScores &scores() const { return m_scores; }
    const DriverAnalysis &drivers() const { return m_drivers; }
    const ScoreTrend &trend() const { return m_trend; }

    PriorityTableModel *priorityModel() const { return m_priorityModel; }
    QTableView *priorityView() const { return m_priorityView; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *segmentBox() const { return m_segment; }
    QComboBox *sourceBox() const { return m_source; }
    /// "Show These Responses": the feedback browser with the same filter.
    QPushButton *showResponsesButton() const { return m_showResponses; }
    /// Names the feedback browser's own filters of the shared state (hidden without any).
    QLabel *browserFilterNote() const { return m_browserNote; }
    QComboBox *metricBox() const { return m_metric; }
    QComboBox *trendRowBox() const { return m_trendRow; }
    QComboBox *bucketBox() const { return m_bucket; }
    QLabel *summaryLabel() const { return m_summary; }
    /// Shown instead of the importance–performance matrix when it cannot be computed.
    QLabel *ipaMessage() const { return m_ipaMessage; }
    /// The charts, in the order of the page: score, NPS composition, emotion, trend, IPA.
    QList<QChartView *> chartViews() const;

signals:
    /// A row of the priority list was clicked: show that touchpoint on the canvas.
    void touchpointActivated(waymark::JourneyId journey, waymark::TouchpointId touchpoint);
    /// The journey is gone: the page asks to be closed.
    void journeyGone();
    void titleChanged(const QString &title);
    /// The figures were recomputed.
    void refreshed();
    /// "Show These Responses": open the feedback browser with `filter`.
    void responsesRequested(const waymark::FeedbackFilter &filter);

private:
    void scheduleRefresh();
    void scheduleRender();
    /// Shows the figures LiveScores holds.
    void render();
    /// The controls changed: the shared state (if any) takes the filter, then refresh.
    void controlsChanged();
    /// The shared state changed: the controls follow.
    void stateChanged();
    void showPriorityMenu(const QPoint &pos);
    void fillChoices();
    void fillTrendRows();
    void setChart(QChartView *view, QChart *chart, const QString &empty);
    void updateTrend();

    QPointer<Document> m_document;
    JourneyId m_journey;
    bool m_refreshQueued = false;
    bool m_renderQueued = false;
    bool m_updatingControls = false;
    bool m_configuring = false;
    bool m_liveChange = false; ///< the next render follows an attachment change
    QTimer *m_trendTimer = nullptr; ///< the trend after attachment changes, once they pause
    LiveScores *m_live = nullptr;
    QPointer<FeedbackFilterState> m_state;

    JourneyScores m_scores;
    DriverAnalysis m_drivers;
    ScoreTrend m_trend;

    QLabel *m_heading;
    QLabel *m_summary;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_channel;
    QComboBox *m_segment;
    QComboBox *m_source;
    QComboBox *m_metric;
    QPushButton *m_showResponses;
    QLabel *m_browserNote;
    QComboBox *m_trendRow;
    QComboBox *m_bucket;
    PriorityTableModel *m_priorityModel;
    QTableView *m_priorityView;
    QChartView *m_scoreView;
    QChartView *m_npsView;
    QChartView *m_emotionView;
    QChartView *m_trendView;
    QChartView *m_ipaView;
    QLabel *m_ipaMessage;
    QStackedWidget *m_ipaStack;
};

} // namespace waymark
