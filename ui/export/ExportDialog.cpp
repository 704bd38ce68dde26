// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "ExportContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

namespace waymark {

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(const ExportContext &context, QWidget *parent)
    : QDialog(parent), m_format(new QComboBox), m_journey(new QComboBox), m_page(new QComboBox),
      m_tile(new QComboBox), m_canvas(new QComboBox), m_dpi(new QSpinBox)
{
    setWindowTitle(tr("Export"));
    m_format->addItem(tr("Report (PDF)"), int(Format::Report));
    m_format->addItem(tr("Journey poster (PDF)"), int(Format::Poster));
    m_format->addItem(tr("Image (PNG)"), int(Format::Png));
    m_format->addItem(tr("Vector image (SVG)"), int(Format::Svg));
    m_format->addItem(tr("Scores, priorities and feedback (Excel, XLSX)"), int(Format::Xlsx));
    m_format->addItem(tr("Scores, priorities and feedback (CSV)"), int(Format::Csv));
    for (const Journey &j : context.workspace->journeys)
        m_journey->addItem(j.name);
    m_page->addItem(tr("Automatic (smallest A3…A0 at full size)"), QString());
    for (const QString &p : {u"A4"_s, u"A3"_s, u"A2"_s, u"A1"_s, u"A0"_s, u"Letter"_s})
        m_page->addItem(p, p);
    m_page->addItem(tr("Custom size that fits the poster"), u"fit"_s);
    m_tile->addItem(tr("One page"), QString());
    m_tile->addItem(tr("Tiles on A4 pages"), u"A4"_s);
    m_tile->addItem(tr("Tiles on A3 pages"), u"A3"_s);
    auto addCanvas = [this](ExportCanvas::Kind kind, const QString &label, const QString &name) {
        m_canvas->addItem(label.arg(name), QVariantList{int(kind), name});
    };
    for (const Journey &j : context.workspace->journeys)
        addCanvas(ExportCanvas::Kind::Journey, tr("Journey: %1"), j.name);
    for (const Persona &p : context.workspace->personas)
        addCanvas(ExportCanvas::Kind::Persona, tr("Persona: %1"), p.name);
    for (const EmpathyMap &m : context.workspace->empathyMaps)
        addCanvas(ExportCanvas::Kind::EmpathyMap, tr("Empathy map: %1"), m.name);
    for (const StakeholderMap &m : context.workspace->stakeholderMaps)
        addCanvas(ExportCanvas::Kind::StakeholderMap, tr("Stakeholder map: %1"), m.name);
    m_dpi->setRange(36, 1200);
    m_dpi->setValue(150);
    m_dpi->setSuffix(tr(" dpi"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Export:"), m_format);
    form->addRow(tr("&Journey:"), m_journey);
    form->addRow(tr("&Page:"), m_page);
    form->addRow(tr("&Tiling:"), m_tile);
    form->addRow(tr("&Canvas:"), m_canvas);
    form->addRow(tr("&Resolution:"), m_dpi);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    const Format f = format();
    m_journey->setEnabled(f == Format::Poster || f == Format::Csv || f == Format::Xlsx);
    m_page->setEnabled(f == Format::Poster || f == Format::Report);
    m_tile->setEnabled(f == Format::Poster);
    m_canvas->setEnabled(f == Format::Png || f == Format::Svg);
    m_dpi->setEnabled(f == Format::Png);
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

QString ExportDialog::journey() const
{
    return m_journey->currentText();
}

QString ExportDialog::page() const
{
    return m_page->currentData().toString();
}

QString ExportDialog::tile() const
{
    return m_tile->currentData().toString();
}

int ExportDialog::dpi() const
{
    return m_dpi->value();
}

ExportCanvas::Kind ExportDialog::canvasKind() const
{
    return ExportCanvas::Kind(m_canvas->currentData().toList().value(0).toInt());
}

QString ExportDialog::canvasName() const
{
    return m_canvas->currentData().toList().value(1).toString();
}

QString ExportDialog::suffix() const
{
    switch (format()) {
    case Format::Report:
    case Format::Poster: return u"pdf"_s;
    case Format::Png: return u"png"_s;
    case Format::Svg: return u"svg"_s;
    case Format::Xlsx: return u"xlsx"_s;
    case Format::Csv: return u"csv"_s;
    }
    return {};
}

QString ExportDialog::fileFilter() const
{
    switch (format()) {
    case Format::Report:
    case Format::Poster: return tr("PDF (*.pdf)");
    case Format::Png: return tr("PNG image (*.png)");
    case Format::Svg: return tr("SVG image (*.svg)");
    case Format::Xlsx: return tr("Excel workbook (*.xlsx)");
    case Format::Csv: return tr("CSV (*.csv)");
    }
    return {};
}

} // namespace waymark
