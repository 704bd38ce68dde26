// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace waymark {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("waymark::TableWriter", text);
}

QString numberText(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::Double || v.metaType().id() == QMetaType::Float)
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return v.toString();
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString quoted = s;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString cellText(const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull())
        return {};
    if (DataTable::isNumber(cell))
        return numberText(cell);
    return SpreadsheetText::neutralise(cell.toString());
}

/// Sheet names: at most 31 characters, none of []:*?/\ , unique in the workbook.
QString sheetName(const QString &wanted, QStringList &used)
{
    QString name = wanted;
    for (const QChar c : u"[]:*?/\\"_s)
        name.replace(c, u'_');
    name = name.left(31).trimmed();
    if (name.isEmpty())
        name = u"Sheet"_s;
    QString unique = name;
    for (int i = 2; used.contains(unique, Qt::CaseInsensitive); ++i)
        unique = name.left(31 - 1 - QString::number(i).size()) + u'_' + QString::number(i);
    used << unique;
    return unique;
}

} // namespace

QByteArray TableWriter::csv(const DataTable &table)
{
    QString out;
    QStringList header;
    for (const QString &c : table.columns)
        header << csvField(SpreadsheetText::neutralise(c));
    out += header.join(u',') + u"\r\n"_s;
    for (const QList<QVariant> &row : table.rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QVariant &cell : row)
            fields << csvField(cellText(cell));
        out += fields.join(u',') + u"\r\n"_s;
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

Result<void> TableWriter::writeCsv(const DataTable &table, const QString &path)
{
    QSaveFile file(path);
    const QByteArray data = csv(table);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return makeError(Error::Code::Io, tr("Could not write “%1”: %2.").arg(path, file.errorString()));
    return {};
}

Result<void> TableWriter::writeXlsx(const QList<DataTable> &tables, const QString &path, const WorkbookInfo &info)
{
    // libxlsxwriter writes the file itself: write beside the target, then rename over it.
    const QFileInfo target(path);
    QTemporaryDir temp(target.absoluteDir().filePath(u".waymark-xlsx-XXXXXX"_s));
    if (!temp.isValid())
        return makeError(Error::Code::Io, tr("Could not write “%1”: the folder is not writable.").arg(path));
    const QByteArray tempPath = QFile::encodeName(temp.filePath(u"out.xlsx"_s));

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows stream to disk: large feedback exports stay small in memory
    QByteArray tmpDir = QFile::encodeName(temp.path());
    options.tmpdir = tmpDir.data();
    lxw_workbook *book = workbook_new_opt(tempPath.constData(), &options);
    if (!book)
        return makeError(Error::Code::Io, tr("Could not create the workbook “%1”.").arg(path));

    QByteArray title = info.title.toUtf8(), author = info.author.toUtf8(), subject = info.subject.toUtf8();
    QByteArray comments("Waymark " WAYMARK_VERSION);
    lxw_doc_properties props{};
    props.title = title.data();
    props.author = author.data();
    props.subject = subject.data();
    props.comments = comments.data();
    workbook_set_properties(book, &props);

    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_bottom(bold, LXW_BORDER_THIN);
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);

    QStringList used;
    for (const DataTable &table : tables) {
        const QByteArray name = sheetName(table.name, used).toUtf8();
        lxw_worksheet *sheet = workbook_add_worksheet(book, name.constData());
        if (!sheet)
            break;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const QByteArray text = SpreadsheetText::neutralise(table.columns[c]).toUtf8();
            worksheet_write_string(sheet, 0, lxw_col_t(c), text.constData(), bold);
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), qBound(8.0, table.columns[c].size() * 1.2, 40.0),
                                 nullptr);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QList<QVariant> &row = table.rows[r];
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QVariant &cell = row[c];
                if (!cell.isValid() || cell.isNull())
                    continue;
                if (DataTable::isNumber(cell)) {
                    worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), cell.toDouble(), nullptr);
                } else {
                    const QString text = SpreadsheetText::neutralise(cell.toString());
                    const QByteArray utf8 = text.left(32767).toUtf8(); // Excel's cell limit
                    worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), utf8.constData(),
                                           text.contains(u'\n') ? wrap : nullptr);
                }
            }
        }
        if (!table.columns.isEmpty())
            worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(table.columns.size() - 1));
    }
    if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR)
        return makeError(Error::Code::Io, tr("Could not write the workbook “%1”.").arg(path),
                         QString::fromUtf8(lxw_strerror(e)));
    QFile::remove(path);
    if (!QFile::rename(QFile::decodeName(tempPath), path))
        return makeError(Error::Code::Io, tr("Could not write “%1”.").arg(path));
    return {};
}

} // namespace waymark
