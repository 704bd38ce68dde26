// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for XlsxReader: any bytes as a workbook held in memory (libzip reads
// it; nothing touches the disk). Besides crashes, sanitizer reports and runaway memory
// (the caps), it checks that reading twice gives the same records and that every sheet
// the workbook lists can be asked for.
#include "import/XlsxReader.h"

#include <cstdint>
#include <cstdlib>

using namespace waymark;

namespace {

QList<QStringList> readAll(XlsxReader &reader)
{
    QList<QStringList> records;
    const auto r = reader.read([&](const QStringList &fields) {
        if (fields.size() > XlsxReader::maxColumns)
            abort(); // wider than Excel allows: the cap failed
        records.append(fields);
        return records.size() < 10000;
    });
    Q_UNUSED(r);
    return records;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    XlsxReader reader(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QList<QStringList> first = readAll(reader);
    if (readAll(reader) != first)
        abort();
    if (auto names = reader.sheetNames(); names.ok()) {
        for (qsizetype i = 0; i < names->size() && i < 4; ++i) {
            reader.setSheet(QString::number(i + 1));
            readAll(reader);
        }
    }
    return 0;
}
