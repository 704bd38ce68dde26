// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PdfOutput.h"

#include <QPainter>
#include <QPrinter>

namespace waymark {

/// Pages onto a printer or the print preview. One unit is one point whatever the printer's
/// resolution; set the printer to 72 dpi first so that point-sized fonts drawn by the
/// persona sheets, maps and charts resolve to the same size as in the PDF.
class PrinterOutput : public PageSink
{
public:
    explicit PrinterOutput(QPrinter *printer) : m_printer(printer) {}

    QPainter *beginPage(const QPageSize &size, QPageLayout::Orientation orientation) override
    {
        m_printer->setPageLayout(QPageLayout(size, orientation, QMarginsF(), QPageLayout::Point));
        if (!m_painter.isActive())
            m_painter.begin(m_printer);
        else
            m_printer->newPage();
        ++m_pages;
        m_painter.resetTransform();
        const qreal s = m_printer->resolution() / 72.0;
        m_painter.scale(s, s);
        m_size = m_printer->pageLayout().fullRectPoints().size();
        return &m_painter;
    }
    QSizeF pageSize() const override { return m_size; }
    int pageCount() const override { return m_pages; }
    void end() { m_painter.end(); }

private:
    QPrinter *m_printer;
    QPainter m_painter;
    QSizeF m_size;
    int m_pages = 0;
};

} // namespace waymark
