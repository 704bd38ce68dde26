// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FeedbackFilter.h"

#include "model/Ids.h"
#include "document/Document.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QThread;
class QTimer;

namespace waymark {

class Document;
class FeedbackFilterState;
class FeedbackQueryWorker;
class FeedbackTableModel;

/// A table over the workspace's feedback, read lazily (a million rows scroll smoothly),
/// with filters and a search over comments that run on a worker thread. Rows drag out
/// as `application/x-waymark-feedback-ids`; the context menu detaches them (undoable).
class FeedbackBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit FeedbackBrowser(QWidget *parent = nullptr);
    ~FeedbackBrowser() override;

    void setDocument(Document *document);

    FeedbackTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *journeyBox() const { return m_journey; }
    QComboBox *stageBox() const { return m_stage; }
    QComboBox *touchpointBox() const { return m_touchpoint; }
    QComboBox *attachmentBox() const { return m_attachment; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *segmentBox() const { return m_segment; }
    QComboBox *sourceBox() const { return m_source; }
    /// Any / positive / neutral / negative comments.
    QComboBox *sentimentBox() const { return m_sentiment; }
    QLabel *statusLabel() const { return m_status; }
    QCheckBox *fromCheck() const { return m_fromCheck; }
    QCheckBox *toCheck() const { return m_toCheck; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    /// Score bounds: index 0..5 = NPS min/max, CSAT min/max, CES min/max.
    QSpinBox *scoreBox(int index) const { return m_scores[index]; }

    /// The filter shown, resolved against the workspace (touchpoints filled in).
    FeedbackFilter filter() const;
    /// Shows `filter` in the filter bar and runs it (through the shared state, so every
    /// view observing it follows).
    void setFilter(const FeedbackFilter &filter);
    /// The filter state the browser shows and sets: its own until setFilterState() shares
    /// one (FeedbackDock's, observed by the Insights views of the window).
    FeedbackFilterState *filterState() const { return m_state; }
    void setFilterState(FeedbackFilterState *state);
    /// The ids of the selected rows.
    QList<qint64> selectedIds() const;
    /// Detaches the selected items from their touchpoints (from the filtered touchpoints
    /// only, when a touchpoint, stage or journey is chosen), as one undo step.
    void detachSelected();
    /// The time the last query took (for measurements).
    qint64 lastQueryMs() const { return m_lastQueryMs; }

public slots:
    /// Shows the feedback attached to `touchpoint` (the journey canvas asks for it).
    void showTouchpoint(waymark::TouchpointId touchpoint);
    /// Removes every filter.
    void clearFilters();
    /// Runs the query now instead of after the debounce.
    void refreshNow();

signals:
    /// The model shows a new result (after a filter change, an import, an undo).
    void resultsReady(int count);

private:
    void scheduleRefresh();
    void fillStructure();
    void fillStages();
    void fillTouchpoints();
    void idsReady(int generation, const QVector<qint64> &ids, qint64 elapsedMs, bool complete);
    void described(int generation, const QStringList &channels, const QStringList &segments, qint64 total);
    void queryFailed(int generation, const QString &message);
    /// The filter the widgets describe, unresolved.
    FeedbackFilter widgetFilter() const;
    /// The widgets show `filter` (without signals).
    void applyFilter(const FeedbackFilter &filter);
    /// A widget changed: the shared state takes the widgets' filter.
    void pushFilter();
    void fillSources();
    void showContextMenu(const QPoint &pos);
    void updateStatus();

    QPointer<Document> m_document;
    FeedbackTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_journey;
    QComboBox *m_stage;
    QComboBox *m_touchpoint;
    QComboBox *m_attachment;
    QComboBox *m_channel;
    QComboBox *m_segment;
    QComboBox *m_source;
    QComboBox *m_sentiment;
    FeedbackFilterState *m_state;
    QCheckBox *m_fromCheck;
    QCheckBox *m_toCheck;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QSpinBox *m_scores[6];
    QLabel *m_status;
    QTimer *m_debounce;
    QThread *m_thread;
    FeedbackQueryWorker *m_worker;
    int m_generation = 0;
    qint64 m_total = -1; ///< items in the workspace; -1 until counted
    qint64 m_lastQueryMs = 0;
    bool m_filling = false;
    bool m_busy = false;
};

} // namespace waymark
