// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportActions.h"

#include "ExportCanvas.h"
#include "ExportContext.h"
#include "ExportDialog.h"
#include "PosterPdf.h"
#include "PrinterOutput.h"
#include "ReportPdf.h"

#include "document/Document.h"
#include "export/ExportTables.h"
#include "export/TableWriter.h"
#include "shell/DocumentController.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QWidget>

namespace waymark {

using namespace Qt::StringLiterals;

namespace {

QString sibling(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + suffix);
}

} // namespace

ExportActions::ExportActions(QWidget *window, DocumentController *controller)
    : QObject(window), m_window(window), m_export(new QAction(tr("&Export…"), this)),
      m_preview(new QAction(tr("Print Pre&view…"), this))
{
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setStatusTip(tr("Export the report or a journey poster as PDF, a canvas as PNG or SVG, or the scores and feedback as Excel or CSV"));
    m_preview->setShortcut(QKeySequence::Print);
    m_preview->setStatusTip(tr("Preview and print the workshop report"));
    connect(m_export, &QAction::triggered, this, &ExportActions::exportDocument);
    connect(m_preview, &QAction::triggered, this, &ExportActions::printPreview);
    connect(controller, &DocumentController::documentChanged, this, &ExportActions::setDocument);
    setDocument(controller->document());
}

void ExportActions::setDocument(Document *document)
{
    m_document = document;
    m_export->setEnabled(document);
    m_preview->setEnabled(document);
}

void ExportActions::exportDocument()
{
    if (!m_document)
        return;
    auto context = ExportContext::build(*m_document);
    if (!context) {
        QMessageBox::warning(m_window, tr("Export"), context.error().text());
        return;
    }
    ExportDialog dialog(*context, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString base = QFileInfo(m_document->filePath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export"),
                                                QDir::home().filePath((base.isEmpty() ? u"waymark"_s : base) + u'.' + dialog.suffix()),
                                                dialog.fileFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + dialog.suffix(), Qt::CaseInsensitive))
        path += u'.' + dialog.suffix();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Workspace &ws = m_document->workspace();
    Result<void> result;
    switch (dialog.format()) {
    case ExportDialog::Format::Report: {
        ReportPdf::Options options;
        if (!dialog.page().isEmpty() && dialog.page() != u"fit"_s)
            options.page = dialog.page();
        auto r = ReportPdf::write(*context, path, options,
                                  {tr("%1 — customer-journey report").arg(ws.name), context->author,
                                   tr("Personas, maps, journeys, scores and priorities of %1").arg(ws.name), {}});
        if (!r)
            result = r.error();
        break;
    }
    case ExportDialog::Format::Poster: {
        const Journey *j = context->findJourney(dialog.journey());
        if (!j)
            break;
        const JourneyCanvas canvas(*context, j->id);
        auto r = PosterPdf::write(canvas.poster(), path, {dialog.page(), dialog.tile()},
                                  {tr("%1 — journey map").arg(j->name), context->author,
                                   tr("Customer-journey map of “%1” in %2").arg(j->name, ws.name), {}});
        if (!r)
            result = r.error();
        break;
    }
    case ExportDialog::Format::Png:
    case ExportDialog::Format::Svg: {
        auto canvas = ExportCanvas::create(*context, dialog.canvasKind(), dialog.canvasName());
        if (!canvas)
            result = canvas.error();
        else if (dialog.format() == ExportDialog::Format::Png)
            result = ExportCanvas::writePng(**canvas, path, dialog.dpi());
        else
            result = ExportCanvas::writeSvg(**canvas, path);
        break;
    }
    case ExportDialog::Format::Xlsx:
    case ExportDialog::Format::Csv: {
        QList<JourneyScores> scores;
        for (const Journey &j : ws.journeys)
            if (j.name == dialog.journey())
                if (const JourneyScores *s = context->scoresOf(j.id))
                    scores << *s;
        auto feedback = ExportTables::feedback(m_document->store(), ws);
        if (!feedback) {
            result = feedback.error();
            break;
        }
        if (dialog.format() == ExportDialog::Format::Xlsx) {
            result = TableWriter::writeXlsx({ExportTables::scores(scores), ExportTables::priorities(scores), *feedback},
                                            path, {tr("%1 — scores and feedback").arg(ws.name), context->author, {}});
        } else {
            result = TableWriter::writeCsv(ExportTables::scores(scores), path);
            if (result)
                result = TableWriter::writeCsv(ExportTables::priorities(scores), sibling(path, u"-priorities.csv"_s));
            if (result)
                result = TableWriter::writeCsv(*feedback, sibling(path, u"-feedback.csv"_s));
        }
        break;
    }
    }
    QApplication::restoreOverrideCursor();
    if (!result)
        QMessageBox::warning(m_window, tr("Export"), result.error().text());
}

void ExportActions::printPreview()
{
    if (!m_document)
        return;
    auto context = ExportContext::build(*m_document);
    if (!context) {
        QMessageBox::warning(m_window, tr("Print Preview"), context.error().text());
        return;
    }
    QPrinter printer;
    // One unit a point: the persona sheets, maps and charts resolve point sizes on the device.
    printer.setResolution(72);
    printer.setDocName(m_document->workspace().name);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Preview: %1").arg(m_document->workspace().name));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&context](QPrinter *p) {
        PrinterOutput out(p);
        ReportPdf::render(*context, out, {});
    });
    dialog.exec();
}

} // namespace waymark
