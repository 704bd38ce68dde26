// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A Waymark stand-in that tst_recovery and tst_atomicsave kill with SIGKILL at random
// moments. Usage: edit_child edit|save|idle <workspace> [steps]
//   edit: per step, renames the first persona to "edit-<n>" and adds a persona "p-<n>"
//         (two undo steps), then prints "done <n>".
//   save: per step, renames the first persona to "saved-<n>", sets the workspace
//         description to "<n>" and saves the file, then prints "saved <n>"; n continues
//         from the description already in the file.
//   idle: opens the workspace and waits to be killed.
// After `steps` steps (default: forever) it closes the workspace cleanly and exits 0.

#include "commands/SetWorkspaceInfoCommand.h"
#include "commands/WorkspaceEdits.h"
#include "document/Document.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace waymark;
using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &what)
{
    std::fputs(qPrintable(what + u'\n'), stderr);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the tests, so working copies land in the folder they inspect.
    QCoreApplication::setOrganizationName(u"waymark-tests"_s);
    QCoreApplication::setApplicationName(u"waymark"_s);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return fail(u"usage: edit_child edit|save|idle <workspace> [steps]"_s);
    const QString mode = args[1];
    const qint64 steps = args.size() > 3 ? args[3].toLongLong() : -1;

    auto opened = Document::open(args[2]);
    if (!opened)
        return fail(u"open failed: "_s + opened.error().text());
    Document *doc = opened->get();
    say(u"opened"_s);
    if (doc->workspace().personas.isEmpty())
        return fail(u"the workspace has no persona"_s);
    const qint64 persona = doc->workspace().personas.items().first().id.value;

    if (mode == u"idle") {
        for (;;)
            QThread::sleep(1);
    }
    qint64 n = mode == u"save" ? doc->workspace().description.toLongLong() : 0;
    for (qint64 step = 0; steps < 0 || step < steps; ++step) {
        ++n;
        if (mode == u"edit") {
            if (!doc->execute(WorkspaceEdits::rename(doc, EntityKind::Persona, persona, u"edit-%1"_s.arg(n)))
                || !doc->execute(WorkspaceEdits::create(doc, EntityKind::Persona, u"p-%1"_s.arg(n))))
                return fail(u"edit %1 refused"_s.arg(n));
            say(u"done %1"_s.arg(n));
        } else {
            if (!doc->execute(WorkspaceEdits::rename(doc, EntityKind::Persona, persona, u"saved-%1"_s.arg(n)))
                || !doc->execute(new SetWorkspaceInfoCommand(doc, doc->workspace().name, QString::number(n))))
                return fail(u"edit %1 refused"_s.arg(n));
            if (auto r = doc->save(); !r)
                return fail(u"save %1 failed: "_s.arg(n) + r.error().text());
            say(u"saved %1"_s.arg(n));
        }
    }
    doc->close();
    return 0;
}
