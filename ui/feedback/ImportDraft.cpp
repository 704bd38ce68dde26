// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDraft.h"

#include "import/ValueParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace waymark {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("waymark::ImportDraft", text);
}

QString columnLetter(int index)
{
    QString s;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(u'A' + (n - 1) % 26));
    return s;
}

} // namespace

QString ImportDraft::setFile(const QString &path)
{
    m_path = path;
    m_records.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("“%1” cannot be read: %2.").arg(QFileInfo(path).fileName(), file.errorString());
    const QByteArray head = file.peek(64 * 1024);
    m_detected = CsvReader::sniff(head, head.size() >= file.size());
    m_dialect = m_detected;
    m_preset = QStringLiteral("auto");
    m_headerRows.reset();
    return readPreview();
}

QString ImportDraft::setDialect(const CsvDialect &dialect)
{
    m_dialect = dialect;
    return readPreview();
}

void ImportDraft::setPreset(const QString &preset)
{
    m_preset = preset;
    detectLayout();
}

void ImportDraft::setHeaderRows(std::optional<int> headerRows)
{
    m_headerRows = headerRows;
    detectLayout();
}

QString ImportDraft::detectedDateFormat() const
{
    const int column = m_mapping.column(QStringLiteral("date"));
    if (column < 0)
        return {};
    QStringList samples;
    for (const QStringList &row : dataRecords())
        samples << row.value(column);
    return ValueParser::detectDateFormat(samples);
}

QString ImportDraft::readPreview()
{
    m_records.clear();
    m_rows.clear();
    m_issues.clear();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("“%1” cannot be read: %2.").arg(QFileInfo(m_path).fileName(), file.errorString());
    CsvReader reader(&file, m_dialect);
    auto r = reader.read([&](const QStringList &fields, qint64) {
        m_records.append(fields);
        m_rows.append(reader.currentRow());
        return m_records.size() < previewRecords;
    });
    m_issues = reader.issues();
    detectLayout();
    if (!r)
        return r.error().text();
    if (m_records.isEmpty())
        return tr("“%1” is empty: there are no rows to import.").arg(QFileInfo(m_path).fileName());
    return {};
}

void ImportDraft::detectLayout()
{
    m_detectedHeaderRows = SurveyLayout::detect(m_records, m_preset).headerRows;
    m_layout = SurveyLayout::detect(m_records, m_preset, m_headerRows);
    // As the import does: the mapping saved with the last import of the same columns,
    // else a proposal. options() then lists only what the user changed over it.
    m_savedMappingFrom.clear();
    std::optional<ColumnMapping> saved;
    if (m_store && m_useSavedMapping)
        if (auto sources = m_store->sources())
            saved = ColumnMapping::savedFor(*sources, m_layout.names, &m_savedMappingFrom);
    m_proposed = saved ? *saved : ColumnMapping::propose(m_layout, dataRecords());
    m_mapping = m_proposed;
}

void ImportDraft::setUseSavedMapping(bool use)
{
    m_useSavedMapping = use;
    detectLayout();
}

QString ImportDraft::columnLabel(int column) const
{
    const QString name = m_layout.names.value(column);
    const QString question = m_layout.questions.value(column);
    QString label = columnLetter(column) + QStringLiteral(": ") + name;
    if (!question.isEmpty() && question != name)
        label += QStringLiteral(" — ") + question.simplified().left(60);
    return label;
}

ImportOptions ImportDraft::options() const
{
    ImportOptions o;
    o.preset = m_preset;
    o.journey = journey;
    o.createTouchpoints = createTouchpoints;
    o.dryRun = dryRun;
    o.dialect = m_dialect;
    o.headerRows = m_headerRows;
    o.useSavedMapping = m_useSavedMapping;
    if (m_mapping.csatScale != m_proposed.csatScale)
        o.csatScale = m_mapping.csatScale;
    if (m_mapping.cesScale != m_proposed.cesScale)
        o.cesScale = m_mapping.cesScale;
    if (m_mapping.dateFormat() != m_proposed.dateFormat()
        || m_mapping.isDateFormatDetected() != m_proposed.isDateFormatDetected())
        o.dateFormat = m_mapping.dateFormat();
    if (rulesEdited) {
        o.clearRules = true;
        o.addRules = rules;
    }
    for (const QString &field : ColumnMapping::fields()) {
        const int column = m_mapping.column(field);
        if (column == m_proposed.column(field))
            continue;
        if (column < 0) {
            o.overrides.append({field, QString()});
            continue;
        }
        // A unique name is the clearest reference; a repeated one needs the column's number.
        const QString name = m_layout.names.value(column);
        const bool unique = !name.isEmpty() && m_layout.names.count(name) == 1;
        bool numeric = false;
        name.toInt(&numeric);
        o.overrides.append({field, unique && !numeric ? name : QString::number(column + 1)});
    }
    return o;
}

} // namespace waymark
