// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreviewPage.h"

#include "FeedbackImportWizard.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {
namespace {

constexpr int kShownRecords = 60;
constexpr int kMaxCellChars = 120;

using Encoding = CsvDialect::Encoding;
const Encoding kEncodings[] = {Encoding::Utf8, Encoding::Utf8Bom, Encoding::Utf16LE, Encoding::Utf16BE,
                               Encoding::Windows1252};

QString delimiterName(QChar c)
{
    if (c == u'\t')
        return ImportPreviewPage::tr("Tab");
    if (c == u',')
        return ImportPreviewPage::tr("Comma ( , )");
    if (c == u';')
        return ImportPreviewPage::tr("Semicolon ( ; )");
    if (c == u'|')
        return ImportPreviewPage::tr("Vertical bar ( | )");
    return QString(c);
}

QString presetName(const QString &preset)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("generic"), ImportPreviewPage::tr("Generic table")},
        {QStringLiteral("qualtrics"), QStringLiteral("Qualtrics")},
        {QStringLiteral("surveymonkey"), QStringLiteral("SurveyMonkey")},
        {QStringLiteral("typeform"), QStringLiteral("Typeform")},
        {QStringLiteral("googleforms"), QStringLiteral("Google Forms")},
        {QStringLiteral("zendesk"), ImportPreviewPage::tr("Zendesk satisfaction ratings")},
        {QStringLiteral("appstore"), ImportPreviewPage::tr("App Store reviews")},
        {QStringLiteral("googleplay"), ImportPreviewPage::tr("Google Play reviews")},
        {QStringLiteral("trustpilot"), ImportPreviewPage::tr("Trustpilot reviews")},
    };
    return names.value(preset, preset);
}

} // namespace

ImportPreviewPage::ImportPreviewPage(FeedbackImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_encoding(new QComboBox), m_delimiter(new QComboBox),
      m_preset(new QComboBox), m_headerRowsBox(new QSpinBox), m_headerRows(new QLabel), m_message(new QLabel), m_table(new QTableWidget)
{
    setTitle(tr("Check how the file is read"));
    setSubTitle(tr("Waymark detected the settings below. If the table looks wrong (odd characters, everything in "
                   "one column), change them."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *top = new QHBoxLayout;
    auto *left = new QFormLayout;
    left->addRow(tr("&Encoding:"), m_encoding);
    left->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("&Layout:"), m_preset);
    auto *headerRows = new QHBoxLayout;
    headerRows->addWidget(m_headerRowsBox);
    headerRows->addWidget(m_headerRows, 1);
    m_headerRowsBox->setRange(0, SurveyLayout::maxHeaderRows);
    m_headerRowsBox->setToolTip(tr("The rows before the first response. The first holds the column names, the second "
                                   "the question texts; with 0 the columns are numbered."));
    auto *headerRowsLabel = new QLabel(tr("&Header rows:"));
    headerRowsLabel->setBuddy(m_headerRowsBox);
    form->addRow(headerRowsLabel, headerRows);
    top->addLayout(left, 1);
    top->addSpacing(24);
    top->addLayout(form, 1);
    layout->addLayout(top);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    layout->addWidget(m_table, 1);

    for (Encoding e : kEncodings)
        m_encoding->addItem(CsvDialect::encodingName(e), int(e));
    for (QChar c : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')})
        m_delimiter->addItem(delimiterName(c), QVariant(c));
    for (const QString &p : SurveyLayout::presets())
        if (p != QStringLiteral("auto"))
            m_preset->addItem(presetName(p), p);
    m_preset->insertItem(0, tr("Detect automatically"), QStringLiteral("auto"));

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::dialectEdited);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::dialectEdited);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::presetEdited);
    connect(m_headerRowsBox, &QSpinBox::valueChanged, this, &ImportPreviewPage::headerRowsEdited);
}

void ImportPreviewPage::initializePage()
{
    const ImportDraft &draft = m_wizard->draft();
    const CsvDialect detected = draft.detectedDialect();
    m_filling = true;
    for (int i = 0; i < m_encoding->count(); ++i) {
        const auto e = Encoding(m_encoding->itemData(i).toInt());
        m_encoding->setItemText(i, e == detected.encoding ? tr("%1 (detected)").arg(CsvDialect::encodingName(e))
                                                          : CsvDialect::encodingName(e));
    }
    if (m_delimiter->findData(QVariant(detected.delimiter)) < 0)
        m_delimiter->addItem(delimiterName(detected.delimiter), QVariant(detected.delimiter));
    for (int i = 0; i < m_delimiter->count(); ++i) {
        const QChar c = m_delimiter->itemData(i).toChar();
        m_delimiter->setItemText(i, c == detected.delimiter ? tr("%1 (detected)").arg(delimiterName(c)) : delimiterName(c));
    }
    m_encoding->setCurrentIndex(m_encoding->findData(int(draft.dialect().encoding)));
    m_delimiter->setCurrentIndex(m_delimiter->findData(QVariant(draft.dialect().delimiter)));
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(draft.preset())));
    m_filling = false;
    refresh();
}

bool ImportPreviewPage::isComplete() const
{
    return m_wizard->draft().records().size() > m_wizard->draft().layout().headerRows;
}

void ImportPreviewPage::dialectEdited()
{
    if (m_filling)
        return;
    CsvDialect d = m_wizard->draft().dialect();
    d.encoding = Encoding(m_encoding->currentData().toInt());
    d.delimiter = m_delimiter->currentData().toChar();
    const QString preset = m_wizard->draft().preset();
    const std::optional<int> headerRows = m_wizard->draft().headerRowsOverride();
    m_wizard->draft().setDialect(d);
    m_wizard->draft().setPreset(preset);
    m_wizard->draft().setHeaderRows(headerRows);
    refresh();
}

void ImportPreviewPage::presetEdited()
{
    if (m_filling)
        return;
    m_wizard->draft().setPreset(m_preset->currentData().toString());
    refresh();
}

void ImportPreviewPage::headerRowsEdited()
{
    if (m_filling)
        return;
    ImportDraft &draft = m_wizard->draft();
    const int n = m_headerRowsBox->value();
    draft.setHeaderRows(n == draft.detectedHeaderRows() ? std::nullopt : std::optional<int>(n));
    refresh();
}

void ImportPreviewPage::refresh()
{
    const ImportDraft &draft = m_wizard->draft();
    const SurveyLayout &layout = draft.layout();
    const QString detected = m_preset->currentIndex() == 0 ? tr(" (detected: %1)").arg(presetName(layout.preset)) : QString();
    m_preset->setItemText(0, tr("Detect automatically") + detected);
    m_filling = true;
    m_headerRowsBox->setValue(layout.headerRows);
    m_filling = false;
    m_headerRows->setText(draft.headerRowsOverride()
                              ? tr("%n detected; your count is used", nullptr, draft.detectedHeaderRows())
                              : tr("%n detected from the layout", nullptr, layout.headerRows));

    QStringList notes;
    if (draft.records().size() <= layout.headerRows)
        notes << tr("No data rows were found with these settings.");
    for (qsizetype i = 0; i < draft.readIssues().size() && i < 3; ++i) {
        const CsvIssue &issue = draft.readIssues()[i];
        notes << tr("Row %1, column %2: %3").arg(issue.row).arg(issue.column).arg(issue.message);
    }
    m_message->setText(notes.join(u'\n'));
    m_message->setVisible(!notes.isEmpty());

    const QList<QStringList> &records = draft.records();
    const int shown = int(qMin<qsizetype>(records.size(), kShownRecords));
    int columns = int(layout.names.size());
    for (int r = 0; r < shown; ++r)
        columns = qMax(columns, int(records[r].size()));
    m_table->clear();
    m_table->setRowCount(shown);
    m_table->setColumnCount(columns);
    QStringList headers;
    for (int c = 0; c < columns; ++c)
        headers << draft.columnLabel(c).section(QStringLiteral(" — "), 0, 0);
    m_table->setHorizontalHeaderLabels(headers);
    QStringList rowLabels;
    const QColor headerTint = palette().color(QPalette::AlternateBase).darker(108);
    for (int r = 0; r < shown; ++r) {
        rowLabels << QString::number(draft.rows().value(r, r + 1));
        for (int c = 0; c < records[r].size(); ++c) {
            QString text = records[r][c];
            auto *item = new QTableWidgetItem(text.left(kMaxCellChars).replace(u'\n', u' '));
            if (text.size() > 40 || text.contains(u'\n'))
                item->setToolTip(text.left(2000));
            if (r < layout.headerRows) {
                item->setBackground(headerTint);
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->setVerticalHeaderLabels(rowLabels);
    emit completeChanged();
}

} // namespace waymark
