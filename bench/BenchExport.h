// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace waymark::bench {

/// The export that the import and parsing benchmarks read: FeedbackGenerator's CSV of
/// WAYMARK_BENCH_ROWS rows, written once per process into a scratch folder that also
/// holds whatever else a benchmark writes.
class BenchExport
{
public:
    /// The process's scratch folder, removed when the process ends.
    static QTemporaryDir &workDir();
    /// WAYMARK_BENCH_ROWS, else 1,000,000.
    static qint64 rows();
    /// The export (workDir()/export.csv), written on the first call.
    static QString file();
};

} // namespace waymark::bench
