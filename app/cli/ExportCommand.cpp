// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "CliCommands.h"

#include "document/Document.h"
#include "export/ExportCanvas.h"
#include "export/ExportContext.h"
#include "export/ExportTables.h"
#include "export/PosterPdf.h"
#include "export/ReportPdf.h"
#include "export/TableWriter.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstring>

namespace waymark::cli {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("waymark-cli", text);
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message, int code = InputError)
{
    err() << "waymark-cli: " << message << Qt::endl;
    return code;
}

QString sibling(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + suffix);
}

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "export") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

QList<QCommandLineOption> exportOptions()
{
    return {
        QCommandLineOption(u"pdf"_s, tr("Write a PDF: the report (default) or a journey poster (--kind poster)."), u"OUT.pdf"_s),
        QCommandLineOption(u"kind"_s, tr("report (default) or poster."), u"KIND"_s),
        QCommandLineOption(u"journey"_s, tr("The journey NAME for the poster, PNG/SVG and CSV/XLSX scores (default: the first; CSV/XLSX: all)."), u"NAME"_s),
        QCommandLineOption(u"page"_s, tr("Page: A4, A3, A2, A1, A0, Letter or fit (poster default: the smallest A3…A0 that holds it at full size; report default A4)."), u"SIZE"_s),
        QCommandLineOption(u"tile"_s, tr("Tile the poster at full size across A4 or A3 pages with overlap and assembly marks."), u"SIZE"_s),
        QCommandLineOption(u"png"_s, tr("Write a canvas as PNG."), u"OUT.png"_s),
        QCommandLineOption(u"dpi"_s, tr("Resolution of the PNG (default 150)."), u"N"_s),
        QCommandLineOption(u"svg"_s, tr("Write a canvas as SVG."), u"OUT.svg"_s),
        QCommandLineOption(u"canvas"_s, tr("The canvas for PNG/SVG: journey (default), persona, empathy or stakeholder."), u"KIND"_s),
        QCommandLineOption(u"name"_s, tr("The persona, empathy map or stakeholder map NAME for PNG/SVG (default: the first)."), u"NAME"_s),
        QCommandLineOption(u"csv"_s, tr("Write the scores as CSV, and beside it OUT-priorities.csv and OUT-feedback.csv."), u"OUT.csv"_s),
        QCommandLineOption(u"xlsx"_s, tr("Write scores, priorities and feedback as an Excel workbook."), u"OUT.xlsx"_s),
        QCommandLineOption(u"author"_s, tr("The author in the PDF's document properties (default: the user name)."), u"NAME"_s),
    };
}

int cmdExport(QCommandLineParser &p)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return fail(tr("export needs the application created by createApplication()."), UsageError);
    if (!p.isSet(u"pdf"_s) && !p.isSet(u"png"_s) && !p.isSet(u"svg"_s) && !p.isSet(u"csv"_s) && !p.isSet(u"xlsx"_s))
        return fail(tr("Say what to write: --pdf, --png, --svg, --csv or --xlsx (several are fine)."), UsageError);
    const QString kind = p.isSet(u"kind"_s) ? p.value(u"kind"_s) : u"report"_s;
    if (kind != u"report"_s && kind != u"poster"_s)
        return fail(tr("--kind “%1” is not one of: report, poster.").arg(kind), UsageError);
    const PosterLayout layout{p.value(u"page"_s), p.value(u"tile"_s)};
    if (auto r = PosterPdf::validate(layout); !r)
        return fail(r.error().message, UsageError);
    if (kind == u"report"_s && (p.isSet(u"tile"_s) || layout.page.compare(u"fit"_s, Qt::CaseInsensitive) == 0))
        return fail(tr("--tile and --page fit apply to posters (--kind poster)."), UsageError);
    int dpi = 150;
    if (p.isSet(u"dpi"_s)) {
        bool ok = false;
        dpi = p.value(u"dpi"_s).toInt(&ok);
        if (!ok || dpi < 36 || dpi > 1200)
            return fail(tr("--dpi “%1” is not a whole number from 36 to 1200.").arg(p.value(u"dpi"_s)), UsageError);
    }
    const auto canvasKind = ExportCanvas::kindFromKey(p.isSet(u"canvas"_s) ? p.value(u"canvas"_s) : u"journey"_s);
    if (!canvasKind)
        return fail(tr("--canvas “%1” is not one of: journey, persona, empathy, stakeholder.").arg(p.value(u"canvas"_s)),
                    UsageError);

    const QString file = p.positionalArguments().value(0);
    auto document = Document::open(file, Document::OpenMode::ReadOnly);
    if (!document)
        return fail(document.error().text());
    auto context = ExportContext::build(**document);
    if (!context)
        return fail(context.error().text());
    if (p.isSet(u"author"_s))
        context->author = p.value(u"author"_s);
    const Workspace &ws = (*document)->workspace();
    const QString journeyName = p.value(u"journey"_s);
    const Journey *journey = context->findJourney(journeyName);
    if (!journeyName.isEmpty() && !journey) {
        QStringList names;
        for (const Journey &j : ws.journeys)
            names << u"“"_s + j.name + u"”"_s;
        return fail(tr("There is no journey “%1” in “%2”. Journeys: %3.")
                        .arg(journeyName, file, names.isEmpty() ? tr("none") : names.join(u", "_s)));
    }

    if (p.isSet(u"pdf"_s)) {
        const QString out = p.value(u"pdf"_s);
        if (kind == u"poster"_s) {
            if (!journey)
                return fail(tr("“%1” has no journey to print.").arg(file));
            const JourneyCanvas canvas(*context, journey->id);
            const PdfMetadata meta{tr("%1 — journey map").arg(journey->name), context->author,
                                   tr("Customer-journey map of “%1” in %2").arg(journey->name, ws.name),
                                   u"customer journey, Waymark"_s};
            auto pages = PosterPdf::write(canvas.poster(), out, layout, meta);
            if (!pages)
                return fail(pages.error().text());
            err() << tr("Wrote the poster of “%1” to %2 (%3 pages).").arg(journey->name, out).arg(*pages) << Qt::endl;
        } else {
            const PdfMetadata meta{tr("%1 — customer-journey report").arg(ws.name), context->author,
                                   tr("Personas, maps, journeys, scores and priorities of %1").arg(ws.name),
                                   u"customer journey, NPS, CSAT, CES, Waymark"_s};
            ReportPdf::Options options;
            if (!layout.page.isEmpty())
                options.page = layout.page;
            auto pages = ReportPdf::write(*context, out, options, meta);
            if (!pages)
                return fail(pages.error().text());
            err() << tr("Wrote the report to %1 (%2 pages).").arg(out).arg(*pages) << Qt::endl;
        }
    }
    if (p.isSet(u"png"_s) || p.isSet(u"svg"_s)) {
        const QString name = *canvasKind == ExportCanvas::Kind::Journey ? journeyName : p.value(u"name"_s);
        auto canvas = ExportCanvas::create(*context, *canvasKind, name);
        if (!canvas)
            return fail(canvas.error().text());
        if (p.isSet(u"png"_s)) {
            if (auto r = ExportCanvas::writePng(**canvas, p.value(u"png"_s), dpi); !r)
                return fail(r.error().text());
            err() << tr("Wrote “%1” to %2 at %3 dpi.").arg((*canvas)->title(), p.value(u"png"_s)).arg(dpi) << Qt::endl;
        }
        if (p.isSet(u"svg"_s)) {
            if (auto r = ExportCanvas::writeSvg(**canvas, p.value(u"svg"_s)); !r)
                return fail(r.error().text());
            err() << tr("Wrote “%1” to %2.").arg((*canvas)->title(), p.value(u"svg"_s)) << Qt::endl;
        }
    }
    if (p.isSet(u"csv"_s) || p.isSet(u"xlsx"_s)) {
        QList<JourneyScores> scores;
        for (const Journey &j : ws.journeys)
            if (journeyName.isEmpty() || j.name == journeyName)
                if (const JourneyScores *s = context->scoresOf(j.id))
                    scores << *s;
        auto feedback = ExportTables::feedback((*document)->store(), ws);
        if (!feedback)
            return fail(feedback.error().text());
        const DataTable scoreTable = ExportTables::scores(scores), priorityTable = ExportTables::priorities(scores);
        if (p.isSet(u"csv"_s)) {
            const QString out = p.value(u"csv"_s);
            const QString priorities = sibling(out, u"-priorities.csv"_s), fb = sibling(out, u"-feedback.csv"_s);
            for (const auto &[table, path] : {std::pair{&scoreTable, out}, std::pair{&priorityTable, priorities},
                                              std::pair{static_cast<const DataTable *>(&*feedback), fb}})
                if (auto r = TableWriter::writeCsv(*table, path); !r)
                    return fail(r.error().text());
            err() << tr("Wrote the scores to %1, the priorities to %2 and %3 feedback items to %4.")
                         .arg(out, priorities)
                         .arg(feedback->rows.size())
                         .arg(fb)
                  << Qt::endl;
        }
        if (p.isSet(u"xlsx"_s)) {
            const QString out = p.value(u"xlsx"_s);
            const WorkbookInfo info{tr("%1 — scores and feedback").arg(ws.name), context->author,
                                    tr("Scores, priorities and feedback of %1").arg(ws.name)};
            if (auto r = TableWriter::writeXlsx({scoreTable, priorityTable, *feedback}, out, info); !r)
                return fail(r.error().text());
            err() << tr("Wrote scores, priorities and %1 feedback items to %2.").arg(feedback->rows.size()).arg(out)
                  << Qt::endl;
        }
    }
    return Success;
}

} // namespace waymark::cli
