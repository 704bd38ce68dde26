// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportMappingPage.h"

#include "FeedbackImportWizard.h"

#include "import/ValueParser.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {
namespace {

constexpr int kPreviewRows = 100;

struct Parsed
{
    QString text;
    QString problem;
};

Parsed parse(const QString &field, const QString &cell, const ColumnMapping &m)
{
    Parsed p;
    if (field == QStringLiteral("nps")) {
        if (auto v = ValueParser::score(cell, 0, 10, &p.problem))
            p.text = QString::number(*v);
    } else if (field == QStringLiteral("csat")) {
        if (auto v = m.parseCsat(cell, &p.problem))
            p.text = QString::number(*v);
    } else if (field == QStringLiteral("ces")) {
        if (auto v = m.parseCes(cell, &p.problem))
            p.text = QString::number(*v);
    } else if (field == QStringLiteral("date")) {
        if (auto v = m.parseDate(cell, &p.problem))
            p.text = *v;
    } else {
        p.text = cell.trimmed();
    }
    return p;
}

/// The date formats offered: each as ValueParser::dateFormat reads it.
const QStringList &dateFormats()
{
    static const QStringList formats{QStringLiteral("yyyy-MM-dd"), QStringLiteral("d.M.yyyy"), QStringLiteral("M/d/yyyy"),
                                     QStringLiteral("d/M/yyyy"), QStringLiteral("yyyy/MM/dd")};
    return formats;
}

QString dateFormatExample(const QString &format)
{
    static const QHash<QString, QString> examples{
        {QStringLiteral("yyyy-MM-dd"), QStringLiteral("2026-03-14")}, {QStringLiteral("d.M.yyyy"), QStringLiteral("14.3.2026")},
        {QStringLiteral("M/d/yyyy"), QStringLiteral("3/14/2026")},     {QStringLiteral("d/M/yyyy"), QStringLiteral("14/3/2026")},
        {QStringLiteral("yyyy/MM/dd"), QStringLiteral("2026/03/14")}};
    return examples.value(format);
}

} // namespace

QString ImportMappingPage::fieldLabel(const QString &field)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("responseId"), tr("Response id")},
        {QStringLiteral("date"), tr("Date")},
        {QStringLiteral("channel"), tr("Channel")},
        {QStringLiteral("segment"), tr("Segment / persona")},
        {QStringLiteral("respondentId"), tr("Respondent id")},
        {QStringLiteral("touchpoint"), tr("Touchpoint")},
        {QStringLiteral("stage"), tr("Stage")},
        {QStringLiteral("nps"), tr("NPS (0–10)")},
        {QStringLiteral("csat"), tr("CSAT / rating")},
        {QStringLiteral("ces"), tr("CES (effort)")},
        {QStringLiteral("comment"), tr("Comment")},
        {QStringLiteral("rating"), tr("Rating")},
    };
    return labels.value(field, field);
}

ImportMappingPage::ImportMappingPage(FeedbackImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_csatScale(new QComboBox), m_cesScale(new QComboBox),
      m_dateFormat(new QComboBox), m_message(new QLabel), m_preview(new QTableWidget), m_problems(new QTableWidget)
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Waymark proposed which column holds what. Correct it where needed; the preview shows the first "
                   "rows as they will be imported. A value that cannot be used is dropped, its row kept."));
    auto *layout = new QHBoxLayout(this);
    auto *fields = new QWidget;
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    for (const QString &field : ColumnMapping::fields()) {
        auto *box = new QComboBox;
        box->setMinimumContentsLength(18);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setObjectName(field);
        m_boxes.insert(field, box);
        form->addRow(fieldLabel(field) + u':', box);
        connect(box, &QComboBox::currentIndexChanged, this, [this, field] { fieldEdited(field); });
        if (field == QStringLiteral("csat"))
            form->addRow(tr("CSAT scale:"), m_csatScale);
        else if (field == QStringLiteral("ces"))
            form->addRow(tr("CES scale:"), m_cesScale);
        else if (field == QStringLiteral("date"))
            form->addRow(tr("Date format:"), m_dateFormat);
    }
    for (int s : ColumnMapping::csatScales())
        m_csatScale->addItem(s == 2 ? tr("good / bad") : tr("1 to %1").arg(s), s);
    for (int s : ColumnMapping::cesScales())
        m_cesScale->addItem(tr("1 to %1").arg(s), s);
    m_csatScale->setObjectName(QStringLiteral("csatScale"));
    m_cesScale->setObjectName(QStringLiteral("cesScale"));
    m_dateFormat->setObjectName(QStringLiteral("dateFormat"));
    m_csatScale->setToolTip(tr("Detected from the values in the column. Values outside the scale are dropped and "
                               "listed as problems."));
    m_cesScale->setToolTip(m_csatScale->toolTip());
    m_dateFormat->setToolTip(tr("How the date column is written. “Each value by itself” reads ISO, d.M.yyyy and "
                                "M/d/yyyy dates; a chosen format lists dates written otherwise as problems."));
    connect(m_csatScale, &QComboBox::currentIndexChanged, this, &ImportMappingPage::readingEdited);
    connect(m_cesScale, &QComboBox::currentIndexChanged, this, &ImportMappingPage::readingEdited);
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, &ImportMappingPage::readingEdited);
    layout->addWidget(fields);

    auto *right = new QVBoxLayout;
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    right->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Vertical);
    for (QTableWidget *t : {m_preview, m_problems}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setWordWrap(false);
        t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    }
    m_problems->setColumnCount(4);
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Problem")});
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(m_preview);
    splitter->addWidget(m_problems);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    right->addWidget(splitter, 1);
    layout->addLayout(right, 1);
}

void ImportMappingPage::initializePage()
{
    const ImportDraft &draft = m_wizard->draft();
    m_filling = true;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        QComboBox *box = it.value();
        box->clear();
        box->addItem(tr("(not in this file)"), -1);
        for (int c = 0; c < draft.layout().names.size(); ++c)
            box->addItem(draft.columnLabel(c), c);
        box->setCurrentIndex(qMax(0, box->findData(draft.mapping().column(it.key()))));
        box->setToolTip(box->currentText());
    }
    m_csatScale->setCurrentIndex(qMax(0, m_csatScale->findData(draft.mapping().csatScale)));
    m_cesScale->setCurrentIndex(qMax(0, m_cesScale->findData(draft.mapping().cesScale)));
    fillDateFormats();
    m_csatScale->setEnabled(draft.mapping().column(QStringLiteral("csat")) >= 0);
    m_cesScale->setEnabled(draft.mapping().column(QStringLiteral("ces")) >= 0);
    m_filling = false;
    refreshPreview();
}

void ImportMappingPage::fillDateFormats()
{
    const ImportDraft &draft = m_wizard->draft();
    const QString detected = draft.detectedDateFormat();
    const bool wasFilling = m_filling;
    m_filling = true;
    m_dateFormat->clear();
    m_dateFormat->addItem(tr("Each value by itself (ISO, d.M.yyyy, M/d/yyyy)"), QString());
    for (const QString &format : dateFormats())
        m_dateFormat->addItem(format == detected ? tr("%1, e.g. %2 (detected)").arg(format, dateFormatExample(format))
                                                 : tr("%1, e.g. %2").arg(format, dateFormatExample(format)),
                              format);
    const QString current = draft.mapping().dateFormat();
    if (!current.isEmpty() && m_dateFormat->findData(current) < 0)
        m_dateFormat->addItem(current, current);
    m_dateFormat->setCurrentIndex(qMax(0, m_dateFormat->findData(current)));
    m_dateFormat->setEnabled(draft.mapping().column(QStringLiteral("date")) >= 0);
    m_filling = wasFilling;
}

void ImportMappingPage::readingEdited()
{
    if (m_filling)
        return;
    ColumnMapping &mapping = m_wizard->draft().mapping();
    mapping.csatScale = m_csatScale->currentData().toInt();
    mapping.cesScale = m_cesScale->currentData().toInt();
    if (const QString format = m_dateFormat->currentData().toString(); format != mapping.dateFormat())
        (void)mapping.setDateFormat(format); // only formats it reads are offered
    refreshPreview();
}

bool ImportMappingPage::isComplete() const
{
    const ColumnMapping &m = m_wizard->draft().mapping();
    return m.column(QStringLiteral("nps")) >= 0 || m.column(QStringLiteral("csat")) >= 0
        || m.column(QStringLiteral("ces")) >= 0 || m.column(QStringLiteral("comment")) >= 0;
}

void ImportMappingPage::fieldEdited(const QString &field)
{
    if (m_filling)
        return;
    QComboBox *box = m_boxes.value(field);
    const int column = box->currentData().toInt();
    if (column < 0)
        m_wizard->draft().mapping().clear(field);
    else
        m_wizard->draft().mapping().set(field, column);
    box->setToolTip(box->currentText());
    if (field == QStringLiteral("date"))
        fillDateFormats();
    m_csatScale->setEnabled(m_wizard->draft().mapping().column(QStringLiteral("csat")) >= 0);
    m_cesScale->setEnabled(m_wizard->draft().mapping().column(QStringLiteral("ces")) >= 0);
    refreshPreview();
    emit completeChanged();
}

void ImportMappingPage::refreshPreview()
{
    const ImportDraft &draft = m_wizard->draft();
    const ColumnMapping &mapping = draft.mapping();
    QStringList mapped;
    for (const QString &field : ColumnMapping::fields())
        if (mapping.column(field) >= 0)
            mapped << field;
    m_message->setText(isComplete() ? QString()
                                    : tr("Map at least one of NPS, CSAT, CES or Comment: there is nothing to import otherwise."));
    m_message->setVisible(!isComplete());

    // Every record read is checked; the first ones are shown.
    const QList<QStringList> rows = draft.dataRecords();
    const int shown = int(qMin<qsizetype>(rows.size(), kPreviewRows));
    m_preview->clear();
    m_preview->setColumnCount(int(mapped.size()));
    m_preview->setRowCount(shown);
    QStringList headers;
    for (const QString &field : mapped)
        headers << fieldLabel(field) + QStringLiteral("\n← ") + draft.layout().names.value(mapping.column(field)).left(24);
    m_preview->setHorizontalHeaderLabels(headers);
    QStringList rowLabels;
    struct Problem
    {
        qint64 row;
        QString column, value, reason;
    };
    QList<Problem> problems;
    const QColor bad(0xf9, 0xde, 0xdc);
    for (int r = 0; r < rows.size(); ++r) {
        const qint64 row = draft.dataRow(r);
        if (r < shown)
            rowLabels << QString::number(row);
        for (int i = 0; i < mapped.size(); ++i) {
            const int column = mapping.column(mapped[i]);
            const QString cell = rows[r].value(column);
            const Parsed p = parse(mapped[i], cell, mapping);
            auto *item = new QTableWidgetItem(p.text.left(200).replace(u'\n', u' '));
            if (!p.problem.isEmpty()) {
                item->setText(QStringLiteral("⚠ ") + cell.left(40));
                item->setBackground(bad);
                item->setToolTip(tr("“%1” %2; the value will be dropped, the row kept.").arg(cell, p.problem));
                problems.append({row, draft.layout().names.value(column), cell, p.problem});
            } else if (p.text.size() > 30) {
                item->setToolTip(p.text.left(2000));
            }
            if (r < shown)
                m_preview->setItem(r, i, item);
            else
                delete item;
        }
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, qMin(m_preview->columnWidth(c), 260));

    m_problems->setRowCount(int(problems.size()));
    for (int i = 0; i < problems.size(); ++i) {
        m_problems->setItem(i, 0, new QTableWidgetItem(QString::number(problems[i].row)));
        m_problems->setItem(i, 1, new QTableWidgetItem(problems[i].column));
        m_problems->setItem(i, 2, new QTableWidgetItem(problems[i].value));
        m_problems->setItem(i, 3, new QTableWidgetItem(problems[i].reason));
    }
    m_problems->setVisible(!problems.isEmpty());
}

} // namespace waymark
