// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture of the undo-command tests: a document opened from the e-commerce template
// with sample feedback, a second read-only connection that sees only what is committed,
// and the snapshot → redo → undo → redo check every command goes through.
#pragma once

#include "CoreTestSupport.h"

#include "document/Document.h"

#include <QTest>

#include <functional>

namespace waymark::test {

using namespace Qt::StringLiterals;

inline constexpr int kFeedbackItems = 60;

struct State
{
    Workspace workspace;
    QStringList attachments;
};

template <class F>
inline auto withList(const Workspace &w, EntityKind kind, F &&f)
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

inline qsizetype indexOf(const Workspace &w, EntityKind kind, qint64 id)
{
    return withList(w, kind, [id](const auto &list) {
        using Id = typename std::decay_t<decltype(list)>::IdType;
        return list.indexOf(Id(id));
    });
}

inline qsizetype sizeOf(const Workspace &w, EntityKind kind)
{
    return withList(w, kind, [](const auto &list) { return list.size(); });
}

inline qint64 idAt(const Workspace &w, EntityKind kind, qsizetype index)
{
    return withList(w, kind, [index](const auto &list) { return list.items().at(index).id.value; });
}

inline qsizetype entityCount(const Workspace &w)
{
    qsizetype n = 0;
    w.forEachList([&n](const auto &list) { n += list.size(); });
    return n;
}

/// Every reference in the workspace points at an existing entity of the right journey or map.
inline QStringList danglingReferences(const Workspace &w, const QList<AttachmentPair> &attachments)
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

inline QString kindName(EntityKind kind)
{
    static const char *names[] = {"persona", "empathy map", "empathy note", "stakeholder map", "stakeholder",
                                  "journey", "stage", "lane", "card", "transition"};
    return QLatin1String(names[int(kind)]);
}

class CommandsFixture : public QObject
{
protected:
    State capture() const { return {m_doc->workspace(), attachmentList(m_doc->store())}; }
    QList<AttachmentPair> pairs() const { return m_doc->store().attachments().value(); }
    const Workspace &w() const { return m_doc->workspace(); }

    void setUp()
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

    void tearDown()
    {
        m_reader.reset();
        if (m_doc)
            m_doc->close();
        m_doc.reset();
        m_dir.reset();
    }

    void compareState(const State &actual, const State &expected, const QString &when)
    {
        WM_COMPARE_WORKSPACE(actual.workspace, expected.workspace, when);
        if (actual.attachments != expected.attachments)
            QFAIL(qPrintable(u"%1: attachments differ\n   actual: %2\n expected: %3"_s.arg(
                when, actual.attachments.join(u", "_s), expected.attachments.join(u", "_s))));
    }

    void verifyDiskAgrees(const QString &when)
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

    void checkUndoRedo(QUndoCommand *command, const std::function<void()> &effect)
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

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_doc;
    /// A second, read-only connection to the working copy: it sees committed data only.
    std::unique_ptr<WorkspaceStore> m_reader;
};

} // namespace waymark::test
