// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `waymark-cli import`: exit codes, messages, the --report JSON (every problem listed,
// however many); the importer itself is tst_importer.
#include "CliProcess.h"
#include "ImportTestSupport.h"
#include "import/FeedbackImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace waymark;
using namespace waymark::test;

class TestImportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args)
    {
        const auto r = waymark::test::runCli(args, m_dir.filePath(u"xdg"_s), m_dir.path());
        return {r.exitCode, r.outText(), r.err};
    }

private slots:
    void initTestCase() { prepareImportTests(m_dir); }

    void reportListsEveryProblem()
    {
        // More problems than the report keeps in memory: the file still lists every one.
        const QString file = m_dir.filePath(u"many-problems.csv"_s);
        QByteArray csv = "ResponseId,NPS,Comment\n";
        const int rows = int(ImportReport::keptProblems) + 37;
        for (int i = 1; i <= rows; ++i)
            csv += "P" + QByteArray::number(i) + ",11,\"too high, \"\"really\"\"\"\n";
        writeFile(file, csv);
        const QString ws = m_dir.filePath(u"many-problems.waymark"_s);
        QFile::remove(ws);
        QCOMPARE(cli({u"new"_s, ws, u"--template"_s, u"ecommerce-purchase"_s}).exitCode, 0);
        const QString reportPath = m_dir.filePath(u"many-problems.json"_s);
        const Run r = cli({u"import"_s, ws, file, u"--dry-run"_s, u"--report"_s, reportPath});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(readFile(reportPath), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(report.value(u"problemCount"_s).toInt(), rows);
        QCOMPARE(report.value(u"imported"_s).toInt(), rows);
        const QJsonArray problems = report.value(u"problems"_s).toArray();
        QCOMPARE(problems.size(), rows);
        QCOMPARE(compact(problems.last().toObject()),
                 compact(QJsonObject{{u"row"_s, rows + 1}, {u"column"_s, u"NPS"_s}, {u"value"_s, u"11"_s},
                                     {u"reason"_s, u"is outside 0..10"_s}}));

        // No problems: an empty list, still valid JSON.
        const QString fine = m_dir.filePath(u"no-problems.csv"_s);
        writeFile(fine, "ResponseId,NPS\nQ1,9\n");
        QCOMPARE(cli({u"import"_s, ws, fine, u"--dry-run"_s, u"--report"_s, reportPath}).exitCode, 0);
        const QJsonObject clean = QJsonDocument::fromJson(readFile(reportPath), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(clean.value(u"problems"_s).isArray());
        QCOMPARE(clean.value(u"problems"_s).toArray().size(), 0);
        QCOMPARE(clean.value(u"imported"_s).toInt(), 1);
    }

    void cliExitCodesAndMessages()
    {
        const QString ws = m_dir.filePath(u"cli.waymark"_s);
        QFile::remove(ws);
        QCOMPARE(cli({u"new"_s, ws, u"--template"_s, u"ecommerce-purchase"_s}).exitCode, 0);
        const QByteArray fresh = readFile(ws);

        // 2: a malformed --map, nothing touched.
        Run r = cli({u"import"_s, ws, sample(), u"--map"_s, u"nps"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--map nps: write it as FIELD=COLUMN, e.g. --map nps=Q5."_s), qPrintable(r.err));
        QVERIFY(readFile(ws) == fresh);
        // 2: every bad option value: an unknown preset, format or field, a scale Waymark does not score.
        r = cli({u"import"_s, ws, sample(), u"--preset"_s, u"medallia"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--preset medallia: there is no such preset. Presets: auto, generic, qualtrics, "_s),
                 qPrintable(r.err));
        r = cli({u"import"_s, ws, sample(), u"--format"_s, u"xls"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--format xls: there is no such format."_s), qPrintable(r.err));
        r = cli({u"import"_s, ws, sample(), u"--map"_s, u"happiness=NPS"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--map happiness=NPS: “happiness” is not a field. Fields: responseId,"_s), qPrintable(r.err));
        r = cli({u"import"_s, ws, sample(), u"--csat-scale"_s, u"0-10"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(readFile(ws) == fresh);

        // 1: nothing could be imported; the message names the file.
        r = cli({u"import"_s, ws, data(u"csv/ragged.csv"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"Nothing to import from “ragged.csv”"_s), qPrintable(r.err));
        r = cli({u"import"_s, ws, data(u"csv/header-only.csv"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"“header-only.csv” has a header but no data rows"_s), qPrintable(r.err));
        r = cli({u"import"_s, ws, data(u"presets/touchpoints.csv"_s), u"--map"_s, u"nps=Q9"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"“touchpoints.csv” has no column “Q9”"_s), qPrintable(r.err));
        QVERIFY(readFile(ws) == fresh);

        // 0: imported, with a report listing every problem.
        const QString reportPath = m_dir.filePath(u"report.json"_s);
        r = cli({u"import"_s, ws, sample(), u"--report"_s, reportPath});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Imported:            3000\n"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Problems:            10\n"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"  row 1483, column “NPS”: value “11” is outside 0..10; the value was dropped, the row kept\n"_s));
        const QJsonObject report = QJsonDocument::fromJson(readFile(reportPath)).object();
        QCOMPARE(report.value(u"imported"_s).toInt(), 3000);
        QCOMPARE(report.value(u"problemCount"_s).toInt(), 10);
        const QJsonArray problems = report.value(u"problems"_s).toArray();
        QCOMPARE(problems.size(), 10);
        QCOMPARE(compact(problems.at(0).toObject()),
                 compact(QJsonObject{{u"row"_s, 663}, {u"column"_s, u"CSAT"_s}, {u"value"_s, u"n/a"_s},
                                     {u"reason"_s, u"is not a whole number from 1 to 5"_s}}));
        QCOMPARE(compact(problems.at(7).toObject()),
                 compact(QJsonObject{{u"row"_s, 2731}, {u"column"_s, u"RecordedDate"_s},
                                     {u"value"_s, u"2026-02-30 14:05:00"_s},
                                     {u"reason"_s, u"is not a date Waymark can read (use YYYY-MM-DD)"_s}}));
        for (const QJsonValue &p : problems)
            QCOMPARE(p.toObject().keys(), (QStringList{u"column"_s, u"reason"_s, u"row"_s, u"value"_s}));
        QVERIFY(readFile(ws) != fresh);

        // 0 again for a re-import that only finds duplicates; the file stays as it was.
        const QByteArray imported = readFile(ws);
        r = cli({u"import"_s, ws, sample()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"Duplicates skipped:  3000\n"_s));
        QVERIFY(readFile(ws) == imported);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
