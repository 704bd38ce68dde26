// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Crash recovery: when Waymark is killed, every completed edit is in its working copy,
// the next start offers exactly that copy, and recovering it loses nothing. A file open
// in one Waymark is locked against a second one, which can still open it read-only.

#include "ChildProcess.h"
#include "CoreTestSupport.h"

#include "commands/WorkspaceEdits.h"
#include "document/Document.h"
#include "storage/WorkingCopy.h"

#include <QFileInfo>
#include <QTest>

using namespace waymark;
using namespace waymark::test;
using namespace Qt::StringLiterals;

class RecoveryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void killedEditorIsRecoveredWithEveryCompletedEdit();
    void killedEditorWithoutEditsLeavesNothingToRecover();
    void discardedCopyIsGone();
    void secondOpenIsLockedAndReadOnlyRefusesEdits_data();
    void secondOpenIsLockedAndReadOnlyRefusesEdits();

private:
    /// A saved workspace file from the e-commerce template.
    QString makeWorkspace(const QString &name);
    Workspace load(const QString &file);
    QStringList workingFolderFiles() const
    {
        return QDir(WorkingCopy::directory()).entryList(QDir::Files | QDir::Hidden);
    }

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
};

void RecoveryTest::initTestCase()
{
    isolateUserFolders(m_home);
    QVERIFY(QFileInfo(QStringLiteral(EDIT_CHILD)).isExecutable());
    QVERIFY2(WorkingCopy::directory().startsWith(m_home.path()), qPrintable(WorkingCopy::directory()));
}

void RecoveryTest::cleanup()
{
    for (const RecoverableCopy &copy : WorkingCopy::findRecoverable())
        WorkingCopy::discard(copy);
}

QString RecoveryTest::makeWorkspace(const QString &name)
{
    const QString file = m_dir.filePath(name);
    WorkspaceData data = loadTemplate();
    addSampleFeedback(data, 20);
    auto doc = Document::create(&data);
    if (!doc || !(*doc)->saveAs(file))
        return {};
    (*doc)->close();
    return file;
}

Workspace RecoveryTest::load(const QString &file)
{
    auto store = WorkspaceStore::open(file, WorkspaceStore::Access::ReadOnly);
    if (!store)
        return {};
    auto w = (*store)->loadWorkspace();
    return w ? *w : Workspace();
}

void RecoveryTest::killedEditorIsRecoveredWithEveryCompletedEdit()
{
    const QString file = makeWorkspace(u"killed.waymark"_s);
    QVERIFY(!file.isEmpty());
    const Workspace original = load(file);
    QVERIFY(!original.personas.isEmpty());

    ChildProcess child;
    QVERIFY(child.start({u"edit"_s, file}));
    const bool edited = child.waitFor([](const QStringList &lines) { return lines.size() > 25; }, 20000);
    QVERIFY2(edited, qPrintable(u"the editor did not report 25 edits: "_s + child.lines().join(u' ')
                                + child.errorOutput()));
    QVERIFY2(WorkingCopy::findRecoverable().isEmpty(), "the copy of a running Waymark was offered for recovery");
    child.killHard();
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    const qint64 last = child.lastNumber(u"done"_s);
    QVERIFY(last >= 25);

    // Until Save, the user's file is untouched: the edits live in the working copy.
    WM_COMPARE_WORKSPACE(load(file), original, u"the user's file after the crash"_s);

    const QList<RecoverableCopy> copies = WorkingCopy::findRecoverable();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies[0].origin, QFileInfo(file).absoluteFilePath());
    QCOMPARE(copies[0].title, u"killed.waymark"_s);

    auto recovered = Document::recover(copies[0]);
    QVERIFY2(recovered, qPrintable(recovered ? QString() : recovered.error().text()));
    Document &doc = **recovered;
    QVERIFY2(doc.isModified(), "a recovered workspace holds unsaved edits");
    QCOMPARE(doc.filePath(), QFileInfo(file).absoluteFilePath());

    // Every edit the editor completed is there, and at most the one it was making.
    const QList<Persona> &personas = doc.workspace().personas.items();
    const QString renamed = personas.first().name;
    QVERIFY2(renamed.startsWith(u"edit-"_s), qPrintable(renamed));
    const qint64 k = renamed.mid(5).toLongLong();
    QVERIFY2(k == last || k == last + 1, qPrintable(u"recovered edit %1, last reported %2"_s.arg(k).arg(last)));
    qint64 added = 0;
    for (const Persona &p : personas)
        if (p.name.startsWith(u"p-"_s))
            QCOMPARE(p.name, u"p-%1"_s.arg(++added));
    QCOMPARE(qint64(personas.size()), qint64(original.personas.size()) + added);
    QVERIFY2(added == k || (added == k - 1 && k == last + 1),
             qPrintable(u"%1 personas added for %2 renames (last reported %3)"_s.arg(added).arg(k).arg(last)));
    // Everything else is as it was.
    Workspace expected = original;
    for (const Persona &p : personas)
        if (p.name.startsWith(u"p-"_s))
            expected.personas.append(p);
    Persona first = expected.personas.items().first();
    first.name = renamed;
    expected.personas.replace(first);
    WM_COMPARE_WORKSPACE(doc.workspace(), expected, u"the recovered workspace"_s);

    // While recovered, the copy is in use: not offered again, and the file is locked.
    QVERIFY(WorkingCopy::findRecoverable().isEmpty());
    auto second = Document::open(file);
    QVERIFY(!second);
    QCOMPARE(second.error().code, Error::Code::Locked);

    auto saved = doc.save();
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().text()));
    QVERIFY(!doc.isModified());
    const Workspace recoveredModel = doc.workspace();
    doc.close();
    recovered->reset();

    QVERIFY(WorkingCopy::findRecoverable().isEmpty());
    QVERIFY2(workingFolderFiles().isEmpty(), qPrintable(u"left behind: "_s + workingFolderFiles().join(u", "_s)));
    auto reopened = Document::open(file, Document::OpenMode::ReadOnly);
    QVERIFY(reopened);
    WM_COMPARE_WORKSPACE((*reopened)->workspace(), recoveredModel, u"the saved file after recovery"_s);
}

void RecoveryTest::killedEditorWithoutEditsLeavesNothingToRecover()
{
    const QString file = makeWorkspace(u"untouched.waymark"_s);
    QVERIFY(!file.isEmpty());
    ChildProcess child;
    QVERIFY(child.start({u"idle"_s, file}));
    QVERIFY2(child.waitFor([](const QStringList &lines) { return lines.contains(u"opened"_s); }, 20000),
             qPrintable(child.errorOutput()));
    QVERIFY2(!workingFolderFiles().isEmpty(), "precondition: the editor made a working copy");
    child.killHard();

    QVERIFY(WorkingCopy::findRecoverable().isEmpty());
    QVERIFY2(workingFolderFiles().isEmpty(), qPrintable(u"left behind: "_s + workingFolderFiles().join(u", "_s)));
    // The crashed editor's lock does not lock the user out.
    auto doc = Document::open(file);
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().text()));
    (*doc)->close();
}

void RecoveryTest::discardedCopyIsGone()
{
    const QString file = makeWorkspace(u"discarded.waymark"_s);
    QVERIFY(!file.isEmpty());
    const Workspace original = load(file);
    ChildProcess child;
    QVERIFY(child.start({u"edit"_s, file}));
    QVERIFY(child.waitFor([](const QStringList &lines) { return lines.contains(u"done 3"_s); }, 20000));
    child.killHard();
    const QList<RecoverableCopy> copies = WorkingCopy::findRecoverable();
    QCOMPARE(copies.size(), 1);
    WorkingCopy::discard(copies[0]);
    QVERIFY(WorkingCopy::findRecoverable().isEmpty());
    QVERIFY2(workingFolderFiles().isEmpty(), qPrintable(u"left behind: "_s + workingFolderFiles().join(u", "_s)));
    WM_COMPARE_WORKSPACE(load(file), original, u"the file after discarding the recovery copy"_s);
}

void RecoveryTest::secondOpenIsLockedAndReadOnlyRefusesEdits_data()
{
    QTest::addColumn<bool>("otherProcess");
    QTest::newRow("open in this process") << false;
    QTest::newRow("open in another Waymark") << true;
}

void RecoveryTest::secondOpenIsLockedAndReadOnlyRefusesEdits()
{
    QFETCH(bool, otherProcess);
    const QString file = makeWorkspace(otherProcess ? u"shared-elsewhere.waymark"_s : u"shared.waymark"_s);
    QVERIFY(!file.isEmpty());
    std::unique_ptr<Document> first;
    ChildProcess child;
    qint64 holder = QCoreApplication::applicationPid();
    if (otherProcess) {
        QVERIFY(child.start({u"idle"_s, file}));
        QVERIFY2(child.waitFor([](const QStringList &lines) { return lines.contains(u"opened"_s); }, 20000),
                 qPrintable(child.errorOutput()));
        holder = child.processId();
    } else {
        auto opened = Document::open(file);
        QVERIFY(opened);
        first = std::move(*opened);
    }

    auto second = Document::open(file);
    QVERIFY2(!second, "a file open for editing was opened for editing a second time");
    QCOMPARE(second.error().code, Error::Code::Locked);
    const QString expected = u"“%1” is already open in Waymark (process %2 on "_s.arg(QFileInfo(file).fileName()).arg(holder);
    QVERIFY2(second.error().message.startsWith(expected) && second.error().message.endsWith(
                                                                u"Close it there, or open it read-only."_s),
             qPrintable(second.error().message));

    auto readOnly = Document::open(file, Document::OpenMode::ReadOnly);
    QVERIFY2(readOnly, qPrintable(readOnly ? QString() : readOnly.error().text()));
    Document &ro = **readOnly;
    QVERIFY(ro.isReadOnly());
    QVERIFY(!ro.isModified());
    const Workspace before = ro.workspace();
    WM_COMPARE_WORKSPACE(before, load(file), u"the read-only view"_s);
    const qint64 persona = before.personas.items().first().id.value;
    QVERIFY2(!ro.execute(WorkspaceEdits::rename(&ro, EntityKind::Persona, persona, u"Nope"_s)),
             "a read-only document accepted an edit");
    QVERIFY2(!ro.execute(WorkspaceEdits::remove(&ro, EntityKind::Journey, before.journeys.items().first().id.value)),
             "a read-only document accepted a removal");
    WM_COMPARE_WORKSPACE(ro.workspace(), before, u"the read-only document after refused edits"_s);
    QCOMPARE(ro.undoStack()->count(), 0);
    QVERIFY(!ro.isModified());
    auto saved = ro.save();
    QVERIFY(!saved);
    QCOMPARE(saved.error().message, u"This workspace is open read-only. Use Save As to keep a copy."_s);
    readOnly->reset();

    // Once the first Waymark lets go, the file opens for editing.
    if (otherProcess)
        child.killHard();
    else
        first->close();
    first.reset();
    auto later = Document::open(file);
    QVERIFY2(later, qPrintable(later ? QString() : later.error().text()));
    (*later)->close();
}

QTEST_GUILESS_MAIN(RecoveryTest)
#include "tst_recovery.moc"
