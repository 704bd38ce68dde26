// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A drag is one undo step, a drag back to the start none; removing a journey and undoing
// restores everything in place; a long random sequence of edits undoes and redoes exactly,
// with the working copy agreeing after every step.

#include "CommandsFixture.h"

#include "commands/AttachFeedbackCommand.h"
#include "commands/EditCommand.h"
#include "commands/InsertCommand.h"
#include "commands/MoveCommand.h"
#include "commands/SetWorkspaceInfoCommand.h"
#include "commands/WorkspaceEdits.h"
#include "document/Document.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <functional>

using namespace waymark;
using namespace waymark::test;
using namespace Qt::StringLiterals;

class CommandGesturesTest : public CommandsFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(m_home); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void dragIsOneUndoStep();
    void dragBackToStartLeavesNoUndoStep();
    void newDragNeverMergesIntoThePreviousOne();
    void removeJourneyRestoresEverythingInOrder();
    void randomSequenceUndoesAndRedoesExactly();
};

void CommandGesturesTest::dragIsOneUndoStep()
{
    const State before = capture();
    QUndoStack *stack = m_doc->undoStack();
    Stakeholder s = *w().stakeholders.find(StakeholderId(80));
    for (int i = 1; i <= 10; ++i) {
        s.power = 0.8 - 0.05 * i;
        s.interest = 0.9 - 0.04 * i;
        auto *move = new EditCommand<Stakeholder>(m_doc.get(), s, u"Move stakeholder"_s, true);
        move->setContinuesGesture(i > 1);
        QVERIFY(m_doc->execute(move));
        QCOMPARE(stack->count(), 1);
    }
    QCOMPARE(*w().stakeholders.find(s.id), s);
    verifyDiskAgrees(u"after a drag (merged moves are committed too)"_s);
    const State dragged = capture();

    // A second drag of the same stakeholder is a second step.
    Stakeholder second = s;
    second.power = 0.1;
    auto *start = new EditCommand<Stakeholder>(m_doc.get(), second, u"Move stakeholder"_s, true);
    start->setContinuesGesture(false);
    QVERIFY(m_doc->execute(start));
    QCOMPARE(stack->count(), 2);

    stack->undo();
    compareState(capture(), dragged, u"undoing the second drag"_s);
    stack->undo();
    compareState(capture(), before, u"undoing the first drag"_s);
    verifyDiskAgrees(u"after undoing both drags"_s);
    stack->redo();
    compareState(capture(), dragged, u"redoing the first drag"_s);
    verifyDiskAgrees(u"after redoing the first drag"_s);
}

void CommandGesturesTest::dragBackToStartLeavesNoUndoStep()
{
    const State before = capture();
    QUndoStack *stack = m_doc->undoStack();
    const Touchpoint original = *w().touchpoints.find(TouchpointId(111));
    const qint64 path[] = {92, 93, 94, original.stageId.value};
    bool first = true;
    for (qint64 stage : path) {
        Touchpoint t = original;
        t.stageId = StageId(stage);
        auto *move = new EditCommand<Touchpoint>(m_doc.get(), t, u"Move card"_s, true);
        move->setContinuesGesture(!first);
        first = false;
        QVERIFY(m_doc->execute(move));
    }
    QCOMPARE(stack->count(), 0);
    QVERIFY(!stack->canUndo());
    QVERIFY2(!m_doc->isModified(), "a drag back to the start leaves the document unmodified");
    compareState(capture(), before, u"after a drag back to the start"_s);
    verifyDiskAgrees(u"after a drag back to the start"_s);

    // A gesture that does not move at all is no step either.
    auto *still = new EditCommand<Touchpoint>(m_doc.get(), original, u"Move card"_s, true);
    QVERIFY(m_doc->execute(still));
    QCOMPARE(stack->count(), 0);
    QVERIFY(!m_doc->isModified());
}

void CommandGesturesTest::newDragNeverMergesIntoThePreviousOne()
{
    // Card drags snap to cells, so the first move of a drag often stays in the start
    // cell: that zero move is dropped, and the drag's later moves must still not merge
    // into the previous drag of the same card.
    QUndoStack *stack = m_doc->undoStack();
    const Touchpoint original = *w().touchpoints.find(TouchpointId(111));
    auto drag = [&](const QList<qint64> &stages) {
        bool first = true;
        for (qint64 stage : stages) {
            Touchpoint t = *w().touchpoints.find(original.id);
            t.stageId = StageId(stage);
            auto *move = new EditCommand<Touchpoint>(m_doc.get(), t, u"Move card"_s, true);
            move->setContinuesGesture(!first);
            first = false;
            QVERIFY(m_doc->execute(move));
        }
    };
    drag({92, 93});
    QCOMPARE(stack->count(), 1);
    const State afterFirst = capture();
    drag({93, 94}); // starts with a zero move
    QCOMPARE(w().touchpoints.find(original.id)->stageId, StageId(94));
    QCOMPARE(stack->count(), 2);
    stack->undo();
    compareState(capture(), afterFirst, u"undoing the second drag"_s);
    QCOMPARE(w().touchpoints.find(original.id)->stageId, StageId(93));
}

void CommandGesturesTest::removeJourneyRestoresEverythingInOrder()
{
    // Two journeys whose stages, lanes and cards interleave in the global lists.
    qint64 copy = 0;
    QVERIFY(m_doc->execute(WorkspaceEdits::duplicate(m_doc.get(), EntityKind::Journey, 88, &copy)));
    QVERIFY(m_doc->execute(WorkspaceEdits::reorder(m_doc.get(), EntityKind::Journey, copy, 0)));
    QVERIFY(m_doc->execute(new MoveCommand<Stage>(m_doc.get(), w().stages.children(copy).first().id, 0, u"Move"_s)));
    QVERIFY(m_doc->execute(new MoveCommand<Touchpoint>(m_doc.get(), w().touchpoints.children(copy).last().id, 0, u"Move"_s)));
    const TouchpointId copyCard = w().touchpoints.children(copy).first().id;
    QVERIFY(m_doc->execute(new AttachFeedbackCommand(m_doc.get(), AttachFeedbackCommand::Mode::Attach,
                                                     {{FeedbackItemId(1), copyCard}, {FeedbackItemId(3), copyCard}})));
    m_doc->undoStack()->clear();

    const qsizetype cardsOfCopy = w().touchpoints.children(copy).size();
    checkUndoRedo(WorkspaceEdits::remove(m_doc.get(), EntityKind::Journey, 88), [&] {
        QVERIFY(!w().journeys.contains(JourneyId(88)));
        QCOMPARE(w().stages.children(88).size(), 0);
        QCOMPARE(w().lanes.children(88).size(), 0);
        QCOMPARE(w().touchpoints.children(88).size(), 0);
        QCOMPARE(w().transitions.children(88).size(), 0);
        QCOMPARE(w().touchpoints.children(copy).size(), cardsOfCopy);
        QCOMPARE(attachmentList(m_doc->store()),
                 (QStringList{u"1→%1"_s.arg(copyCard.value), u"3→%1"_s.arg(copyCard.value)}));
    });
}

// Random sequences -----------------------------------------------------------------------

void CommandGesturesTest::randomSequenceUndoesAndRedoesExactly()
{
    const quint32 seed = qEnvironmentVariableIsSet("WAYMARK_SEED")
        ? quint32(qEnvironmentVariableIntValue("WAYMARK_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("random sequence seed: %u (rerun with WAYMARK_SEED=%u)", seed, seed);
    QRandomGenerator rng(seed);
    QUndoStack *stack = m_doc->undoStack();
    Document *doc = m_doc.get();

    QList<State> states{capture()}; // states[i]: the model at undo-stack index i
    QStringList history;
    auto pick = [&](qsizetype n) { return qsizetype(rng.bounded(int(n))); };
    auto randomId = [&](EntityKind kind) -> qint64 {
        const qsizetype n = sizeOf(w(), kind);
        return n ? idAt(w(), kind, pick(n)) : 0;
    };
    auto fail = [&](int step, const QString &what) {
        return u"step %1 (seed %2): %3\nlast operations:\n  %4"_s.arg(step).arg(seed).arg(
            what, history.mid(qMax<qsizetype>(0, history.size() - 8)).join(u"\n  "_s));
    };
    const EntityKind topLevel[] = {EntityKind::Persona, EntityKind::EmpathyMap, EntityKind::StakeholderMap,
                                   EntityKind::Journey};

    int step = 0;
    while (step < 300) {
        const int indexBefore = stack->index();
        QString op;
        QUndoCommand *command = nullptr;
        QList<QUndoCommand *> drag;
        switch (rng.bounded(16)) {
        case 0: {
            const EntityKind k = topLevel[rng.bounded(4)];
            command = WorkspaceEdits::create(doc, k, u"rnd-%1"_s.arg(step));
            op = u"create %1"_s.arg(kindName(k));
            break;
        }
        case 1: {
            const auto k = EntityKind(rng.bounded(10));
            if (const qint64 id = randomId(k)) {
                command = WorkspaceEdits::remove(doc, k, id);
                op = u"remove %1 %2"_s.arg(kindName(k)).arg(id);
            }
            break;
        }
        case 2: {
            const EntityKind k = topLevel[rng.bounded(4)];
            if (const qint64 id = randomId(k)) {
                command = WorkspaceEdits::duplicate(doc, k, id);
                op = u"duplicate %1 %2"_s.arg(kindName(k)).arg(id);
            }
            break;
        }
        case 3: {
            const auto k = EntityKind(rng.bounded(9)); // transitions have no name
            if (const qint64 id = randomId(k)) {
                command = WorkspaceEdits::rename(doc, k, id, u"name-%1"_s.arg(step));
                op = u"rename %1 %2"_s.arg(kindName(k)).arg(id);
            }
            break;
        }
        case 4: {
            const EntityKind k = topLevel[rng.bounded(4)];
            if (const qint64 id = randomId(k)) {
                const qsizetype to = pick(sizeOf(w(), k));
                command = WorkspaceEdits::reorder(doc, k, id, to);
                op = u"reorder %1 %2 to %3"_s.arg(kindName(k)).arg(id).arg(to);
            }
            break;
        }
        case 5:
        case 6: { // move a card to another cell of its journey, sometimes as a drag
            if (const qint64 id = randomId(EntityKind::Touchpoint)) {
                const Touchpoint original = *w().touchpoints.find(TouchpointId(id));
                const QList<Stage> stages = w().stages.children(original.journeyId.value);
                const QList<Lane> lanes = w().lanes.children(original.journeyId.value);
                const int moves = 1 + int(rng.bounded(4));
                for (int m = 0; m < moves; ++m) {
                    Touchpoint t = original;
                    if (!(m == moves - 1 && moves > 1 && rng.bounded(3) == 0)) { // else: back to the start
                        t.stageId = stages[pick(stages.size())].id;
                        t.laneId = lanes[pick(lanes.size())].id;
                    }
                    auto *e = new EditCommand<Touchpoint>(doc, t, u"Move card"_s, true);
                    e->setContinuesGesture(m > 0);
                    drag << e;
                }
                op = u"drag card %1 (%2 moves)"_s.arg(id).arg(moves);
            }
            break;
        }
        case 7: { // drag a stakeholder on the grid
            if (const qint64 id = randomId(EntityKind::Stakeholder)) {
                const Stakeholder original = *w().stakeholders.find(StakeholderId(id));
                const int moves = 1 + int(rng.bounded(5));
                for (int m = 0; m < moves; ++m) {
                    Stakeholder s = original;
                    if (!(m == moves - 1 && moves > 1 && rng.bounded(3) == 0)) {
                        s.power = rng.bounded(100) / 100.0;
                        s.interest = rng.bounded(100) / 100.0;
                    }
                    auto *e = new EditCommand<Stakeholder>(doc, s, u"Move stakeholder"_s, true);
                    e->setContinuesGesture(m > 0);
                    drag << e;
                }
                op = u"drag stakeholder %1 (%2 moves)"_s.arg(id).arg(moves);
            }
            break;
        }
        case 8: { // add a card
            if (const qint64 j = randomId(EntityKind::Journey)) {
                const QList<Stage> stages = w().stages.children(j);
                const QList<Lane> lanes = w().lanes.children(j);
                if (!stages.isEmpty() && !lanes.isEmpty()) {
                    Touchpoint t;
                    t.id = TouchpointId(doc->allocateId());
                    t.journeyId = JourneyId(j);
                    t.stageId = stages[pick(stages.size())].id;
                    t.laneId = lanes[pick(lanes.size())].id;
                    t.title = u"card-%1"_s.arg(step);
                    if (rng.bounded(2))
                        t.assumedEmotion = int(rng.bounded(5)) - 2;
                    const qsizetype at = pick(w().touchpoints.size() + 1);
                    command = new InsertCommand<Touchpoint>(doc, t, at, u"Add card"_s);
                    op = u"insert card %1 at %2"_s.arg(t.id.value).arg(at);
                }
            }
            break;
        }
        case 9: { // connect two cards of one journey
            if (const qint64 from = randomId(EntityKind::Touchpoint)) {
                const Touchpoint *a = w().touchpoints.find(TouchpointId(from));
                const QList<Touchpoint> cards = w().touchpoints.children(a->journeyId.value);
                Transition t;
                t.id = TransitionId(doc->allocateId());
                t.journeyId = a->journeyId;
                t.from = a->id;
                t.to = cards[pick(cards.size())].id;
                if (rng.bounded(2))
                    t.volume = rng.bounded(1000);
                command = new InsertCommand<Transition>(doc, t, -1, u"Connect"_s);
                op = u"insert transition %1→%2"_s.arg(t.from.value).arg(t.to.value);
            }
            break;
        }
        case 10:
        case 11: { // attach or detach up to three items, attached or not
            if (const qint64 card = randomId(EntityKind::Touchpoint)) {
                QList<AttachmentPair> list;
                const int n = 1 + int(rng.bounded(3));
                for (int i = 0; i < n; ++i) {
                    const AttachmentPair p{FeedbackItemId(1 + rng.bounded(kFeedbackItems)), TouchpointId(card)};
                    if (!list.contains(p))
                        list << p;
                }
                if (rng.bounded(2)) { // also an existing attachment of any card
                    const QList<AttachmentPair> existing = pairs();
                    if (!existing.isEmpty() && !list.contains(existing[pick(existing.size())]))
                        list << existing[pick(existing.size())];
                }
                std::sort(list.begin(), list.end());
                list.erase(std::unique(list.begin(), list.end()), list.end());
                const bool attach = rng.bounded(2);
                command = new AttachFeedbackCommand(doc, attach ? AttachFeedbackCommand::Mode::Attach
                                                                : AttachFeedbackCommand::Mode::Detach, list);
                op = u"%1 %2"_s.arg(attach ? u"attach"_s : u"detach"_s, attachmentList(list).join(u' '));
            }
            break;
        }
        case 12: { // reorder stages or lanes (global lists)
            const EntityKind k = rng.bounded(2) ? EntityKind::Stage : EntityKind::Lane;
            if (const qint64 id = randomId(k)) {
                const qsizetype to = pick(sizeOf(w(), k));
                if (k == EntityKind::Stage)
                    command = new MoveCommand<Stage>(doc, StageId(id), to, u"Move stage"_s);
                else
                    command = new MoveCommand<Lane>(doc, LaneId(id), to, u"Move lane"_s);
                op = u"move %1 %2 to %3"_s.arg(kindName(k)).arg(id).arg(to);
            }
            break;
        }
        case 13:
            command = new SetWorkspaceInfoCommand(doc, u"Workspace %1"_s.arg(step), u"Beschreibung ✓ %1"_s.arg(step));
            op = u"rename workspace"_s;
            break;
        case 14:
        case 15:
            if (rng.bounded(3) && stack->canUndo()) {
                stack->undo();
                op = u"undo"_s;
            } else if (stack->canRedo()) {
                stack->redo();
                op = u"redo"_s;
            } else {
                continue;
            }
            ++step;
            history << op;
            {
                const QString diff = describeDifference(w(), states.value(stack->index()).workspace);
                QVERIFY2(diff.isEmpty(), qPrintable(fail(step, op + u": "_s + diff)));
                QVERIFY2(attachmentList(doc->store()) == states.value(stack->index()).attachments,
                         qPrintable(fail(step, op + u": the attachments differ from that undo step's"_s)));
            }
            verifyDiskAgrees(u"at step %1 (seed %2)"_s.arg(step).arg(seed));
            if (QTest::currentTestFailed())
                return;
            continue;
        }
        if (!command && drag.isEmpty())
            continue;
        ++step;
        history << op;
        if (command) {
            QVERIFY(doc->execute(command));
        } else {
            for (QUndoCommand *e : std::as_const(drag))
                QVERIFY(doc->execute(e));
        }
        const State now = capture();
        const int index = stack->index();
        if (index == indexBefore + 1) {
            states.resize(indexBefore + 1);
            states.append(now);
        } else if (index <= indexBefore) {
            // No new step: a drag back to the start (dropped as obsolete) or an edit that
            // merged into the previous step.
            QVERIFY2(!drag.isEmpty(), qPrintable(fail(step, u"only drags may leave no new undo step"_s)));
            if (now.workspace == states.value(index).workspace) {
                states.resize(index + 1);
            } else {
                QVERIFY2(index == indexBefore, qPrintable(fail(step, u"undo index went back but the model moved"_s)));
                states.resize(index + 1);
                states[index] = now;
            }
        } else {
            QFAIL(qPrintable(fail(step, u"one operation made %1 undo steps"_s.arg(index - indexBefore))));
        }
        QCOMPARE(stack->count(), stack->index()); // nothing left to redo after an edit
        const QStringList dangling = danglingReferences(w(), pairs());
        QVERIFY2(dangling.isEmpty(), qPrintable(fail(step, dangling.join(u"; "_s))));
        verifyDiskAgrees(u"at step %1 (seed %2)"_s.arg(step).arg(seed));
        if (QTest::currentTestFailed()) {
            qWarning("%s", qPrintable(fail(step, u"see above"_s)));
            return;
        }
    }
    QCOMPARE(states.size(), stack->count() + 1);

    while (stack->canUndo())
        stack->undo();
    compareState(capture(), states.first(), u"after undoing everything (seed %1)"_s.arg(seed));
    verifyDiskAgrees(u"after undoing everything"_s);
    QVERIFY(!m_doc->isModified());
    while (stack->canRedo())
        stack->redo();
    compareState(capture(), states.last(), u"after redoing everything (seed %1)"_s.arg(seed));
    verifyDiskAgrees(u"after redoing everything"_s);
}

QTEST_GUILESS_MAIN(CommandGesturesTest)
#include "tst_commandgestures.moc"

