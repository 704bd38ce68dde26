// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InsightsPage.h"

#include "PriorityTableModel.h"
#include "charts/InsightCharts.h"
#include "charts/ScoreCharts.h"

#include "feedback/FeedbackFilterState.h"

#include "document/Document.h"
#include "scoring/DefaultScoreOptions.h"
#include "scoring/LiveScores.h"
#include "storage/WorkspaceStore.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace waymark {

using namespace Qt::StringLiterals;

namespace {

const QDate kAnyDate(2000, 1, 1);
constexpr int kLevelRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;

QFont chartFont(const QWidget *w)
{
    QFont f = w->font();
    f.setPointSizeF(qMax(9.0, f.pointSizeF()));
    return f;
}

QStringList distinctValues(const Document &document, const QString &column)
{
    QStringList values;
    // `column` is one of two fixed names, never user text.
    QSqlQuery q(document.store().database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT DISTINCT %1 FROM feedback_item WHERE %1 <> '' ORDER BY %1 COLLATE NOCASE"_s.arg(column)))
        return values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

void setChoices(QComboBox *box, const QString &all, const QStringList &values)
{
    const QString current = box->currentData().toString();
    box->clear();
    box->addItem(all, QString());
    for (const QString &v : values)
        box->addItem(v, v);
    const int i = box->findData(current);
    box->setCurrentIndex(qMax(0, i));
}

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(InsightsPage::tr("any date"));
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setDate(kAnyDate);
    return edit;
}

QChartView *chartView(QWidget *parent, int minHeight)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minHeight);
    view->setFrameShape(QFrame::StyledPanel);
    return view;
}

} // namespace

InsightsPage::InsightsPage(Document *document, JourneyId journey, QWidget *parent)
    : QWidget(parent), m_document(document), m_journey(journey), m_heading(new QLabel(this)),
      m_summary(new QLabel(this)), m_from(dateEdit(this)), m_to(dateEdit(this)), m_channel(new QComboBox(this)),
      m_segment(new QComboBox(this)), m_source(new QComboBox(this)), m_metric(new QComboBox(this)),
      m_showResponses(new QPushButton(tr("Show These Res&ponses"), this)), m_browserNote(new QLabel(this)),
      m_trendRow(new QComboBox(this)),
      m_bucket(new QComboBox(this)), m_priorityModel(new PriorityTableModel(this)), m_priorityView(new QTableView(this)),
      m_scoreView(chartView(this, 380)), m_npsView(chartView(this, 380)), m_emotionView(chartView(this, 340)),
      m_trendView(chartView(this, 380)), m_ipaView(chartView(this, 340)), m_ipaMessage(new QLabel(this)),
      m_ipaStack(new QStackedWidget(this))
{
    setObjectName(u"insightsPage"_s);
    // The trend is one pass over every item in memory: during a run of drags it follows
    // once they pause, while the scores follow each one.
    m_trendTimer = new QTimer(this);
    m_trendTimer->setSingleShot(true);
    m_trendTimer->setInterval(300);
    connect(m_trendTimer, &QTimer::timeout, this, &InsightsPage::updateTrend);
    QFont headingFont = font();
    headingFont.setPointSizeF(font().pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_channel->setObjectName(u"channel"_s);
    m_segment->setObjectName(u"segment"_s);
    m_metric->setObjectName(u"metric"_s);
    m_metric->addItem(tr("Journey's primary metric"));
    m_source->setObjectName(u"source"_s);
    for (Metric m : {Metric::Csat, Metric::Nps, Metric::Ces, Metric::Sentiment})
        m_metric->addItem(ScoreCharts::metricTitle(m), int(m));
    m_showResponses->setObjectName(u"showResponses"_s);
    m_showResponses->setToolTip(tr("Open the feedback browser with the responses behind these figures: the same "
                                   "filter, the items attached to this journey (or to the touchpoint selected in "
                                   "the priority list)"));
    m_browserNote->setObjectName(u"browserFilterNote"_s);
    m_browserNote->setWordWrap(true);
    m_browserNote->setTextFormat(Qt::PlainText);
    m_browserNote->hide();
    m_bucket->addItem(tr("per month"), int(TrendBucket::Month));
    m_bucket->addItem(tr("per week"), int(TrendBucket::Week));
    m_trendRow->setMinimumContentsLength(24);
    m_trendRow->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto *filters = new QHBoxLayout;
    const auto addField = [this, filters](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        filters->addWidget(l);
        filters->addWidget(field);
        filters->addSpacing(8);
    };
    addField(tr("&From"), m_from);
    addField(tr("&To"), m_to);
    addField(tr("&Channel"), m_channel);
    addField(tr("&Segment"), m_segment);
    addField(tr("S&ource"), m_source);
    addField(tr("&Metric"), m_metric);
    filters->addStretch(1);
    filters->addWidget(m_showResponses);

    m_priorityView->setObjectName(u"priorities"_s);
    m_priorityView->setModel(m_priorityModel);
    m_priorityView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_priorityView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_priorityView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_priorityView->setWordWrap(false);
    m_priorityView->setAlternatingRowColors(true);
    m_priorityView->verticalHeader()->hide();
    m_priorityView->horizontalHeader()->setStretchLastSection(true);
    m_priorityView->setMinimumHeight(240);
    m_priorityView->setToolTip(tr("Click a touchpoint to show it on the journey canvas."));
    const auto activate = [this](const QModelIndex &index) {
        const TouchpointId tp = m_priorityModel->touchpointAt(index.row());
        if (tp.isValid())
            emit touchpointActivated(m_journey, tp);
    };
    connect(m_priorityView, &QTableView::clicked, this, activate);
    connect(m_priorityView, &QTableView::activated, this, activate);
    m_priorityView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_priorityView, &QWidget::customContextMenuRequested, this, &InsightsPage::showPriorityMenu);
    connect(m_showResponses, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows =
            m_priorityView->selectionModel() ? m_priorityView->selectionModel()->selectedRows() : QModelIndexList();
        showResponses(rows.isEmpty() ? TouchpointId() : m_priorityModel->touchpointAt(rows.first().row()));
    });

    auto *priorityTitle = new QLabel(tr("Where to act first: the priority list"), this);
    QFont sectionFont = font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(font().pointSizeF() * 1.15);
    priorityTitle->setFont(sectionFont);

    auto *trendControls = new QHBoxLayout;
    auto *trendLabel = new QLabel(tr("T&rend of"), this);
    trendLabel->setBuddy(m_trendRow);
    trendControls->addWidget(trendLabel);
    trendControls->addWidget(m_trendRow);
    trendControls->addWidget(m_bucket);
    trendControls->addStretch(1);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(12, 8, 12, 12);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(10);
    grid->addWidget(priorityTitle, 0, 0, 1, 2);
    grid->addWidget(m_priorityView, 1, 0, 1, 2);
    grid->addWidget(m_scoreView, 2, 0);
    grid->addWidget(m_npsView, 2, 1);
    grid->addWidget(m_emotionView, 3, 0);
    m_ipaMessage->setObjectName(u"ipaMessage"_s);
    m_ipaMessage->setWordWrap(true);
    m_ipaMessage->setAlignment(Qt::AlignCenter);
    m_ipaMessage->setMargin(24);
    m_ipaMessage->setFrameShape(QFrame::StyledPanel);
    m_ipaStack->addWidget(m_ipaView);
    m_ipaStack->addWidget(m_ipaMessage);
    grid->addWidget(m_ipaStack, 3, 1);
    grid->addLayout(trendControls, 4, 0, 1, 2);
    grid->addWidget(m_trendView, 5, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 0);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addWidget(m_browserNote);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);

    const auto changed = [this] {
        if (!m_updatingControls)
            controlsChanged();
    };
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    for (QComboBox *box : {m_channel, m_segment, m_source, m_metric})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    const auto trendChanged = [this] {
        if (!m_updatingControls)
            updateTrend();
    };
    connect(m_trendRow, &QComboBox::currentIndexChanged, this, trendChanged);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, trendChanged);

    if (m_document) {
        // The figures follow attachments, imports and edits of the journey through
        // LiveScores (incrementally); the page only redraws.
        m_live = new LiveScores(m_document, m_journey, defaultScoreOptions(), this);
        connect(m_live, &LiveScores::scoresChanged, this, [this] {
            if (m_configuring)
                return;
            m_liveChange = true;
            scheduleRender();
        });
        connect(m_document, &Document::feedbackChanged, this, [this] {
            fillChoices();
        });
        connect(m_document, &Document::entityRemoved, this, [this](EntityKind kind, qint64 id) {
            if (kind == EntityKind::Journey && id == m_journey.value)
                QMetaObject::invokeMethod(this, &InsightsPage::journeyGone, Qt::QueuedConnection);
        });
        connect(m_document, &Document::entitiesRemoved, this, [this](EntityKind kind, const QList<qint64> &ids) {
            if (kind == EntityKind::Journey && ids.contains(m_journey.value))
                QMetaObject::invokeMethod(this, &InsightsPage::journeyGone, Qt::QueuedConnection);
        });
        fillChoices();
    }
    refreshNow();
    m_priorityView->setFocus();
}

InsightsPage::~InsightsPage() = default;

QString InsightsPage::title() const
{
    const Journey *j = m_document ? m_document->workspace().journeys.find(m_journey) : nullptr;
    return tr("Insights: %1").arg(j ? j->name : tr("(deleted journey)"));
}

QList<QChartView *> InsightsPage::chartViews() const
{
    return {m_scoreView, m_npsView, m_emotionView, m_trendView, m_ipaView};
}

ScoreFilter InsightsPage::filter() const
{
    ScoreFilter f;
    if (m_from->date() != kAnyDate)
        f.from = m_from->date().toString(Qt::ISODate);
    if (m_to->date() != kAnyDate)
        f.to = m_to->date().toString(Qt::ISODate);
    f.channel = m_channel->currentData().toString();
    f.segment = m_segment->currentData().toString();
    if (const qint64 source = m_source->currentData().toLongLong())
        f.source = FeedbackSourceId(source);
    return f;
}

FeedbackFilter InsightsPage::feedbackFilter(TouchpointId touchpoint, StageId stage) const
{
    FeedbackFilter f;
    f.setScoreFilter(filter());
    f.journey = m_journey.value;
    f.attachment = FeedbackFilter::Attachment::Attached;
    if (touchpoint.isValid()) {
        f.touchpoint = touchpoint.value;
        f.touchpoints = {touchpoint.value};
        f.restricted = true;
        if (m_document)
            if (const Touchpoint *t = m_document->workspace().touchpoints.find(touchpoint))
                f.stage = t->stageId.value;
    } else if (stage.isValid()) {
        f.stage = stage.value;
        if (m_document)
            f.resolve(m_document->workspace());
    } else if (m_document) {
        f.resolve(m_document->workspace());
    }
    return f;
}

void InsightsPage::showResponses(TouchpointId touchpoint, StageId stage)
{
    const FeedbackFilter f = feedbackFilter(touchpoint, stage);
    if (m_state)
        m_state->setFilter(f);
    emit responsesRequested(f);
}

void InsightsPage::setFilterState(FeedbackFilterState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (!state)
        return;
    connect(state, &FeedbackFilterState::changed, this, &InsightsPage::stateChanged);
    // The window's filter wins: the page opens showing what the browser shows.
    stateChanged();
}

void InsightsPage::controlsChanged()
{
    if (m_state)
        m_state->setScoreFilter(filter()); // the state's change calls stateChanged()
    scheduleRefresh();
}

void InsightsPage::stateChanged()
{
    if (!m_state)
        return;
    const QStringList others = m_state->browserOnlyDescription();
    m_browserNote->setText(tr("The feedback browser also filters its list by: %1. The figures here count every "
                              "response under the filter above.")
                               .arg(others.join(u", "_s)));
    m_browserNote->setVisible(!others.isEmpty());
    const ScoreFilter f = m_state->scoreFilter();
    if (f == filter())
        return;
    setFilter(f);
}

void InsightsPage::showPriorityMenu(const QPoint &pos)
{
    const QModelIndex index = m_priorityView->indexAt(pos);
    const TouchpointId tp = index.isValid() ? m_priorityModel->touchpointAt(index.row()) : TouchpointId();
    QMenu menu(this);
    if (tp.isValid() && m_document) {
        const Touchpoint *t = m_document->workspace().touchpoints.find(tp);
        menu.addAction(tr("Show Responses of “%1”").arg(t ? t->title : QString()), this, [this, tp] { showResponses(tp); });
        if (const Stage *s = t ? m_document->workspace().stages.find(t->stageId) : nullptr) {
            const StageId stage = s->id;
            menu.addAction(tr("Show Responses of Stage “%1”").arg(s->name), this,
                           [this, stage] { showResponses({}, stage); });
        }
        menu.addAction(tr("Show on the Journey Canvas"), this, [this, tp] { emit touchpointActivated(m_journey, tp); });
        menu.addSeparator();
    }
    menu.addAction(tr("Show All Responses of the Journey"), this, [this] { showResponses(); });
    menu.exec(m_priorityView->viewport()->mapToGlobal(pos));
}

void InsightsPage::setFilter(const ScoreFilter &f)
{
    m_updatingControls = true;
    m_from->setDate(f.from.isEmpty() ? kAnyDate : QDate::fromString(f.from, Qt::ISODate));
    m_to->setDate(f.to.isEmpty() ? kAnyDate : QDate::fromString(f.to, Qt::ISODate));
    for (auto [box, value] : {std::pair{m_channel, f.channel}, std::pair{m_segment, f.segment}}) {
        int i = box->findData(value);
        if (i < 0) {
            box->addItem(value, value);
            i = box->count() - 1;
        }
        box->setCurrentIndex(i);
    }
    const qint64 source = f.source ? f.source->value : 0;
    int i = m_source->findData(source);
    if (i < 0) {
        m_source->addItem(tr("Source %1").arg(source), source);
        i = m_source->count() - 1;
    }
    m_source->setCurrentIndex(i);
    m_updatingControls = false;
    if (m_state)
        m_state->setScoreFilter(filter());
    refreshNow();
}

std::optional<Metric> InsightsPage::metric() const
{
    const QVariant v = m_metric->currentData();
    if (!v.isValid())
        return std::nullopt;
    return Metric(v.toInt());
}

void InsightsPage::setMetric(std::optional<Metric> metric)
{
    m_updatingControls = true;
    m_metric->setCurrentIndex(metric ? qMax(0, m_metric->findData(int(*metric))) : 0);
    m_updatingControls = false;
    refreshNow();
}

void InsightsPage::scheduleRefresh()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshQueued)
            refreshNow();
    });
}

void InsightsPage::fillChoices()
{
    if (!m_document)
        return;
    m_updatingControls = true;
    setChoices(m_channel, tr("All channels"), distinctValues(*m_document, u"channel"_s));
    setChoices(m_segment, tr("All segments"), distinctValues(*m_document, u"segment"_s));
    const qint64 source = m_source->currentData().toLongLong();
    m_source->clear();
    m_source->addItem(tr("All sources"), qint64(0));
    if (auto sources = m_document->store().sources())
        for (const FeedbackSource &src : *sources)
            m_source->addItem(src.name.isEmpty() ? src.fileName : src.name, src.id.value);
    m_source->setCurrentIndex(qMax(0, m_source->findData(source)));
    m_updatingControls = false;
}

void InsightsPage::scheduleRender()
{
    if (m_renderQueued)
        return;
    m_renderQueued = true;
    QTimer::singleShot(0, this, [this] {
        if (m_renderQueued)
            render();
    });
}

void InsightsPage::fillTrendRows()
{
    m_updatingControls = true;
    const int level = m_trendRow->currentData(kLevelRole).toInt();
    const qint64 id = m_trendRow->currentData(kIdRole).toLongLong();
    m_trendRow->clear();
    m_trendRow->addItem(tr("The whole journey"));
    m_trendRow->setItemData(0, int(ScoreLevel::Journey), kLevelRole);
    m_trendRow->setItemData(0, 0, kIdRole);
    const auto add = [this](const QString &text, ScoreLevel level, qint64 id) {
        m_trendRow->addItem(text);
        m_trendRow->setItemData(m_trendRow->count() - 1, int(level), kLevelRole);
        m_trendRow->setItemData(m_trendRow->count() - 1, id, kIdRole);
    };
    for (const ScoreRow &s : m_scores.stages)
        add(tr("Stage: %1").arg(s.stage), ScoreLevel::Stage, s.stageId.value);
    int number = 0;
    for (const ScoreRow &t : m_scores.touchpoints)
        add(tr("Touchpoint %1 · %2").arg(++number).arg(t.touchpoint), ScoreLevel::Touchpoint, t.touchpointId.value);
    int index = 0;
    for (int i = 0; i < m_trendRow->count(); ++i)
        if (m_trendRow->itemData(i, kLevelRole).toInt() == level && m_trendRow->itemData(i, kIdRole).toLongLong() == id)
            index = i;
    m_trendRow->setCurrentIndex(index);
    m_updatingControls = false;
}

void InsightsPage::setChart(QChartView *view, QChart *chart, const QString &empty)
{
    if (!chart) {
        chart = new QChart;
        QFont f = chartFont(this);
        f.setBold(true);
        chart->setTitleFont(f);
        chart->setTitle(empty);
        chart->legend()->hide();
    }
    chart->setBackgroundVisible(false);
    // The view is wide enough for whole category names with their n: never elide them.
    for (QAbstractAxis *axis : chart->axes())
        axis->setTruncateLabels(false);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

void InsightsPage::refreshNow()
{
    m_refreshQueued = false;
    if (!m_document || !m_live)
        return;
    if (!m_document->workspace().journeys.find(m_journey))
        return;
    m_configuring = true;
    m_live->setPrimaryMetric(metric());
    m_live->setFilter(filter());
    m_configuring = false;
    render();
}

void InsightsPage::render()
{
    m_renderQueued = false;
    if (!m_document || !m_live)
        return;
    if (!m_document->workspace().journeys.find(m_journey))
        return;
    m_heading->setText(title());
    emit titleChanged(title());

    const ScoreFilter f = filter();
    m_scores = m_live->scores();
    m_drivers = m_live->drivers();
    if (!m_live->error().isEmpty())
        m_summary->setText(m_live->error());
    m_priorityModel->setScores(m_scores);
    m_priorityView->resizeColumnsToContents();
    m_priorityView->horizontalHeader()->setStretchLastSection(true);
    // Tall enough for the first ten rows; the rest scrolls.
    const int rows = qBound(4, m_priorityModel->rowCount(), 10);
    m_priorityView->setFixedHeight(m_priorityView->horizontalHeader()->sizeHint().height()
                                   + rows * m_priorityView->verticalHeader()->defaultSectionSize() + 4);

    if (m_live->isLoading()) {
        m_summary->setText(tr("Reading the feedback of this journey…"));
    } else if (m_live->error().isEmpty()) {
        const ScoreRow &j = m_scores.journey;
        const QLocale locale;
        QStringList parts;
        parts << tr("%n feedback item(s) attached to this journey", nullptr, int(j.n));
        if (j.nps.value && j.nps.interval)
            parts << tr("NPS %1 (95 % %2 to %3, n = %4)")
                         .arg(locale.toString(*j.nps.value, 'f', 0), locale.toString(j.nps.interval->low, 'f', 0),
                              locale.toString(j.nps.interval->high, 'f', 0))
                         .arg(j.nps.n);
        if (j.csat.top2)
            parts << tr("CSAT %1 % top-2 (n = %2)").arg(locale.toString(*j.csat.top2, 'f', 0)).arg(j.csat.n);
        if (j.ces.mean)
            parts << tr("CES %1 (n = %2)").arg(locale.toString(*j.ces.mean, 'f', 1)).arg(j.ces.n);
        if (j.sentiment && j.sentiment->mean)
            parts << tr("sentiment %1 (n = %2)").arg(locale.toString(*j.sentiment->mean, 'f', 2)).arg(j.sentiment->n);
        if (!f.isEmpty())
            parts << tr("filtered");
        m_summary->setText(parts.join(u"  ·  "_s));
    }

    const QFont font = chartFont(this);
    const QString none = tr("%1: no answers in this selection");
    setChart(m_scoreView, ScoreCharts::scorePerTouchpoint(m_scores, font), none.arg(tr("Score per touchpoint")));
    setChart(m_npsView, ScoreCharts::npsComposition(m_scores, font), none.arg(tr("NPS composition")));
    setChart(m_emotionView, ScoreCharts::emotionCurves(m_scores, font), none.arg(tr("Emotion curve")));
    QHash<qint64, int> numbers;
    int number = 0;
    for (const ScoreRow &row : m_scores.touchpoints)
        numbers.insert(row.touchpointId.value, ++number);
    QChart *ipa = InsightCharts::importancePerformance(m_drivers, numbers, font);
    if (!ipa)
        m_ipaMessage->setText(
            tr("<b>Importance–performance matrix</b><br><br>Which touchpoints move the overall NPS needs respondent "
               "ids that link an overall NPS answer (feedback not attached to a touchpoint) to touchpoint ratings, "
               "with at least %1 such respondents per touchpoint.<br><br>This selection has %2 respondent(s) with "
               "an overall NPS.")
                .arg(DriverAnalysis::kMinimumPairs)
                .arg(m_drivers.respondentsWithOverall));
    m_ipaStack->setCurrentWidget(ipa ? static_cast<QWidget *>(m_ipaView) : m_ipaMessage);
    setChart(m_ipaView, ipa, tr("Importance–performance matrix"));
    fillTrendRows();
    if (m_liveChange) {
        m_trendTimer->start();
    } else {
        m_trendTimer->stop();
        updateTrend();
    }
    m_liveChange = false;
    emit refreshed();
}

void InsightsPage::updateTrend()
{
    if (!m_document)
        return;
    const auto level = ScoreLevel(m_trendRow->currentData(kLevelRole).toInt());
    const qint64 id = m_trendRow->currentData(kIdRole).toLongLong();
    const auto bucket = TrendBucket(m_bucket->currentData().toInt());
    // From the items in memory: follows attachments without SQL, with the comments' sentiment.
    m_trend = m_live ? m_live->trend(level, bucket) : ScoreTrend();
    const Metric metric = m_scores.primaryMetric.value_or(Metric::Csat);
    QChart *chart = nullptr;
    for (const TrendSeries &s : std::as_const(m_trend.series))
        if (s.id == id || level == ScoreLevel::Journey)
            chart = InsightCharts::trend(s, bucket, metric, chartFont(this));
    setChart(m_trendView, chart, tr("Trend: no dated answers in this selection"));
}

} // namespace waymark
