// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs helpers/edit_child (a Waymark stand-in) and kills it like a crash or power cut.

#include <QDeadlineTimer>
#include <QProcess>
#include <QStringList>

#include <functional>

#include <signal.h>
#include <sys/types.h>

namespace waymark::test {

class ChildProcess
{
public:
    ~ChildProcess()
    {
        if (m_process.state() != QProcess::NotRunning)
            killHard();
    }

    /// Starts the helper with the test's environment (its XDG folders included).
    bool start(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral(EDIT_CHILD));
        m_process.setArguments(arguments);
        m_process.start();
        return m_process.waitForStarted(10000);
    }

    /// Reads output until `done(lines)` holds, the helper exits, or `timeoutMs` passes.
    bool waitFor(const std::function<bool(const QStringList &)> &done, int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        readLines();
        while (!done(m_lines)) {
            if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
                return false;
            m_process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 200)));
            readLines();
        }
        return true;
    }
    /// Reads whatever output arrives within `ms` (the helper keeps working meanwhile).
    void runFor(int ms)
    {
        waitFor([](const QStringList &) { return false; }, ms);
    }

    /// SIGKILL: no destructors, no flushing, no clean-up, like a crash.
    void killHard()
    {
        if (m_process.state() != QProcess::NotRunning)
            ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(10000); // reaps it, so its locks count as stale
        readLines();
    }
    bool waitForExit(int timeoutMs)
    {
        const bool ok = m_process.waitForFinished(timeoutMs);
        readLines();
        return ok && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

    const QStringList &lines() const { return m_lines; }
    /// The number of the last "<word> <n>" line, 0 if none.
    qint64 lastNumber(const QString &word) const
    {
        for (qsizetype i = m_lines.size() - 1; i >= 0; --i)
            if (m_lines[i].startsWith(word + QLatin1Char(' ')))
                return m_lines[i].mid(word.size() + 1).toLongLong();
        return 0;
    }
    qint64 processId() const { return m_process.processId(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    QString errorOutput() { return QString::fromLocal8Bit(m_process.readAllStandardError()); }

private:
    void readLines()
    {
        m_pending += m_process.readAllStandardOutput();
        qsizetype nl;
        while ((nl = m_pending.indexOf('\n')) >= 0) {
            m_lines << QString::fromUtf8(m_pending.left(nl));
            m_pending.remove(0, nl + 1);
        }
    }

    QProcess m_process;
    QByteArray m_pending;
    QStringList m_lines;
};

} // namespace waymark::test
