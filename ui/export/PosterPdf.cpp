// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterPdf.h"

#include "JourneyPosterPainter.h"
#include "TextBlock.h"

#include <QPainter>

#include <cmath>

namespace waymark {

using namespace Qt::StringLiterals;

namespace {

constexpr qreal kMm = 72.0 / 25.4;
constexpr qreal kTileMargin = 12 * kMm; ///< most printers cannot print the outer 5 mm
constexpr qreal kOverlap = 10 * kMm;

QPageLayout landscapeOrPortrait(const QPageSize &size, const QSizeF &content)
{
    return QPageLayout(size, content.width() >= content.height() ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(), QPageLayout::Point);
}

} // namespace

Result<void> PosterPdf::validate(const PosterLayout &layout)
{
    if (!layout.page.isEmpty() && layout.page.compare(u"fit"_s, Qt::CaseInsensitive) != 0
        && !PdfOutput::pageSizeFromName(layout.page))
        return makeError(Error::Code::InvalidInput,
                         tr("Page size “%1” is not one of: A4, A3, A2, A1, A0, Letter, fit.").arg(layout.page));
    if (!layout.tile.isEmpty() && layout.tile.compare(u"a4"_s, Qt::CaseInsensitive) != 0
        && layout.tile.compare(u"a3"_s, Qt::CaseInsensitive) != 0)
        return makeError(Error::Code::InvalidInput, tr("Tile size “%1” is not one of: A4, A3.").arg(layout.tile));
    return {};
}

QPageLayout PosterPdf::pageFor(const QSizeF &size, const QString &page)
{
    if (const auto named = PdfOutput::pageSizeFromName(page))
        return landscapeOrPortrait(*named, size);
    if (page.isEmpty()) {
        for (const auto id : {QPageSize::A3, QPageSize::A2, QPageSize::A1, QPageSize::A0}) {
            const QPageLayout l = landscapeOrPortrait(QPageSize(id), size);
            const QSizeF full = l.fullRectPoints().size();
            if (size.width() <= full.width() && size.height() <= full.height())
                return l;
        }
    }
    return QPageLayout(QPageSize(size, QPageSize::Point, tr("Poster"), QPageSize::ExactMatch), QPageLayout::Portrait,
                       QMarginsF(), QPageLayout::Point);
}

PosterPdf::Tiling PosterPdf::tiling(const QSizeF &size, const QPageSize &tile)
{
    Tiling best;
    int bestCount = INT_MAX;
    for (const auto orientation : {QPageLayout::Landscape, QPageLayout::Portrait}) {
        Tiling t;
        t.page = QPageLayout(tile, orientation, QMarginsF(), QPageLayout::Point);
        const QSizeF full = t.page.fullRectPoints().size();
        t.printable = QRectF(kTileMargin, kTileMargin, full.width() - 2 * kTileMargin, full.height() - 2 * kTileMargin);
        t.overlap = kOverlap;
        const qreal stepX = t.printable.width() - kOverlap, stepY = t.printable.height() - kOverlap;
        t.columns = qMax(1, int(std::ceil((size.width() - kOverlap) / stepX - 1e-9)));
        t.rows = qMax(1, int(std::ceil((size.height() - kOverlap) / stepY - 1e-9)));
        if (t.rows * t.columns < bestCount) {
            bestCount = t.rows * t.columns;
            best = t;
        }
    }
    return best;
}

void PosterPdf::paintTile(QPainter *p, const JourneyPosterPainter &poster, const Tiling &t, int row, int column,
                          const QString &journeyName)
{
    const QRectF area = t.printable;
    const qreal stepX = area.width() - t.overlap, stepY = area.height() - t.overlap;
    const QPointF origin(column * stepX, row * stepY);
    p->save();
    p->setClipRect(area);
    p->translate(area.topLeft() - origin);
    poster.paint(p);
    p->restore();

    const QColor mark(0x33, 0x33, 0x33);
    // Overlap bands: the next tile repeats this strip; glue it under.
    p->setPen(QPen(QColor(0x88, 0x88, 0x88), 0.5, Qt::DashLine));
    if (column + 1 < t.columns)
        p->drawLine(QPointF(area.right() - t.overlap, area.top()), QPointF(area.right() - t.overlap, area.bottom()));
    if (row + 1 < t.rows)
        p->drawLine(QPointF(area.left(), area.bottom() - t.overlap), QPointF(area.right(), area.bottom() - t.overlap));
    // Crop marks at the printable area's corners, in the margin.
    p->setPen(QPen(mark, 0.5));
    const qreal len = 8 * kMm * 0.8, gap = 1.5 * kMm;
    for (const QPointF c : {area.topLeft(), area.topRight(), area.bottomLeft(), area.bottomRight()}) {
        const qreal sx = c.x() < area.center().x() ? -1 : 1, sy = c.y() < area.center().y() ? -1 : 1;
        p->drawLine(QPointF(c.x() + sx * gap, c.y()), QPointF(c.x() + sx * (gap + len), c.y()));
        p->drawLine(QPointF(c.x(), c.y() + sy * gap), QPointF(c.x(), c.y() + sy * (gap + len)));
    }
    // Registration marks on the overlap lines, so neighbouring tiles line up.
    auto target = [p, mark](QPointF c) {
        p->setPen(QPen(mark, 0.5));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(c, 3.5, 3.5);
        p->drawLine(QPointF(c.x() - 6, c.y()), QPointF(c.x() + 6, c.y()));
        p->drawLine(QPointF(c.x(), c.y() - 6), QPointF(c.x(), c.y() + 6));
    };
    const qreal midMargin = kTileMargin / 2;
    if (column + 1 < t.columns) {
        target(QPointF(area.right() - t.overlap, midMargin));
        target(QPointF(area.right() - t.overlap, area.bottom() + midMargin));
    }
    if (column > 0) {
        target(QPointF(area.left(), midMargin));
        target(QPointF(area.left(), area.bottom() + midMargin));
    }
    if (row + 1 < t.rows) {
        target(QPointF(midMargin, area.bottom() - t.overlap));
        target(QPointF(area.right() + midMargin, area.bottom() - t.overlap));
    }
    if (row > 0) {
        target(QPointF(midMargin, area.top()));
        target(QPointF(area.right() + midMargin, area.top()));
    }
    // Label: which tile this is, and a map of all tiles with this one filled.
    const QString name = QString(QChar(u'A' + qMin(row, 25))) + QString::number(column + 1);
    const TextBlock label(tr("%1 · tile %2 (row %3 of %4, column %5 of %6) · overlap 10 mm: trim the dashed edge of "
                             "the right or lower neighbour and align the ⊕ marks")
                              .arg(journeyName, name)
                              .arg(row + 1)
                              .arg(t.rows)
                              .arg(column + 1)
                              .arg(t.columns),
                          TextBlock::printFont(6), area.width() - 80);
    const qreal labelY = area.bottom() + 3 * kMm;
    label.draw(p, QPointF(area.left() + 12 * kMm, labelY), mark);
    const qreal cell = qMin(5.0, 24.0 / qMax(t.rows, t.columns));
    const QPointF mapAt(area.right() - t.columns * cell - 10 * kMm, labelY);
    p->setPen(QPen(mark, 0.3));
    for (int r = 0; r < t.rows; ++r)
        for (int c = 0; c < t.columns; ++c) {
            p->setBrush(r == row && c == column ? mark : QColor(Qt::white));
            p->drawRect(QRectF(mapAt.x() + c * cell, mapAt.y() + r * cell, cell, cell));
        }
}

Result<void> PosterPdf::render(const JourneyPosterPainter &poster, PageSink &pdf, const PosterLayout &layout,
                               const QString &title)
{
    if (auto r = validate(layout); !r)
        return r.error();
    const QSizeF size = poster.size();
    if (!layout.tile.isEmpty()) {
        const Tiling t = tiling(size, *PdfOutput::pageSizeFromName(layout.tile));
        for (int r = 0; r < t.rows; ++r)
            for (int c = 0; c < t.columns; ++c) {
                QPainter *p = pdf.beginPage(t.page.pageSize(), t.page.orientation());
                paintTile(p, poster, t, r, c, title);
            }
        return {};
    }
    const QPageLayout page = pageFor(size, layout.page);
    QPainter *p = pdf.beginPage(page.pageSize(), page.orientation());
    const QSizeF full = pdf.pageSize();
    const qreal s = qMin(full.width() / size.width(), full.height() / size.height());
    p->save();
    p->translate((full.width() - size.width() * s) / 2, (full.height() - size.height() * s) / 2);
    p->scale(s, s);
    poster.paint(p);
    p->restore();
    return {};
}

Result<int> PosterPdf::write(const JourneyPosterPainter &poster, const QString &path, const PosterLayout &layout,
                             const PdfMetadata &meta)
{
    if (auto r = validate(layout); !r)
        return r.error();
    PdfOutput pdf(path, meta);
    if (auto r = render(poster, pdf, layout, meta.title); !r)
        return r.error();
    const int pages = pdf.pageCount();
    if (auto r = pdf.finish(); !r)
        return r.error();
    return pages;
}

} // namespace waymark
