// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

#include <memory>

namespace waymark::cli {

/// The application object for `args`: `export` draws pages and needs fonts, so it gets a
/// QApplication on the headless "offscreen" platform (unless QT_QPA_PLATFORM says
/// otherwise); every other command a QCoreApplication.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

/// waymark-cli export FILE.waymark --pdf|--png|--svg|--csv|--xlsx OUT ...
int cmdExport(QCommandLineParser &parser);
QList<QCommandLineOption> exportOptions();

} // namespace waymark::cli
