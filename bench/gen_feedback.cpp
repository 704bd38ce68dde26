// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// gen-feedback OUT.csv [ROWS]: writes the deterministic benchmark export.
#include "FeedbackGenerator.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "Usage: gen-feedback OUT.csv [ROWS]\n");
        return 2;
    }
    const qint64 rows = args.size() > 2 ? args.at(2).toLongLong() : 1000000;
    return waymark::bench::FeedbackGenerator::writeCsv(args.at(1), rows) ? 0 : 1;
}
