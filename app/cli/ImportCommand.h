// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

namespace waymark::cli {

/// `waymark-cli import FILE.waymark DATA ...`: CSV/TSV, JSON, NDJSON or XLSX into a workspace.
struct ImportCommand
{
    static QString synopsis();
    static QString summary();
    static QString details();
    static QList<QCommandLineOption> options();
    static int run(QCommandLineParser &parser);
};

/// `waymark-cli suggest FILE.waymark ...`: touchpoints for unattached feedback, ranked by
/// text similarity; `--accept` attaches the best suggestion of each item.
struct SuggestCommand
{
    static QString synopsis();
    static QString summary();
    static QString details();
    static QList<QCommandLineOption> options();
    static int run(QCommandLineParser &parser);
};

} // namespace waymark::cli
