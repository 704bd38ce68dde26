// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

namespace waymark::cli {

/// `waymark-cli sentiment [--lang auto|en|de] [--format tsv|json] [FILE]`: one comment per
/// line in, its language, compound score and label out (docs/sentiment.md).
struct SentimentCommand
{
    static QString synopsis();
    static QString summary();
    static QString details();
    static QList<QCommandLineOption> options();
    static int run(QCommandLineParser &parser);
};

} // namespace waymark::cli
