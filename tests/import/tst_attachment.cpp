// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What an import remembers and proposes: attachment rules (each kind, clear errors for a
// bad rule, saved in the workspace and applied again on re-import), the mapping saved with
// a source and reused for the next export of the same survey, and touchpoint suggestions
// for unattached feedback (TF-IDF cosine, worked examples). Also `waymark-cli import
// --rule` and `waymark-cli suggest`.
#include "AttachmentTables.h"
#include "CliProcess.h"
#include "import/AttachmentRules.h"
#include "import/AttachmentSuggester.h"
#include "import/FeedbackImporter.h"
#include "interchange/InterchangeJson.h"
#include "interchange/WorkspaceData.h"
#include "storage/WorkspaceStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace waymark;

namespace {

/// The workspace of these tests: one journey, two stages, three touchpoints.
Workspace smallWorkspace()
{
    Workspace w;
    w.name = u"Shop"_s;
    Journey j;
    j.id = JourneyId(1);
    j.name = u"Shop"_s;
    w.journeys.append(j);
    for (auto [id, name] : {std::pair{2, u"Buy"_s}, std::pair{3, u"Receive"_s}}) {
        Stage s;
        s.id = StageId(id);
        s.journeyId = j.id;
        s.name = name;
        w.stages.append(s);
    }
    Lane l;
    l.id = LaneId(4);
    l.journeyId = j.id;
    l.name = u"Touchpoints"_s;
    l.laneKind = LaneKind::Touchpoints;
    w.lanes.append(l);
    struct Tp
    {
        int id, stage;
        QString title, description;
        QStringList keywords;
    };
    for (const Tp &t : {Tp{5, 2, u"Checkout"_s, u"Paying for the order"_s, {u"payment"_s, u"basket"_s}},
                        Tp{6, 3, u"Delivery"_s, u"The parcel arrives at the door"_s, {u"shipping"_s, u"courier"_s}},
                        Tp{7, 3, u"Hotline"_s, u"Phone support for questions"_s, {u"call"_s}}}) {
        Touchpoint tp;
        tp.id = TouchpointId(t.id);
        tp.journeyId = j.id;
        tp.stageId = StageId(t.stage);
        tp.laneId = l.id;
        tp.title = t.title;
        tp.description = t.description;
        tp.keywords = t.keywords;
        w.touchpoints.append(tp);
    }
    return w;
}

QByteArray snapshot(const WorkspaceStore &store)
{
    auto d = WorkspaceData::fromStore(store);
    if (!d)
        qFatal("fromStore: %s", qPrintable(d.error().text()));
    return InterchangeJson::write(*d);
}

/// "responseId→touchpoint title" for every attached item, by item id.
QStringList attachedTitles(const WorkspaceStore &store)
{
    const Workspace w = *store.loadWorkspace();
    QHash<qint64, QString> responses;
    store.forEachFeedback([&](const FeedbackItem &f) {
        responses.insert(f.id.value, f.responseId);
        return true;
    });
    QStringList out;
    const QList<AttachmentPair> pairs = *store.attachments();
    for (const auto &[item, tp] : pairs)
        out << responses.value(item.value) + u"→"_s + w.touchpoints.find(tp)->title;
    return out;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const QByteArray kExport = "ResponseId,Channel,Date,NPS,Touchpoint,Comment\r\n"
                           "A1,Email,2026-01-10,9,,Thanks for the quick refund\r\n"
                           "A2,Phone,2026-02-11,3,,Waited an hour on the line\r\n"
                           "A3,Web,2026-03-12,6,,The parcel was delivered to the neighbour\r\n"
                           "A4,Web,2026-04-13,8,,All good\r\n"
                           "A5,Email,2026-05-14,10,Hotline,Emailed and then called\r\n";

} // namespace

class TestAttachment : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<WorkspaceStore> newStore()
    {
        auto store = WorkspaceStore::create(m_dir.filePath(u"w-%1.waymark"_s.arg(++m_files)));
        if (!store || !(*store)->writeWorkspace(smallWorkspace()))
            qFatal("store");
        return std::move(*store);
    }
    QString file(const QByteArray &bytes, const QString &name = {})
    {
        const QString path = m_dir.filePath(name.isEmpty() ? u"export-%1.csv"_s.arg(++m_files) : name);
        writeFile(path, bytes);
        return path;
    }
    static AttachmentRule rule(const QString &spec)
    {
        auto r = AttachmentRule::parse(spec);
        if (!r)
            qFatal("rule %s: %s", qPrintable(spec), qPrintable(r.error().message));
        return *r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(u"xdg"_s)));
    }

    // Rules ---------------------------------------------------------------------------

    void parseRule_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("result"); ///< the rule's spec() or the error message
        QTest::newRow("channel") << u"channel=Email->Checkout"_s << u"channel=Email->Checkout"_s;
        QTest::newRow("keyword, trimmed") << u"contains= refund ->Returns"_s << u"contains=refund->Returns"_s;
        QTest::newRow("regex with a stage") << u"regex=deliver(y|ed)->Receive/Delivery"_s
                                            << u"regex=deliver(y|ed)->Receive/Delivery"_s;
        QTest::newRow("date range") << u"date=2026-01-01..2026-03-31->Checkout"_s << u"date=2026-01-01..2026-03-31->Checkout"_s;
        QTest::newRow("open end") << u"date=2026-01-01..->Checkout"_s << u"date=2026-01-01..->Checkout"_s;
        QTest::newRow("open start") << u"date=..2026-03-31->Checkout"_s << u"date=..2026-03-31->Checkout"_s;
        QTest::newRow("bad regex")
            << u"regex=deliver(y->Delivery"_s
            << u"The rule “regex=deliver(y->Delivery” has an invalid regular expression: missing closing parenthesis at "
               "character 10. Fix the expression, or use contains= for a plain keyword."_s;
        QTest::newRow("unknown kind")
            << u"colour=red->Checkout"_s
            << u"The rule “colour=red->Checkout” has an unknown kind “colour”. Write a rule as KIND=VALUE->TOUCHPOINT, "
               "KIND being channel, contains, regex or date, e.g. channel=Email->Checkout, contains=refund->Returns, "
               "regex=deliver(y|ed)->Delivery, date=2026-01-01..2026-03-31->Winter sale."_s;
        QTest::newRow("no arrow") << u"channel=Email"_s
                                  << u"The rule “channel=Email” is not understood. Write a rule as KIND=VALUE->TOUCHPOINT, "
                                     "KIND being channel, contains, regex or date, e.g. channel=Email->Checkout, "
                                     "contains=refund->Returns, regex=deliver(y|ed)->Delivery, "
                                     "date=2026-01-01..2026-03-31->Winter sale."_s;
        QTest::newRow("no touchpoint") << u"channel=Email->"_s
                                       << u"The rule “channel=Email->” names no touchpoint: add ->TOUCHPOINT."_s;
        QTest::newRow("nothing to look for") << u"contains= ->Checkout"_s
                                             << u"The rule “contains=->Checkout” has nothing to look for."_s;
        QTest::newRow("bad date") << u"date=2026-13-01..->Checkout"_s
                                  << u"The rule “date=2026-13-01..->Checkout” has no valid date range: write FROM..TO as "
                                     "YYYY-MM-DD (either end may be left out, e.g. 2026-01-01..)."_s;
        QTest::newRow("ends before it starts") << u"date=2026-03-01..2026-01-01->Checkout"_s
                                               << u"The rule “date=2026-03-01..2026-01-01->Checkout” ends before it "
                                                  "starts: swap the dates."_s;
    }
    void parseRule()
    {
        QFETCH(QString, spec);
        QFETCH(QString, result);
        auto r = AttachmentRule::parse(spec);
        QCOMPARE(r.ok() ? r->spec() : r.error().message, result);
        if (r.ok()) { // the JSON it is saved as reads back the same
            auto back = AttachmentRule::fromJson(r->toJson());
            QVERIFY(back.ok());
            QCOMPARE(*back, *r);
        }
    }

    void eachKindAttaches_data()
    {
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<QStringList>("attached");
        // A5 names its touchpoint in the column: the column wins over every rule.
        QTest::newRow("channel equals (case-insensitive)") << QStringList{u"channel=email->Checkout"_s}
                                                           << QStringList{u"A1→Checkout"_s, u"A5→Hotline"_s};
        QTest::newRow("comment contains") << QStringList{u"contains=REFUND->Checkout"_s}
                                          << QStringList{u"A1→Checkout"_s, u"A5→Hotline"_s};
        QTest::newRow("comment matches") << QStringList{u"regex=\\bdeliver(y|ed)\\b->Delivery"_s}
                                         << QStringList{u"A3→Delivery"_s, u"A5→Hotline"_s};
        QTest::newRow("date range, inclusive") << QStringList{u"date=2026-02-11..2026-04-13->Receive/Delivery"_s}
                                               << QStringList{u"A2→Delivery"_s, u"A3→Delivery"_s, u"A4→Delivery"_s,
                                                              u"A5→Hotline"_s};
        QTest::newRow("the first matching rule wins")
            << QStringList{u"channel=Phone->Hotline"_s, u"date=2026-01-01..->Delivery"_s}
            << QStringList{u"A1→Delivery"_s, u"A2→Hotline"_s, u"A3→Delivery"_s, u"A4→Delivery"_s, u"A5→Hotline"_s};
    }
    void eachKindAttaches()
    {
        QFETCH(QStringList, rules);
        QFETCH(QStringList, attached);
        auto store = newStore();
        ImportOptions o;
        for (const QString &r : rules)
            o.addRules.append(rule(r));
        auto report = FeedbackImporter::run(*store, file(kExport), o);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().text()));
        QCOMPARE(attachedTitles(*store), attached);
        QCOMPARE(report->attached, qint64(attached.size()));
        QCOMPARE(report->attachedByRules, qint64(attached.size() - 1));
        QCOMPARE(report->rules, rules.replaceInStrings(u"channel=email"_s, u"channel=email"_s));
    }

    void rulesAreSavedAndAppliedAgain()
    {
        auto store = newStore();
        const QString first = file(kExport);
        ImportOptions o;
        o.addRules = {rule(u"contains=refund->Checkout"_s)};
        QVERIFY(FeedbackImporter::run(*store, first, o).ok());
        QCOMPARE(*AttachmentRules::load(*store), o.addRules);

        // The updated export: two new rows; the saved rule attaches the new refund comment.
        const QString updated = file(kExport + "A6,Web,2026-06-01,7,,Refund took three weeks\r\n"
                                               "A7,Web,2026-06-02,2,,Courier never rang\r\n");
        auto again = FeedbackImporter::run(*store, updated, {});
        QVERIFY(again.ok());
        QCOMPARE(again->imported, 2);
        QCOMPARE(again->attachedByRules, 1);
        QCOMPARE(again->rules, QStringList{u"contains=refund->Checkout"_s});
        QCOMPARE(attachedTitles(*store), (QStringList{u"A1→Checkout"_s, u"A5→Hotline"_s, u"A6→Checkout"_s}));

        // A rule added on a re-import attaches feedback imported before, though nothing is new.
        const qint64 sources = store->sources()->size();
        ImportOptions more;
        more.addRules = {rule(u"regex=courier|parcel->Delivery"_s)};
        auto third = FeedbackImporter::run(*store, updated, more);
        QVERIFY(third.ok());
        QCOMPARE(third->imported, 0);
        QCOMPARE(third->duplicates, 7);
        QCOMPARE(third->existingAttachedByRules, 2);
        QVERIFY(third->changed);
        QCOMPARE(store->sources()->size(), sources); // no empty source for a re-import
        QCOMPARE(attachedTitles(*store), (QStringList{u"A1→Checkout"_s, u"A3→Delivery"_s, u"A5→Hotline"_s,
                                                      u"A6→Checkout"_s, u"A7→Delivery"_s}));
        // By touchpoint too: the earlier item, attached after the newer ones, is found in order.
        QCOMPARE(test::attachmentTablesDisagree(store->database()), QString());
        QCOMPARE(AttachmentRules::load(*store)->size(), 2);

        // Clearing the rules forgets them (and attaches nothing new).
        ImportOptions clear;
        clear.clearRules = true;
        auto fourth = FeedbackImporter::run(*store, updated, clear);
        QVERIFY(fourth.ok());
        QVERIFY(AttachmentRules::load(*store)->isEmpty());
    }

    void ruleWithoutItsTouchpointIsReported()
    {
        auto store = newStore();
        ImportOptions o;
        o.addRules = {rule(u"channel=Web->Returns desk"_s)};
        auto report = FeedbackImporter::run(*store, file(kExport), o);
        QVERIFY(report.ok());
        QCOMPARE(report->problems.size(), 1);
        QCOMPARE(report->problems[0].row, 4); // the first row the rule matched
        QCOMPARE(report->problems[0].column, u"rule"_s);
        QCOMPARE(report->problems[0].value, u"channel=Web->Returns desk"_s);
        QCOMPARE(report->problems[0].reason,
                 u"names no touchpoint of journey “Shop”; the rule attached nothing (add the touchpoint, or import with "
                 "--create-touchpoints)"_s);
        // With --create-touchpoints the rule's touchpoint is created.
        auto store2 = newStore();
        o.createTouchpoints = true;
        auto created = FeedbackImporter::run(*store2, file(kExport), o);
        QVERIFY(created.ok());
        QCOMPARE(created->createdTouchpoints, 1);
        QCOMPARE(attachedTitles(*store2), (QStringList{u"A3→Returns desk"_s, u"A4→Returns desk"_s, u"A5→Hotline"_s}));
    }

    void badRuleOrFailedImportChangesNothing()
    {
        auto store = newStore();
        ImportOptions o;
        o.addRules = {rule(u"channel=Email->Checkout"_s)};
        QVERIFY(FeedbackImporter::run(*store, file(kExport), o).ok());
        const QByteArray before = snapshot(*store);
        const auto rulesBefore = *AttachmentRules::load(*store);

        AttachmentRule bad;
        bad.kind = AttachmentRule::Kind::CommentMatches;
        bad.value = u"(unclosed"_s;
        bad.touchpoint = u"Checkout"_s;
        ImportOptions withBad;
        withBad.addRules = {bad};
        auto report = FeedbackImporter::run(*store, file(kExport + "B1,Web,2026-07-01,5,,new\r\n"), withBad);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().message,
                 u"The rule “regex=(unclosed->Checkout” has an invalid regular expression: missing closing parenthesis at "
                 "character 10. Fix the expression, or use contains= for a plain keyword."_s);
        QCOMPARE(snapshot(*store), before);
        QCOMPARE(*AttachmentRules::load(*store), rulesBefore);

        // A cancelled import with a new rule saves neither rows nor the rule.
        ImportOptions cancelled;
        cancelled.addRules = {rule(u"contains=new->Delivery"_s)};
        cancelled.progress = [](qint64 done, qint64 total) { return done < total; };
        auto c = FeedbackImporter::run(*store, file(kExport + "B1,Web,2026-07-01,5,,new\r\n"), cancelled);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, Error::Code::Cancelled);
        QCOMPARE(snapshot(*store), before);
        QCOMPARE(*AttachmentRules::load(*store), rulesBefore);
        // Saving a bad rule through the API is refused with the same message.
        auto saved = AttachmentRules::save(*store, {bad});
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().message.startsWith(u"The rule “regex=(unclosed->Checkout” has an invalid"_s));
    }

    // Saved mappings ------------------------------------------------------------------

    void savedMappingIsReused()
    {
        auto store = newStore();
        // Column names no rule recognises: the user maps them once.
        const QByteArray header = "Id,Q1,Q2,Q3\r\n";
        ImportOptions first;
        first.overrides = {{u"responseId"_s, u"Id"_s}, {u"nps"_s, u"Q1"_s}, {u"channel"_s, u"Q3"_s}, {u"comment"_s, u"Q2"_s}};
        auto a = FeedbackImporter::run(*store, file(header + "M1,9,Fast and friendly,Web\r\n", u"survey-march.csv"_s), first);
        QVERIFY(a.ok());
        QVERIFY(a->savedMappingFrom.isEmpty());
        const QJsonObject mapping = a->mapping;
        QCOMPARE(mapping.value(u"nps"_s).toString(), u"Q1"_s);

        // The next export of the same survey: the saved mapping, without any --map.
        auto b = FeedbackImporter::run(*store, file(header + "M1,9,Fast and friendly,Web\r\nM2,4,Slow,Phone\r\n",
                                                   u"survey-april.csv"_s), {});
        QVERIFY(b.ok());
        QVERIFY2(b->savedMappingFrom.startsWith(u"“survey-march.csv” ("_s), qPrintable(b->savedMappingFrom));
        QCOMPARE(b->mapping, mapping);
        QCOMPARE(b->imported, 1);
        QCOMPARE(b->duplicates, 1); // the response id column came from the saved mapping too
        QVERIFY(b->summary().contains(u"Mapping:             saved with the earlier import of “survey-march.csv”"_s));
        FeedbackItem m2;
        store->forEachFeedback([&](const FeedbackItem &f) {
            if (f.responseId == u"M2"_s)
                m2 = f;
            return true;
        });
        QCOMPARE(m2.nps, 4);
        QCOMPARE(m2.channel, u"Phone"_s);

        // --map still applies on top: clear the channel.
        ImportOptions clearChannel;
        clearChannel.overrides = {{u"channel"_s, QString()}};
        auto c = FeedbackImporter::run(*store, file(header + "M3,7,Okay,Web\r\n"), clearChannel);
        QVERIFY(c.ok());
        QVERIFY(!c->savedMappingFrom.isEmpty());
        QVERIFY(!c->mapping.contains(u"channel"_s));
        QCOMPARE(c->mapping.value(u"nps"_s).toString(), u"Q1"_s);

        // Asked not to: a fresh proposal (which finds no NPS among Q1..Q3).
        ImportOptions fresh;
        fresh.useSavedMapping = false;
        fresh.dryRun = true;
        auto d = FeedbackImporter::run(*store, file(header + "M4,7,\"Okay then, nothing special to report\",Web\r\n"), fresh);
        QVERIFY(d.ok());
        QVERIFY(d->savedMappingFrom.isEmpty());
        QVERIFY(!d->mapping.contains(u"nps"_s));

        // Another survey (other columns) does not pick it up.
        auto e = FeedbackImporter::run(*store, file("Id,Q1,Q2\r\nN1,9,Great stuff here\r\n"), {});
        QVERIFY(e.ok());
        QVERIFY(e->savedMappingFrom.isEmpty());
    }

    // Suggestions ---------------------------------------------------------------------

    void terms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("English: stop words, plurals, -ed, -ing")
            << u"The deliveries were delayed and I was waiting"_s << QStringList{u"deliv"_s, u"delay"_s, u"wait"_s};
        QTest::newRow("German: stop words, -ungen, -en")
            << u"Die Lieferungen kamen nicht, ich habe gewartet"_s << QStringList{u"lief"_s, u"kam"_s, u"gewartet"_s};
        QTest::newRow("case, punctuation, umlauts kept") << u"Rückerstattung! CHECKOUT?"_s
                                                         << QStringList{u"rückerstatt"_s, u"checkout"_s};
    }
    void terms()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, terms);
        QCOMPARE(AttachmentSuggester::terms(text), terms);
    }

    void rankingWorkedExample()
    {
        // Two touchpoints, titles only: "checkout" and "delivery" each occur in one of them.
        Workspace w = smallWorkspace();
        w.touchpoints.take(TouchpointId(7));
        for (Touchpoint t : w.touchpoints.items()) {
            t.description.clear();
            t.keywords.clear();
            w.touchpoints.replace(t);
        }
        const AttachmentSuggester s(w, JourneyId(1));
        // A comment with only "checkout": the same direction as Checkout's vector → cosine 1.
        auto one = s.rank(u"Checkout!"_s);
        QCOMPARE(one.size(), 1);
        QCOMPARE(one[0].touchpoint, TouchpointId(5));
        QCOMPARE(one[0].score, 1.0);
        // Both words once, equal idf: the comment is (1/√2, 1/√2), each touchpoint a unit axis → 0.7071 each,
        // ties in the map's order.
        auto both = s.rank(u"checkout and delivery"_s);
        QCOMPARE(both.size(), 2);
        QCOMPARE(both[0].touchpoint, TouchpointId(5));
        QCOMPARE(both[1].touchpoint, TouchpointId(6));
        QVERIFY(std::abs(both[0].score - std::sqrt(0.5)) < 1e-12);
        QVERIFY(std::abs(both[1].score - std::sqrt(0.5)) < 1e-12);
        QVERIFY(s.rank(u"lovely weather today"_s).isEmpty());
    }

    void suggestionsForUnattached()
    {
        auto store = newStore();
        QVERIFY(FeedbackImporter::run(*store, file(kExport + "A6,Web,2026-06-01,7,,The payment failed twice in the basket\r\n"),
                                      {}).ok());
        const AttachmentSuggester s(*store->loadWorkspace(), JourneyId(1));
        auto all = s.forUnattached(*store);
        QVERIFY(all.ok());
        QStringList got;
        for (const ItemSuggestions &i : *all) {
            QStringList ranked;
            for (const TouchpointSuggestion &t : i.ranked)
                ranked << QString::number(t.touchpoint.value);
            got << u"%1: %2"_s.arg(i.item.value).arg(ranked.join(u',')); // best first
        }
        // A2 "Waited an hour on the line" has no word of any touchpoint; A5 is attached by its column.
        QCOMPARE(got, (QStringList{u"3: 6"_s, u"6: 5"_s}));
        QVERIFY((*all)[1].ranked[0].score > 0.5);
    }

    void cliRuleAndSuggest()
    {
        const QString xdg = m_dir.filePath(u"xdg"_s);
        auto store = newStore();
        const QString path = store->path();
        store.reset();
        const QString data = file(kExport + "A6,Web,2026-06-01,7,,The payment failed twice in the basket\r\n");
        auto bad = test::runCli({u"import"_s, path, data, u"--rule"_s, u"regex=(x->Checkout"_s}, xdg);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"--rule: The rule “regex=(x->Checkout” has an invalid regular expression"_s), qPrintable(bad.err));
        auto ok = test::runCli({u"import"_s, path, data, u"--rule"_s, u"channel=Phone->Hotline"_s}, xdg);
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.outText().contains(u"  by rules:          1\n"_s), qPrintable(ok.outText()));
        QVERIFY(ok.outText().contains(u"Rules:               channel=Phone->Hotline\n"_s));

        auto json = test::runCli({u"suggest"_s, path, u"--json"_s}, xdg);
        QCOMPARE(json.exitCode, 0);
        const QJsonArray items = QJsonDocument::fromJson(json.out).object().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].toObject().value(u"suggestions"_s).toArray()[0].toObject().value(u"title"_s).toString(),
                 u"Delivery"_s);
        QCOMPARE(items[1].toObject().value(u"suggestions"_s).toArray()[0].toObject().value(u"title"_s).toString(),
                 u"Checkout"_s);

        auto accept = test::runCli({u"suggest"_s, path, u"--accept"_s}, xdg);
        QCOMPARE(accept.exitCode, 0);
        QVERIFY(accept.outText().endsWith(u"2 item(s) attached to their best suggestion.\n"_s));
        auto reopened = WorkspaceStore::open(path, WorkspaceStore::Access::ReadOnly);
        QVERIFY(reopened.ok());
        QCOMPARE(attachedTitles(**reopened),
                 (QStringList{u"A2→Hotline"_s, u"A3→Delivery"_s, u"A5→Hotline"_s, u"A6→Checkout"_s}));
    }
};

QTEST_GUILESS_MAIN(TestAttachment)
#include "tst_attachment.moc"
