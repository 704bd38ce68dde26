// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchExport.h"

#include "FeedbackGenerator.h"

namespace waymark::bench {

QTemporaryDir &BenchExport::workDir()
{
    static QTemporaryDir dir;
    return dir;
}

qint64 BenchExport::rows()
{
    const qint64 n = qEnvironmentVariableIntValue("WAYMARK_BENCH_ROWS");
    return n > 0 ? n : 1000000;
}

QString BenchExport::file()
{
    static const QString path = [] {
        const QString p = workDir().filePath(QStringLiteral("export.csv"));
        FeedbackGenerator::writeCsv(p, rows());
        return p;
    }();
    return path;
}

} // namespace waymark::bench
