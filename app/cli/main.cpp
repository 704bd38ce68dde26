// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"
#include "ExportCommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    const auto app = waymark::cli::createApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    return waymark::cli::run(QCoreApplication::arguments().mid(1));
}
