// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The waymark executable: starts the application and opens the window.
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Waymark"));
    QApplication::setApplicationName(QStringLiteral("Waymark"));
    QApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.waymark.Waymark"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/waymark.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("waymark"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    QTranslator coreTranslator; // messages and undo texts of the core
    if (coreTranslator.load(QLocale(), QStringLiteral("waymark_core"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&coreTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Customer-journey mapping with numbers you can defend."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "The workspace to open."),
                                 QStringLiteral("[FILE.waymark]"));
    parser.process(app);

    auto *window = new waymark::MainWindow; // deletes itself when closed
    window->show();
    window->startUp(parser.positionalArguments().value(0));
    return QApplication::exec();
}
