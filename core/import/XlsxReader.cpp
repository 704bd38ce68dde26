// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QTime>
#include <QXmlStreamReader>

#include <zip.h>

#include <cmath>

namespace waymark {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *text)
{
    return QCoreApplication::translate("waymark", text);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1 << 20), 'f', 1);
}

/// One archive entry as a sequential device, so QXmlStreamReader reads the sheet in
/// pieces straight from the archive. Stops with an error past `cap` bytes, whatever
/// the entry's header claimed.
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(zip_file_t *file, qint64 cap) : m_file(file), m_cap(cap) { open(QIODevice::ReadOnly); }
    ~ZipEntryDevice() override
    {
        if (m_file)
            zip_fclose(m_file);
    }
    bool isSequential() const override { return true; }
    qint64 unpacked() const { return m_read; }
    QString failure() const { return m_failure; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (!m_failure.isEmpty())
            return -1;
        const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
        if (n < 0) {
            m_failure = QString::fromUtf8(zip_file_strerror(m_file));
            return -1;
        }
        m_read += n;
        if (m_read > m_cap) {
            m_failure = tr("a part unpacks to more than its declared size");
            return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    zip_file_t *m_file;
    qint64 m_cap;
    qint64 m_read = 0;
    QString m_failure;
};

bool isBuiltinDate(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

bool isBuiltinTime(int id)
{
    return (id >= 18 && id <= 22) || (id >= 45 && id <= 47) || id == 32 || id == 33 || id == 34 || id == 35;
}

/// "A" → 0, "AB" → 27; -1 when `ref` starts with no letter.
int columnOf(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && i < 4; ++i) {
        const char16_t c = ref[i].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
    }
    return i == 0 ? -1 : column - 1;
}

QString numberText(double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}

/// The path of `target` relative to the folder of `base` ("xl/workbook.xml" + "worksheets/sheet1.xml").
QString resolvePart(const QString &base, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    const qsizetype slash = base.lastIndexOf(u'/');
    const QString dir = slash < 0 ? QString() : base.left(slash + 1);
    return QDir::cleanPath(dir + target);
}

QString relsOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + u"_rels/"_s + part.mid(slash + 1) + u".rels"_s;
}

struct Relationship
{
    QString type;
    QString target;
};

QHash<QString, Relationship> parseRels(const QByteArray &xml, const QString &base)
{
    QHash<QString, Relationship> out;
    QXmlStreamReader x(xml);
    while (!x.atEnd()) {
        if (x.readNext() == QXmlStreamReader::StartElement && x.name() == u"Relationship"_s) {
            const auto a = x.attributes();
            out.insert(a.value(u"Id"_s).toString(),
                       {a.value(u"Type"_s).toString(), resolvePart(base, a.value(u"Target"_s).toString())});
        }
    }
    return out;
}

} // namespace

struct XlsxReader::Archive
{
    zip_t *zip = nullptr;
    ~Archive()
    {
        if (zip)
            zip_discard(zip);
    }
};

XlsxReader::XlsxReader(QString path) : m_path(std::move(path)) {}
XlsxReader::XlsxReader(QByteArray bytes) : m_bytes(std::move(bytes)) {}
XlsxReader::~XlsxReader() = default;

bool XlsxReader::isDateFormat(const QString &code)
{
    bool quoted = false;
    bool bracket = false;
    QString brackets;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != u'"';
            continue;
        }
        if (bracket) {
            if (c == u']') {
                bracket = false;
                // [h]:mm elapsed time counts as time; [Red], [$-409] do not.
                const QString b = brackets.toLower();
                if (!b.isEmpty() && (b.count(u'h') == b.size() || b.count(u'm') == b.size() || b.count(u's') == b.size()))
                    return true;
            } else {
                brackets += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
        } else if (c == u'[') {
            bracket = true;
            brackets.clear();
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped or padding character
        } else if (QStringView(u"dmyhsDMYHS").contains(c)) {
            return true;
        } else if (c == u';') {
            break; // the first section decides
        }
    }
    return false;
}

QString XlsxReader::serialToIso(double serial, bool date1904, bool withTime)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466)
        return numberText(serial);
    double days = std::floor(serial);
    qint64 seconds = std::llround((serial - days) * 86400.0);
    if (seconds >= 86400) {
        days += 1;
        seconds -= 86400;
    }
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(qint64(days));
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(qint64(days)); // Lotus' 1900-02-29 sits at 60
    else if (days >= 1)
        date = QDate(1899, 12, 31).addDays(qint64(days));
    if (!date.isValid()) // a time of day alone (serial below 1)
        return QTime(0, 0).addSecs(int(seconds)).toString(u"HH:mm:ss"_s);
    if (!withTime && seconds == 0)
        return date.toString(Qt::ISODate);
    return date.toString(Qt::ISODate) + u'T' + QTime(0, 0).addSecs(int(seconds)).toString(u"HH:mm:ss"_s);
}

Result<void> XlsxReader::openArchive()
{
    if (m_archive)
        return {};
    const QString name = m_path.isEmpty() ? tr("The workbook") : u"“%1”"_s.arg(QFileInfo(m_path).fileName());
    zip_error_t error;
    zip_error_init(&error);
    zip_t *zip = nullptr;
    if (!m_path.isEmpty()) {
        int code = 0;
        zip = zip_open(QFile::encodeName(m_path).constData(), ZIP_RDONLY, &code);
        if (!zip)
            zip_error_init_with_code(&error, code);
    } else {
        zip_source_t *source = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
        if (source) {
            zip = zip_open_from_source(source, ZIP_RDONLY, &error);
            if (!zip)
                zip_source_free(source);
        }
    }
    if (!zip) {
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return makeError(Error::Code::InvalidInput,
                         tr("%1 is not an Excel workbook (.xlsx) Waymark can read: the archive cannot be opened (%2). "
                            "Save it again as .xlsx or export it as CSV.")
                             .arg(name, why));
    }
    zip_error_fini(&error);
    // Kept only once every check below has passed, so a refused workbook stays refused
    // when it is read again.
    auto archive = std::make_unique<Archive>();
    archive->zip = zip;
    const zip_int64_t entries = zip_get_num_entries(zip, 0);
    if (entries > maxEntries)
        return makeError(Error::Code::InvalidInput,
                         tr("%1 holds %2 parts, more than the %3 a workbook may have in Waymark; it is not read.")
                             .arg(name)
                             .arg(entries)
                             .arg(maxEntries));
    qint64 total = 0;
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(zip, zip_uint64_t(i), 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE))
            total += qint64(qMin<zip_uint64_t>(st.size, zip_uint64_t(maxTotalBytes) + 1));
        if (total > maxTotalBytes)
            return makeError(Error::Code::InvalidInput,
                             tr("%1 unpacks to more than %2 MB; Waymark does not read workbooks that large. Export the "
                                "sheet as CSV instead.")
                                 .arg(name, megabytes(maxTotalBytes)));
    }
    m_archive = std::move(archive);
    return {};
}

Result<QByteArray> XlsxReader::readPart(const QString &part, bool required)
{
    const QString name = m_path.isEmpty() ? tr("The workbook") : u"“%1”"_s.arg(QFileInfo(m_path).fileName());
    zip_t *zip = m_archive->zip;
    zip_int64_t index = zip_name_locate(zip, part.toUtf8().constData(), 0);
    if (index < 0)
        index = zip_name_locate(zip, part.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0) {
        if (!required)
            return QByteArray();
        return makeError(Error::Code::InvalidInput,
                         tr("%1 is not an Excel workbook (.xlsx): it has no part “%2”.").arg(name, part));
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip, zip_uint64_t(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        return makeError(Error::Code::InvalidInput, tr("%1 is damaged: the part “%2” cannot be read.").arg(name, part));
    const qint64 size = qint64(qMin<zip_uint64_t>(st.size, zip_uint64_t(maxTotalBytes) + 1));
    if (size > maxPartBytes)
        return makeError(Error::Code::InvalidInput, tr("%1: the part “%2” unpacks to %3 MB, more than the %4 MB Waymark reads.")
                                                        .arg(name, part, megabytes(size), megabytes(maxPartBytes)));
    if ((st.valid & ZIP_STAT_COMP_SIZE) && size > (1 << 20) && size / qMax<qint64>(1, qint64(st.comp_size)) > maxRatio)
        return makeError(Error::Code::InvalidInput,
                         tr("%1: the part “%2” is compressed %3 : 1, far more than real workbooks are; it is not read "
                            "(it may be a zip bomb).")
                             .arg(name, part)
                             .arg(size / qMax<qint64>(1, qint64(st.comp_size))));
    m_unpacked += size;
    if (m_unpacked > maxTotalBytes)
        return makeError(Error::Code::InvalidInput,
                         tr("%1 unpacks to more than %2 MB; Waymark does not read workbooks that large.")
                             .arg(name, megabytes(maxTotalBytes)));
    zip_file_t *file = zip_fopen_index(zip, zip_uint64_t(index), 0);
    if (!file)
        return makeError(Error::Code::InvalidInput, tr("%1 is damaged: the part “%2” cannot be read (%3).")
                                                        .arg(name, part, QString::fromUtf8(zip_strerror(zip))));
    ZipEntryDevice device(file, size);
    QByteArray bytes;
    bytes.reserve(size);
    char buffer[1 << 16];
    for (;;) {
        const qint64 n = device.read(buffer, sizeof buffer);
        if (n < 0)
            return makeError(Error::Code::InvalidInput, tr("%1 is damaged: the part “%2” cannot be read (%3).")
                                                            .arg(name, part, device.failure()));
        if (n == 0)
            break;
        bytes.append(buffer, n);
    }
    return bytes;
}

Result<void> XlsxReader::loadWorkbook()
{
    if (m_loaded)
        return {};
    if (auto r = openArchive(); !r)
        return r;
    const QString name = m_path.isEmpty() ? tr("The workbook") : u"“%1”"_s.arg(QFileInfo(m_path).fileName());
    QString workbookPath = u"xl/workbook.xml"_s;
    auto rootRels = readPart(u"_rels/.rels"_s, false);
    if (!rootRels)
        return rootRels.error();
    for (const Relationship &r : parseRels(*rootRels, QString()))
        if (r.type.endsWith(u"/officeDocument"_s))
            workbookPath = r.target;
    auto workbook = readPart(workbookPath, true);
    if (!workbook)
        return workbook.error();
    auto relsBytes = readPart(relsOf(workbookPath), false);
    if (!relsBytes)
        return relsBytes.error();
    const QHash<QString, Relationship> rels = parseRels(*relsBytes, workbookPath);
    QXmlStreamReader x(*workbook);
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = x.attributes();
        if (x.name() == u"workbookPr"_s) {
            const QStringView v = a.value(u"date1904"_s);
            m_date1904 = v == u"1"_s || v == u"true"_s;
        } else if (x.name() == u"sheet"_s) {
            QString id;
            for (const QXmlStreamAttribute &attr : a)
                if (attr.name() == u"id"_s)
                    id = attr.value().toString();
            const QString path = rels.contains(id) ? rels.value(id).target
                                                   : u"xl/worksheets/sheet%1.xml"_s.arg(m_sheetNames.size() + 1);
            m_sheetNames.append(a.value(u"name"_s).toString());
            m_sheetPaths.append(path);
        }
    }
    if (x.hasError())
        return makeError(Error::Code::InvalidInput,
                         tr("%1 is damaged: its workbook part is not well-formed XML (%2).").arg(name, x.errorString()));
    if (m_sheetNames.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("%1 has no sheets.").arg(name));

    QString sharedPath = u"xl/sharedStrings.xml"_s, stylesPath = u"xl/styles.xml"_s;
    for (const Relationship &r : rels) {
        if (r.type.endsWith(u"/sharedStrings"_s))
            sharedPath = r.target;
        else if (r.type.endsWith(u"/styles"_s))
            stylesPath = r.target;
    }
    auto shared = readPart(sharedPath, false);
    if (!shared)
        return shared.error();
    {
        QXmlStreamReader s(*shared);
        QString text;
        int depthInSi = 0;
        bool phonetic = false;
        while (!s.atEnd()) {
            const auto token = s.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (s.name() == u"si"_s) {
                    ++depthInSi;
                    text.clear();
                } else if (s.name() == u"rPh"_s) {
                    phonetic = true;
                } else if (s.name() == u"t"_s && depthInSi > 0 && !phonetic) {
                    text += s.readElementText();
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (s.name() == u"si"_s && depthInSi > 0) {
                    --depthInSi;
                    m_shared.append(text);
                } else if (s.name() == u"rPh"_s) {
                    phonetic = false;
                }
            }
        }
        if (s.hasError() && !shared->isEmpty())
            return makeError(Error::Code::InvalidInput, tr("%1 is damaged: its shared strings are not well-formed XML (%2).")
                                                            .arg(name, s.errorString()));
    }
    auto styles = readPart(stylesPath, false);
    if (!styles)
        return styles.error();
    {
        QHash<int, QString> custom;
        QXmlStreamReader s(*styles);
        bool inCellXfs = false;
        while (!s.atEnd()) {
            const auto token = s.readNext();
            if (token == QXmlStreamReader::StartElement) {
                const auto a = s.attributes();
                if (s.name() == u"numFmt"_s) {
                    custom.insert(a.value(u"numFmtId"_s).toInt(), a.value(u"formatCode"_s).toString());
                } else if (s.name() == u"cellXfs"_s) {
                    inCellXfs = true;
                } else if (s.name() == u"xf"_s && inCellXfs) {
                    const int id = a.value(u"numFmtId"_s).toInt();
                    const bool isCustom = custom.contains(id);
                    const QString code = custom.value(id);
                    m_dateStyles.append(isCustom ? isDateFormat(code) : isBuiltinDate(id));
                    m_timeStyles.append(isCustom ? isDateFormat(code) && (code.contains(u'h', Qt::CaseInsensitive)
                                                                          || code.contains(u's', Qt::CaseInsensitive))
                                                 : isBuiltinTime(id));
                }
            } else if (token == QXmlStreamReader::EndElement && s.name() == u"cellXfs"_s) {
                inCellXfs = false;
            }
        }
    }
    m_loaded = true;
    return {};
}

Result<QStringList> XlsxReader::sheetNames()
{
    if (auto r = loadWorkbook(); !r)
        return r.error();
    return m_sheetNames;
}

Result<void> XlsxReader::read(const RowSink &sink)
{
    m_issues.clear();
    m_row = 0;
    m_done = 0;
    if (auto r = loadWorkbook(); !r)
        return r;
    const QString name = m_path.isEmpty() ? tr("The workbook") : u"“%1”"_s.arg(QFileInfo(m_path).fileName());
    qsizetype sheetIndex = 0;
    if (!m_wantedSheet.isEmpty()) {
        sheetIndex = -1;
        for (qsizetype i = 0; i < m_sheetNames.size(); ++i)
            if (m_sheetNames[i].compare(m_wantedSheet, Qt::CaseInsensitive) == 0)
                sheetIndex = i;
        bool isNumber = false;
        const int n = m_wantedSheet.toInt(&isNumber);
        if (sheetIndex < 0 && isNumber && n >= 1 && n <= m_sheetNames.size())
            sheetIndex = n - 1;
        if (sheetIndex < 0)
            return makeError(Error::Code::InvalidInput, tr("%1 has no sheet “%2”. Sheets: %3.")
                                                            .arg(name, m_wantedSheet, m_sheetNames.join(u", "_s)));
    }
    m_sheetName = m_sheetNames[sheetIndex];
    const QString part = m_sheetPaths[sheetIndex];

    zip_t *zip = m_archive->zip;
    const zip_int64_t index = zip_name_locate(zip, part.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0)
        return makeError(Error::Code::InvalidInput,
                         tr("%1 is damaged: the sheet “%2” has no data part.").arg(name, m_sheetName));
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip, zip_uint64_t(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        return makeError(Error::Code::InvalidInput, tr("%1 is damaged: the sheet “%2” cannot be read.").arg(name, m_sheetName));
    const qint64 size = qint64(qMin<zip_uint64_t>(st.size, zip_uint64_t(maxTotalBytes) + 1));
    if (size > maxPartBytes || m_unpacked + size > maxTotalBytes)
        return makeError(Error::Code::InvalidInput, tr("%1: the sheet “%2” unpacks to %3 MB, more than Waymark reads. "
                                                       "Export it as CSV instead.")
                                                        .arg(name, m_sheetName, megabytes(size)));
    if ((st.valid & ZIP_STAT_COMP_SIZE) && size > (1 << 20) && size / qMax<qint64>(1, qint64(st.comp_size)) > maxRatio)
        return makeError(Error::Code::InvalidInput,
                         tr("%1: the sheet “%2” is compressed %3 : 1, far more than real workbooks are; it is not read "
                            "(it may be a zip bomb).")
                             .arg(name, m_sheetName)
                             .arg(size / qMax<qint64>(1, qint64(st.comp_size))));
    m_total = size;
    zip_file_t *file = zip_fopen_index(zip, zip_uint64_t(index), 0);
    if (!file)
        return makeError(Error::Code::InvalidInput, tr("%1 is damaged: the sheet “%2” cannot be read (%3).")
                                                        .arg(name, m_sheetName, QString::fromUtf8(zip_strerror(zip))));
    ZipEntryDevice device(file, size);
    QXmlStreamReader x(&device);
    QStringList row;
    qint64 rowNumber = 0;
    int nextColumn = 0;
    int badStrings = 0;
    bool inSheetData = false;
    while (!x.atEnd()) {
        const auto token = x.readNext();
        m_done = device.unpacked();
        if (token == QXmlStreamReader::EndElement && x.name() == u"sheetData"_s)
            inSheetData = false;
        if (token == QXmlStreamReader::EndElement && x.name() == u"row"_s && inSheetData) {
            m_row = rowNumber;
            if (!row.isEmpty() && !sink(row))
                return {};
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (x.name() == u"sheetData"_s) {
            inSheetData = true;
            continue;
        }
        if (!inSheetData)
            continue;
        if (x.name() == u"row"_s) {
            bool ok = false;
            const qint64 r = x.attributes().value(u"r"_s).toLongLong(&ok);
            rowNumber = ok && r > rowNumber ? r : rowNumber + 1;
            row.clear();
            nextColumn = 0;
            continue;
        }
        if (x.name() != u"c"_s)
            continue;
        const auto a = x.attributes();
        int column = a.hasAttribute(u"r"_s) ? columnOf(a.value(u"r"_s)) : nextColumn;
        if (column < 0)
            column = nextColumn;
        const QString type = a.value(u"t"_s).toString();
        const int style = a.value(u"s"_s).toInt();
        QString v, inlineText;
        bool inInline = false;
        while (!x.atEnd()) {
            const auto t = x.readNext();
            if (t == QXmlStreamReader::EndElement && x.name() == u"c"_s)
                break;
            if (t == QXmlStreamReader::EndElement && x.name() == u"is"_s)
                inInline = false;
            if (t != QXmlStreamReader::StartElement)
                continue;
            if (x.name() == u"v"_s)
                v = x.readElementText();
            else if (x.name() == u"is"_s)
                inInline = true;
            else if (x.name() == u"t"_s && inInline)
                inlineText += x.readElementText();
            else
                x.skipCurrentElement(); // formulas, phonetic runs, extensions
        }
        nextColumn = column + 1;
        if (column >= maxColumns) {
            if (m_issues.size() < 100)
                m_issues.append({rowNumber, 0, tr("a cell beyond column XFD was ignored")});
            continue;
        }
        QString text;
        if (type == u"s"_s) {
            bool ok = false;
            const int i = v.toInt(&ok);
            if (ok && i >= 0 && i < m_shared.size()) {
                text = m_shared[i];
            } else if (!v.isEmpty() && ++badStrings <= 100) {
                m_issues.append({rowNumber, column + 1, tr("the cell refers to shared text %1, which the workbook does not have").arg(v)});
            }
        } else if (type == u"inlineStr"_s) {
            text = inlineText;
        } else if (type == u"b"_s) {
            text = v.trimmed() == u"1"_s ? u"TRUE"_s : u"FALSE"_s;
        } else if (type == u"str"_s || type == u"e"_s || type == u"d"_s) {
            text = v;
        } else if (!v.isEmpty()) {
            bool ok = false;
            const double d = v.toDouble(&ok);
            if (!ok)
                text = v;
            else if (style >= 0 && style < m_dateStyles.size() && m_dateStyles[style])
                text = serialToIso(d, m_date1904, m_timeStyles[style]);
            else
                text = numberText(d);
        }
        if (text.isEmpty())
            continue;
        while (row.size() <= column)
            row.append(QString());
        row[column] = text;
    }
    if (x.hasError()) {
        const QString why = !device.failure().isEmpty() ? device.failure() : x.errorString();
        return makeError(Error::Code::InvalidInput, tr("%1 is damaged: the sheet “%2” cannot be read after row %3 (%4).")
                                                        .arg(name, m_sheetName)
                                                        .arg(rowNumber)
                                                        .arg(why));
    }
    return {};
}

} // namespace waymark
