// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PdfOutput.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

#include <optional>

namespace waymark {

class JourneyPosterPainter;

/// How a poster goes onto paper.
struct PosterLayout
{
    /// Empty: the smallest of A3, A2, A1, A0 landscape that holds the poster at full size,
    /// else a custom page. "fit": a custom page of exactly the poster's size. A4 … A0,
    /// Letter: that page, oriented like the poster, the poster scaled to fit.
    QString page;
    /// Empty: one page. A4 or A3: the poster at full size tiled across such pages with
    /// overlap and assembly marks.
    QString tile;
};

/// Writes a journey poster as a one-page or tiled PDF.
class PosterPdf
{
    Q_DECLARE_TR_FUNCTIONS(waymark::PosterPdf)

public:
    /// The page a one-page poster of `size` (points) is printed on, and its orientation.
    static QPageLayout pageFor(const QSizeF &size, const QString &page);
    /// Rows and columns of tiles for a poster of `size` on `tile` pages.
    struct Tiling
    {
        QPageLayout page;
        int rows = 1, columns = 1;
        QRectF printable; ///< on each page
        qreal overlap = 0;
    };
    static Tiling tiling(const QSizeF &size, const QPageSize &tile);

    /// Validates `layout` (page and tile names) with a message naming the bad value.
    static Result<void> validate(const PosterLayout &layout);
    /// Draws the poster onto `sink` (a PDF or a printer).
    static Result<void> render(const JourneyPosterPainter &poster, PageSink &sink, const PosterLayout &layout,
                               const QString &title);
    static Result<int> write(const JourneyPosterPainter &poster, const QString &path, const PosterLayout &layout,
                             const PdfMetadata &meta);
    /// Paints one tile page: the poster's part, crop and registration marks, the overlap
    /// band, and a label with the tile's position and a small assembly map.
    static void paintTile(QPainter *painter, const JourneyPosterPainter &poster, const Tiling &tiling, int row,
                          int column, const QString &journeyName);
};

} // namespace waymark
