// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built waymark-cli for tests of its contract (exit code, stdout, stderr).
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace waymark::test {

struct CliRun
{
    int exitCode = -1; ///< -1 when the process crashed
    QByteArray out;
    QString err;

    QString outText() const { return QString::fromUtf8(out); }
};

/// Runs `waymark-cli args` in `workDir` (when given), with XDG_DATA_HOME set to `dataHome`
/// so working copies and locks stay inside the test's temporary folder.
inline CliRun runCli(const QStringList &args, const QString &dataHome, const QString &workDir = {})
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(WAYMARK_CLI), args);
    if (!p.waitForFinished(60000))
        qFatal("waymark-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace waymark::test
