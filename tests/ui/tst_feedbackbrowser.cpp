// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The feedback browser over a large workspace: rows read lazily in pages, filters and
// comment search on a worker thread, drags carrying item ids, undoable detach.
#include "../core/CoreTestSupport.h"

#include "document/Document.h"
#include "feedback/FeedbackBrowser.h"
#include "feedback/FeedbackFilterState.h"
#include "feedback/FeedbackTableModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

#include <ctime>
#include <functional>

using namespace waymark;
using namespace waymark::test;

class TestFeedbackBrowser : public QObject
{
    Q_OBJECT

private:
    static constexpr int kItems = 60000;
    QTemporaryDir m_home;
    WorkspaceData m_data;
    std::unique_ptr<Document> m_doc;
    FeedbackBrowser *m_browser = nullptr;

    int expected(const std::function<bool(const FeedbackItem &)> &match) const
    {
        return int(std::count_if(m_data.feedback.cbegin(), m_data.feedback.cend(), match));
    }
    bool attached(const FeedbackItem &f) const
    {
        return std::binary_search(m_data.attachments.cbegin(), m_data.attachments.cend(),
                                  AttachmentPair{f.id, TouchpointId(0)},
                                  [](const AttachmentPair &a, const AttachmentPair &b) { return a.first < b.first; });
    }
    void grab(QWidget *w, const QString &name)
    {
        const QByteArray dir = qgetenv("WAYMARK_SCREENSHOTS");
        if (!dir.isEmpty())
            QVERIFY(w->grab().save(QString::fromLocal8Bit(dir) + u'/' + name + u".png"_s));
    }
    /// Waits for the browser's next result and returns its row count.
    int settle()
    {
        QSignalSpy ready(m_browser, &FeedbackBrowser::resultsReady);
        if (!ready.wait(10000))
            return -1;
        return ready.last().first().toInt();
    }

private slots:
    void initTestCase()
    {
        isolateUserFolders(m_home);
        m_data = loadTemplate(u"ecommerce-purchase"_s);
        addSampleFeedback(m_data, kItems);
        auto created = Document::create(&m_data);
        QVERIFY(created);
        m_doc = std::move(*created);
    }
    void init()
    {
        m_browser = new FeedbackBrowser;
        m_browser->resize(1400, 600);
        QSignalSpy ready(m_browser, &FeedbackBrowser::resultsReady);
        m_browser->setDocument(m_doc.get());
        m_browser->show();
        QVERIFY(ready.wait(10000));
    }
    void cleanup() { delete m_browser; }
    void cleanupTestCase()
    {
        m_doc->close();
        m_doc.reset();
    }

    void modelIsAProperItemModel()
    {
        QAbstractItemModelTester tester(m_browser->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_browser->model()->rowCount(), kItems);
        m_browser->searchEdit()->setText(u"#4711"_s);
        QCOMPARE(settle(), 6); // 4711 and 47111, 47113, … (even items have no comment)
    }

    void rowsAreReadLazily()
    {
        FeedbackTableModel *model = m_browser->model();
        QCOMPARE(model->rowCount(), kItems);
        QCoreApplication::processEvents();
        // Only what is on screen has been read.
        QVERIFY2(model->pagesRead() <= 2, qPrintable(QString::number(model->pagesRead())));
        QCOMPARE(model->data(model->index(0, FeedbackTableModel::IdColumn)).toLongLong(), 1);
        QCOMPARE(model->data(model->index(0, FeedbackTableModel::ChannelColumn)).toString(), u"web"_s);
        QCOMPARE(model->data(model->index(0, FeedbackTableModel::CommentColumn)).toString(),
                 u"Lieferung war schnell, Größe passt 👍 #1"_s);
        grab(m_browser, u"browser-all"_s);
        const int before = model->pagesRead();
        m_browser->view()->scrollToBottom();
        QCoreApplication::processEvents();
        QVERIFY(model->pagesRead() - before <= 2);
        QCOMPARE(model->data(model->index(kItems - 1, FeedbackTableModel::IdColumn)).toLongLong(), kItems);
        // Scrolling through everything keeps a bounded number of pages.
        QScrollBar *bar = m_browser->view()->verticalScrollBar();
        for (int v = 0; v <= bar->maximum(); v += bar->maximum() / 50) {
            bar->setValue(v);
            m_browser->view()->viewport()->repaint();
        }
        QVERIFY(model->pagesRead() > 40);
    }

    void filtersNarrowTheRows()
    {
        QTRY_COMPARE(m_browser->channelBox()->count(), 3); // all, mobile-app, web
        m_browser->channelBox()->setCurrentIndex(m_browser->channelBox()->findData(u"web"_s));
        QCOMPARE(settle(), expected([](const FeedbackItem &f) { return f.channel == u"web"_s; }));

        m_browser->clearFilters();
        QCOMPARE(settle(), kItems);
        m_browser->attachmentBox()->setCurrentIndex(1);
        QCOMPARE(settle(), expected([this](const FeedbackItem &f) { return attached(f); }));
        m_browser->attachmentBox()->setCurrentIndex(2);
        QCOMPARE(settle(), expected([this](const FeedbackItem &f) { return !attached(f); }));

        m_browser->clearFilters();
        QCOMPARE(settle(), kItems);
        m_browser->scoreBox(0)->setValue(9);
        m_browser->scoreBox(1)->setValue(10);
        QCOMPARE(settle(), expected([](const FeedbackItem &f) { return f.nps && *f.nps >= 9; }));
        m_browser->scoreBox(2)->setValue(5);
        QCOMPARE(settle(), expected([](const FeedbackItem &f) { return f.nps && *f.nps >= 9 && f.csat == 5; }));

        m_browser->clearFilters();
        QCOMPARE(settle(), kItems);
        m_browser->fromEdit()->setDate(QDate(2024, 2, 10));
        m_browser->toEdit()->setDate(QDate(2024, 2, 12));
        m_browser->fromCheck()->setChecked(true);
        m_browser->toCheck()->setChecked(true);
        QCOMPARE(settle(), expected([](const FeedbackItem &f) {
                     return f.date >= u"2024-02-10"_s && f.date <= u"2024-02-12"_s;
                 }));
    }

    void searchFindsCommentsOffTheGuiThread()
    {
        QElapsedTimer timer;
        timer.start();
        m_browser->searchEdit()->setText(u"#123"_s);
        // Typing on: only the last text is searched (debounced; older queries are dropped).
        m_browser->searchEdit()->setText(u"GRÖSSE passt #4242"_s);
        m_browser->searchEdit()->setText(u"passt #4242"_s);
        // Every word must occur, anywhere in the comment.
        QCOMPARE(settle(), expected([](const FeedbackItem &f) {
                     return f.comment.contains(u"passt"_s) && f.comment.contains(u"#4242"_s);
                 }));
        qInfo("search over %d comments: %lld ms in the query, %lld ms until shown", kItems, m_browser->lastQueryMs(),
              timer.elapsed());
        m_browser->searchEdit()->setText(u"LIEFERUNG"_s);
        QCOMPARE(settle(), expected([](const FeedbackItem &f) { return !f.comment.isEmpty(); }));
        // Beyond ASCII: "GRÖßE" finds "Größe".
        m_browser->searchEdit()->setText(u"GRÖßE #77"_s);
        QCOMPARE(settle(), expected([](const FeedbackItem &f) { return f.comment.contains(u"#77"_s); }));
        m_browser->searchEdit()->setText(u"50%_"_s);
        QCOMPARE(settle(), 0);
    }

    void segmentAndSourceFilters()
    {
        QTRY_VERIFY(m_browser->segmentBox()->findData(u"Pro"_s) > 0);
        m_browser->segmentBox()->setCurrentIndex(m_browser->segmentBox()->findData(u"Pro"_s));
        QCOMPARE(settle(), expected([](const FeedbackItem &f) { return f.segment == u"Pro"_s; }));
        // Segments compare as the scores compare them: ASCII case-insensitively.
        FeedbackFilter f = m_browser->filterState()->filter();
        f.segment = u"pro"_s;
        m_browser->setFilter(f);
        QCOMPARE(settle(), expected([](const FeedbackItem &f) { return f.segment == u"Pro"_s; }));
        QCOMPARE(m_browser->segmentBox()->currentData().toString(), u"pro"_s); // shown as set
        m_browser->clearFilters();
        QCOMPARE(settle(), kItems);
        QCOMPARE(m_browser->sourceBox()->count(), 2); // all, the one source
        m_browser->sourceBox()->setCurrentIndex(1);
        QCOMPARE(settle(), kItems);
        QCOMPARE(m_browser->filter().source, std::optional<qint64>(1));
    }

    void oneStateDrivesTwoBrowsers()
    {
        // Two views of one window share the state: a filter set in one shows in the other.
        FeedbackBrowser other;
        other.setDocument(m_doc.get());
        other.setFilterState(m_browser->filterState());
        // Each change starts a query; under load the score-only query may answer after the
        // channel was set, so wait for the answer to both.
        QSignalSpy ready(m_browser, &FeedbackBrowser::resultsReady);
        m_browser->scoreBox(0)->setValue(9);
        QCOMPARE(other.scoreBox(0)->value(), 9);
        QTRY_VERIFY(other.channelBox()->findData(u"web"_s) > 0);
        other.channelBox()->setCurrentIndex(other.channelBox()->findData(u"web"_s));
        QCOMPARE(m_browser->channelBox()->currentData().toString(), u"web"_s);
        const int both = expected([](const FeedbackItem &f) { return f.channel == u"web"_s && f.nps && *f.nps >= 9; });
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && ready.last().first().toInt() == both, 10000);
        QCOMPARE(other.filter(), m_browser->filter());
        QStringList described = m_browser->filterState()->browserOnlyDescription();
        QCOMPARE(described, QStringList{u"NPS ≥ 9"_s});
    }

    void sentimentConditionFollowsVaderThresholds_data()
    {
        QTest::addColumn<int>("label");
        QTest::addColumn<QList<int>>("ids");
        // Rows: 1 no comment (NULL), 2 +0.05, 3 +0.0499, 4 −0.05, 5 −0.0501, 6 +0.9, 7 −1, 8 0.
        QTest::newRow("positive") << int(stats::SentimentLabel::Positive) << QList<int>{2, 6};
        QTest::newRow("neutral") << int(stats::SentimentLabel::Neutral) << QList<int>{3, 8};
        QTest::newRow("negative") << int(stats::SentimentLabel::Negative) << QList<int>{4, 5, 7};
    }
    void sentimentConditionFollowsVaderThresholds()
    {
        QFETCH(int, label);
        QFETCH(QList<int>, ids);
        // The condition on the stored column, run by SQLite on a table of its own.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"sentiment-thresholds"_s);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE feedback_item(id INTEGER PRIMARY KEY, sentiment REAL)"_s));
            QVERIFY(q.exec(u"INSERT INTO feedback_item VALUES (1, NULL), (2, 0.05), (3, 0.0499), (4, -0.05),"
                           " (5, -0.0501), (6, 0.9), (7, -1), (8, 0)"_s));
            FeedbackFilter f;
            f.sentiment = stats::SentimentLabel(label);
            QVariantList binds;
            QVERIFY(q.exec(u"SELECT f.id FROM feedback_item f WHERE "_s + f.whereClause(&binds) + u" ORDER BY f.id"_s));
            QVERIFY(binds.isEmpty());
            QList<int> found;
            while (q.next())
                found << q.value(0).toInt();
            QCOMPARE(found, ids);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"sentiment-thresholds"_s);
    }

    void sentimentFilterShowsTheStoredScores()
    {
        // The stored per-comment score (column `sentiment`) comes with schema version 6.
        QSqlQuery q(m_doc->store().database());
        QVERIFY(q.exec(u"SELECT count(*) FROM pragma_table_info('feedback_item') WHERE name = 'sentiment'"_s));
        QVERIFY(q.next());
        if (q.value(0).toInt() == 0)
            QSKIP("The workspace has no stored sentiment column yet (schema version 6).");
        // Expected counts from the stored scores, labelled here in C++ (not with SQL).
        QHash<int, int> expectedCount;
        QVERIFY(q.exec(u"SELECT sentiment FROM feedback_item WHERE sentiment IS NOT NULL"_s));
        while (q.next())
            ++expectedCount[int(stats::sentimentLabel(q.value(0).toDouble()))];
        QVERIFY2(expectedCount.value(int(stats::SentimentLabel::Positive)) > 0, "the sample's comments are scored");
        for (auto label : {stats::SentimentLabel::Positive, stats::SentimentLabel::Neutral, stats::SentimentLabel::Negative}) {
            m_browser->sentimentBox()->setCurrentIndex(m_browser->sentimentBox()->findData(int(label)));
            QCOMPARE(settle(), expectedCount.value(int(label)));
        }
        QVERIFY(!m_browser->statusLabel()->text().contains(u"could not"_s));
    }

    void showTouchpointFiltersToItsFeedback()
    {
        const Touchpoint &card = m_data.workspace.touchpoints.items().at(2);
        m_browser->showTouchpoint(card.id);
        const int count = settle();
        QCOMPARE(count, int(std::count_if(m_data.attachments.cbegin(), m_data.attachments.cend(),
                                          [&](const AttachmentPair &p) { return p.second == card.id; })));
        QVERIFY(count > 0);
        QCOMPARE(m_browser->touchpointBox()->currentText(), card.title);
        const QModelIndex first = m_browser->model()->index(0, FeedbackTableModel::TouchpointColumn);
        QCOMPARE(first.data().toString(), card.title);
        grab(m_browser, u"browser-touchpoint"_s);
    }

    void dragCarriesTheItemIds()
    {
        FeedbackTableModel *model = m_browser->model();
        QCOMPARE(model->mimeTypes(), QStringList{u"application/x-waymark-feedback-ids"_s});
        std::unique_ptr<QMimeData> mime(model->mimeData(
            {model->index(2, 0), model->index(0, 3), model->index(2, 5), model->index(7, 1)}));
        const QJsonArray ids = QJsonDocument::fromJson(mime->data(FeedbackTableModel::mimeType)).array();
        QCOMPARE(ids, (QJsonArray{1, 3, 8}));
        QVERIFY(ids.first().isDouble());
        QVERIFY(model->flags(model->index(0, 0)) & Qt::ItemIsDragEnabled);
        QCOMPARE(m_browser->view()->dragDropMode(), QAbstractItemView::DragOnly);
    }

    void detachIsUndoable()
    {
        const Touchpoint &card = m_data.workspace.touchpoints.items().at(2);
        m_browser->showTouchpoint(card.id);
        const int count = settle();
        QVERIFY(count >= 3);
        m_browser->view()->selectionModel()->select(
            QItemSelection(m_browser->model()->index(0, 0), m_browser->model()->index(2, 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QList<qint64> selected = m_browser->selectedIds();
        QCOMPARE(selected.size(), 3);
        const int steps = m_doc->undoStack()->count();
        m_browser->detachSelected();
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(settle(), count - 3);
        QCOMPARE(m_doc->store().attachedTo(card.id)->size(), count - 3);
        m_doc->undoStack()->undo();
        QCOMPARE(settle(), count);
        QCOMPARE(m_doc->store().attachedTo(card.id)->size(), count);
    }

    /// Figures on a large workspace (WAYMARK_BENCH_WORKSPACE=FILE.waymark): first rows
    /// shown, scrolling, a search. Skipped in the normal suite.
    void largeWorkspaceFigures()
    {
        const QString path = qEnvironmentVariable("WAYMARK_BENCH_WORKSPACE");
        if (path.isEmpty())
            QSKIP("set WAYMARK_BENCH_WORKSPACE to a large workspace to measure");
        auto opened = Document::open(path, Document::OpenMode::ReadOnly);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text()));
        std::unique_ptr<Document> doc = std::move(*opened);
        FeedbackBrowser browser;
        browser.resize(1400, 700);
        browser.show();
        QSignalSpy ready(&browser, &FeedbackBrowser::resultsReady);
        QElapsedTimer timer;
        timer.start();
        browser.setDocument(doc.get());
        QTRY_VERIFY_WITH_TIMEOUT(browser.model()->rowCount() > 0, 60000);
        browser.view()->viewport()->repaint();
        const qint64 firstPaint = timer.elapsed();
        QVERIFY(ready.count() > 0 || ready.wait(60000));
        const qint64 allIds = timer.elapsed();
        const int rows = browser.model()->rowCount();
        QScrollBar *bar = browser.view()->verticalScrollBar();
        qint64 worst = 0, total = 0;
        double worstCpu = 0, totalCpu = 0; // CPU time: what the wall clock shows minus waiting for a busy machine
        constexpr int steps = 200;
        for (int i = 0; i < steps; ++i) {
            QElapsedTimer step;
            step.start();
            const std::clock_t cpu = std::clock();
            bar->setValue(int((quint64(i) * 7919 % steps) * quint64(bar->maximum()) / steps));
            browser.view()->viewport()->repaint();
            const double cpuMs = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
            worstCpu = qMax(worstCpu, cpuMs);
            totalCpu += cpuMs;
            worst = qMax(worst, step.elapsed());
            total += step.elapsed();
        }
        qint64 wheelWorst = 0;
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer step;
            step.start();
            bar->setValue(bar->value() + 3);
            browser.view()->viewport()->repaint();
            wheelWorst = qMax(wheelWorst, step.elapsed());
        }
        timer.restart();
        browser.searchEdit()->setText(u"Lieferung"_s);
        browser.refreshNow();
        QVERIFY(ready.wait(60000));
        const qint64 search = timer.elapsed();
        qInfo("%d rows: first rows painted after %lld ms, all ids after %lld ms", rows, firstPaint, allIds);
        qInfo("random jumps: %.1f ms average, %lld ms worst (CPU time %.1f ms average, %.1f ms worst)",
              double(total) / steps, worst, totalCpu / steps, worstCpu);
        qInfo("line scrolling: %lld ms worst; search “Lieferung”: %lld ms in the query, %lld ms until shown (%d matches)",
              wheelWorst, browser.lastQueryMs(), search, browser.model()->rowCount());
        browser.setDocument(nullptr);
    }
};

QTEST_MAIN(TestFeedbackBrowser)
#include "tst_feedbackbrowser.moc"
