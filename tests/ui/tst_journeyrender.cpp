// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the journey canvas puts on the screen, checked on rendered pixels.
#include "journey/CardItem.h"
#include "journey/EmotionCurveItem.h"
#include "JourneyPageSupport.h"
#include "journey/JourneyEditorPage.h"
#include "journey/JourneyScene.h"
#include "journey/JourneyStyle.h"
#include "journey/JourneyView.h"
#include "journey/PresentationWindow.h"
#include "journey/TransitionItem.h"

#include "commands/InsertCommand.h"
#include "commands/JourneyEdits.h"
#include "commands/WorkspaceEdits.h"
#include "document/Document.h"
#include "interchange/TemplateLibrary.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QWheelEvent>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace waymark;

class TestJourneyRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void longLabelsWrapInsideTheirCards_data();
    void longLabelsWrapInsideTheirCards();
    void templateJourneyScreenshotShowsItsContent();
    void headersStayVisibleWhileScrolling();
    void newJourneyHasDefaultLanes();
    void zoomWithKeysWheelAndPanWithMiddleButton();
    void presentationStepsThroughStages();
    void scoreBadgesShowMetricSampleAndFlag();
    void scoreTogglesMetricAndStageTotals();
    void volumeLabelsCoverNoLabelAndNoCardText();

private:
    JourneyScene *scene() const { return m_page->scene(); }
    JourneyView *view() const { return m_page->view(); }
    TouchpointId cardTitled(const QString &title) const;
    /// The card painted alone on a transparent image with a margin of `margin` pixels.
    static QImage renderAlone(CardItem *item, int margin);
    static int countNear(const QImage &image, const QRect &area, const QColor &color, int tolerance);

    QTemporaryDir m_home;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<JourneyEditorPage> m_page;
    JourneyId m_journey;
};

void TestJourneyRender::initTestCase()
{
    test::isolateUserFolders(m_home);
}

void TestJourneyRender::init()
{
    test::openTemplateJourney(m_doc, m_page, m_journey);
}

void TestJourneyRender::cleanup()
{
    m_page.reset();
    m_doc.reset();
}

TouchpointId TestJourneyRender::cardTitled(const QString &title) const
{
    for (const Touchpoint &t : m_doc->workspace().touchpoints)
        if (t.journeyId == m_journey && t.title == title)
            return t.id;
    return {};
}

QImage TestJourneyRender::renderAlone(CardItem *item, int margin)
{
    const QRectF r = item->cardRect();
    QImage image(int(r.width()) + 2 * margin, int(r.height()) + 2 * margin, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.translate(margin, margin);
    QStyleOptionGraphicsItem option;
    item->paint(&p, &option, nullptr);
    return image;
}

int TestJourneyRender::countNear(const QImage &image, const QRect &area, const QColor &color, int tolerance)
{
    int n = 0;
    const QRect clipped = area.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y)
        for (int x = clipped.left(); x <= clipped.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) <= tolerance && qAbs(c.green() - color.green()) <= tolerance
                && qAbs(c.blue() - color.blue()) <= tolerance)
                ++n;
        }
    return n;
}

// ---------------------------------------------------------------------------------------

void TestJourneyRender::longLabelsWrapInsideTheirCards_data()
{
    QTest::addColumn<int>("lane");
    QTest::addColumn<QString>("text");
    const QString german = QStringLiteral(
        "Die Versandkosten für Blumenerde erscheinen erst ganz am Ende – Kund:innen brechen ab, weil "
        "„kostenloser Versand“ nur für Bestellungen über 50 € gilt. Öffnungszeiten? Rückgabe? Ärger!");
    QTest::newRow("touchpoint, German") << 1 << german;
    QTest::newRow("note, one long word") << 2 << QStringLiteral("Donaudampfschifffahrtsgesellschaftskapitänsmützenhalterungsschraube");
    QTest::newRow("pain point, emoji") << 4 << QStringLiteral("Paket kam beschädigt an 📦💥😡 – zweimal! 🌱🌻 Kund:innen sind sauer 😤");
    QTest::newRow("opportunity, lines") << 5 << QStringLiteral("Line one\nLine two\n\nLine four, after an empty line");
}

void TestJourneyRender::longLabelsWrapInsideTheirCards()
{
    QFETCH(int, lane);
    QFETCH(QString, text);
    const auto &l = scene()->journeyLayout();
    Touchpoint t;
    t.id = TouchpointId(m_doc->allocateId());
    t.journeyId = m_journey;
    t.stageId = l.columns[2].id;
    t.laneId = l.rows[lane].id;
    t.title = text;
    t.owner = QStringLiteral("E-Commerce (Katrin Vogel, Produktverantwortliche für Zahlungsabwicklung)");
    t.severity = lane == 4 ? 3 : 0;
    t.momentOfTruth = lane == 1;
    t.channel = Channel::Chatbot;
    m_doc->execute(JourneyEdits::addCard(m_doc.get(), t));
    scene()->relayoutNow();
    CardItem *item = scene()->cardItem(t.id);
    QVERIFY(item);
    QString flat = text;
    QCOMPARE(item->laidOutLength(), int(flat.size())); // every character is laid out
    const QRectF card = item->cardRect();
    QVERIFY2(card.contains(item->textRect()), "the text lies inside the card");
    QVERIFY(item->height() >= item->textRect().bottom() + CardItem::textPadding());

    // On the pixels: nothing outside the card but its shadow (2 px below, antialiasing 1 px).
    const int margin = 24;
    const QImage image = renderAlone(item, margin);
    const QRect allowed = card.toAlignedRect().adjusted(margin - 1, margin - 1, margin + 1, margin + 3);
    int outside = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (!allowed.contains(x, y) && qAlpha(image.pixel(x, y)) > 0)
                ++outside;
    QCOMPARE(outside, 0);
    // And the text really is drawn: dark ink in the card's lower half too (it wrapped).
    const QRect lower(margin + 10, margin + int(card.height() / 2), int(card.width()) - 20, int(card.height() / 2) - 10);
    QVERIFY(countNear(image, lower, QColor(0x1d, 0x1f, 0x23), 60) > 30);
    // Cards below it in the cell moved down: no overlap.
    for (CardItem *other : scene()->cardItems())
        if (other != item)
            QVERIFY(!scene()->cardRect(other->id()).intersects(scene()->cardRect(t.id)));
}

void TestJourneyRender::templateJourneyScreenshotShowsItsContent()
{
    view()->fitToWindow();
    QTest::qWait(20);
    const QImage shot = view()->viewport()->grab().toImage();
    if (const QByteArray dir = qgetenv("WAYMARK_SHOT_DIR"); !dir.isEmpty()) {
        shot.save(QString::fromLocal8Bit(dir) + QStringLiteral("/journey-template.png"));
        // The same canvas at other zoom levels, to compare renderings before and after a change.
        for (const int percent : {50, 100, 170}) {
            view()->setZoom(percent / 100.0);
            view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->minimum() + 40);
            view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->minimum() + 40);
            QTest::qWait(20);
            view()->viewport()->grab().toImage().save(QString::fromLocal8Bit(dir) + QStringLiteral("/journey-template-%1.png").arg(percent));
        }
        view()->fitToWindow();
    }
    const auto &l = scene()->journeyLayout();
    QCOMPARE(l.columns.size(), 6);
    const qreal z = view()->zoom();
    // The stage band: each stage's colour across its header, its name on it.
    for (const auto &c : l.columns) {
        const QRect header = view()->mapFromScene(QRectF(c.x + 10, 20, c.width - 20, 30)).boundingRect();
        const QColor fill(m_doc->workspace().stages.find(c.id)->color);
        QVERIFY2(countNear(shot, header, fill, 8) > header.width() * header.height() / 3, "each stage has its header");
        QVERIFY(countNear(shot, header, JourneyStyle::textOn(fill), 60) > 0);
    }
    // The touchpoint "Checkout": a white card with a star (moment of truth) and dark text.
    const TouchpointId checkout = cardTitled(QStringLiteral("Checkout"));
    const QRect card = view()->mapFromScene(scene()->cardRect(checkout)).boundingRect();
    QVERIFY(countNear(shot, card, Qt::white, 3) > card.width() * card.height() / 3);
    QVERIFY(countNear(shot, card, QColor(0xf5, 0xb3, 0x01), 40) > 0);
    QVERIFY(countNear(shot, card, QColor(0x1d, 0x1f, 0x23), 70) > 0);
    // A severe pain point: its red severity dots.
    const TouchpointId pain = cardTitled(QStringLiteral("Payment declined without a reason"));
    const QRect painCard = view()->mapFromScene(scene()->cardRect(pain)).boundingRect();
    QVERIFY(countNear(shot, painCard, QColor(0xc6, 0x28, 0x28), 20) > 3);
    // The emotion curve in the emotions lane: its dark blue line.
    const QRect band = view()->mapFromScene(scene()->emotionCurve()->band()).boundingRect();
    QVERIFY(countNear(shot, band, QColor(0x1f, 0x4e, 0x8c), 30) > int(band.width() / 4));
    // Transition arrows between touchpoints: slate pixels between the Consider and Purchase columns.
    const QRect gap = view()->mapFromScene(QRectF(l.columns[2].x - 14, l.rows[1].y, 28, l.rows[1].height)).boundingRect();
    QVERIFY(countNear(shot, gap, QColor(0x45, 0x5a, 0x78), 60) > 0);
    QVERIFY(z > 0.2);
}

void TestJourneyRender::headersStayVisibleWhileScrolling()
{
    view()->setZoom(1.0);
    view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->maximum());
    view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->maximum());
    QVERIFY(view()->horizontalScrollBar()->value() > 200);
    QVERIFY(view()->verticalScrollBar()->value() > 200);
    QTest::qWait(20);
    const QImage shot = view()->viewport()->grab().toImage();
    // The last stage's header is at the top of the window, the last lane's at its left.
    const auto &l = scene()->journeyLayout();
    const QRect stage = view()->stageHeaderRect(l.columns.last().id);
    QVERIFY(stage.top() <= 1);
    const QColor fill(m_doc->workspace().stages.find(l.columns.last().id)->color);
    QVERIFY(countNear(shot, stage.adjusted(10, 10, -10, -10), fill, 8) > stage.width());
    const QRect lane = view()->laneHeaderRect(l.rows.last().id);
    QVERIFY(lane.left() <= 1);
    const QColor tint = JourneyStyle::laneTint(l.rows.last().kind, m_doc->workspace().lanes.find(l.rows.last().id)->color);
    QVERIFY(countNear(shot, lane.adjusted(4, 4, -10, -4), tint, 4) > lane.width() * 4);
}

void TestJourneyRender::newJourneyHasDefaultLanes()
{
    qint64 id = 0;
    QVERIFY(m_doc->execute(WorkspaceEdits::create(m_doc.get(), EntityKind::Journey, QStringLiteral("Neu"), &id)));
    JourneyEditorPage page(m_doc.get(), id);
    page.scene()->relayoutNow();
    const auto &l = page.scene()->journeyLayout();
    QCOMPARE(l.columns.size(), 5);
    QList<LaneKind> kinds;
    for (const auto &r : l.rows)
        kinds << r.kind;
    QCOMPARE(kinds, (QList<LaneKind>{LaneKind::Actions, LaneKind::Touchpoints, LaneKind::Thoughts, LaneKind::Emotions,
                                     LaneKind::PainPoints, LaneKind::Opportunities, LaneKind::Backstage, LaneKind::Owners}));
    QVERIFY(page.scene()->emotionCurve()->isVisible());
}

void TestJourneyRender::zoomWithKeysWheelAndPanWithMiddleButton()
{
    view()->setZoom(1.0);
    view()->setFocus();
    QTRY_VERIFY(view()->hasFocus());
    QTest::keyClick(view(), Qt::Key_Plus, Qt::ControlModifier);
    QTRY_COMPARE(view()->zoom(), 1.2);
    QTest::keyClick(view(), Qt::Key_Minus, Qt::ControlModifier);
    QTRY_COMPARE(view()->zoom(), 1.0);
    QWheelEvent wheel(QPointF(400, 400), view()->viewport()->mapToGlobal(QPointF(400, 400)), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view()->viewport(), &wheel);
    QVERIFY(view()->zoom() < 0.9);
    QTest::keyClick(view(), Qt::Key_0, Qt::ControlModifier); // fit
    const QRectF visible = view()->mapToScene(view()->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(scene()->sceneRect().adjusted(2, 2, -2, -2)));

    view()->setZoom(1.0);
    QScrollBar *h = view()->horizontalScrollBar();
    QScrollBar *v = view()->verticalScrollBar();
    h->setValue(0);
    v->setValue(0);
    const QPoint start(600, 500);
    QTest::mousePress(view()->viewport(), Qt::MiddleButton, {}, start);
    QTest::mouseMove(view()->viewport(), start - QPoint(150, 100));
    QTest::mouseRelease(view()->viewport(), Qt::MiddleButton, {}, start - QPoint(150, 100));
    QCOMPARE(h->value(), 150);
    QCOMPARE(v->value(), 100);
    // Space + drag pans too, and does not move cards or select.
    const int before = m_doc->undoStack()->count();
    QTest::keyPress(view(), Qt::Key_Space);
    QTest::mousePress(view()->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(view()->viewport(), start - QPoint(50, 0));
    QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, start - QPoint(50, 0));
    QTest::keyRelease(view(), Qt::Key_Space);
    QCOMPARE(h->value(), 200);
    QCOMPARE(m_doc->undoStack()->count(), before);
}

void TestJourneyRender::presentationStepsThroughStages()
{
    m_page->startPresentation();
    PresentationWindow *p = m_page->presentation();
    QVERIFY(p);
    QTRY_VERIFY(p->isVisible());
    QCOMPARE(p->stage(), 0);
    QCOMPARE(scene()->spotlight(), 0);
    // Large type: the lane column and two and a half stages fill the width.
    const qreal expected = p->view()->viewport()->width() / (JourneyStyle::laneHeaderWidth + 2.5 * JourneyStyle::defaultStageWidth);
    QTRY_VERIFY(qAbs(p->view()->zoom() - expected) < 0.01);
    QTest::keyClick(p, Qt::Key_Right);
    QTest::keyClick(p, Qt::Key_Right);
    QCOMPARE(p->stage(), 2);
    QCOMPARE(scene()->spotlight(), 2);
    const auto &l = scene()->journeyLayout();
    const QRectF shown = p->view()->mapToScene(p->view()->viewport()->rect()).boundingRect();
    QVERIFY(shown.contains(QPointF(l.columns[2].x + l.columns[2].width / 2, shown.center().y())));
    // Cards of other stages are dimmed.
    const TouchpointId checkout = cardTitled(QStringLiteral("Checkout"));
    QCOMPARE(scene()->journeyLayout().columnOf(m_doc->workspace().touchpoints.find(checkout)->stageId), 2);
    QTest::keyClick(p, Qt::Key_Left);
    QCOMPARE(p->stage(), 1);
    QTest::keyClick(p, Qt::Key_Escape);
    QTRY_VERIFY(!m_page->presentation());
    QCOMPARE(scene()->spotlight(), -1);
}

void TestJourneyRender::scoreBadgesShowMetricSampleAndFlag()
{
    const TouchpointId checkout = cardTitled(QStringLiteral("Checkout"));
    const qreal height = scene()->cardItem(checkout)->height();
    JourneyScores scores;
    scores.journeyId = m_journey;
    scores.primaryMetric = Metric::Nps;
    ScoreRow row;
    row.touchpointId = checkout;
    row.n = 12;
    row.nps.n = 12;
    row.nps.value = -25;
    row.nps.flag = stats::SampleFlag::Tentative;
    row.measured = -0.5;
    scores.touchpoints.append(row);
    scene()->setScores(scores);
    scene()->relayoutNow();
    CardItem *item = scene()->cardItem(checkout);
    QCOMPARE(item->badge().text, QStringLiteral("NPS -25 · n = 12 ⚑"));
    QVERIFY(item->badge().color.red() > item->badge().color.green()); // below zero: red
    QVERIFY(item->height() > height); // the card grew to hold the badge
    // The measured emotion joins the curve beside the assumed one.
    bool found = false;
    for (const auto &p : scene()->emotionCurve()->points())
        if (p.id == checkout)
            found = p.measured == std::optional<double>(-0.5) && p.assumed == std::optional<double>(1);
    QVERIFY(found);
    // The badge is painted inside the card.
    const QImage image = renderAlone(item, 10);
    const QRect badge(10, 10 + int(item->height()) - 40, int(item->width()), 30);
    QVERIFY(countNear(image, badge, item->badge().color, 4) > 200);
}

void TestJourneyRender::scoreTogglesMetricAndStageTotals()
{
    const TouchpointId checkout = cardTitled(QStringLiteral("Checkout"));
    const Touchpoint *card = m_doc->workspace().touchpoints.find(checkout);
    QVERIFY(card);
    JourneyScores scores;
    scores.journeyId = m_journey;
    scores.primaryMetric = Metric::Nps;
    ScoreRow row;
    row.touchpointId = checkout;
    row.stageId = card->stageId;
    row.n = 40;
    row.nps.n = 40;
    row.nps.value = 10;
    row.csat.n = 40;
    row.csat.top2 = 75;
    row.measured = 0.4;
    scores.touchpoints.append(row);
    ScoreRow stage = row;
    stage.level = ScoreLevel::Stage;
    stage.touchpointId = {};
    stage.n = 55;
    stage.nps.n = 55;
    stage.nps.value = -20;
    stage.csat = {};
    scores.stages.append(stage);
    scene()->setScores(scores);
    scene()->relayoutNow();
    CardItem *item = scene()->cardItem(checkout);
    QCOMPARE(item->badge().text, QStringLiteral("NPS 10 · n = 40"));

    // The stage's header shows its pooled total; other stages have none.
    int column = -1;
    const auto &columns = scene()->journeyLayout().columns;
    for (int c = 0; c < columns.size(); ++c)
        if (columns[c].id == card->stageId)
            column = c;
    QVERIFY(column >= 0);
    QCOMPARE(view()->stageTotal(column)->text, QStringLiteral("NPS -20 · n = 55"));
    QVERIFY(!view()->stageTotal(column == 0 ? 1 : 0));

    // The badge metric follows the toolbar's choice, on cards and in headers.
    scene()->setBadgeMetric(Metric::Csat);
    QCOMPARE(item->badge().text, QStringLiteral("CSAT 75 % · n = 40"));
    QVERIFY(!view()->stageTotal(column)); // the stage row has no CSAT answers
    scene()->setBadgeMetric(std::nullopt);
    QCOMPARE(item->badge().text, QStringLiteral("NPS 10 · n = 40"));

    // Badges off: no badge on any card, no stage totals.
    scene()->setBadgesVisible(false);
    QVERIFY(item->badge().text.isEmpty());
    QVERIFY(!view()->stageTotal(column));
    scene()->setBadgesVisible(true);
    QCOMPARE(item->badge().text, QStringLiteral("NPS 10 · n = 40"));

    // Measured emotion off: the curve keeps only the team's assumption.
    const auto measuredAt = [this, checkout] {
        for (const auto &p : scene()->emotionCurve()->points())
            if (p.id == checkout)
                return p.measured;
        return std::optional<double>();
    };
    QCOMPARE(measuredAt(), std::optional<double>(0.4));
    scene()->setMeasuredVisible(false);
    QVERIFY(!measuredAt());
    scene()->setMeasuredVisible(true);
    QCOMPARE(measuredAt(), std::optional<double>(0.4));
}

void TestJourneyRender::volumeLabelsCoverNoLabelAndNoCardText()
{
    const qreal pad = JourneyStyle::cardPadding + 1; // text starts after the padding
    // Each label sits on its own arrow, or at most a few labels' heights away, stacked beside
    // the ones that took its place; returns how many sit on their arrow.
    const auto check = [&](int *onTheirArrow) {
        QList<const TransitionItem *> labelled;
        for (QGraphicsItem *item : scene()->items())
            if (item->type() == TransitionItem::Type && item->isVisible())
                if (const auto *t = static_cast<const TransitionItem *>(item); !t->label().isEmpty())
                    labelled.append(t);
        QVERIFY(labelled.size() >= 12);
        for (const TransitionItem *t : std::as_const(labelled)) {
            const QRectF label = t->labelRect();
            QPainterPathStroker stroke;
            stroke.setWidth(4);
            const QPainterPath arrow = stroke.createStroke(t->path());
            const qreal away = 13 * (label.height() + 3);
            QVERIFY2(arrow.intersects(label.adjusted(0, -away, 0, away)), qPrintable(t->label()));
            *onTheirArrow += arrow.intersects(label);
            for (const TransitionItem *other : std::as_const(labelled))
                QVERIFY2(other == t || !label.intersects(other->labelRect()),
                         qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(t->label(), other->label())));
            // Never on a card's text: at most on its padding, where the arrow runs between two stages.
            for (CardItem *card : scene()->cardItems()) {
                const QRectF content = scene()->cardRect(card->id()).adjusted(pad, pad, -pad, -pad);
                QVERIFY2(!label.intersects(content), qPrintable(QStringLiteral("label %1 covers a card").arg(t->label())));
            }
        }
    };
    int on = 0;
    check(&on);
    QVERIFY2(on >= 11, qPrintable(QString::number(on))); // nearly all of the template's labels
    // Three more arrows along the same way as an existing one (Checkout → Payment): their
    // labels cannot all sit on it.
    const TouchpointId checkout = cardTitled(QStringLiteral("Checkout"));
    const TouchpointId payment = cardTitled(QStringLiteral("Payment"));
    for (int i = 0; i < 3; ++i) {
        Transition t;
        t.id = TransitionId(m_doc->allocateId());
        t.journeyId = m_journey;
        t.from = checkout;
        t.to = payment;
        t.volume = 12000 + i;
        m_doc->execute(new InsertCommand<Transition>(m_doc.get(), t, -1, QStringLiteral("Add transition")));
    }
    scene()->relayoutNow();
    on = 0;
    check(&on);
}

QTEST_MAIN(TestJourneyRender)
#include "tst_journeyrender.moc"
