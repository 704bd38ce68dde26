// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

#include <memory>

namespace waymark {

/// The document properties of an exported PDF.
struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
};

/// Where pages go: a PDF file (PdfOutput) or a printer / print preview (PrinterOutput).
/// One painter unit is one point on every page.
class PageSink
{
public:
    virtual ~PageSink() = default;
    /// Starts the first or the next page, `size` in `orientation`, without margins.
    virtual QPainter *beginPage(const QPageSize &size, QPageLayout::Orientation orientation) = 0;
    /// The current page in points.
    virtual QSizeF pageSize() const = 0;
    virtual int pageCount() const = 0;
};

/// A PDF being written: QPdfWriter at 72 dpi (one painter unit is one point), vector
/// throughout, TrueType fonts embedded as subsets. Pages may differ in size. finish()
/// adds author and subject to the document information (QPdfWriter writes only title and
/// creator) as a standard incremental update, and writes the file atomically.
class PdfOutput : public PageSink
{
public:
    PdfOutput(const QString &path, const PdfMetadata &meta);
    ~PdfOutput() override;

    QPainter *beginPage(const QPageSize &size, QPageLayout::Orientation orientation) override;
    QSizeF pageSize() const override { return m_pageSize; }
    int pageCount() const override { return m_pages; }
    Result<void> finish();

    /// A4 … A0, Letter by name (case-insensitive); nothing for anything else.
    static std::optional<QPageSize> pageSizeFromName(const QString &name);
    /// Appends an information dictionary with every field of `meta` to a finished PDF.
    static QByteArray withInfo(const QByteArray &pdf, const PdfMetadata &meta);

private:
    QString m_path;
    PdfMetadata m_meta;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    QSizeF m_pageSize;
    int m_pages = 0;
};

} // namespace waymark
