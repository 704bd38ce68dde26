// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The waymark-cli contract: commands, output streams, exit codes, messages.
#include "CliProcess.h"
#include "interchange/InterchangeJson.h"
#include "interchange/TemplateLibrary.h"
#include "storage/SchemaMigrator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace waymark;

using Run = waymark::test::CliRun;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Run cli(const QStringList &args) { return waymark::test::runCli(args, m_dir.filePath(u"xdg"_s), m_dir.path()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void versionAndHelp()
    {
        Run r = cli({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("waymark-cli " WAYMARK_VERSION));
        r = cli({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *command : {"new", "info", "templates", "export-json"})
            QVERIFY2(r.out.contains(QByteArray(QByteArray("  ") + command)), command);
        r = cli({u"help"_s, u"new"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--template NAME"));
        QVERIFY(r.out.contains("--force"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no arguments") << QStringList{} << u"Usage: waymark-cli COMMAND"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"There is no command “frobnicate”"_s;
        QTest::newRow("help for unknown") << QStringList{u"help"_s, u"nope"_s} << u"There is no command “nope”"_s;
        QTest::newRow("missing file") << QStringList{u"info"_s} << u"info expects FILE.waymark"_s;
        QTest::newRow("too many") << QStringList{u"templates"_s, u"x"_s} << u"templates expects no further arguments"_s;
        QTest::newRow("unknown option") << QStringList{u"new"_s, u"a.waymark"_s, u"--colour"_s}
                                        << u"Unknown option 'colour'"_s;
        QTest::newRow("option without value") << QStringList{u"new"_s, u"a.waymark"_s, u"--template"_s}
                                              << u"Missing value after '--template'"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void templatesListsBundled()
    {
        const Run r = cli({u"templates"_s});
        QCOMPARE(r.exitCode, 0);
        const auto bundled = TemplateLibrary::templates();
        QVERIFY(bundled.size() >= 3);
        for (const TemplateInfo &t : bundled)
            QVERIFY2(r.out.contains((t.name + u'\t' + t.title).toUtf8()), qPrintable(t.name));
    }

    void newFromTemplateShowsItsContent_data()
    {
        QTest::addColumn<QString>("name");
        for (const TemplateInfo &t : TemplateLibrary::templates())
            QTest::newRow(qPrintable(t.name)) << t.name;
    }
    void newFromTemplateShowsItsContent()
    {
        QFETCH(QString, name);
        const QString file = path(name + u".waymark"_s);
        Run r = cli({u"new"_s, file, u"--template"_s, name});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty()); // confirmations are messages, on stderr
        QVERIFY(r.err.contains(u"Created"_s));
        r = cli({u"info"_s, file, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out).object();
        const WorkspaceData data = *TemplateLibrary::load(name);
        QCOMPARE(info.value(u"schemaVersion"_s).toInt(), SchemaMigrator::currentVersion);
        QCOMPARE(info.value(u"workspace"_s).toString(), data.workspace.name);
        QCOMPARE(info.value(u"personas"_s).toInt(), data.workspace.personas.size());
        QCOMPARE(info.value(u"empathyMaps"_s).toInt(), data.workspace.empathyMaps.size());
        QCOMPARE(info.value(u"stakeholderMaps"_s).toInt(), data.workspace.stakeholderMaps.size());
        QCOMPARE(info.value(u"journeys"_s).toInt(), data.workspace.journeys.size());
        QCOMPARE(info.value(u"stages"_s).toInt(), data.workspace.stages.size());
        QCOMPARE(info.value(u"cards"_s).toInt(), data.workspace.touchpoints.size());
        QCOMPARE(info.value(u"transitions"_s).toInt(), data.workspace.transitions.size());
        QVERIFY(info.value(u"touchpoints"_s).toInt() > 0);
        QVERIFY(info.value(u"touchpoints"_s).toInt() < info.value(u"cards"_s).toInt());
        QCOMPARE(info.value(u"feedbackItems"_s).toInt(), 0);
    }

    void newRefusesToOverwriteWithoutForce()
    {
        const QString file = path(u"keep.waymark"_s);
        QCOMPARE(cli({u"new"_s, file, u"--template"_s, u"saas-onboarding"_s}).exitCode, 0);
        const QByteArray before = [&] { QFile f(file); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        Run r = cli({u"new"_s, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"already exists"_s) && r.err.contains(u"--force"_s), qPrintable(r.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        f.close();
        r = cli({u"new"_s, file, u"--force"_s});
        QCOMPARE(r.exitCode, 0);
        r = cli({u"info"_s, file, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"personas"_s).toInt(), 0);
    }

    void inputErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown template") << QStringList{u"new"_s, u"t.waymark"_s, u"--template"_s, u"space-travel"_s}
                                          << u"There is no template “space-travel”. Available templates: ecommerce-purchase"_s;
        QTest::newRow("wrong extension") << QStringList{u"new"_s, u"t.txt"_s} << u"must end in .waymark"_s;
        QTest::newRow("missing file") << QStringList{u"info"_s, u"nothere.waymark"_s} << u"nothere.waymark” does not exist"_s;
        QTest::newRow("not sqlite") << QStringList{u"info"_s, u"text.waymark"_s}
                                    << u"is not a Waymark workspace: it is not an SQLite database"_s;
        QTest::newRow("other sqlite") << QStringList{u"info"_s, u"other.waymark"_s}
                                      << u"is an SQLite database but not a Waymark workspace"_s;
        QTest::newRow("newer") << QStringList{u"export-json"_s, u"newer.waymark"_s, u"o.json"_s}
                               << u"was saved by a newer version of Waymark (file format 99"_s;
        QTest::newRow("bad json") << QStringList{u"new"_s, u"j.waymark"_s, u"--from"_s, u"bad.json"_s}
                                  << u"“bad.json” is not a valid Waymark workspace file: journeys[0].touchpoints[0].stageId 999 is not a stage"_s;
        QTest::newRow("missing json") << QStringList{u"new"_s, u"j.waymark"_s, u"--from"_s, u"none.json"_s}
                                      << u"Cannot read “none.json”"_s;
    }
    void inputErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        {
            QFile text(path(u"text.waymark"_s));
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write("personas: 3\n");
        }
        for (const auto &[name, appId, version] : {std::tuple{u"other.waymark"_s, 42, 1}, std::tuple{u"newer.waymark"_s, 0x57594D4B, 99}}) {
            QFile::remove(path(name));
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path(name));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE t(x)"_s));
            QVERIFY(q.exec(u"PRAGMA application_id = %1"_s.arg(appId)));
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(version)));
            q.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
        }
        {
            WorkspaceData data = *TemplateLibrary::load(u"ecommerce-purchase"_s);
            QJsonObject root = QJsonDocument::fromJson(InterchangeJson::write(data)).object();
            QJsonArray journeys = root[u"journeys"_s].toArray();
            QJsonObject journey = journeys[0].toObject();
            QJsonArray cards = journey[u"touchpoints"_s].toArray();
            QJsonObject card = cards[0].toObject();
            card[u"stageId"_s] = 999;
            cards[0] = card;
            journey[u"touchpoints"_s] = cards;
            journeys[0] = journey;
            root[u"journeys"_s] = journeys;
            QFile bad(path(u"bad.json"_s));
            QVERIFY(bad.open(QIODevice::WriteOnly));
            bad.write(QJsonDocument(root).toJson());
        }
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void exportJsonRoundTripsByteIdentically()
    {
        // With feedback, nulls, umlauts and emoji: json → workspace → json.
        WorkspaceData data = *TemplateLibrary::load(u"ecommerce-purchase"_s);
        FeedbackSource source;
        source.id = FeedbackSourceId(1);
        source.name = u"Umfrage Q1"_s;
        source.preset = u"generic"_s;
        source.fileName = u"umfrage.csv"_s;
        source.importedAt = u"2026-03-01T10:00:00Z"_s;
        source.columns = {u"NPS"_s, u"Kommentar"_s};
        source.mapping = QJsonObject{{u"nps"_s, u"NPS"_s}, {u"comment"_s, u"Kommentar"_s}};
        data.sources.append(source);
        for (int i = 1; i <= 25; ++i) {
            FeedbackItem f;
            f.id = FeedbackItemId(i);
            f.sourceId = source.id;
            f.responseId = u"R_%1"_s.arg(i);
            f.date = u"2026-02-%1"_s.arg(i, 2, 10, QLatin1Char('0'));
            if (i % 3)
                f.nps = i % 11;
            f.comment = i % 2 ? u"Lieferung war schnell, aber die Rücksendung umständlich 😡 \"quoted\"\nnew line"_s : QString();
            f.raw = {QString::number(i % 11), f.comment};
            data.feedback.append(f);
        }
        const TouchpointId checkout = data.workspace.touchpoints.items().at(3).id;
        for (int i = 1; i <= 10; ++i)
            data.attachments.append({FeedbackItemId(i), checkout});
        QFile json(path(u"in.json"_s));
        QVERIFY(json.open(QIODevice::WriteOnly));
        const QByteArray original = InterchangeJson::write(data);
        json.write(original);
        json.close();

        QCOMPARE(cli({u"new"_s, path(u"rt.waymark"_s), u"--from"_s, path(u"in.json"_s)}).exitCode, 0);
        QCOMPARE(cli({u"export-json"_s, path(u"rt.waymark"_s), path(u"out.json"_s)}).exitCode, 0);
        QFile out(path(u"out.json"_s));
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray exported = out.readAll();
        QCOMPARE(exported.size(), original.size());
        QVERIFY(exported == original);
        const Run info = cli({u"info"_s, path(u"rt.waymark"_s), u"--json"_s});
        const QJsonObject o = QJsonDocument::fromJson(info.out).object();
        QCOMPARE(o.value(u"feedbackItems"_s).toInt(), 25);
        QCOMPARE(o.value(u"attachedItems"_s).toInt(), 10);

        const Run toStdout = cli({u"export-json"_s, path(u"rt.waymark"_s), u"-"_s});
        QCOMPARE(toStdout.exitCode, 0);
        QVERIFY(toStdout.out == original);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
