// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Saving is atomic: whenever Waymark dies, the user's file is the complete old version
// or the complete new one, never a mix or a damaged file. A save that cannot write
// fails with a clear message and changes nothing.

#include "ChildProcess.h"
#include "CoreTestSupport.h"

#include "commands/WorkspaceEdits.h"
#include "document/Document.h"
#include "storage/WorkingCopy.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace waymark;
using namespace waymark::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kFeedbackItems = 20000;

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class AtomicSaveTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void killDuringSavesLeavesOldOrNewFile();
    void saveAsIntoReadOnlyFolderFailsAndChangesNothing();

private:
    struct Saved
    {
        qint64 counter = -1; ///< the "saved <n>" the file holds
        QString problem;     ///< why the file is not a complete workspace
    };
    /// Checks `file` as a user's next Waymark would see it.
    Saved inspect(const QString &file);

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
};

void AtomicSaveTest::initTestCase()
{
    isolateUserFolders(m_home);
    QVERIFY(QFileInfo(QStringLiteral(EDIT_CHILD)).isExecutable());
}

AtomicSaveTest::Saved AtomicSaveTest::inspect(const QString &file)
{
    Saved s;
    {
        RawDb raw(file, true);
        if (!raw.isOpen())
            return {-1, u"cannot be opened"_s};
        if (const QString check = raw.scalar(u"PRAGMA integrity_check"_s); check != u"ok"_s)
            return {-1, u"integrity_check: "_s + check};
        if (raw.scalar(u"PRAGMA application_id"_s).toLongLong() != SchemaMigrator::applicationId)
            return {-1, u"application_id is "_s + raw.scalar(u"PRAGMA application_id"_s)};
        if (raw.scalar(u"PRAGMA journal_mode"_s) != u"delete"_s)
            return {-1, u"journal_mode is "_s + raw.scalar(u"PRAGMA journal_mode"_s)};
    }
    auto store = WorkspaceStore::open(file, WorkspaceStore::Access::ReadOnly);
    if (!store)
        return {-1, store.error().text()};
    auto w = (*store)->loadWorkspace();
    auto counts = (*store)->counts();
    if (!w || !counts)
        return {-1, u"cannot be read"_s};
    if (counts->feedbackItems != kFeedbackItems)
        return {-1, u"holds %1 feedback items"_s.arg(counts->feedbackItems)};
    // The persona name and the description are written by one save: they must agree.
    s.counter = w->description.toLongLong();
    const QString expectedName = s.counter == 0 ? u"Mark Jensen"_s : u"saved-%1"_s.arg(s.counter);
    if (w->personas.items().first().name != expectedName)
        return {-1, u"description says save %1 but the persona is “%2”"_s.arg(s.counter).arg(w->personas.items().first().name)};
    return s;
}

void AtomicSaveTest::killDuringSavesLeavesOldOrNewFile()
{
    const QString file = m_dir.filePath(u"big.waymark"_s);
    {
        WorkspaceData data = loadTemplate();
        data.workspace.description = u"0"_s;
        addSampleFeedback(data, kFeedbackItems);
        auto doc = Document::create(&data);
        QVERIFY(doc);
        QVERIFY((*doc)->saveAs(file));
        (*doc)->close();
    }
    Saved state = inspect(file);
    QVERIFY2(state.problem.isEmpty(), qPrintable(state.problem));
    QCOMPARE(state.counter, 0);

    const quint32 seed = qEnvironmentVariableIsSet("WAYMARK_SEED")
        ? quint32(qEnvironmentVariableIntValue("WAYMARK_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("kill timing seed: %u (rerun with WAYMARK_SEED=%u)", seed, seed);
    QRandomGenerator rng(seed);
    int killedAfterSaving = 0;
    QStringList strayTemps;
    for (int round = 1; round <= 20; ++round) {
        const qint64 before = state.counter;
        const int delay = int(rng.bounded(201));
        ChildProcess child;
        QVERIFY(child.start({u"save"_s, file}));
        // The delay counts from the moment the editor has the file open: before that
        // there is nothing to save, and opening 20,000 items takes a while.
        QVERIFY2(child.waitFor([](const QStringList &lines) { return !lines.isEmpty(); }, 20000),
                 qPrintable(child.errorOutput()));
        QVERIFY2(child.lines().first() == u"opened"_s, qPrintable(child.lines().join(u' ') + child.errorOutput()));
        child.runFor(delay);
        child.killHard();
        const qint64 reported = child.lastNumber(u"saved"_s);

        state = inspect(file);
        const QString where = u"round %1 (seed %2, killed %3 ms after opening, last reported save %4)"_s.arg(round)
                                  .arg(seed)
                                  .arg(delay)
                                  .arg(reported);
        QVERIFY2(state.problem.isEmpty(), qPrintable(where + u": the file is damaged: "_s + state.problem));
        // Old or new, never older than what was reported saved, never ahead of the save in progress.
        const qint64 atLeast = qMax(before, reported);
        QVERIFY2(state.counter == atLeast || state.counter == atLeast + 1,
                 qPrintable(where + u": the file holds save %1, expected %2 or %3"_s.arg(state.counter)
                                        .arg(atLeast)
                                        .arg(atLeast + 1)));
        if (reported > before)
            ++killedAfterSaving;

        // A save killed midway may leave its temporary file (".big.waymark.<id>.tmp"),
        // at most one per kill. It is harmless: never read, and the next save writes a
        // new one. Removed here so that every round is judged on its own.
        const QStringList temps = QDir(m_dir.path()).entryList({u".big.waymark.*"_s}, QDir::Files | QDir::Hidden);
        QSet<QString> saves;
        for (const QString &t : temps)
            saves.insert(t.section(u".tmp"_s, 0, 0));
        QVERIFY2(saves.size() <= 1, qPrintable(where + u": stray files "_s + temps.join(u", "_s)));
        for (const QString &t : temps) {
            strayTemps << t;
            QFile::remove(m_dir.filePath(t));
        }
        for (const RecoverableCopy &copy : WorkingCopy::findRecoverable())
            WorkingCopy::discard(copy);
    }
    qInfo("%d of 20 kills hit an editor that had saved; %lld saves in total; stray temporary files: %lld",
          killedAfterSaving, state.counter, qint64(strayTemps.size()));
    QVERIFY2(state.counter > 0, "no save completed in 20 rounds: the kills came too early to test anything");

    // A run that ends normally leaves no temporary files at all.
    ChildProcess clean;
    QVERIFY(clean.start({u"save"_s, file, u"3"_s}));
    QVERIFY2(clean.waitForExit(60000), qPrintable(clean.errorOutput()));
    const Saved final = inspect(file);
    QVERIFY2(final.problem.isEmpty(), qPrintable(final.problem));
    QCOMPARE(final.counter, state.counter + 3);
    const QStringList rest = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(rest, QStringList{u"big.waymark"_s});
}

void AtomicSaveTest::saveAsIntoReadOnlyFolderFailsAndChangesNothing()
{
    const QString file = m_dir.filePath(u"keep.waymark"_s);
    const QString readOnly = m_dir.filePath(u"team-share"_s);
    QVERIFY(QDir().mkpath(readOnly));
    WorkspaceData data = loadTemplate();
    auto created = Document::create(&data);
    QVERIFY(created);
    Document &doc = **created;
    QVERIFY(doc.saveAs(file));
    QVERIFY(doc.execute(WorkspaceEdits::rename(&doc, EntityKind::Journey, 88, u"Unsaved rename"_s)));
    QVERIFY(doc.isModified());
    const QByteArray before = fileBytes(file);
    const Workspace model = doc.workspace();

    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                                | QFile::ReadOther | QFile::ExeOther));
    // root ignores permissions: act as an ordinary user for the save, like the users we serve.
    const bool root = ::geteuid() == 0;
    if (root) {
        // nobody (still in group root) needs the fallback lock folder, as the target
        // folder is not writable.
        const QString locks = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/locks"_s;
        QVERIFY(QDir().mkpath(locks));
        for (QString d = locks; d.startsWith(m_home.path()); d = QFileInfo(d).path())
            QVERIFY(QFile::setPermissions(d, QFile::permissions(d) | QFile::ReadGroup | QFile::WriteGroup
                                                 | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                                                 | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ReadGroup
                                                        | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        // Real and effective uid: Qt checks permissions with access(), which uses the real one.
        if (::setresuid(65534, 65534, 0) != 0) {
            QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("running as root without the right to act as nobody: folder permissions cannot be tested");
        }
    }
    const QString target = readOnly + u"/copy.waymark"_s;
    auto r = doc.saveAs(target);
    if (root)
        QVERIFY(::setresuid(0, 0, 0) == 0);
    QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QVERIFY2(!r, "saving into a read-only folder succeeded");
    QCOMPARE(r.error().message, u"Could not save “copy.waymark”: the folder “%1” is read-only. Save to another "
                                 "folder, or ask for write access to this one."_s.arg(QDir::toNativeSeparators(readOnly)));
    QVERIFY(doc.isModified());
    QCOMPARE(doc.filePath(), file);
    WM_COMPARE_WORKSPACE(doc.workspace(), model, u"the model after the failed save"_s);
    QCOMPARE(fileBytes(file), before);
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QDir(readOnly).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());

    // The document is still usable: saving to its own file works.
    QVERIFY(doc.save());
    QVERIFY(!doc.isModified());
    doc.close();
}

QTEST_GUILESS_MAIN(AtomicSaveTest)
#include "tst_atomicsave.moc"
