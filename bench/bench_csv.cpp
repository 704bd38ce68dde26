// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// On-demand benchmark (not run by ctest): parsing the generated export, nothing else.
//   build/bench/bench/bench_csv [--benchmark_filter=...]
// WAYMARK_BENCH_ROWS sets the size of the export (default 1,000,000 rows, FeedbackGenerator).
//  - Csv/WaymarkCsvReader: core/import/CsvReader, every record as a QStringList (UTF-8
//    decoded, quotes and line breaks resolved), as the import reads it.
//  - Csv/WaymarkCsvReaderUtf8: the same reader through readUtf8, every record as UTF-8 cells
//    (string views into one reused row), as the importer reads it: no QString per cell.
//  - Csv/Libcsv: the reference, libcsv (Debian libcsv-dev) over the same bytes in 1 MB
//    chunks; fields are counted, not copied (raw bytes, no decoding).
//  - Csv/LibcsvToQString: libcsv with each field decoded into a QStringList per record, the
//    output CsvReader gives.
// Each case reports rows and fields; they must agree (same file, same records).
#include "BenchExport.h"
#include "import/CsvReader.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <csv.h>

using namespace waymark;
using waymark::bench::BenchExport;

namespace {

void report(benchmark::State &state, qint64 records, qint64 fields)
{
    state.counters[std::string("rows")] = double(records);
    state.counters[std::string("fields")] = double(fields);
    state.SetBytesProcessed(state.iterations() * QFile(BenchExport::file()).size());
}

/// Reads the export with CsvReader through `read(reader, records, fields)` per iteration.
template<typename Read>
void readWithCsvReader(benchmark::State &state, Read read)
{
    const QString path = BenchExport::file();
    qint64 records = 0, fields = 0;
    for (auto _ : state) {
        records = fields = 0;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            state.SkipWithError("cannot open the export");
            return;
        }
        CsvReader reader(&file, CsvReader::sniff(file.peek(64 * 1024)));
        if (!read(reader, records, fields)) {
            state.SkipWithError("CsvReader failed");
            return;
        }
    }
    report(state, records, fields);
}

void waymarkCsvReader(benchmark::State &state)
{
    readWithCsvReader(state, [](CsvReader &reader, qint64 &records, qint64 &fields) {
        return reader
            .read([&](const QStringList &row, qint64) {
                ++records;
                fields += row.size();
                benchmark::DoNotOptimize(row.constData());
                return true;
            })
            .ok();
    });
}

void waymarkCsvReaderUtf8(benchmark::State &state)
{
    readWithCsvReader(state, [](CsvReader &reader, qint64 &records, qint64 &fields) {
        return reader
            .readUtf8([&](const Utf8Row &row, qint64) {
                ++records;
                fields += row.size();
                for (qsizetype i = 0; i < row.size(); ++i) {
                    const std::string_view cell = row.cell(i);
                    benchmark::DoNotOptimize(cell.data());
                }
                return true;
            })
            .ok();
    });
}

struct LibcsvCounts
{
    qint64 records = 0;
    qint64 fields = 0;
    bool decode = false;
    QStringList row;
};

void libcsvField(void *data, size_t length, void *user)
{
    auto *c = static_cast<LibcsvCounts *>(user);
    ++c->fields;
    if (c->decode)
        c->row.append(QString::fromUtf8(static_cast<const char *>(data), qsizetype(length)));
}

void libcsvRecord(int, void *user)
{
    auto *c = static_cast<LibcsvCounts *>(user);
    ++c->records;
    if (c->decode) {
        benchmark::DoNotOptimize(c->row.constData());
        c->row.clear();
    }
}

void libcsv(benchmark::State &state, bool decode)
{
    const QString path = BenchExport::file();
    LibcsvCounts counts;
    counts.decode = decode;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (auto _ : state) {
        counts.records = counts.fields = 0;
        QFile file(path);
        csv_parser parser;
        if (!file.open(QIODevice::ReadOnly) || csv_init(&parser, 0) != 0) {
            state.SkipWithError("cannot open the export or start libcsv");
            return;
        }
        for (qint64 n; (n = file.read(chunk.data(), chunk.size())) > 0;) {
            if (csv_parse(&parser, chunk.constData(), size_t(n), libcsvField, libcsvRecord, &counts) != size_t(n)) {
                state.SkipWithError(csv_strerror(csv_error(&parser)));
                csv_free(&parser);
                return;
            }
        }
        csv_fini(&parser, libcsvField, libcsvRecord, &counts);
        csv_free(&parser);
    }
    report(state, counts.records, counts.fields);
}

} // namespace

BENCHMARK(waymarkCsvReader)->Name("Csv/WaymarkCsvReader")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(waymarkCsvReaderUtf8)->Name("Csv/WaymarkCsvReaderUtf8")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(libcsv, raw, false)->Name("Csv/Libcsv")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(libcsv, decoded, true)->Name("Csv/LibcsvToQString")->Unit(benchmark::kMillisecond)->Iterations(3);

BENCHMARK_MAIN();
