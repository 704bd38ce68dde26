// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The insights view of a journey over the e-commerce sample: the charts, the priority
// list in the engine's order, a click naming the touchpoint, filters, live updates.
#include "../core/CoreTestSupport.h"

#include "charts/InsightCharts.h"
#include "commands/AttachFeedbackCommand.h"
#include "document/Document.h"
#include "feedback/FeedbackBrowser.h"
#include "feedback/FeedbackFilterState.h"
#include "scoring/DefaultScoreOptions.h"
#include "scoring/LiveScores.h"
#include "import/FeedbackImportJob.h"
#include "insights/InsightsActions.h"
#include "insights/InsightsPage.h"
#include "journey/JourneyEditorPage.h"
#include "journey/JourneyScene.h"
#include "shell/EditorArea.h"
#include "insights/PriorityTableModel.h"
#include "scoring/ScoreTrend.h"
#include "storage/WorkspaceStore.h"

#include <QAbstractItemModelTester>
#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QCheckBox>
#include <QLineSeries>
#include <QSpinBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QUndoStack>

using namespace waymark;
using namespace waymark::test;

class TestInsights : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<Document> m_doc;
    JourneyId m_journey;
    InsightsPage *m_page = nullptr;

    Result<JourneyScores> engine(const ScoreFilter &filter = {}, const ScoreOptions &options = {}) const
    {
        return ScoreEngine::score(m_doc->store(), m_doc->workspace(), m_journey, filter, options);
    }
    void grab(QWidget *w, const QString &name)
    {
        const QByteArray dir = qgetenv("WAYMARK_SCREENSHOTS");
        if (!dir.isEmpty())
            QVERIFY(w->grab().save(QString::fromLocal8Bit(dir) + u'/' + name + u".png"_s));
    }
    static QStringList categories(QChart *chart)
    {
        for (QAbstractAxis *axis : chart->axes())
            if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
                return c->categories();
        return {};
    }

private slots:
    void initTestCase()
    {
        isolateUserFolders(m_home);
        const WorkspaceData data = loadTemplate(u"ecommerce-purchase"_s);
        auto created = Document::create(&data);
        QVERIFY(created);
        m_doc = std::move(*created);
        FeedbackImportJob job(m_doc.get());
        QSignalSpy finished(&job, &FeedbackImportJob::finished);
        QVERIFY(job.start(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/ecommerce-feedback.csv"), {}));
        QVERIFY(finished.wait(30000));
        QVERIFY2(job.succeeded(), qPrintable(job.error().text()));
        // The journey the sample's feedback is about: the one with most items attached.
        qint64 best = -1;
        for (const Journey &j : m_doc->workspace().journeys.items()) {
            auto s = ScoreEngine::score(m_doc->store(), m_doc->workspace(), j.id);
            QVERIFY(s);
            if (s->journey.n > best) {
                best = s->journey.n;
                m_journey = j.id;
            }
        }
        QVERIFY(best > 1000);
    }
    void init()
    {
        m_page = new InsightsPage(m_doc.get(), m_journey);
        m_page->resize(1600, 1800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
        QCoreApplication::processEvents();
    }
    void cleanup()
    {
        delete m_page;
        m_doc->undoStack()->clear();
    }
    void cleanupTestCase()
    {
        m_doc->close();
        m_doc.reset();
    }

    void pageShowsEveryChartWithItsN()
    {
        auto expected = engine();
        QVERIFY(expected);
        QCOMPARE(m_page->scores().journey.n, expected->journey.n);
        QVERIFY(m_page->title().contains(m_doc->workspace().journeys.find(m_journey)->name));
        QVERIFY(m_page->summaryLabel()->text().contains(QString::number(expected->journey.n)));
        const QList<QChartView *> views = m_page->chartViews();
        QCOMPARE(views.size(), 5);
        // Score, NPS composition, emotion and trend have data in the sample.
        for (int i = 0; i < 4; ++i) {
            QChart *chart = views[i]->chart();
            QVERIFY2(!chart->series().isEmpty(), qPrintable(chart->title()));
        }
        // Every category carries its n; a touchpoint with few answers is flagged.
        const QStringList scoreLabels = categories(views[0]->chart());
        QVERIFY(!scoreLabels.isEmpty());
        for (const QString &label : scoreLabels)
            QVERIFY2(label.contains(u"n = "_s), qPrintable(label));
        for (const QString &label : categories(views[1]->chart()))
            QVERIFY2(label.contains(u"n = "_s), qPrintable(label));
        for (const QString &label : categories(views[3]->chart()))
            QVERIFY2(label.contains(u"n = "_s), qPrintable(label));
        // The importance–performance matrix explains itself when no respondent links answers.
        QChart *ipa = views[4]->chart();
        if (ipa->series().isEmpty()) {
            QVERIFY(m_page->ipaMessage()->isVisible());
            QVERIFY(m_page->ipaMessage()->text().contains(u"respondent"_s));
        }
        grab(m_page, u"insights"_s);
    }

    void priorityTableFollowsTheEngine()
    {
        QAbstractItemModelTester tester(m_page->priorityModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto expected = engine();
        QVERIFY(expected);
        const QList<ScoreRow> order = expected->priorities();
        PriorityTableModel *model = m_page->priorityModel();
        QCOMPARE(model->rowCount(), int(order.size()));
        QVERIFY(order.size() > 3);
        for (int i = 0; i < order.size(); ++i) {
            QCOMPARE(model->touchpointAt(i), order[i].touchpointId);
            QCOMPARE(model->index(i, 0).data(PriorityTableModel::TouchpointIdRole).toLongLong(), order[i].touchpointId.value);
            QCOMPARE(model->index(i, PriorityTableModel::ReasonColumn).data(Qt::ToolTipRole).toString(), order[i].reason);
            QVERIFY(order[i].reason.endsWith(model->index(i, PriorityTableModel::ReasonColumn).data().toString().mid(1)));
            QVERIFY(model->index(i, PriorityTableModel::TouchpointColumn).data().toString().endsWith(order[i].touchpoint));
        }
        QVERIFY(order.first().priority && *order.first().priority > 0);
        QCOMPARE(model->index(0, PriorityTableModel::RankColumn).data().toInt(), 1);
    }

    void clickingARowNamesTheTouchpoint()
    {
        QSignalSpy activated(m_page, &InsightsPage::touchpointActivated);
        QTableView *view = m_page->priorityView();
        const QModelIndex second = view->model()->index(1, PriorityTableModel::TouchpointColumn);
        view->scrollTo(second);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(second).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).value<JourneyId>(), m_journey);
        QCOMPARE(activated.first().at(1).value<TouchpointId>(), m_page->priorityModel()->touchpointAt(1));
    }

    void activatedTouchpointIsSelectedOnTheCanvas()
    {
        EditorArea area;
        area.resize(1200, 800);
        area.setDocument(m_doc.get());
        area.show();
        const TouchpointId tp = m_page->priorityModel()->touchpointAt(2);
        InsightsActions::showTouchpoint(&area, m_journey, tp);
        auto *editor = qobject_cast<JourneyEditorPage *>(area.currentPage());
        QVERIFY(editor);
        QCOMPARE(editor->entityId(), m_journey.value);
        QCOMPARE(editor->scene()->selectedCardIds(), QList<TouchpointId>{tp});
        area.setDocument(nullptr);
    }

    void filtersChangeTheFigures()
    {
        const qint64 all = m_page->scores().journey.n;
        // Channel.
        QComboBox *channel = m_page->channelBox();
        QVERIFY(channel->count() > 2);
        QCOMPARE(channel->currentData().toString(), QString());
        channel->setCurrentIndex(1);
        const QString chosen = channel->currentData().toString();
        m_page->refreshNow();
        ScoreFilter f;
        f.channel = chosen;
        auto expected = engine(f);
        QVERIFY(expected);
        QCOMPARE(m_page->filter().channel, chosen);
        QCOMPARE(m_page->scores().journey.n, expected->journey.n);
        QVERIFY(m_page->scores().journey.n < all);
        QCOMPARE(m_page->priorityModel()->rowCount(), int(expected->priorities().size()));
        for (int i = 0; i < expected->priorities().size(); ++i)
            QCOMPARE(m_page->priorityModel()->touchpointAt(i), expected->priorities()[i].touchpointId);
        QVERIFY(m_page->summaryLabel()->text().contains(QString::number(expected->journey.n)));
        channel->setCurrentIndex(0);

        // Segment, through setFilter; then a date range.
        QVERIFY(m_page->segmentBox()->count() > 2);
        f = {};
        f.segment = m_page->segmentBox()->itemData(1).toString();
        m_page->setFilter(f);
        expected = engine(f);
        QVERIFY(expected);
        QCOMPARE(m_page->scores().journey.n, expected->journey.n);
        QVERIFY(expected->journey.n < all);

        f = {};
        f.from = u"2026-02-01"_s;
        f.to = u"2026-03-31"_s;
        m_page->setFilter(f);
        QCOMPARE(m_page->fromEdit()->date(), QDate(2026, 2, 1));
        // The feedback browser's filter for the same selection.
        const FeedbackFilter browser = m_page->feedbackFilter(TouchpointId(7));
        QCOMPARE(browser.from, QDate(2026, 2, 1));
        QCOMPARE(browser.to, QDate(2026, 3, 31));
        QCOMPARE(browser.touchpoints, QList<qint64>{7});
        QVERIFY(browser.restricted);
        expected = engine(f);
        QVERIFY(expected);
        QCOMPARE(m_page->scores().journey.n, expected->journey.n);
        QVERIFY(expected->journey.n > 0 && expected->journey.n < all);
        // The trend covers only the filtered months.
        for (const TrendSeries &s : m_page->trend().series)
            for (const TrendPoint &p : s.points)
                QVERIFY(p.start >= QDate(2026, 2, 1) && p.start <= QDate(2026, 3, 1));

        m_page->setFilter({});
        QCOMPARE(m_page->scores().journey.n, all);
    }

    void metricSelectorSetsTheMetric()
    {
        m_page->setMetric(Metric::Nps);
        QCOMPARE(m_page->scores().primaryMetric, std::optional<Metric>(Metric::Nps));
        QVERIFY(m_page->chartViews().first()->chart()->title().contains(u"NPS"_s));
        ScoreOptions o;
        o.primaryMetric = Metric::Nps;
        auto expected = engine({}, o);
        QVERIFY(expected);
        QCOMPARE(m_page->priorityModel()->touchpointAt(0), expected->priorities().first().touchpointId);
        m_page->metricBox()->setCurrentIndex(m_page->metricBox()->findData(int(Metric::Ces)));
        QSignalSpy refreshed(m_page, &InsightsPage::refreshed);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(m_page->scores().primaryMetric, std::optional<Metric>(Metric::Ces));
    }

    void trendOfAStageInWeeks()
    {
        QComboBox *rows = m_page->trendRowBox();
        int stage = -1;
        for (int i = 0; i < rows->count() && stage < 0; ++i)
            if (rows->itemText(i).startsWith(u"Stage"_s))
                stage = i;
        QVERIFY(stage > 0);
        rows->setCurrentIndex(stage);
        m_page->bucketBox()->setCurrentIndex(m_page->bucketBox()->findData(int(TrendBucket::Week)));
        QCOMPARE(m_page->trend().bucket, TrendBucket::Week);
        QCOMPARE(m_page->trend().level, ScoreLevel::Stage);
        const QStringList labels = categories(m_page->chartViews()[3]->chart());
        QVERIFY(!labels.isEmpty());
        QVERIFY2(labels.first().contains(u"-W"_s), qPrintable(labels.first()));
        // The weeks of a stage add up to its pooled n (every sample item is dated).
        const StageId id(rows->currentData(Qt::UserRole + 1).toLongLong());
        qint64 sum = 0;
        for (const TrendSeries &s : m_page->trend().series)
            if (s.id == id.value)
                for (const TrendPoint &p : s.points)
                    sum += p.counts.items();
        for (const ScoreRow &r : m_page->scores().stages)
            if (r.stageId == id)
                QCOMPARE(sum, r.n);
    }

    void bucketsAreIsoWeeksAndMonths_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("week");
        QTest::addColumn<QString>("month");
        QTest::newRow("thursday, new year") << QDate(2026, 1, 1) << u"2026-W01"_s << u"2026-01"_s;
        QTest::newRow("sunday") << QDate(2026, 1, 4) << u"2026-W01"_s << u"2026-01"_s;
        QTest::newRow("monday") << QDate(2026, 1, 5) << u"2026-W02"_s << u"2026-01"_s;
        QTest::newRow("week 53") << QDate(2021, 1, 3) << u"2020-W53"_s << u"2021-01"_s;
    }
    void bucketsAreIsoWeeksAndMonths()
    {
        QFETCH(QDate, date);
        QFETCH(QString, week);
        QFETCH(QString, month);
        const QDate w = ScoreTrend::bucketStart(date, TrendBucket::Week);
        QCOMPARE(w.dayOfWeek(), 1);
        QCOMPARE(ScoreTrend::bucketLabel(w, TrendBucket::Week), week);
        QCOMPARE(ScoreTrend::bucketLabel(ScoreTrend::bucketStart(date, TrendBucket::Month), TrendBucket::Month), month);
    }

    void importancePerformanceMatrixLabelsItsPoints()
    {
        // 40 respondents: an overall NPS, and ratings of three touchpoints. The first moves
        // with the NPS and rates low (concentrate here), the second moves with it and rates
        // high, the third does not move with it.
        QList<Touchpoint> tps;
        for (int i = 1; i <= 3; ++i) {
            Touchpoint t;
            t.id = TouchpointId(100 + i);
            t.title = u"Touchpoint %1"_s.arg(i);
            tps.append(t);
        }
        QList<DriverResponse> responses;
        for (int r = 0; r < 40; ++r) {
            const QString who = u"resp-%1"_s.arg(r);
            const int nps = r % 11;
            responses.append(DriverResponse{who, TouchpointId(), u"2026-02-01"_s, nps, std::nullopt, 5});
            responses.append(DriverResponse{who, tps[0].id, u"2026-01-10"_s, std::nullopt, 1 + (nps > 5 ? 1 : 0), 5});
            responses.append(DriverResponse{who, tps[1].id, u"2026-01-11"_s, std::nullopt, 4 + (nps > 5 ? 1 : 0), 5});
            responses.append(DriverResponse{who, tps[2].id, u"2026-01-12"_s, std::nullopt, 2 + r % 3, 5});
        }
        const DriverAnalysis analysis = DriverAnalysis::compute(responses, tps);
        QVERIFY(analysis.drivers[0].quadrant);
        QCOMPARE(*analysis.drivers[0].quadrant, IpaQuadrant::ConcentrateHere);
        QFont font;
        font.setPointSizeF(10);
        std::unique_ptr<QChart> chart(InsightCharts::importancePerformance(analysis, {{101, 1}, {102, 2}, {103, 3}}, font));
        QVERIFY(chart);
        QStringList labels;
        int lines = 0;
        for (QAbstractSeries *series : chart->series()) {
            if (auto *p = qobject_cast<QScatterSeries *>(series)) {
                QVERIFY(p->pointLabelsVisible());
                labels << p->pointLabelsFormat();
            } else {
                ++lines; // the two dividing lines at the means
            }
        }
        QCOMPARE(lines, 2);
        QCOMPARE(labels.size(), 3);
        QVERIFY2(labels.contains(u"1 · Touchpoint 1 (n = 40)"_s), qPrintable(labels.join(u" | "_s)));
        QVERIFY(chart->title().contains(u"40"_s));
        QChartView view(chart.release());
        view.resize(800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        grab(&view, u"ipa"_s);
    }

    void filterIsSharedWithTheFeedbackBrowser()
    {
        FeedbackBrowser browser;
        browser.setDocument(m_doc.get());
        browser.resize(1500, 500);
        browser.show();
        m_page->setFilterState(browser.filterState());
        const qint64 all = m_page->scores().journey.n;
        // The newest query's result (an older one still running is dropped).
        const auto settle = [&browser] {
            QSignalSpy ready(&browser, &FeedbackBrowser::resultsReady);
            browser.refreshNow();
            return ready.wait(10000) ? ready.last().first().toInt() : -2;
        };
        // A channel chosen in the insights view shows in the browser and selects the same items.
        QComboBox *channel = m_page->channelBox();
        channel->setCurrentIndex(1);
        const QString chosen = channel->currentData().toString();
        QCOMPARE(browser.channelBox()->currentData().toString(), chosen);
        QCOMPARE(browser.filter().channel, chosen);
        QSqlQuery q(m_doc->store().database());
        QVERIFY(q.exec(u"SELECT count(*) FROM feedback_item WHERE channel = '%1' COLLATE NOCASE"_s.arg(chosen)));
        QVERIFY(q.next());
        QCOMPARE(settle(), q.value(0).toInt());

        // And the other way: a segment and dates set in the browser filter the figures.
        QTRY_VERIFY(browser.segmentBox()->count() > 2);
        browser.segmentBox()->setCurrentIndex(2);
        const QString segment = browser.segmentBox()->currentData().toString();
        browser.fromEdit()->setDate(QDate(2026, 2, 1));
        browser.fromCheck()->setChecked(true);
        QCOMPARE(m_page->segmentBox()->currentData().toString(), segment);
        QCOMPARE(m_page->fromEdit()->date(), QDate(2026, 2, 1));
        ScoreFilter f; // the figures followed at once
        f.channel = chosen;
        f.segment = segment;
        f.from = u"2026-02-01"_s;
        auto expected = engine(f);
        QVERIFY(expected);
        QCOMPARE(m_page->filter(), f);
        QCOMPARE(m_page->scores().journey.n, expected->journey.n);
        QVERIFY(expected->journey.n < all);

        // The browser's own filters are named above the figures, which they do not change.
        QVERIFY(m_page->browserFilterNote()->isHidden());
        browser.scoreBox(0)->setValue(0);
        browser.scoreBox(1)->setValue(6);
        QVERIFY(m_page->browserFilterNote()->isVisibleTo(m_page));
        QVERIFY2(m_page->browserFilterNote()->text().contains(u"NPS 0–6"_s), qPrintable(m_page->browserFilterNote()->text()));
        grab(m_page, u"insights-filtered"_s);
        grab(&browser, u"browser-filtered-from-insights"_s);

        browser.clearFilters();
        QCOMPARE(m_page->filter(), ScoreFilter());
        QTRY_COMPARE(m_page->scores().journey.n, all);
        QVERIFY(m_page->browserFilterNote()->isHidden());
        m_page->setFilterState(nullptr);
    }

    void showTheseResponsesOpensTheSameSelection()
    {
        FeedbackBrowser browser;
        browser.setDocument(m_doc.get());
        m_page->setFilterState(browser.filterState());
        // The newest query's result (an older one still running is dropped).
        const auto settle = [&browser] {
            QSignalSpy ready(&browser, &FeedbackBrowser::resultsReady);
            browser.refreshNow();
            return ready.wait(10000) ? ready.last().first().toInt() : -2;
        };
        m_page->channelBox()->setCurrentIndex(1);
        m_page->refreshNow();
        QSignalSpy requested(m_page, &InsightsPage::responsesRequested);
        m_page->showResponsesButton()->click();
        QCOMPARE(requested.count(), 1);
        const FeedbackFilter asked = requested.first().first().value<FeedbackFilter>();
        QCOMPARE(asked.journey, m_journey.value);
        QCOMPARE(asked.attachment, FeedbackFilter::Attachment::Attached);
        QCOMPARE(asked.channel, m_page->channelBox()->currentData().toString());
        // The browser lists exactly the responses the figures count.
        QCOMPARE(browser.journeyBox()->currentData().toLongLong(), m_journey.value);
        QCOMPARE(settle(), int(m_page->scores().journey.n));

        // A touchpoint of the priority list, and its stage.
        const ScoreRow top = m_page->scores().priorities().first();
        m_page->showResponses(top.touchpointId);
        QCOMPARE(browser.touchpointBox()->currentData().toLongLong(), top.touchpointId.value);
        QCOMPARE(settle(), int(top.n));
        m_page->showResponses({}, top.stageId);
        QCOMPARE(browser.stageBox()->currentData().toLongLong(), top.stageId.value);
        QCOMPARE(browser.touchpointBox()->currentData().toLongLong(), 0);
        for (const ScoreRow &stage : m_page->scores().stages)
            if (stage.stageId == top.stageId)
                QCOMPARE(settle(), int(stage.n));
        browser.clearFilters();
        m_page->setFilterState(nullptr);
    }

    void sentimentIsAMetricWithIntervalsAndTrend()
    {
        const int index = m_page->metricBox()->findData(int(Metric::Sentiment));
        QVERIFY(index > 0);
        m_page->metricBox()->setCurrentIndex(index);
        QSignalSpy refreshed(m_page, &InsightsPage::refreshed);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(m_page->scores().primaryMetric, std::optional<Metric>(Metric::Sentiment));
        QChart *score = m_page->chartViews()[0]->chart();
        QVERIFY2(score->title().contains(u"sentiment"_s, Qt::CaseInsensitive), qPrintable(score->title()));
        int whiskers = 0;
        for (QAbstractSeries *series : score->series())
            whiskers += qobject_cast<QLineSeries *>(series) ? 1 : 0;
        QVERIFY(whiskers > 0); // the t-intervals of the sentiment means
        for (const QString &label : categories(score))
            QVERIFY2(label.contains(u"n = "_s), qPrintable(label));
        // Each bar's value is the touchpoint's mean compound score, with its own n.
        for (const ScoreRow &row : m_page->scores().touchpoints)
            if (row.sentiment && row.sentiment->n >= 2)
                QVERIFY(row.sentiment->interval && row.measured && qFuzzyCompare(*row.measured, 2 * *row.sentiment->mean));
        // The trend carries the sentiment per period, with n on every label.
        QChart *trend = m_page->chartViews()[3]->chart();
        QVERIFY(!trend->series().isEmpty());
        const QStringList periods = categories(trend);
        QVERIFY(!periods.isEmpty());
        for (const QString &label : periods)
            QVERIFY2(label.contains(u"n = "_s), qPrintable(label));
        QVERIFY(m_page->summaryLabel()->text().contains(u"sentiment"_s));
        grab(m_page, u"insights-sentiment"_s);
        m_page->setMetric(std::nullopt);
    }

    void canvasBadgesFollowAttachmentsWithoutARecompute()
    {
        EditorArea area;
        area.resize(1400, 900);
        area.setDocument(m_doc.get());
        area.show();
        auto *editor = qobject_cast<JourneyEditorPage *>(area.open(EntityKind::Journey, m_journey.value));
        QVERIFY(editor);
        auto *live = editor->findChild<LiveScores *>(u"liveScores"_s);
        QVERIFY(live);
        QVERIFY(editor->scene()->scores());
        const auto rowOf = [editor](TouchpointId id) {
            for (const ScoreRow &r : editor->scene()->scores()->touchpoints)
                if (r.touchpointId == id)
                    return r;
            return ScoreRow();
        };
        const auto equalsAFullRecompute = [&] {
            auto full = ScoreEngine::score(m_doc->store(), m_doc->workspace(), m_journey, {}, defaultScoreOptions());
            QVERIFY(full);
            const JourneyScores &shown = *editor->scene()->scores();
            QCOMPARE(shown.touchpoints.size(), full->touchpoints.size());
            for (qsizetype i = 0; i < full->touchpoints.size(); ++i) {
                QCOMPARE(shown.touchpoints[i].n, full->touchpoints[i].n);
                QCOMPARE(shown.touchpoints[i].csat.top2, full->touchpoints[i].csat.top2);
                QCOMPARE(shown.touchpoints[i].nps.value, full->touchpoints[i].nps.value);
            }
            for (qsizetype i = 0; i < full->stages.size(); ++i) // the stage totals
                QCOMPARE(shown.stages[i].n, full->stages[i].n);
            QCOMPARE(shown.journey.n, full->journey.n);
        };
        // An item not attached to the journey, dropped onto its first touchpoint.
        const TouchpointId tp = editor->scene()->scores()->touchpoints.first().touchpointId;
        QSqlQuery q(m_doc->store().database());
        QVERIFY(q.exec(u"SELECT id FROM feedback_item WHERE id NOT IN (SELECT feedback_id FROM attachment) LIMIT 1"_s));
        QVERIFY(q.next());
        const AttachmentPair pair{FeedbackItemId(q.value(0).toLongLong()), tp};
        const qint64 before = rowOf(tp).n;
        QVERIFY(m_doc->execute(new AttachFeedbackCommand(m_doc.get(), AttachFeedbackCommand::Mode::Attach, {pair})));
        QCOMPARE(rowOf(tp).n, before + 1);
        equalsAFullRecompute();
        m_doc->undoStack()->undo();
        QCOMPARE(rowOf(tp).n, before);
        equalsAFullRecompute();
        QCOMPARE(live->fullLoads(), 1);
        area.setDocument(nullptr);
    }

    void detachingRefreshesTheView()
    {
        const TouchpointId top = m_page->priorityModel()->touchpointAt(0);
        QVERIFY(top.isValid());
        const auto rowOf = [this](TouchpointId id) {
            for (const ScoreRow &r : m_page->scores().touchpoints)
                if (r.touchpointId == id)
                    return r;
            return ScoreRow();
        };
        const qint64 before = rowOf(top).n;
        QVERIFY(before > 10);
        QList<AttachmentPair> pairs;
        QSqlQuery q(m_doc->store().database());
        QVERIFY(q.exec(u"SELECT feedback_id FROM attachment WHERE touchpoint_id = %1 ORDER BY feedback_id LIMIT 10"_s.arg(top.value)));
        while (q.next())
            pairs.append({FeedbackItemId(q.value(0).toLongLong()), top});
        QCOMPARE(pairs.size(), 10);

        QSignalSpy refreshed(m_page, &InsightsPage::refreshed);
        QVERIFY(m_doc->execute(new AttachFeedbackCommand(m_doc.get(), AttachFeedbackCommand::Mode::Detach, pairs)));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(rowOf(top).n, before - 10);
        auto expected = engine();
        QVERIFY(expected);
        for (int i = 0; i < expected->priorities().size(); ++i)
            QCOMPARE(m_page->priorityModel()->touchpointAt(i), expected->priorities()[i].touchpointId);

        m_doc->undoStack()->undo();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(rowOf(top).n, before);
    }
};

QTEST_MAIN(TestInsights)
#include "tst_insights.moc"
