// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowSource.h"

#include "JsonReader.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace waymark {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *text)
{
    return QCoreApplication::translate("waymark", text);
}

/// Delimited text through CsvReader.
class CsvRowSource : public RowSource
{
public:
    CsvRowSource(std::unique_ptr<QFile> file, CsvDialect dialect) : m_file(std::move(file)), m_dialect(dialect) {}

    Result<void> read(const RowSink &sink) override
    {
        if (!m_file->seek(0))
            return makeError(Error::Code::Io, tr("The file could not be read: %1").arg(m_file->errorString()));
        m_reader.emplace(m_file.get(), m_dialect);
        return m_reader->read([&sink](const QStringList &fields, qint64) { return sink(fields); });
    }
    Result<void> readUtf8(const Utf8Sink &sink) override
    {
        if (!m_file->seek(0))
            return makeError(Error::Code::Io, tr("The file could not be read: %1").arg(m_file->errorString()));
        m_reader.emplace(m_file.get(), m_dialect);
        return m_reader->readUtf8([&sink](const Utf8Row &row, qint64) { return sink(row); });
    }
    qint64 currentRow() const override { return m_reader ? m_reader->currentRow() : 0; }
    qint64 done() const override { return m_reader ? m_reader->bytesRead() : 0; }
    qint64 total() const override { return m_file->size(); }
    QList<RowIssue> issues() const override
    {
        QList<RowIssue> out;
        if (m_reader)
            for (const CsvIssue &i : m_reader->issues())
                out.append({i.row, i.column, i.message});
        return out;
    }
    QString format() const override { return u"CSV"_s; }
    QString encoding() const override { return CsvDialect::encodingName(m_dialect.encoding); }
    QString delimiter() const override { return QString(m_dialect.delimiter); }
    bool decimalComma() const override { return m_dialect.decimalComma; }

private:
    std::unique_ptr<QFile> m_file;
    CsvDialect m_dialect;
    std::optional<CsvReader> m_reader;
};

/// JSON over the file it owns.
class JsonFileSource : public JsonReader
{
public:
    JsonFileSource(std::unique_ptr<QFile> file, std::optional<bool> lines)
        : JsonReader(file.get(), lines), m_file(std::move(file))
    {
    }

private:
    std::unique_ptr<QFile> m_file;
};

} // namespace

std::optional<RowSourceOptions::Format> RowSource::formatNamed(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == u"auto"_s)
        return RowSourceOptions::Format::Auto;
    if (n == u"csv"_s || n == u"tsv"_s || n == u"txt"_s)
        return RowSourceOptions::Format::Csv;
    if (n == u"json"_s || n == u"ndjson"_s || n == u"jsonl"_s)
        return RowSourceOptions::Format::Json;
    if (n == u"xlsx"_s)
        return RowSourceOptions::Format::Xlsx;
    return std::nullopt;
}

RowSourceOptions::Format RowSource::sniff(const QByteArray &head, const QString &fileName)
{
    using Format = RowSourceOptions::Format;
    if (head.startsWith("PK\x03\x04"))
        return Format::Xlsx;
    QByteArray t = head;
    if (t.startsWith("\xEF\xBB\xBF"))
        t.remove(0, 3);
    t = t.trimmed();
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"xlsx"_s || suffix == u"xlsm"_s)
        return Format::Xlsx;
    if (suffix == u"json"_s || suffix == u"ndjson"_s || suffix == u"jsonl"_s)
        return Format::Json;
    // "[" or "{" first: JSON, unless the extension says delimited text ("[Q1],[Q2]" headers exist).
    if ((t.startsWith('[') || t.startsWith('{')) && suffix != u"csv"_s && suffix != u"tsv"_s && suffix != u"txt"_s)
        return Format::Json;
    if (t.startsWith('{') && JsonReader::looksLikeLines(t))
        return Format::Json;
    return Format::Csv;
}

Result<std::unique_ptr<RowSource>> RowSource::open(const QString &path, const RowSourceOptions &options)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->exists())
        return makeError(Error::Code::NotFound, tr("“%1” does not exist.").arg(path));
    if (QFileInfo(path).isDir() || !file->open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("“%1” cannot be read: %2.")
                                              .arg(path, QFileInfo(path).isDir() ? tr("it is a folder") : file->errorString()));
    const QByteArray head = file->peek(64 * 1024);
    RowSourceOptions::Format format = options.format;
    if (format == RowSourceOptions::Format::Auto)
        format = sniff(head, path);
    switch (format) {
    case RowSourceOptions::Format::Xlsx: {
        file->close();
        auto reader = std::make_unique<XlsxReader>(path);
        reader->setSheet(options.sheet);
        return std::unique_ptr<RowSource>(std::move(reader));
    }
    case RowSourceOptions::Format::Json: {
        const QString suffix = QFileInfo(path).suffix().toLower();
        const std::optional<bool> lines = suffix == u"ndjson"_s || suffix == u"jsonl"_s ? std::optional<bool>(true) : std::nullopt;
        return std::unique_ptr<RowSource>(std::make_unique<JsonFileSource>(std::move(file), lines));
    }
    case RowSourceOptions::Format::Auto:
    case RowSourceOptions::Format::Csv: break;
    }
    const CsvDialect dialect = options.dialect ? *options.dialect : CsvReader::sniff(head, head.size() >= file->size());
    return std::unique_ptr<RowSource>(std::make_unique<CsvRowSource>(std::move(file), dialect));
}

} // namespace waymark
