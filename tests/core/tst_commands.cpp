// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Every edit the user can make is one undo step that restores the exact model (and the
// feedback attachments) on undo, and every completed step is committed to the working
// copy at once, so a crash never loses it. Gestures and long sequences: tst_commandgestures.

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

class CommandsTest : public CommandsFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(m_home); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void createsEntity_data();
    void createsEntity();
    void removesEntityAndDependents_data();
    void removesEntityAndDependents();
    void duplicatesEntity_data();
    void duplicatesEntity();
    void renamesEntity_data();
    void renamesEntity();
    void reordersEntity_data();
    void reordersEntity();
    void editMovesCardToAnotherStage();
    void moveCommandReordersStages();
    void insertCommandAddsCardAndTransition();
    void attachFeedback_data();
    void attachFeedback();
};

// Create ---------------------------------------------------------------------------------

void CommandsTest::createsEntity_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("persona") << int(EntityKind::Persona) << u"Jürgen, the balcony gardener 🌱"_s;
    QTest::newRow("empathy map") << int(EntityKind::EmpathyMap) << u"Empathy map: Jürgen"_s;
    QTest::newRow("stakeholder map") << int(EntityKind::StakeholderMap) << u"Logistics stakeholders"_s;
    QTest::newRow("journey") << int(EntityKind::Journey) << u"Returns (to-be)"_s;
}

void CommandsTest::createsEntity()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    const auto k = EntityKind(kind);
    const qsizetype sizeBefore = sizeOf(w(), k);
    qint64 id = 0;
    checkUndoRedo(WorkspaceEdits::create(m_doc.get(), k, name, &id), [&] {
        QVERIFY2(id > 0, "create() must report the new id");
        QCOMPARE(sizeOf(w(), k), sizeBefore + 1);
        QCOMPARE(indexOf(w(), k, id), sizeBefore); // appended
        QCOMPARE(WorkspaceEdits::nameOf(m_doc.get(), k, id), name);
        if (k == EntityKind::Journey) {
            QCOMPARE(w().stages.children(id).size(), 5);
            const QList<Lane> lanes = w().lanes.children(id);
            QCOMPARE(lanes.size(), 8);
            QCOMPARE(lanes[1].laneKind, LaneKind::Touchpoints);
            QCOMPARE(w().touchpoints.children(id).size(), 0);
        }
    });
}

// Remove ---------------------------------------------------------------------------------

void CommandsTest::removesEntityAndDependents_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("id");
    // Ids of the e-commerce template: persona 1 has empathy map 4 and journey 88;
    // stage 90 "Consider"; lane 96 the touchpoints lane; card 111 has transitions in
    // and out and (see addSampleFeedback) attached feedback.
    QTest::newRow("persona with empathy map and journey") << int(EntityKind::Persona) << qint64(1);
    QTest::newRow("empathy map with notes") << int(EntityKind::EmpathyMap) << qint64(29);
    QTest::newRow("empathy note") << int(EntityKind::EmpathyNote) << qint64(5);
    QTest::newRow("stakeholder map with stakeholders") << int(EntityKind::StakeholderMap) << qint64(79);
    QTest::newRow("stakeholder") << int(EntityKind::Stakeholder) << qint64(80);
    QTest::newRow("journey with everything") << int(EntityKind::Journey) << qint64(88);
    QTest::newRow("stage with cards") << int(EntityKind::Stage) << qint64(90);
    QTest::newRow("touchpoints lane") << int(EntityKind::Lane) << qint64(96);
    QTest::newRow("card with transitions and attachments") << int(EntityKind::Touchpoint) << qint64(111);
    QTest::newRow("transition") << int(EntityKind::Transition) << qint64(156);
}

void CommandsTest::removesEntityAndDependents()
{
    QFETCH(int, kind);
    QFETCH(qint64, id);
    const auto k = EntityKind(kind);
    QVERIFY2(indexOf(w(), k, id) >= 0, "the template no longer has the entity this row removes");

    // What must go with it, counted from the model before the edit.
    QSet<qint64> cards;
    qsizetype expectedRemoved = 1;
    qint64 journeyLosingPersona = 0;
    switch (k) {
    case EntityKind::Persona:
        for (const EmpathyMap &m : w().empathyMaps)
            if (m.personaId.value == id)
                expectedRemoved += 1 + w().empathyNotes.children(m.id.value).size();
        for (const Journey &j : w().journeys)
            if (j.personaId.value == id)
                journeyLosingPersona = j.id.value;
        QVERIFY2(journeyLosingPersona, "precondition: a journey belongs to the persona");
        QVERIFY2(expectedRemoved > 2, "precondition: the persona has an empathy map with notes");
        break;
    case EntityKind::EmpathyMap:
        expectedRemoved += w().empathyNotes.children(id).size();
        break;
    case EntityKind::StakeholderMap:
        expectedRemoved += w().stakeholders.children(id).size();
        break;
    case EntityKind::Journey:
        expectedRemoved += w().stages.children(id).size() + w().lanes.children(id).size()
            + w().touchpoints.children(id).size() + w().transitions.children(id).size();
        for (const Touchpoint &t : w().touchpoints.children(id))
            cards.insert(t.id.value);
        break;
    case EntityKind::Stage:
    case EntityKind::Lane:
    case EntityKind::Touchpoint:
        for (const Touchpoint &t : w().touchpoints)
            if ((k == EntityKind::Stage && t.stageId.value == id) || (k == EntityKind::Lane && t.laneId.value == id)
                || (k == EntityKind::Touchpoint && t.id.value == id))
                cards.insert(t.id.value);
        expectedRemoved += k == EntityKind::Touchpoint ? 0 : cards.size();
        for (const Transition &t : w().transitions)
            if (cards.contains(t.from.value) || cards.contains(t.to.value))
                ++expectedRemoved;
        break;
    default:
        break;
    }
    qsizetype attachmentsOfCards = 0;
    for (const auto &[f, t] : pairs())
        if (cards.contains(t.value))
            ++attachmentsOfCards;
    if (k == EntityKind::Touchpoint) {
        QVERIFY2(attachmentsOfCards > 0, "precondition: the card has attached feedback");
        QVERIFY2(expectedRemoved > 2, "precondition: the card has transitions");
    }
    const qsizetype entitiesBefore = entityCount(w());
    const qsizetype attachmentsBefore = pairs().size();

    checkUndoRedo(WorkspaceEdits::remove(m_doc.get(), k, id), [&] {
        QCOMPARE(indexOf(w(), k, id), qsizetype(-1));
        QCOMPARE(entityCount(w()), entitiesBefore - expectedRemoved);
        QCOMPARE(pairs().size(), attachmentsBefore - attachmentsOfCards);
        if (journeyLosingPersona) {
            QVERIFY(w().journeys.contains(JourneyId(journeyLosingPersona)));
            QCOMPARE(w().journeys.find(JourneyId(journeyLosingPersona))->personaId, PersonaId());
        }
        // Feedback itself is never deleted with a card, only its attachment.
        auto counts = m_doc->store().counts();
        QVERIFY(counts);
        QCOMPARE(counts->feedbackItems, qint64(kFeedbackItems));
    });
    QVERIFY2(!WorkspaceEdits::remove(m_doc.get(), k, id), "removing a missing entity must not be offered");
}

// Duplicate ------------------------------------------------------------------------------

void CommandsTest::duplicatesEntity_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("id");
    QTest::newRow("persona") << int(EntityKind::Persona) << qint64(2);
    QTest::newRow("empathy map with notes") << int(EntityKind::EmpathyMap) << qint64(4);
    QTest::newRow("stakeholder map with stakeholders") << int(EntityKind::StakeholderMap) << qint64(79);
    QTest::newRow("journey with everything") << int(EntityKind::Journey) << qint64(88);
}

void CommandsTest::duplicatesEntity()
{
    QFETCH(int, kind);
    QFETCH(qint64, id);
    const auto k = EntityKind(kind);
    const qsizetype index = indexOf(w(), k, id);
    QVERIFY(index >= 0);
    const QString name = WorkspaceEdits::nameOf(m_doc.get(), k, id);
    const qsizetype entitiesBefore = entityCount(w());
    const QStringList attachmentsBefore = attachmentList(m_doc->store());
    qsizetype children = 0;
    if (k == EntityKind::EmpathyMap)
        children = w().empathyNotes.children(id).size();
    else if (k == EntityKind::StakeholderMap)
        children = w().stakeholders.children(id).size();
    else if (k == EntityKind::Journey)
        children = w().stages.children(id).size() + w().lanes.children(id).size()
            + w().touchpoints.children(id).size() + w().transitions.children(id).size();

    qint64 copyId = 0;
    checkUndoRedo(WorkspaceEdits::duplicate(m_doc.get(), k, id, &copyId), [&] {
        QVERIFY(copyId > 0 && copyId != id);
        QCOMPARE(indexOf(w(), k, copyId), index + 1); // right after the original
        QCOMPARE(WorkspaceEdits::nameOf(m_doc.get(), k, copyId), name + u" (copy)"_s);
        QCOMPARE(entityCount(w()), entitiesBefore + 1 + children);
        QCOMPARE(attachmentList(m_doc->store()), attachmentsBefore); // feedback is not copied
        if (k == EntityKind::Journey) {
            const Journey &original = *w().journeys.find(JourneyId(id));
            Journey copy = *w().journeys.find(JourneyId(copyId));
            QCOMPARE(copy.personaId, original.personaId);
            QCOMPARE(w().touchpoints.children(copyId).size(), w().touchpoints.children(id).size());
            QCOMPARE(w().transitions.children(copyId).size(), w().transitions.children(id).size());
            // The copy's cards and transitions point into the copy, not the original.
            for (const Touchpoint &t : w().touchpoints.children(copyId)) {
                QCOMPARE(w().stages.find(t.stageId)->journeyId.value, copyId);
                QCOMPARE(w().lanes.find(t.laneId)->journeyId.value, copyId);
            }
            // Card by card the copy equals the original except for ids.
            const QList<Touchpoint> a = w().touchpoints.children(id), b = w().touchpoints.children(copyId);
            for (qsizetype i = 0; i < a.size(); ++i) {
                QCOMPARE(b[i].title, a[i].title);
                QCOMPARE(w().stages.find(b[i].stageId)->name, w().stages.find(a[i].stageId)->name);
            }
        }
    });
}

// Rename ---------------------------------------------------------------------------------

void CommandsTest::renamesEntity_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("id");
    QTest::newRow("persona") << int(EntityKind::Persona) << qint64(2);
    QTest::newRow("empathy map") << int(EntityKind::EmpathyMap) << qint64(29);
    QTest::newRow("stakeholder map") << int(EntityKind::StakeholderMap) << qint64(79);
    QTest::newRow("journey") << int(EntityKind::Journey) << qint64(88);
    QTest::newRow("stage") << int(EntityKind::Stage) << qint64(90);
    QTest::newRow("lane") << int(EntityKind::Lane) << qint64(97);
    QTest::newRow("card") << int(EntityKind::Touchpoint) << qint64(111);
    QTest::newRow("stakeholder") << int(EntityKind::Stakeholder) << qint64(80);
}

void CommandsTest::renamesEntity()
{
    QFETCH(int, kind);
    QFETCH(qint64, id);
    const auto k = EntityKind(kind);
    const QString newName = u"Umbenannt – größer 🚚"_s;
    const State before = capture();
    checkUndoRedo(WorkspaceEdits::rename(m_doc.get(), k, id, newName), [&] {
        QCOMPARE(WorkspaceEdits::nameOf(m_doc.get(), k, id), newName);
        QCOMPARE(indexOf(w(), k, id), indexOf(before.workspace, k, id));
        QCOMPARE(entityCount(w()), entityCount(before.workspace));
    });
    QVERIFY2(!WorkspaceEdits::rename(m_doc.get(), k, id, newName), "renaming to the current name is no edit");
}

// Reorder --------------------------------------------------------------------------------

void CommandsTest::reordersEntity_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("toIndex");
    QTest::newRow("last persona to the top") << int(EntityKind::Persona) << 0;
    QTest::newRow("first empathy map to the end") << int(EntityKind::EmpathyMap) << 2;
    QTest::newRow("stakeholder map to the top") << int(EntityKind::StakeholderMap) << 0;
    QTest::newRow("journey to the top") << int(EntityKind::Journey) << 0;
}

void CommandsTest::reordersEntity()
{
    QFETCH(int, kind);
    QFETCH(int, toIndex);
    const auto k = EntityKind(kind);
    if (sizeOf(w(), k) < 2) { // the template has one journey and one stakeholder map
        QVERIFY(m_doc->execute(WorkspaceEdits::create(m_doc.get(), k, u"Second"_s)));
        m_doc->undoStack()->clear();
    }
    const qsizetype from = toIndex == 0 ? sizeOf(w(), k) - 1 : 0;
    const qint64 id = idAt(w(), k, from);
    const QList<qint64> othersBefore = [&] {
        QList<qint64> ids;
        for (qsizetype i = 0; i < sizeOf(w(), k); ++i)
            if (idAt(w(), k, i) != id)
                ids << idAt(w(), k, i);
        return ids;
    }();
    checkUndoRedo(WorkspaceEdits::reorder(m_doc.get(), k, id, toIndex), [&] {
        QCOMPARE(indexOf(w(), k, id), qsizetype(toIndex));
        QList<qint64> others;
        for (qsizetype i = 0; i < sizeOf(w(), k); ++i)
            if (idAt(w(), k, i) != id)
                others << idAt(w(), k, i);
        QCOMPARE(others, othersBefore); // the rest keep their relative order
    });
    QVERIFY2(!WorkspaceEdits::reorder(m_doc.get(), k, id, toIndex), "moving to the current place is no edit");
}

// Commands used by the editors -----------------------------------------------------------

void CommandsTest::editMovesCardToAnotherStage()
{
    Touchpoint card = *w().touchpoints.find(TouchpointId(111));
    const StageId target(93); // "Use"
    QVERIFY(card.stageId != target);
    const QString title = card.title;
    const qsizetype index = w().touchpoints.indexOf(card.id);
    card.stageId = target;
    checkUndoRedo(new EditCommand<Touchpoint>(m_doc.get(), card, u"Move card"_s), [&] {
        const Touchpoint *moved = w().touchpoints.find(TouchpointId(111));
        QCOMPARE(moved->stageId, target);
        QCOMPARE(moved->title, title);
        QCOMPARE(w().touchpoints.indexOf(TouchpointId(111)), index); // keeps its place
    });
}

void CommandsTest::moveCommandReordersStages()
{
    const QList<Stage> stages = w().stages.children(88);
    const Stage last = stages.last();
    checkUndoRedo(new MoveCommand<Stage>(m_doc.get(), last.id, w().stages.indexOf(stages.first().id), u"Move stage"_s), [&] {
        const QList<Stage> now = w().stages.children(88);
        QCOMPARE(now.first().id, last.id);
        QCOMPARE(now[1].id, stages[0].id);
        QCOMPARE(now.size(), stages.size());
    });
}

void CommandsTest::insertCommandAddsCardAndTransition()
{
    Touchpoint card;
    card.id = TouchpointId(m_doc->allocateId());
    card.journeyId = JourneyId(88);
    card.stageId = StageId(91);
    card.laneId = LaneId(96);
    card.title = u"Pays with PayPal – Bestätigung fehlt"_s;
    card.channel = Channel::Web;
    card.assumedEmotion = -2;
    card.keywords = {u"paypal"_s, u"zahlung"_s};
    card.targets = {{u"csat"_s, 4.2}};
    checkUndoRedo(new InsertCommand<Touchpoint>(m_doc.get(), card, 3, u"Add card"_s), [&] {
        QCOMPARE(w().touchpoints.indexOf(card.id), 3);
        QVERIFY(*w().touchpoints.find(card.id) == card);
    });
    Transition t;
    t.id = TransitionId(m_doc->allocateId());
    t.journeyId = JourneyId(88);
    t.from = TouchpointId(111);
    t.to = card.id;
    t.volume = 1234.5;
    checkUndoRedo(new InsertCommand<Transition>(m_doc.get(), t, -1, u"Connect"_s), [&] {
        QCOMPARE(w().transitions.indexOf(t.id), w().transitions.size() - 1);
        QVERIFY(*w().transitions.find(t.id) == t);
    });
}

void CommandsTest::attachFeedback_data()
{
    QTest::addColumn<bool>("attach");
    QTest::addColumn<QList<qint64>>("items");
    QTest::addColumn<qint64>("card");
    // addSampleFeedback attaches items 3, 6, 9, ... to cards; 1, 2, 4, 5 are unattached.
    QTest::newRow("attach two unattached items") << true << QList<qint64>{1, 2} << qint64(111);
    QTest::newRow("detach an attached item") << false << QList<qint64>{3} << qint64(-1);
    QTest::newRow("attach an attached and a new item") << true << QList<qint64>{3, 4} << qint64(-1);
    QTest::newRow("detach an attached and an unattached item") << false << QList<qint64>{6, 5} << qint64(-1);
}

void CommandsTest::attachFeedback()
{
    QFETCH(bool, attach);
    QFETCH(QList<qint64>, items);
    QFETCH(qint64, card);
    if (card < 0) { // the card item 3 (or 6) is attached to
        for (const auto &[f, t] : pairs())
            if (f.value == items.first())
                card = t.value;
        QVERIFY2(card > 0, "precondition: the first item is attached");
    }
    QList<AttachmentPair> list;
    for (qint64 item : items)
        list.append({FeedbackItemId(item), TouchpointId(card)});
    const auto mode = attach ? AttachFeedbackCommand::Mode::Attach : AttachFeedbackCommand::Mode::Detach;
    checkUndoRedo(new AttachFeedbackCommand(m_doc.get(), mode, list), [&] {
        auto attached = m_doc->store().attachedTo(TouchpointId(card));
        QVERIFY(attached);
        for (qint64 item : items)
            QVERIFY2(attached->contains(FeedbackItemId(item)) == attach,
                     qPrintable(u"item %1 on card %2"_s.arg(item).arg(card)));
    });
}

// Drags ----------------------------------------------------------------------------------


QTEST_GUILESS_MAIN(CommandsTest)
#include "tst_commands.moc"
