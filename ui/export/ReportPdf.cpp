// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPdf.h"

#include "ExportCanvas.h"
#include "ExportContext.h"
#include "JourneyPosterPainter.h"
#include "PosterPdf.h"
#include "ScoreText.h"
#include "TextBlock.h"
#include "charts/ChartPalette.h"
#include "charts/ScoreCharts.h"

#include <QChart>
#include <QLocale>
#include <QPainter>

#include <functional>
#include <memory>

namespace waymark {

using namespace Qt::StringLiterals;

namespace {

const QColor kInk(0x1A, 0x1A, 0x1A);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kRule(0xBB, 0xBB, 0xBB);

using DrawFn = std::function<void(QPainter *, const QRectF &)>;

struct Page
{
    QString section; ///< running header
    DrawFn draw;
    bool bare = false; ///< cover: no header or footer
    std::optional<QPageLayout> layout; ///< a page of its own size (journey maps at full size)
};

struct TocEntry
{
    int level = 0;
    QString text;
    int page = 0; ///< index into the page list
};

struct Table
{
    QStringList headers;
    QList<qreal> widths; ///< fractions of the content width
    QList<QStringList> rows;
    QList<bool> strong; ///< per row: bold (roll-up rows)
};

qreal rowHeight(const QStringList &cells, const QList<qreal> &widths, qreal width, bool bold)
{
    qreal h = 0;
    for (qsizetype c = 0; c < cells.size(); ++c)
        h = qMax(h, TextBlock(cells[c], TextBlock::printFont(8, bold), widths[c] * width - 8).height());
    return h + 6;
}

void drawRow(QPainter *p, const QStringList &cells, const QList<qreal> &widths, const QRectF &area, qreal y, qreal h,
             bool bold, bool header)
{
    if (header)
        p->fillRect(QRectF(area.left(), y, area.width(), h), QColor(0xE4, 0xEB, 0xF2));
    qreal x = area.left();
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const TextBlock b(cells[c], TextBlock::printFont(8, bold || header), widths[c] * area.width() - 8);
        b.draw(p, QPointF(x + 4, y + 3), kInk);
        x += widths[c] * area.width();
    }
    p->setPen(QPen(kRule, 0.4));
    p->drawLine(QPointF(area.left(), y + h), QPointF(area.right(), y + h));
}

/// Splits `table` into pages of `area` (after `top` points taken by a heading on the first).
QList<QList<qsizetype>> paginate(const Table &t, const QRectF &area, qreal firstTop)
{
    QList<QList<qsizetype>> pages{{}};
    const qreal header = rowHeight(t.headers, t.widths, area.width(), true);
    qreal y = firstTop + header;
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const qreal h = rowHeight(t.rows[r], t.widths, area.width(), t.strong.value(r));
        if (y + h > area.height() && !pages.back().isEmpty()) {
            pages.append(QList<qsizetype>());
            y = header;
        }
        pages.back() << r;
        y += h;
    }
    return pages;
}

qreal drawHeading(QPainter *p, const QRectF &area, const QString &title, const QString &subtitle = {})
{
    const TextBlock h(title, TextBlock::printFont(18, true), area.width());
    h.draw(p, area.topLeft(), kInk);
    qreal y = area.top() + h.height() + 2;
    if (!subtitle.isEmpty()) {
        const TextBlock s(subtitle, TextBlock::printFont(9), area.width());
        s.draw(p, QPointF(area.left(), y), kMuted);
        y += s.height();
    }
    return y + 10 - area.top();
}

void drawTable(QPainter *p, const Table &t, const QList<qsizetype> &rows, const QRectF &area, qreal top)
{
    qreal y = area.top() + top;
    const qreal hh = rowHeight(t.headers, t.widths, area.width(), true);
    drawRow(p, t.headers, t.widths, area, y, hh, true, true);
    y += hh;
    for (const qsizetype r : rows) {
        const bool bold = t.strong.value(r);
        const qreal h = rowHeight(t.rows[r], t.widths, area.width(), bold);
        drawRow(p, t.rows[r], t.widths, area, y, h, bold, false);
        y += h;
    }
}

qreal drawParagraphs(QPainter *p, const QRectF &area, qreal y, const QList<std::pair<QString, QString>> &items)
{
    for (const auto &[term, text] : items) {
        const TextBlock t(term, TextBlock::printFont(9, true), area.width());
        t.draw(p, QPointF(area.left(), area.top() + y), kInk);
        y += t.height() + 1;
        const TextBlock b(text, TextBlock::printFont(8), area.width());
        b.draw(p, QPointF(area.left(), area.top() + y), kInk);
        y += b.height() + 6;
    }
    return y;
}

QFont chartFont()
{
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(7);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64); // no ligatures: searchable text
    return font;
}

QString stripPrefix(const QString &s)
{
    const qsizetype space = s.indexOf(u' ');
    return space < 0 ? s : s.mid(space + 1);
}

QString flagCount(qint64 n)
{
    return QString::number(n) + ScoreText::flagSuffix(n);
}

class ReportBuilder
{
public:
    ReportBuilder(const ExportContext &c, const QSizeF &page) : m_c(c), m_page(page)
    {
        m_content = QRectF(36, 54, page.width() - 72, page.height() - 54 - 40);
    }

    void build();
    QList<Page> pages;
    QList<TocEntry> toc;

private:
    void add(const QString &section, DrawFn draw, const QString &tocText = {}, int level = 1)
    {
        if (!tocText.isEmpty())
            toc << TocEntry{level, tocText, int(pages.size())};
        pages << Page{section, std::move(draw), false, std::nullopt};
    }
    void addTable(const QString &section, const QString &title, const QString &subtitle, std::shared_ptr<Table> table,
                  const QString &tocText, int level);
    void cover();
    void personas();
    void maps();
    void journeys();
    void priorities();
    void methodology();

    const ExportContext &m_c;
    QSizeF m_page;
    QRectF m_content;
};

void ReportBuilder::addTable(const QString &section, const QString &title, const QString &subtitle,
                             std::shared_ptr<Table> table, const QString &tocText, int level)
{
    const qreal top = [&] {
        const TextBlock h(title, TextBlock::printFont(18, true), m_content.width());
        const TextBlock s(subtitle, TextBlock::printFont(9), m_content.width());
        return h.height() + 2 + s.height() + 10;
    }();
    const QList<QList<qsizetype>> split = paginate(*table, m_content, top);
    for (qsizetype i = 0; i < split.size(); ++i) {
        const QList<qsizetype> rows = split[i];
        const bool first = i == 0;
        const QString heading = first ? title : title + ReportPdf::tr(" (continued)");
        add(section,
            [table, rows, heading, subtitle, first](QPainter *p, const QRectF &area) {
                const qreal y = drawHeading(p, area, heading, first ? subtitle : QString());
                drawTable(p, *table, rows, area, y);
            },
            first ? tocText : QString(), level);
    }
}

void ReportBuilder::cover()
{
    const ExportContext &c = m_c;
    pages << Page{{}, [&c](QPainter *p, const QRectF &) {
                      const QRectF full(QPointF(0, 0), p->device() ? QSizeF(p->device()->width(), p->device()->height()) : QSizeF());
                      p->fillRect(QRectF(0, 0, 18, full.height()), ChartPalette::blue());
                      const qreal left = 72;
                      const qreal width = full.width() - 2 * left;
                      qreal y = full.height() * 0.22;
                      const TextBlock kicker(ReportPdf::tr("Customer-journey report"), TextBlock::printFont(14), width);
                      kicker.draw(p, QPointF(left, y), ChartPalette::blue());
                      y += kicker.height() + 8;
                      const TextBlock title(c.workspace->name, TextBlock::printFont(34, true), width);
                      title.draw(p, QPointF(left, y), kInk);
                      y += title.height() + 12;
                      const TextBlock desc(c.workspace->description, TextBlock::printFont(12), width * 0.8);
                      desc.draw(p, QPointF(left, y), kMuted);
                      y += desc.height() + 36;
                      const QList<std::pair<QString, QString>> facts{
                          {ReportPdf::tr("Date"), QLocale(QLocale::English).toString(c.date, u"d MMMM yyyy"_s)},
                          {ReportPdf::tr("Prepared by"), c.author.isEmpty() ? u"—"_s : c.author},
                          {ReportPdf::tr("Feedback"), c.dataPeriod()},
                          {ReportPdf::tr("Contents"),
                           ReportPdf::tr("%1 personas · %2 journeys · %3 empathy maps · %4 stakeholder maps")
                               .arg(c.workspace->personas.size())
                               .arg(c.workspace->journeys.size())
                               .arg(c.workspace->empathyMaps.size())
                               .arg(c.workspace->stakeholderMaps.size())}};
                      for (const auto &[k, v] : facts) {
                          const TextBlock kb(k, TextBlock::printFont(10, true), 120);
                          const TextBlock vb(v, TextBlock::printFont(10), width - 130);
                          kb.draw(p, QPointF(left, y), kMuted);
                          vb.draw(p, QPointF(left + 130, y), kInk);
                          y += qMax(kb.height(), vb.height()) + 6;
                      }
                      const TextBlock foot(ReportPdf::tr("Made with Waymark %1. Every score shows its sample size n; "
                                                         "definitions in the methodology appendix.")
                                               .arg(QStringLiteral(WAYMARK_VERSION)),
                                           TextBlock::printFont(8), width);
                      foot.draw(p, QPointF(left, full.height() - 60), kMuted);
                  },
                  true, std::nullopt};
}

void ReportBuilder::personas()
{
    if (m_c.workspace->personas.isEmpty())
        return;
    bool first = true;
    for (const Persona &persona : m_c.workspace->personas) {
        auto canvas = ExportCanvas::create(m_c, ExportCanvas::Kind::Persona, persona.name);
        if (!canvas)
            continue;
        std::shared_ptr<ExportCanvas> shared(std::move(*canvas));
        if (first)
            toc << TocEntry{0, ReportPdf::tr("Personas"), int(pages.size())};
        first = false;
        add(ReportPdf::tr("Personas"), [shared](QPainter *p, const QRectF &area) { shared->paint(p, area); },
            persona.name, 1);
    }
}

void ReportBuilder::maps()
{
    const struct
    {
        ExportCanvas::Kind kind;
        QString section;
        QStringList names;
    } groups[] = {
        {ExportCanvas::Kind::EmpathyMap, ReportPdf::tr("Empathy maps"), [this] {
             QStringList n;
             for (const EmpathyMap &m : m_c.workspace->empathyMaps)
                 n << m.name;
             return n;
         }()},
        {ExportCanvas::Kind::StakeholderMap, ReportPdf::tr("Stakeholder maps"), [this] {
             QStringList n;
             for (const StakeholderMap &m : m_c.workspace->stakeholderMaps)
                 n << m.name;
             return n;
         }()},
    };
    for (const auto &g : groups) {
        bool first = true;
        for (const QString &name : g.names) {
            auto canvas = ExportCanvas::create(m_c, g.kind, name);
            if (!canvas)
                continue;
            std::shared_ptr<ExportCanvas> shared(std::move(*canvas));
            if (first)
                toc << TocEntry{0, g.section, int(pages.size())};
            first = false;
            add(g.section,
                [shared, name](QPainter *p, const QRectF &area) {
                    const qreal y = drawHeading(p, area, name);
                    shared->paint(p, area.adjusted(0, y, 0, 0));
                },
                name, 1);
        }
    }
}

void ReportBuilder::journeys()
{
    for (const Journey &j : m_c.workspace->journeys) {
        const QString section = ReportPdf::tr("Journey: %1").arg(j.name);
        toc << TocEntry{0, section, int(pages.size())};
        auto canvas = std::make_shared<JourneyCanvas>(m_c, j.id);
        add(section, [canvas](QPainter *p, const QRectF &area) { canvas->paint(p, area); }, ReportPdf::tr("Journey map"), 1);
        // The map at full size on the smallest A-series page that holds it, like the poster.
        pages.back().layout = PosterPdf::pageFor(canvas->size(), {});

        const JourneyScores *s = m_c.scoresOf(j.id);
        if (!s)
            continue;
        auto table = std::make_shared<Table>();
        table->headers = {ReportPdf::tr("Stage"), ReportPdf::tr("Touchpoint"), ReportPdf::tr("NPS [95 % CI]"),
                          ReportPdf::tr("CSAT top-2 [95 % CI]"), ReportPdf::tr("CES mean [95 % CI]"),
                          ReportPdf::tr("Assumed"), ReportPdf::tr("Measured"), ReportPdf::tr("Gap"),
                          ReportPdf::tr("Priority")};
        table->widths = {0.11, 0.17, 0.16, 0.15, 0.14, 0.065, 0.07, 0.055, 0.07};
        auto opt = [](const std::optional<double> &v, int decimals, bool sign) {
            return v ? ScoreText::number(*v, decimals, sign) : u"—"_s;
        };
        auto addRow = [&table, opt](const ScoreRow &r, const QString &stage, const QString &tp, bool strong) {
            table->rows << QStringList{stage, tp, stripPrefix(ScoreText::nps(r)), stripPrefix(ScoreText::csat(r)),
                                       stripPrefix(ScoreText::ces(r)), opt(r.assumed, 1, true),
                                       opt(r.measured, 1, true), opt(r.gap, 1, true),
                                       r.priority ? ScoreText::number(*r.priority, 2, false) : QString()};
            table->strong << strong;
        };
        for (const ScoreRow &r : s->touchpoints)
            addRow(r, r.stage, r.touchpoint, false);
        for (const ScoreRow &r : s->stages)
            addRow(r, r.stage, ReportPdf::tr("all of the stage (n = %1)").arg(r.n), true);
        addRow(s->journey, ReportPdf::tr("Journey"), ReportPdf::tr("all (n = %1)").arg(s->journey.n), true);
        addTable(section, ReportPdf::tr("Scores: %1").arg(j.name),
                 ReportPdf::tr("Primary metric: %1. Stage and journey rows pool the distinct feedback items attached "
                               "anywhere in them. n < 30 tentative, n < 10 anecdotal.")
                     .arg(s->primaryMetric ? metricLabel(*s->primaryMetric) : ReportPdf::tr("none")),
                 table, ReportPdf::tr("Scores"), 1);

        auto scores = std::make_shared<JourneyScores>(*s);
        // QtCharts elides a category label whose row is lower than about 18 pt: the bar
        // charts get the full page height, the emotion curve a page of its own.
        auto drawCharts = [scores](QPainter *p, const QList<std::pair<QChart *, QRectF>> &charts) {
            for (const auto &[chart, rect] : charts) {
                if (!chart) {
                    const TextBlock none(ReportPdf::tr("No feedback with this metric yet."), TextBlock::printFont(9),
                                         rect.width());
                    none.draw(p, rect.topLeft() + QPointF(0, 20), kMuted);
                    continue;
                }
                std::unique_ptr<QChart> owner(chart);
                ScoreCharts::paint(chart, p, rect);
            }
        };
        add(section,
            [scores, drawCharts, name = j.name](QPainter *p, const QRectF &area) {
                const qreal y = drawHeading(p, area, ReportPdf::tr("Scores per touchpoint: %1").arg(name));
                const QRectF body = area.adjusted(0, y, 0, 0);
                const QRectF left(body.left(), body.top(), body.width() * 0.56 - 8, body.height());
                const QRectF right(body.left() + body.width() * 0.56 + 8, body.top(), body.width() * 0.44 - 8,
                                   body.height());
                drawCharts(p, {{ScoreCharts::scorePerTouchpoint(*scores, chartFont()), left},
                               {ScoreCharts::npsComposition(*scores, chartFont()), right}});
            },
            ReportPdf::tr("Charts"), 1);
        add(section,
            [scores, drawCharts, name = j.name](QPainter *p, const QRectF &area) {
                const qreal y = drawHeading(p, area, ReportPdf::tr("Experience gap: %1").arg(name),
                                            ReportPdf::tr("Where the dashed line (what the team assumed in the workshop) "
                                                          "lies above the solid line (what customers report), the team "
                                                          "believes the moment is better than it is."));
                const QRectF body = area.adjusted(0, y, 0, 0);
                drawCharts(p, {{ScoreCharts::emotionCurves(*scores, chartFont()),
                                QRectF(body.left(), body.top(), body.width(), body.height() * 0.7)}});
                QStringList key;
                int i = 0;
                for (const ScoreRow &r : scores->touchpoints)
                    key << u"%1 %2"_s.arg(++i).arg(r.touchpoint);
                const TextBlock legend(key.join(u"   ·   "_s), TextBlock::printFont(8), body.width());
                legend.draw(p, QPointF(body.left(), body.top() + body.height() * 0.7 + 10), kInk);
            },
            {}, 1);
    }
}

void ReportBuilder::priorities()
{
    auto table = std::make_shared<Table>();
    table->headers = {u"#"_s, ReportPdf::tr("Touchpoint"), ReportPdf::tr("Priority"), ReportPdf::tr("Gap"),
                      ReportPdf::tr("Reach"), ReportPdf::tr("n (confidence)"), ReportPdf::tr("Why it ranks here")};
    table->widths = {0.04, 0.2, 0.08, 0.07, 0.07, 0.11, 0.43};
    for (const Journey &j : m_c.workspace->journeys) {
        const JourneyScores *s = m_c.scoresOf(j.id);
        if (!s)
            continue;
        if (m_c.workspace->journeys.size() > 1) {
            table->rows << QStringList{QString(), j.name, QString(), QString(), QString(), QString(), QString()};
            table->strong << true;
        }
        int rank = 0;
        for (const ScoreRow &r : s->priorities()) {
            table->rows << QStringList{QString::number(++rank), r.touchpoint + u"\n"_s + r.stage,
                                       r.priority ? ScoreText::number(*r.priority, 2, false) : u"—"_s,
                                       r.gap ? ScoreText::number(*r.gap, 2) : u"—"_s,
                                       r.reach ? ScoreText::number(*r.reach, 2, false) : ReportPdf::tr("unknown"),
                                       flagCount(r.measuredN) + (r.confidence ? u" ("_s + ScoreText::number(*r.confidence, 2, false) + u')' : QString()),
                                       r.reason};
            table->strong << false;
        }
    }
    toc << TocEntry{0, ReportPdf::tr("Priorities"), int(pages.size())};
    addTable(ReportPdf::tr("Priorities"), ReportPdf::tr("Where to act first"),
             ReportPdf::tr("priority = reach × max(0, −gap) × confidence, confidence = min(1, n/30); ties: larger n first."),
             table, {}, 1);
}

void ReportBuilder::methodology()
{
    const QString section = ReportPdf::tr("Methodology");
    toc << TocEntry{0, ReportPdf::tr("Methodology appendix"), int(pages.size())};
    add(section,
        [](QPainter *p, const QRectF &area) {
            qreal y = drawHeading(p, area, ReportPdf::tr("Methodology: definitions"),
                                  ReportPdf::tr("All intervals are two-sided 95 % intervals (z = 1.959964)."));
            const QRectF col1(area.left(), area.top(), area.width() / 2 - 10, area.height());
            const QRectF col2(area.left() + area.width() / 2 + 10, area.top(), area.width() / 2 - 10, area.height());
            drawParagraphs(p, col1, y, {
                {ReportPdf::tr("Net Promoter Score (NPS)"),
                 ReportPdf::tr("Answers 0–10 to “How likely are you to recommend…”. Promoters P answer 9–10, detractors D "
                               "0–6. NPS = 100·(P − D)/n, from −100 to +100. Interval: adjusted Wald (Rocks 2016): "
                               "n' = n + 3, p' = (P + 0.75)/n', d' = (D + 0.75)/n', 100·[(p' − d') ± z·√((p' + d' − "
                               "(p' − d')²)/n')], clipped to ±100.")},
                {ReportPdf::tr("Customer satisfaction (CSAT)"),
                 ReportPdf::tr("Top-2-box share: the percentage answering one of the two highest values of the scale "
                               "(1–5: 4 and 5; 1–7: 6 and 7; 1–10: 9 and 10; good/bad: good). Interval: Wilson score "
                               "interval. The mean on the source scale is also kept.")},
                {ReportPdf::tr("Customer effort (CES)"),
                 ReportPdf::tr("Agreement with “… made it easy for me”, 1–7 (or 1–5). Mean with a t-interval "
                               "x̄ ± t(0.975, n−1)·s/√n; share agreeing (5–7 of 7, 4–5 of 5) with a Wilson interval.")},
                {ReportPdf::tr("Sample size and flags"),
                 ReportPdf::tr("Every figure carries its own n. n < 10: anecdotal; n < 30: tentative. Stages and the "
                               "journey pool the raw answers of the distinct feedback items attached anywhere in them; "
                               "touchpoint scores are never averaged.")},
            });
            drawParagraphs(p, col2, y, {
                {ReportPdf::tr("Experience gap"),
                 ReportPdf::tr("The team's assumed emotion (−2…+2, set in the workshop) against the measured emotion on "
                               "the same scale from the journey's primary metric: CSAT mean on 1–5 minus 3 (other scales "
                               "mapped linearly), NPS/50, CES mean on 1–7 as (mean − 4)·2/3. gap = measured − assumed; "
                               "negative means the team believes the moment is better than customers say.")},
                {ReportPdf::tr("Reach"),
                 ReportPdf::tr("The share of customers entering the journey who pass through a touchpoint, from the "
                               "observed transition volumes as an absorbing Markov chain. Without volumes reach is "
                               "unknown and counts as 1.")},
                {ReportPdf::tr("Priority"),
                 ReportPdf::tr("priority = reach × max(0, −gap) × confidence, confidence = min(1, n/30). Ties go to the "
                               "larger n. Each entry of the priority list states why it ranks where it does.")},
                {ReportPdf::tr("Confidence level"),
                 ReportPdf::tr("95 % for every interval. Two intervals that overlap do not show a difference; a "
                               "tentative or anecdotal figure is a lead to investigate, not a finding.")},
            });
        },
        ReportPdf::tr("Definitions"), 1);

    auto samples = std::make_shared<Table>();
    samples->headers = {ReportPdf::tr("Journey"), ReportPdf::tr("Feedback items"), ReportPdf::tr("NPS n"),
                        ReportPdf::tr("CSAT n"), ReportPdf::tr("CES n"), ReportPdf::tr("Primary metric"),
                        ReportPdf::tr("Touchpoints: scored / tentative / anecdotal")};
    samples->widths = {0.22, 0.1, 0.09, 0.09, 0.09, 0.13, 0.28};
    for (const Journey &j : m_c.workspace->journeys) {
        const JourneyScores *s = m_c.scoresOf(j.id);
        if (!s)
            continue;
        int scored = 0, tentative = 0, anecdotal = 0;
        for (const ScoreRow &r : s->touchpoints) {
            if (r.measuredN > 0)
                ++scored;
            const auto f = stats::sampleFlag(r.measuredN);
            tentative += r.measuredN > 0 && f == stats::SampleFlag::Tentative;
            anecdotal += r.measuredN > 0 && f == stats::SampleFlag::Anecdotal;
        }
        samples->rows << QStringList{j.name, QString::number(s->journey.n), QString::number(s->journey.nps.n),
                                     QString::number(s->journey.csat.n), QString::number(s->journey.ces.n),
                                     s->primaryMetric ? metricLabel(*s->primaryMetric) : ReportPdf::tr("none"),
                                     u"%1 / %2 / %3 of %4"_s.arg(scored).arg(tentative).arg(anecdotal).arg(s->touchpoints.size())};
        samples->strong << false;
    }
    samples->rows << QStringList{ReportPdf::tr("Data sources"), {}, {}, {}, {}, {}, {}};
    samples->strong << true;
    samples->rows << QStringList{ReportPdf::tr("Source (file)"), ReportPdf::tr("Items"), ReportPdf::tr("Layout"),
                                 ReportPdf::tr("Imported"), {}, {}, ReportPdf::tr("Period (first – last answer)")};
    samples->strong << true;
    for (const SourceSummary &src : m_c.sources) {
        samples->rows << QStringList{src.name + (src.fileName.isEmpty() || src.fileName == src.name ? QString() : u" ("_s + src.fileName + u')'),
                                     QString::number(src.items), src.preset, src.importedAt.left(10), {}, {},
                                     ScoreText::period(src.from, src.to)};
        samples->strong << false;
    }
    if (m_c.sources.isEmpty()) {
        samples->rows << QStringList{ReportPdf::tr("No feedback has been imported."), {}, {}, {}, {}, {}, {}};
        samples->strong << false;
    }
    addTable(section, ReportPdf::tr("Methodology: sample sizes and data sources"),
             ReportPdf::tr("All feedback: %1.").arg(m_c.dataPeriod()), samples, ReportPdf::tr("Sample sizes and data sources"), 1);
}

void ReportBuilder::build()
{
    cover();
    personas();
    maps();
    journeys();
    priorities();
    methodology();
}

void drawContents(QPainter *p, const QRectF &area, const QList<TocEntry> &toc, qsizetype from, qsizetype to, int offset,
                  bool first)
{
    qreal y = first ? drawHeading(p, area, ReportPdf::tr("Contents")) : 0;
    for (qsizetype i = from; i < to; ++i) {
        const TocEntry &e = toc[i];
        const qreal indent = e.level * 18;
        const TextBlock t(e.text, TextBlock::printFont(e.level == 0 ? 11 : 9, e.level == 0), area.width() - indent - 60);
        const TextBlock n(QString::number(e.page + 1 + offset), TextBlock::printFont(e.level == 0 ? 11 : 9, e.level == 0),
                          40, Qt::AlignRight);
        if (e.level == 0)
            y += 4;
        t.draw(p, QPointF(area.left() + indent, area.top() + y), kInk);
        p->setPen(QPen(kRule, 0.6, Qt::DotLine));
        const qreal base = area.top() + y + t.height() - 3;
        p->drawLine(QPointF(area.left() + indent + t.naturalWidth() + 6, base), QPointF(area.right() - 46, base));
        n.draw(p, QPointF(area.right() - 40, area.top() + y), kInk);
        y += qMax(t.height(), n.height()) + 3;
    }
}

} // namespace

QStringList ReportPdf::sections(const ExportContext &context)
{
    ReportBuilder b(context, QSizeF(842, 595));
    b.build();
    QStringList out;
    for (const TocEntry &e : b.toc)
        out << e.text;
    return out;
}

Result<int> ReportPdf::write(const ExportContext &context, const QString &path, const Options &options,
                             const PdfMetadata &meta)
{
    PdfOutput pdf(path, meta);
    if (auto r = render(context, pdf, options); !r)
        return r.error();
    const int count = pdf.pageCount();
    if (auto r = pdf.finish(); !r)
        return r.error();
    return count;
}

Result<void> ReportPdf::render(const ExportContext &context, PageSink &pdf, const Options &options)
{
    const auto size = PdfOutput::pageSizeFromName(options.page);
    if (!size)
        return makeError(Error::Code::InvalidInput,
                         tr("Page size “%1” is not one of: A4, A3, A2, A1, A0, Letter.").arg(options.page));
    const QSizeF page = QPageLayout(*size, QPageLayout::Landscape, {}).fullRectPoints().size();
    ReportBuilder b(context, page);
    b.build();

    // Contents pages go after the cover; entries shift by their count.
    constexpr qsizetype perPage = 26;
    const qsizetype tocPages = qMax<qsizetype>(1, (b.toc.size() + perPage - 1) / perPage);
    QList<Page> pages;
    pages << b.pages.first();
    for (qsizetype i = 0; i < tocPages; ++i) {
        const qsizetype from = i * perPage, to = qMin(b.toc.size(), from + perPage);
        const QList<TocEntry> toc = b.toc;
        pages << Page{tr("Contents"), [toc, from, to, tocPages, i](QPainter *p, const QRectF &area) {
                          drawContents(p, area, toc, from, to, int(tocPages), i == 0);
                      }, false, std::nullopt};
    }
    pages += b.pages.mid(1);

    const QString date = QLocale(QLocale::English).toString(context.date, u"d MMMM yyyy"_s);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const Page &pg = pages[i];
        QPainter *p = pg.layout ? pdf.beginPage(pg.layout->pageSize(), pg.layout->orientation())
                                : pdf.beginPage(*size, QPageLayout::Landscape);
        const QSizeF page = pdf.pageSize();
        const QRectF content(36, 54, page.width() - 72, page.height() - 54 - 40);
        if (!pg.bare) {
            const TextBlock left(context.workspace->name, TextBlock::printFont(8, true), page.width() / 2);
            const TextBlock right(pg.section, TextBlock::printFont(8), page.width() / 2 - 36, Qt::AlignRight);
            left.draw(p, QPointF(36, 24), kMuted);
            right.draw(p, QPointF(page.width() / 2, 24), kMuted);
            p->setPen(QPen(kRule, 0.6));
            p->drawLine(QPointF(36, 38), QPointF(page.width() - 36, 38));
            p->drawLine(QPointF(36, page.height() - 30), QPointF(page.width() - 36, page.height() - 30));
            const TextBlock foot(tr("Waymark · %1").arg(date), TextBlock::printFont(7), page.width() / 2);
            const TextBlock number(tr("Page %1 of %2").arg(i + 1).arg(pages.size()), TextBlock::printFont(7),
                                   page.width() / 2 - 36, Qt::AlignRight);
            foot.draw(p, QPointF(36, page.height() - 25), kMuted);
            number.draw(p, QPointF(page.width() / 2, page.height() - 25), kMuted);
        }
        p->save();
        if (!pg.bare)
            p->setClipRect(content.adjusted(-2, -2, 2, 2));
        pg.draw(p, content);
        p->restore();
    }
    return {};
}

} // namespace waymark
