// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Every edit the user can make is one undo step that restores the exact model (and the
// feedback attachments) on undo, and every completed step is committed to the working
// copy at once, so a crash never loses it.

#include "CoreTestSupport.h"

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

namespace {

constexpr int kFeedbackItems = 60;

struct State
{
    Workspace workspace;
    QStringList attachments;
};

template <class F>
auto withList(const Workspace &w, EntityKind kind, F &&f)
{
    switch (kind) {
    case EntityKind::Persona: return f(w.personas);
    case EntityKind::EmpathyMap: return f(w.empathyMaps);
    case EntityKind::EmpathyNote: return f(w.empathyNotes);
    case EntityKind::StakeholderMap: return f(w.stakeholderMaps);
    case EntityKind::Stakeholder: return f(w.stakeholders);
    case EntityKind::Journey: return f(w.journeys);
    case EntityKind::Stage: return f(w.stages);
    case EntityKind::Lane: return f(w.lanes);
    case EntityKind::Touchpoint: return f(w.touchpoints);
    case EntityKind::Transition: break;
    }
    return f(w.transitions);
}

qsizetype indexOf(const Workspace &w, EntityKind kind, qint64 id)
{
    return withList(w, kind, [id](const auto &list) {
        using Id = typename std::decay_t<decltype(list)>::IdType;
        return list.indexOf(Id(id));
    });
}

qsizetype sizeOf(const Workspace &w, EntityKind kind)
{
    return withList(w, kind, [](const auto &list) { return list.size(); });
}

qint64 idAt(const Workspace &w, EntityKind kind, qsizetype index)
{
    return withList(w, kind, [index](const auto &list) { return list.items().at(index).id.value; });
}

qsizetype entityCount(const Workspace &w)
{
    qsizetype n = 0;
    w.forEachList([&n](const auto &list) { n += list.size(); });
    return n;
}

/// Every reference in the workspace points at an existing entity of the right journey or map.
QStringList danglingReferences(const Workspace &w, const QList<AttachmentPair> &attachments)
{
    QStringList out;
    for (const EmpathyMap &m : w.empathyMaps)
        if (m.personaId.isValid() && !w.personas.contains(m.personaId))
            out << u"empathy map %1 → missing persona %2"_s.arg(m.id.value).arg(m.personaId.value);
    for (const EmpathyNote &n : w.empathyNotes)
        if (!w.empathyMaps.contains(n.mapId))
            out << u"note %1 → missing empathy map %2"_s.arg(n.id.value).arg(n.mapId.value);
    for (const Stakeholder &s : w.stakeholders)
        if (!w.stakeholderMaps.contains(s.mapId))
            out << u"stakeholder %1 → missing map %2"_s.arg(s.id.value).arg(s.mapId.value);
    for (const Journey &j : w.journeys)
        if (j.personaId.isValid() && !w.personas.contains(j.personaId))
            out << u"journey %1 → missing persona %2"_s.arg(j.id.value).arg(j.personaId.value);
    for (const Stage &s : w.stages)
        if (!w.journeys.contains(s.journeyId))
            out << u"stage %1 → missing journey %2"_s.arg(s.id.value).arg(s.journeyId.value);
    for (const Lane &l : w.lanes)
        if (!w.journeys.contains(l.journeyId))
            out << u"lane %1 → missing journey %2"_s.arg(l.id.value).arg(l.journeyId.value);
    for (const Touchpoint &t : w.touchpoints) {
        const Stage *s = w.stages.find(t.stageId);
        const Lane *l = w.lanes.find(t.laneId);
        if (!w.journeys.contains(t.journeyId) || !s || s->journeyId != t.journeyId || !l || l->journeyId != t.journeyId)
            out << u"card %1 → journey %2 / stage %3 / lane %4 missing or of another journey"_s.arg(t.id.value)
                       .arg(t.journeyId.value).arg(t.stageId.value).arg(t.laneId.value);
    }
    for (const Transition &t : w.transitions) {
        const Touchpoint *from = w.touchpoints.find(t.from);
        const Touchpoint *to = w.touchpoints.find(t.to);
        if (!from || !to || from->journeyId != t.journeyId || to->journeyId != t.journeyId)
            out << u"transition %1 → cards %2/%3 missing or of another journey"_s.arg(t.id.value)
                       .arg(t.from.value).arg(t.to.value);
    }
    for (const auto &[f, t] : attachments)
        if (!w.touchpoints.contains(t))
            out << u"attachment of item %1 → missing card %2"_s.arg(f.value).arg(t.value);
    return out;
}

QString kindName(EntityKind kind)
{
    static const char *names[] = {"persona", "empathy map", "empathy note", "stakeholder map", "stakeholder",
                                  "journey", "stage", "lane", "card", "transition"};
    return QLatin1String(names[int(kind)]);
}

} // namespace

class CommandsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

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
    void dragIsOneUndoStep();
    void dragBackToStartLeavesNoUndoStep();
    void newDragNeverMergesIntoThePreviousOne();
    void removeJourneyRestoresEverythingInOrder();
    void randomSequenceUndoesAndRedoesExactly();

private:
    State capture() const { return {m_doc->workspace(), attachmentList(m_doc->store())}; }
    QList<AttachmentPair> pairs() const { return m_doc->store().attachments().value(); }
    void compareState(const State &actual, const State &expected, const QString &when);
    void verifyDiskAgrees(const QString &when);
    void checkUndoRedo(QUndoCommand *command, const std::function<void()> &effect);
    const Workspace &w() const { return m_doc->workspace(); }

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_doc;
    /// A second, read-only connection to the working copy: it sees committed data only.
    std::unique_ptr<WorkspaceStore> m_reader;
};

void CommandsTest::initTestCase()
{
    isolateUserFolders(m_home);
}

void CommandsTest::init()
{
    WorkspaceData data = loadTemplate();
    addSampleFeedback(data, kFeedbackItems);
    m_dir = std::make_unique<QTemporaryDir>();
    const QString file = m_dir->filePath(u"garden.waymark"_s);
    {
        auto created = Document::create(&data);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().text()));
        auto saved = (*created)->saveAs(file);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().text()));
        (*created)->close();
    }
    auto opened = Document::open(file);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text()));
    m_doc = std::move(*opened);
    auto reader = WorkspaceStore::open(m_doc->store().path(), WorkspaceStore::Access::ReadOnly);
    QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().text()));
    m_reader = std::move(*reader);
    WM_COMPARE_WORKSPACE(m_doc->workspace(), data.workspace, u"the opened template"_s);
    QCOMPARE(attachmentList(m_doc->store()), attachmentList(data.attachments));
}

void CommandsTest::cleanup()
{
    m_reader.reset();
    if (m_doc)
        m_doc->close();
    m_doc.reset();
    m_dir.reset();
}

void CommandsTest::compareState(const State &actual, const State &expected, const QString &when)
{
    WM_COMPARE_WORKSPACE(actual.workspace, expected.workspace, when);
    if (actual.attachments != expected.attachments)
        QFAIL(qPrintable(u"%1: attachments differ\n   actual: %2\n expected: %3"_s.arg(
            when, actual.attachments.join(u", "_s), expected.attachments.join(u", "_s))));
}

void CommandsTest::verifyDiskAgrees(const QString &when)
{
    auto own = m_doc->store().loadWorkspace();
    QVERIFY2(own, qPrintable(own ? QString() : own.error().text()));
    WM_COMPARE_WORKSPACE(*own, m_doc->workspace(), u"the document's store " + when);
    auto committed = m_reader->loadWorkspace();
    QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().text()));
    WM_COMPARE_WORKSPACE(*committed, m_doc->workspace(), u"what is committed to the working copy " + when);
    const QStringList onDisk = attachmentList(*m_reader);
    const QStringList inDoc = attachmentList(m_doc->store());
    QVERIFY2(onDisk == inDoc, qPrintable(u"committed attachments differ %1:\n on disk: %2\n in document: %3"_s.arg(
                                  when, onDisk.join(u", "_s), inDoc.join(u", "_s))));
}

void CommandsTest::checkUndoRedo(QUndoCommand *command, const std::function<void()> &effect)
{
    QVERIFY2(command, "the edit builder returned nullptr: the edit was not offered");
    const State before = capture();
    const int steps = m_doc->undoStack()->count();
    const bool wasModified = m_doc->isModified();
    QVERIFY(m_doc->execute(command));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QVERIFY(m_doc->isModified());
    effect();
    if (QTest::currentTestFailed())
        return;
    QStringList dangling = danglingReferences(w(), pairs());
    QVERIFY2(dangling.isEmpty(), qPrintable(u"after the edit: "_s + dangling.join(u"; "_s)));
    verifyDiskAgrees(u"after the edit"_s);
    if (QTest::currentTestFailed())
        return;
    const State after = capture();

    m_doc->undoStack()->undo();
    compareState(capture(), before, u"after undo"_s);
    verifyDiskAgrees(u"after undo"_s);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_doc->isModified() == wasModified, "undo must restore the modified flag");

    m_doc->undoStack()->redo();
    compareState(capture(), after, u"after redo"_s);
    verifyDiskAgrees(u"after redo"_s);
}

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

void CommandsTest::dragIsOneUndoStep()
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

void CommandsTest::dragBackToStartLeavesNoUndoStep()
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

void CommandsTest::newDragNeverMergesIntoThePreviousOne()
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

void CommandsTest::removeJourneyRestoresEverythingInOrder()
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

void CommandsTest::randomSequenceUndoesAndRedoesExactly()
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

QTEST_GUILESS_MAIN(CommandsTest)
#include "tst_commands.moc"
