// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportCanvas.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace waymark {

struct ExportContext;

/// Asks what to export (report, poster, PNG, SVG, CSV, XLSX) and how.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Report, Poster, Png, Svg, Xlsx, Csv };

    ExportDialog(const ExportContext &context, QWidget *parent = nullptr);

    Format format() const;
    QString journey() const;
    QString page() const;
    QString tile() const;
    int dpi() const;
    ExportCanvas::Kind canvasKind() const;
    QString canvasName() const;
    /// "PDF (*.pdf)" etc. and the suffix.
    QString fileFilter() const;
    QString suffix() const;

private:
    void updateEnabled();

    QComboBox *m_format, *m_journey, *m_page, *m_tile, *m_canvas;
    QSpinBox *m_dpi;
};

} // namespace waymark
