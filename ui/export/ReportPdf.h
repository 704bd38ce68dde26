// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PdfOutput.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace waymark {

struct ExportContext;

/// The workshop report as a PDF: cover, contents with page numbers, personas (one page each,
/// as on screen), empathy maps, stakeholder maps, each journey (map, scores table, charts),
/// the priority list with reasons, and a methodology appendix (definitions, sample sizes,
/// confidence levels, data sources and periods). Landscape pages with a running header and
/// “Page n of N”; everything vector.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(waymark::ReportPdf)

public:
    struct Options
    {
        QString page = QStringLiteral("A4"); ///< A4, A3, Letter, …
    };
    /// Writes the report; returns the page count.
    static Result<int> write(const ExportContext &context, const QString &path, const Options &options,
                             const PdfMetadata &meta);
    /// Draws the report onto `sink` (a PDF or a printer).
    static Result<void> render(const ExportContext &context, PageSink &sink, const Options &options);
    /// The headings of the contents, in order (for tests and the print preview).
    static QStringList sections(const ExportContext &context);
};

} // namespace waymark
