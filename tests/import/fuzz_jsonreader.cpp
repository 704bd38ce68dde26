// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for JsonReader: any bytes, read as one document and as one object per
// line. Besides crashes and sanitizer reports it checks the reader's promises: every
// record after the header has exactly the header's width, and reading twice gives the
// same records.
#include "import/JsonReader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace waymark;

namespace {

QList<QStringList> readAll(QIODevice *device, std::optional<bool> lines)
{
    JsonReader reader(device, lines);
    QList<QStringList> records;
    const auto r = reader.read([&](const QStringList &fields) {
        records.append(fields);
        return records.size() < 10000;
    });
    Q_UNUSED(r);
    return records;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    for (std::optional<bool> lines : {std::optional<bool>(), std::optional<bool>(true), std::optional<bool>(false)}) {
        const QList<QStringList> first = readAll(&buffer, lines);
        for (const QStringList &record : first)
            if (record.size() != first.constFirst().size())
                abort(); // a record wider or narrower than the header
        if (readAll(&buffer, lines) != first)
            abort(); // reading again must start over
    }
    return 0;
}
