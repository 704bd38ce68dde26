// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Journey cards through the clipboard's interchange JSON: what a pasted card keeps of its
// owner, within the workspace it came from and in another one.
#include "commands/EditCommand.h"
#include "commands/JourneyEdits.h"
#include "commands/WorkspaceEdits.h"
#include "document/Document.h"
#include "interchange/ClipboardFragment.h"
#include "interchange/TemplateLibrary.h"

#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace waymark;

class TestClipboardFragment : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pasteWithinWorkspaceKeepsOwnerLink();
    void pasteIntoAnotherWorkspaceKeepsOwnerName();
    void sameIdOfAnotherPersonIsNoLink();

private:
    /// The template's "Checkout" card, owned by the stakeholder `m_owner`.
    TouchpointId checkout() const;
    ClipboardFragment copied() const;

    std::unique_ptr<Document> m_doc;
    JourneyId m_journey;
    StakeholderId m_owner;
};

void TestClipboardFragment::init()
{
    auto data = TemplateLibrary::load(QStringLiteral("ecommerce-purchase"));
    QVERIFY(data.ok());
    auto created = Document::create(&*data);
    QVERIFY(created.ok());
    m_doc = std::move(*created);
    m_journey = m_doc->workspace().journeys.items().first().id;
    QVERIFY(!m_doc->workspace().stakeholders.isEmpty());
    m_owner = m_doc->workspace().stakeholders.items().first().id;
    Touchpoint t = *m_doc->workspace().touchpoints.find(checkout());
    t.ownerStakeholder = m_owner;
    t.owner.clear(); // the link alone names the owner
    m_doc->execute(new EditCommand<Touchpoint>(m_doc.get(), t, QStringLiteral("Owner")));
}

TouchpointId TestClipboardFragment::checkout() const
{
    for (const Touchpoint &t : m_doc->workspace().touchpoints)
        if (t.journeyId == m_journey && t.title == QStringLiteral("Checkout"))
            return t.id;
    return {};
}

ClipboardFragment TestClipboardFragment::copied() const
{
    const QByteArray json = ClipboardFragment::write(m_doc->workspace(), {checkout()});
    auto fragment = ClipboardFragment::read(json);
    if (!fragment.ok())
        qWarning() << fragment.error().text();
    return fragment.ok() ? *fragment : ClipboardFragment();
}

void TestClipboardFragment::pasteWithinWorkspaceKeepsOwnerLink()
{
    const ClipboardFragment fragment = copied();
    QCOMPARE(fragment.cards.size(), 1);
    const QString name = m_doc->workspace().stakeholders.find(m_owner)->name;
    QCOMPARE(fragment.cards.first().ownerName, name);
    // Only the owner's id and name travel, not the rest of the stakeholder.
    const QByteArray json = ClipboardFragment::write(m_doc->workspace(), {checkout()});
    const QString notes = m_doc->workspace().stakeholders.find(m_owner)->notes;
    if (!notes.isEmpty())
        QVERIFY(!json.contains(notes.toUtf8()));

    const auto stages = JourneyEdits::stages(m_doc.get(), m_journey);
    const auto lanes = JourneyEdits::lanes(m_doc.get(), m_journey);
    QList<TouchpointId> created;
    m_doc->execute(JourneyEdits::paste(m_doc.get(), fragment, m_journey, stages[4], lanes[1], &created));
    QCOMPARE(created.size(), 1);
    const Touchpoint *pasted = m_doc->workspace().touchpoints.find(created.first());
    QCOMPARE(pasted->ownerStakeholder, m_owner);
    QCOMPARE(pasted->owner, QString());
    QCOMPARE(pasted->stageId, stages[4]);
    // Undo takes the card away again, link and all.
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->workspace().touchpoints.contains(created.first()));
}

void TestClipboardFragment::pasteIntoAnotherWorkspaceKeepsOwnerName()
{
    const ClipboardFragment fragment = copied();
    auto other = Document::create();
    QVERIFY(other.ok());
    Document *o = other->get();
    qint64 journey = 0;
    o->execute(WorkspaceEdits::create(o, EntityKind::Journey, QStringLiteral("Onboarding"), &journey));
    const auto stages = JourneyEdits::stages(o, JourneyId(journey));
    const auto lanes = JourneyEdits::lanes(o, JourneyId(journey));
    QList<TouchpointId> created;
    o->execute(JourneyEdits::paste(o, fragment, JourneyId(journey), stages[0], lanes[1], &created));
    QCOMPARE(created.size(), 1);
    const Touchpoint *pasted = o->workspace().touchpoints.find(created.first());
    QVERIFY(!pasted->ownerStakeholder.isValid());
    QCOMPARE(pasted->owner, m_doc->workspace().stakeholders.find(m_owner)->name);
}

void TestClipboardFragment::sameIdOfAnotherPersonIsNoLink()
{
    // Another workspace whose stakeholder happens to carry the same id: not the same
    // person, so no link; a typed owner on the card is kept as it was.
    ClipboardFragment fragment = copied();
    fragment.cards.first().card.owner = QStringLiteral("Checkout squad");
    fragment.cards.first().ownerName = QStringLiteral("Somebody else");
    const auto stages = JourneyEdits::stages(m_doc.get(), m_journey);
    const auto lanes = JourneyEdits::lanes(m_doc.get(), m_journey);
    QList<TouchpointId> created;
    m_doc->execute(JourneyEdits::paste(m_doc.get(), fragment, m_journey, stages[0], lanes[1], &created));
    const Touchpoint *pasted = m_doc->workspace().touchpoints.find(created.first());
    QVERIFY(!pasted->ownerStakeholder.isValid());
    QCOMPARE(pasted->owner, QStringLiteral("Checkout squad"));
}

QTEST_GUILESS_MAIN(TestClipboardFragment)
#include "tst_clipboardfragment.moc"
