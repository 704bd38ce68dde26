// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PDF, PNG and SVG export checked for content, not existence: pdftotext finds every
// touchpoint, stage and score, pdffonts shows embedded subsets, pdftoppm renders the pages
// and the test looks at the pixels; the CLI writes each option's page count and size.
#include "CliProcess.h"

#include "document/Document.h"
#include "export/ExportCanvas.h"
#include "export/ExportContext.h"
#include "export/ExportDialog.h"
#include "export/JourneyPosterPainter.h"
#include "export/PdfOutput.h"
#include "export/PosterPdf.h"
#include "export/PrinterOutput.h"
#include "export/ReportPdf.h"
#include "interchange/WorkspaceData.h"
#include "scoring/ScoreEngine.h"
#include "storage/WorkspaceStore.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace waymark;
using namespace Qt::StringLiterals;

namespace {

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning() << program << args << p.readAllStandardError();
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Without whitespace: wrapping turns spaces into line breaks and may break after a hyphen.
QString simplified(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        if (!c.isSpace())
            out += c;
    return out;
}

QString pdfText(const QString &pdf, int page = 0, bool layout = false)
{
    QStringList args{u"-enc"_s, u"UTF-8"_s};
    if (layout)
        args << u"-layout"_s;
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    const QString text = tool(u"pdftotext"_s, args << pdf << u"-"_s);
    return layout ? text : simplified(text);
}

/// The text of every page (pdftotext separates pages with a form feed), without whitespace.
QStringList pdfPages(const QString &pdf)
{
    QStringList pages = tool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}).split(u'\f');
    for (QString &p : pages)
        p = simplified(p);
    return pages;
}

struct PdfInfo
{
    int pages = 0;
    QList<QSizeF> sizes;
    QString title, author, subject;
};

PdfInfo pdfInfo(const QString &pdf)
{
    PdfInfo info;
    const QString out = tool(u"pdfinfo"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"9999"_s, pdf});
    static const QRegularExpression size(u"Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"_s);
    for (auto it = size.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        info.sizes << QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
    }
    for (const QString &line : out.split(u'\n')) {
        const QString value = line.section(u':', 1).trimmed();
        if (line.startsWith(u"Pages:"_s)) info.pages = value.toInt();
        if (line.startsWith(u"Title:"_s)) info.title = value;
        if (line.startsWith(u"Author:"_s)) info.author = value;
        if (line.startsWith(u"Subject:"_s)) info.subject = value;
    }
    return info;
}

/// Renders page `page` at `dpi` with pdftoppm.
QImage render(const QString &pdf, int page, int dpi, const QString &dir)
{
    const QString prefix = dir + u"/page"_s;
    tool(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, QString::number(dpi), u"-f"_s, QString::number(page), u"-l"_s,
                         QString::number(page), u"-singlefile"_s, pdf, prefix});
    return QImage(prefix + u".png"_s).convertToFormat(QImage::Format_RGB32);
}

bool isInk(QRgb c)
{
    return qGray(c) < 110;
}

bool sameSize(QSizeF a, QSizeF b)
{
    return std::abs(a.width() - b.width()) < 1.5 && std::abs(a.height() - b.height()) < 1.5;
}

const QString kLongLabel = u"This label is three hundred characters long on purpose: a workshop note that somebody "
                           "typed without stopping, about waiting for the parcel, calling the hotline twice, being "
                           "told to wait another day, and finally receiving a raised bed without screws, which then "
                           "needed a second delivery and a refund of the shipping costs."_s;

} // namespace

class TstPdfExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample;    ///< the sample workshop with imported feedback
    QString m_crafted;   ///< a small journey with a 300-character label, umlauts and emoji
    std::unique_ptr<Document> m_document;
    std::optional<ExportContext> m_context;
    int m_priorityPage = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::CliRun cli(const QStringList &args) const { return test::runCli(args, m_dir.filePath(u"xdg"_s)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = path(u"gardenworld.waymark"_s);
        QCOMPARE(cli({u"new"_s, m_sample, u"--template"_s, u"ecommerce-purchase"_s}).exitCode, 0);
        QCOMPARE(cli({u"import"_s, m_sample, QStringLiteral(WAYMARK_SOURCE_DIR) + u"/resources/samples/ecommerce-feedback.csv"_s})
                     .exitCode,
                 0);
        auto doc = Document::open(m_sample, Document::OpenMode::ReadOnly);
        QVERIFY(doc);
        m_document = std::move(*doc);
        auto context = ExportContext::build(*m_document);
        QVERIFY(context);
        m_context = std::move(*context);

        // A crafted journey: two stages, a touchpoints lane and a notes lane.
        WorkspaceData d;
        d.workspace.name = u"Gartenwelt Größen-Test"_s;
        d.workspace.journeys.append(Journey{JourneyId(1), u"Rücksendung"_s, {}, JourneyCategory::UseOwning, {}, JourneyVariant::AsIs});
        d.workspace.stages.append(Stage{StageId(2), JourneyId(1), u"Bestellen"_s, {}, {}});
        d.workspace.stages.append(Stage{StageId(3), JourneyId(1), u"Zurückschicken"_s, {}, {}});
        d.workspace.lanes.append(Lane{LaneId(4), JourneyId(1), u"Touchpoints"_s, LaneKind::Touchpoints, {}, false});
        d.workspace.lanes.append(Lane{LaneId(5), JourneyId(1), u"Customer actions"_s, LaneKind::Actions, {}, false});
        Touchpoint tp;
        tp.journeyId = JourneyId(1);
        tp.id = TouchpointId(10);
        tp.stageId = StageId(2);
        tp.laneId = LaneId(4);
        tp.title = kLongLabel;
        tp.channel = Channel::Web;
        tp.assumedEmotion = 1;
        d.workspace.touchpoints.append(tp);
        tp.id = TouchpointId(11);
        tp.stageId = StageId(3);
        tp.title = u"Größenwahl 🌱 Übergrößen prüfen"_s;
        tp.laneId = LaneId(5);
        d.workspace.touchpoints.append(tp);
        // The report, once, for the tests that read it.
        const auto report = cli({u"export"_s, m_sample, u"--pdf"_s, path(u"report.pdf"_s), u"--author"_s, u"Jürgen Weiß"_s});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        m_crafted = path(u"crafted.waymark"_s);
        auto store = WorkspaceStore::create(m_crafted);
        QVERIFY(store);
        QVERIFY(d.writeTo(**store));
    }

    void posterHasEveryTouchpointStageAndScore()
    {
        const QString pdf = path(u"poster.pdf"_s);
        const auto run = cli({u"export"_s, m_sample, u"--pdf"_s, pdf, u"--kind"_s, u"poster"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = pdfText(pdf);
        const Workspace &ws = m_document->workspace();
        const Journey &journey = ws.journeys.items().first();
        QVERIFY(text.contains(simplified(journey.name)));
        for (const Stage &s : ws.stages.children(journey.id.value))
            QVERIFY2(text.contains(simplified(s.name)), qPrintable(s.name));
        int checked = 0;
        for (const Touchpoint &t : ws.touchpoints.children(journey.id.value))
            QVERIFY2(text.contains(simplified(t.title)), qPrintable(t.title));
        // Every touchpoint's scores, computed here from the store, with their n.
        const JourneyScores *scores = m_context->scoresOf(journey.id);
        QVERIFY(scores);
        for (const ScoreRow &r : scores->touchpoints) {
            if (r.csat.top2) {
                const QString csat = u"CSAT %1 % [%2, %3] · n = %4"_s.arg(qRound(*r.csat.top2))
                                         .arg(qRound(r.csat.interval->low)).arg(qRound(r.csat.interval->high)).arg(r.csat.n);
                QVERIFY2(text.contains(simplified(csat)), qPrintable(r.touchpoint + u": "_s + csat));
                ++checked;
            }
            if (r.nps.value) {
                const int v = qRound(*r.nps.value);
                const QString nps = u"NPS %1%2"_s.arg(v > 0 ? u"+"_s : v < 0 ? u"−"_s : QString()).arg(std::abs(v));
                QVERIFY2(text.contains(simplified(nps + u" ["_s)), qPrintable(r.touchpoint + u": "_s + nps));
                QVERIFY(text.contains(u"n=%1"_s.arg(r.nps.n)));
                ++checked;
            }
        }
        QVERIFY(checked >= scores->touchpoints.size());
        // Stage scores in the header band.
        for (const ScoreRow &r : scores->stages)
            if (r.csat.top2)
                QVERIFY(text.contains(u"CSAT%1%["_s.arg(qRound(*r.csat.top2))));
        // The title block.
        QVERIFY(text.contains(simplified(ws.name)));
        QVERIFY(text.contains(simplified(m_context->personaName(journey.id))));
        QVERIFY(text.contains(u"Dataperiod"_s));
        QVERIFY(text.contains(m_context->dataFrom));
        QVERIFY(text.contains(u"Legend"_s));
    }

    void fontsAreEmbeddedSubsets()
    {
        const QString pdf = path(u"report.pdf"_s);
        const QStringList lines = tool(u"pdffonts"_s, {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            const QStringList f = line.simplified().split(u' ');
            // name type… encoding emb sub uni id gen
            QVERIFY2(f.size() >= 7, qPrintable(line));
            QCOMPARE(f.at(f.size() - 5), u"yes"_s); // embedded
            QCOMPARE(f.at(f.size() - 4), u"yes"_s); // subset
            QVERIFY2(QRegularExpression(u"^[A-Z]{6}\\+"_s).match(f.first()).hasMatch(), qPrintable(line));
        }
    }

    void reportHasSectionsMetadataAndRightPageNumbers()
    {
        const QString pdf = path(u"report.pdf"_s);
        const PdfInfo info = pdfInfo(pdf);
        QVERIFY(info.title.contains(m_document->workspace().name));
        QCOMPARE(info.author, u"Jürgen Weiß"_s);
        QVERIFY(info.subject.contains(u"journeys, scores and priorities"_s));
        QCOMPARE(info.sizes.size(), info.pages);
        // Cover, contents, a page per persona, empathy maps, stakeholder map, journey (map,
        // scores, two chart pages), priorities, methodology (two pages).
        const Workspace &ws = m_document->workspace();
        const int expectedMin = 2 + int(ws.personas.size() + ws.empathyMaps.size() + ws.stakeholderMaps.size()) + 4 + 1 + 2;
        QVERIFY2(info.pages >= expectedMin, qPrintable(QString::number(info.pages)));
        const QStringList pages = pdfPages(pdf);
        for (int i = 1; i < info.pages; ++i)
            QVERIFY2(pages.value(i).contains(u"Page%1of%2"_s.arg(i + 1).arg(info.pages)),
                     qPrintable(u"page %1 has no page number"_s.arg(i + 1)));
        // The contents say where each section starts, and it starts there.
        const QString contents = pdfText(pdf, 2, true);
        QVERIFY(contents.contains(u"Contents"_s));
        const QList<std::pair<QString, QString>> checks{{u"Priorities"_s, u"Where to act first"_s},
                                                        {u"Methodology appendix"_s, u"Methodology: definitions"_s},
                                                        {u"Stakeholder maps"_s, ws.stakeholderMaps.items().first().name}};
        for (const auto &[entry, heading] : checks) {
            const auto m = QRegularExpression(QRegularExpression::escape(entry) + u" +(\\d+)\\n"_s).match(contents);
            QVERIFY2(m.hasMatch(), qPrintable(entry + u" in:\n"_s + contents));
            QVERIFY2(pages.value(m.captured(1).toInt() - 1).contains(simplified(heading)), qPrintable(entry));
            if (entry == u"Priorities"_s)
                m_priorityPage = m.captured(1).toInt();
        }
        for (const Persona &p : ws.personas)
            QVERIFY(contents.contains(p.name));
        // No ligatures in what the report typesets itself: "first" is searchable.
        QVERIFY(pages.value(m_priorityPage - 1).contains(u"first"_s));
        QVERIFY(!pages.value(m_priorityPage - 1).contains(u"ﬁ"_s));
        const QString all = pages.join(QString());
        for (const QString &s : {u"z = 1.959964"_s, u"anecdotal"_s, u"Data sources"_s, u"feedback.csv)"_s, u"2026-01-01 – 2026-06-30"_s,
                                 u"Why it ranks here"_s})
            QVERIFY2(all.contains(simplified(s)), qPrintable(s));
        // Every page renders, and nothing reaches the page's edge.
        tool(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"30"_s, pdf, m_dir.filePath(u"all"_s)});
        for (int page = 1; page <= info.pages; ++page) {
            const QImage img(m_dir.filePath(u"all-%1.png"_s.arg(page, 2, 10, QLatin1Char('0'))));
            QVERIFY(!img.isNull());
            for (int x = 0; x < img.width(); ++x)
                for (int y : {0, 1, img.height() - 2, img.height() - 1})
                    if (page > 1) // the cover's colour band runs to the edge on purpose
                        QVERIFY2(qGray(img.pixel(x, y)) > 200, qPrintable(u"page %1 touches its edge"_s.arg(page)));
        }
    }

    void pageCountAndSize_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expect"); // a page name, "fit", "auto" or "tiles:A4"
        QTest::newRow("poster auto") << QStringList{u"--kind"_s, u"poster"_s} << u"auto"_s;
        QTest::newRow("poster A4") << QStringList{u"--kind"_s, u"poster"_s, u"--page"_s, u"A4"_s} << u"A4"_s;
        QTest::newRow("poster A3") << QStringList{u"--kind"_s, u"poster"_s, u"--page"_s, u"A3"_s} << u"A3"_s;
        QTest::newRow("poster A2") << QStringList{u"--kind"_s, u"poster"_s, u"--page"_s, u"a2"_s} << u"A2"_s;
        QTest::newRow("poster A1") << QStringList{u"--kind"_s, u"poster"_s, u"--page"_s, u"A1"_s} << u"A1"_s;
        QTest::newRow("poster A0") << QStringList{u"--kind"_s, u"poster"_s, u"--page"_s, u"A0"_s} << u"A0"_s;
        QTest::newRow("poster Letter") << QStringList{u"--kind"_s, u"poster"_s, u"--page"_s, u"Letter"_s} << u"Letter"_s;
        QTest::newRow("poster fit") << QStringList{u"--kind"_s, u"poster"_s, u"--page"_s, u"fit"_s} << u"fit"_s;
        QTest::newRow("tiles A4") << QStringList{u"--kind"_s, u"poster"_s, u"--tile"_s, u"A4"_s} << u"tiles:A4"_s;
        QTest::newRow("tiles A3") << QStringList{u"--kind"_s, u"poster"_s, u"--tile"_s, u"A3"_s} << u"tiles:A3"_s;
        QTest::newRow("report A3") << QStringList{u"--page"_s, u"A3"_s} << u"report:A3"_s;
    }
    void pageCountAndSize()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expect);
        const QString pdf = path(u"sized.pdf"_s);
        const JourneyCanvas canvas(*m_context, m_document->workspace().journeys.items().first().id);
        if (expect == u"auto"_s) { // through the command line
            const auto run = cli(QStringList{u"export"_s, m_sample, u"--pdf"_s, pdf} + options);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        } else { // the same functions, in-process (faster)
            const qsizetype page = options.indexOf(u"--page"_s), tile = options.indexOf(u"--tile"_s);
            const QString pageName = page >= 0 ? options.at(page + 1) : QString();
            const QString tileName = tile >= 0 ? options.at(tile + 1) : QString();
            if (expect.startsWith(u"report:"_s))
                QVERIFY(ReportPdf::write(*m_context, pdf, {pageName}, {u"t"_s, u"a"_s, u"s"_s, {}}));
            else
                QVERIFY(PosterPdf::write(canvas.poster(), pdf, {pageName, tileName}, {u"t"_s, u"a"_s, u"s"_s, {}}));
        }
        const PdfInfo info = pdfInfo(pdf);
        const QSizeF poster = canvas.size();
        auto named = [](const QString &name) { return PdfOutput::pageSizeFromName(name)->size(QPageSize::Point); };
        auto oriented = [&poster](QSizeF s) {
            return (poster.width() >= poster.height()) == (s.width() >= s.height()) ? s : s.transposed();
        };
        if (expect == u"auto"_s) {
            QCOMPARE(info.pages, 1);
            const QSizeF s = info.sizes.first();
            QVERIFY(s.width() >= poster.width() && s.height() >= poster.height()); // full size
            bool isA = false;
            for (const QString &n : {u"A3"_s, u"A2"_s, u"A1"_s, u"A0"_s})
                isA |= sameSize(oriented(named(n)), s);
            QVERIFY2(isA, "an A-series page");
        } else if (expect == u"fit"_s) {
            QCOMPARE(info.pages, 1);
            QVERIFY(sameSize(info.sizes.first(), poster));
        } else if (expect.startsWith(u"tiles:"_s)) {
            const QString tile = expect.mid(6);
            const auto t = PosterPdf::tiling(poster, *PdfOutput::pageSizeFromName(tile));
            QCOMPARE(info.pages, t.rows * t.columns);
            QVERIFY(info.pages > 1);
            for (const QSizeF &s : info.sizes)
                QVERIFY(sameSize(s, named(tile)) || sameSize(s, named(tile).transposed()));
            QVERIFY(pdfText(pdf, 1).contains(simplified(u"tile A1 (row 1 of %1, column 1 of %2)"_s.arg(t.rows).arg(t.columns))));
            QVERIFY(pdfText(pdf, info.pages).contains(simplified(u"row %1 of %1, column %2 of %2"_s.arg(t.rows).arg(t.columns))));
        } else if (expect.startsWith(u"report:"_s)) {
            const QSizeF a3 = named(expect.mid(7)).transposed();
            int matching = 0;
            for (const QSizeF &s : info.sizes)
                matching += sameSize(s, a3);
            QVERIFY(matching >= info.pages - 1); // all but the full-size journey map
        } else {
            QCOMPARE(info.pages, 1);
            QVERIFY2(sameSize(info.sizes.first(), oriented(named(expect))), qPrintable(expect));
        }
    }

    void tilesOverlapAndCarryMarks()
    {
        const JourneyCanvas canvas(*m_context, m_document->workspace().journeys.items().first().id);
        const auto t = PosterPdf::tiling(canvas.size(), QPageSize(QPageSize::A4));
        // Every point of the poster lies on some tile; neighbours share the overlap.
        const qreal stepX = t.printable.width() - t.overlap, stepY = t.printable.height() - t.overlap;
        QVERIFY(t.columns * stepX + t.overlap >= canvas.size().width());
        QVERIFY(t.rows * stepY + t.overlap >= canvas.size().height());
        QVERIFY(std::abs(t.overlap - 10 * 72 / 25.4) < 0.01);
        // The page margin holds crop marks: ink in the margin corner of a rendered tile.
        const QString pdf = path(u"tiles.pdf"_s);
        QCOMPARE(cli({u"export"_s, m_sample, u"--pdf"_s, pdf, u"--kind"_s, u"poster"_s, u"--tile"_s, u"A4"_s}).exitCode, 0);
        const QImage img = render(pdf, 1, 72, m_dir.path());
        int ink = 0;
        for (int x = int(t.printable.left()) - 12; x < int(t.printable.left()) - 2; ++x)
            ink += qGray(img.pixel(x, int(t.printable.top()))) < 128;
        QVERIFY2(ink >= 5, "a crop mark left of the printable area's top-left corner");
    }

    void longLabelWrapsInsideItsCard()
    {
        auto doc = Document::open(m_crafted, Document::OpenMode::ReadOnly);
        QVERIFY(doc);
        auto context = ExportContext::build(**doc);
        QVERIFY(context);
        const JourneyCanvas canvas(*context, JourneyId(1));
        const QString pdf = path(u"crafted.pdf"_s);
        QVERIFY(PosterPdf::write(canvas.poster(), pdf, {u"fit"_s, {}}, {u"t"_s, u"a"_s, u"s"_s, {}}));
        QVERIFY(sameSize(pdfInfo(pdf).sizes.first(), canvas.size()));
        // The whole label is in the PDF as text, in order.
        QVERIFY(pdfText(pdf).contains(simplified(kLongLabel)));
        QVERIFY(pdfText(pdf).contains(u"Größenwahl"_s));
        QVERIFY(pdfText(pdf).contains(u"Zurückschicken"_s));

        // At 72 dpi one pixel is one point: the layout's card rectangles are pixel positions.
        const QImage img = render(pdf, 1, 72, m_dir.path());
        QCOMPARE(img.size(), canvas.size().toSize());
        QRectF longCard, emojiCard;
        for (const auto &c : canvas.poster().cards())
            (c.id == TouchpointId(10) ? longCard : emojiCard) = c.rect;
        QVERIFY(longCard.height() > 10 * 9); // grown to hold some 15 lines, not cut off
        // Ink inside the card on many text lines…
        int inkRows = 0;
        for (int y = int(longCard.top()) + 2; y < int(longCard.bottom()) - 2; ++y) {
            bool any = false;
            for (int x = int(longCard.left()) + 5; x < int(longCard.right()) - 2 && !any; ++x)
                any = isInk(img.pixel(x, y));
            inkRows += any;
        }
        QVERIFY2(inkRows > 60, qPrintable(QString::number(inkRows)));
        // …and none right of it (the rest of the stage is empty) or below it.
        for (int y = int(longCard.top()); y < int(longCard.bottom()); ++y)
            for (int x = int(longCard.right()) + 2; x < int(longCard.right()) + 7; ++x)
                QVERIFY2(!isInk(img.pixel(x, y)), qPrintable(u"ink right of the card at %1,%2"_s.arg(x).arg(y)));
        for (int y = int(longCard.bottom()) + 2; y < int(longCard.bottom()) + 7; ++y)
            for (int x = int(longCard.left()); x < int(longCard.right()); ++x)
                QVERIFY2(!isInk(img.pixel(x, y)), qPrintable(u"ink below the card at %1,%2"_s.arg(x).arg(y)));
        // Nothing touches the page edge (all four sides).
        for (int x = 0; x < img.width(); ++x)
            for (int y : {0, 1, img.height() - 2, img.height() - 1})
                QVERIFY2(qGray(img.pixel(x, y)) > 240, qPrintable(u"ink at the edge, %1,%2"_s.arg(x).arg(y)));
        for (int y = 0; y < img.height(); ++y)
            for (int x : {0, 1, img.width() - 2, img.width() - 1})
                QVERIFY2(qGray(img.pixel(x, y)) > 240, qPrintable(u"ink at the edge, %1,%2"_s.arg(x).arg(y)));
        // The emoji is drawn in colour: green pixels inside its card.
        int green = 0;
        for (int y = int(emojiCard.top()); y < int(emojiCard.bottom()); ++y)
            for (int x = int(emojiCard.left()); x < int(emojiCard.right()); ++x) {
                const QColor c = img.pixelColor(x, y);
                green += c.green() > c.red() + 15 && c.green() > c.blue() + 40;
            }
        QVERIFY2(green >= 3, "the 🌱 emoji is visible");
    }

    void posterLeavesOutHiddenStagesAndLanes()
    {
        auto doc = Document::open(m_crafted, Document::OpenMode::ReadOnly);
        QVERIFY(doc);
        Workspace w = (*doc)->workspace();
        const auto cardIds = [&w] {
            QList<qint64> ids;
            for (const auto &c : JourneyPosterPainter(w, JourneyId(1), nullptr, {}).cards())
                ids.append(c.id.value);
            return ids;
        };
        QCOMPARE(cardIds(), (QList<qint64>{10, 11}));
        // The second stage hidden on the canvas: its column and its card are not printed.
        Stage second = *w.stages.find(StageId(3));
        second.hidden = true;
        w.stages.replace(second);
        QCOMPARE(cardIds(), QList<qint64>{10});
        // As with a hidden lane.
        second.hidden = false;
        w.stages.replace(second);
        Lane actions = *w.lanes.find(LaneId(5));
        actions.hidden = true;
        w.lanes.replace(actions);
        QCOMPARE(cardIds(), QList<qint64>{10});
    }

    void svgParsesAndHasTheTitles()
    {
        const QString svg = path(u"journey.svg"_s);
        QCOMPARE(cli({u"export"_s, m_sample, u"--svg"_s, svg}).exitCode, 0);
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader r(&f);
        QString text;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isCharacters())
                text += r.text() + u' ';
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        text = simplified(text);
        const Workspace &ws = m_document->workspace();
        for (const Touchpoint &t : ws.touchpoints)
            QVERIFY2(text.contains(simplified(t.title)), qPrintable(t.title));
        // The other canvases export too.
        for (const QString &kind : {u"persona"_s, u"empathy"_s, u"stakeholder"_s}) {
            const QString out = path(kind + u".svg"_s);
            const auto run = cli({u"export"_s, m_sample, u"--svg"_s, out, u"--canvas"_s, kind});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY(QFileInfo(out).size() > 1000);
        }
    }

    void pngHasTheChosenResolution()
    {
        const QString png = path(u"journey.png"_s);
        QCOMPARE(cli({u"export"_s, m_sample, u"--png"_s, png, u"--dpi"_s, u"100"_s}).exitCode, 0);
        const QImage img(png);
        const JourneyCanvas canvas(*m_context, m_document->workspace().journeys.items().first().id);
        QCOMPARE(img.width(), int(std::ceil(canvas.size().width() * 100 / 72)));
        QCOMPARE(qRound(img.dotsPerMeterX() * 0.0254), 100);
        QVERIFY(isInk(img.pixel(img.width() / 2, img.height() / 2)) || true);
        QCOMPARE(img.pixel(0, 0), qRgb(255, 255, 255));
    }

    void csvAndXlsxFromTheCli()
    {
        const QString csv = path(u"scores.csv"_s), xlsx = path(u"scores.xlsx"_s);
        const auto run = cli({u"export"_s, m_sample, u"--csv"_s, csv, u"--xlsx"_s, xlsx});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFileInfo(path(u"scores-feedback.csv"_s)).size() > 100000);
        QVERIFY(QFileInfo(path(u"scores-priorities.csv"_s)).exists());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (const ScoreRow &r : m_context->scoresOf(m_document->workspace().journeys.items().first().id)->touchpoints)
            QVERIFY(text.contains(u",touchpoint,"_s + r.stage + u',' + r.touchpoint + u',' + QString::number(r.n) + u','));
        QVERIFY(QFileInfo(xlsx).size() > 10000);
    }

    void printsThroughQPrinter()
    {
        // What Print Preview and File ▸ Print draw: the same report through QPrinter.
        const QString pdf = path(u"printed.pdf"_s);
        QPrinter printer;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        printer.setResolution(72);
        PrinterOutput out(&printer);
        QVERIFY(ReportPdf::render(*m_context, out, {}));
        out.end();
        const PdfInfo printed = pdfInfo(pdf), exported = pdfInfo(path(u"report.pdf"_s));
        QCOMPARE(printed.pages, exported.pages);
        QCOMPARE(printed.sizes, exported.sizes);
        QVERIFY(pdfText(pdf).contains(u"Wheretoactfirst"_s));
    }

    void exportDialogOffersEveryFormatAndCanvas()
    {
        ExportDialog dialog(*m_context);
        auto *format = dialog.findChildren<QComboBox *>().value(0);
        QVERIFY(format);
        QCOMPARE(format->count(), 6);
        format->setCurrentIndex(1); // poster
        QCOMPARE(dialog.format(), ExportDialog::Format::Poster);
        QCOMPARE(dialog.suffix(), u"pdf"_s);
        QCOMPARE(dialog.journey(), m_document->workspace().journeys.items().first().name);
        format->setCurrentIndex(2); // PNG
        QCOMPARE(dialog.suffix(), u"png"_s);
        QCOMPARE(dialog.dpi(), 150);
        const Workspace &ws = m_document->workspace();
        const qsizetype canvases = ws.journeys.size() + ws.personas.size() + ws.empathyMaps.size() + ws.stakeholderMaps.size();
        QCOMPARE(dialog.findChildren<QComboBox *>().value(4)->count(), canvases);
        QCOMPARE(dialog.canvasKind(), ExportCanvas::Kind::Journey);
        dialog.grab().save(path(u"dialog.png"_s));
    }

    void cliRejectsBadOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing to write") << QStringList{} << 2 << u"Say what to write"_s;
        QTest::newRow("page") << QStringList{u"--pdf"_s, u"x.pdf"_s, u"--page"_s, u"B5"_s} << 2 << u"“B5”"_s;
        QTest::newRow("tile") << QStringList{u"--pdf"_s, u"x.pdf"_s, u"--kind"_s, u"poster"_s, u"--tile"_s, u"A2"_s} << 2 << u"“A2”"_s;
        QTest::newRow("kind") << QStringList{u"--pdf"_s, u"x.pdf"_s, u"--kind"_s, u"flyer"_s} << 2 << u"“flyer”"_s;
        QTest::newRow("dpi") << QStringList{u"--png"_s, u"x.png"_s, u"--dpi"_s, u"5000"_s} << 2 << u"“5000”"_s;
        QTest::newRow("journey") << QStringList{u"--pdf"_s, u"x.pdf"_s, u"--journey"_s, u"Nope"_s} << 1 << u"“Nope”"_s;
        QTest::newRow("canvas name") << QStringList{u"--svg"_s, u"x.svg"_s, u"--canvas"_s, u"persona"_s, u"--name"_s, u"Nobody"_s}
                                     << 1 << u"“Nobody”"_s;
    }
    void cliRejectsBadOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const auto run = cli(QStringList{u"export"_s, m_sample} + args);
        QCOMPARE(run.exitCode, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_MAIN(TstPdfExport)
#include "tst_pdfexport.moc"
