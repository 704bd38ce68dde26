// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The `waymark-cli sentiment` contract: one output line per input line, from standard
// input or a file, TSV or JSON lines, exit codes and messages.
#include "CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// Runs `waymark-cli args` with `input` on standard input.
Run runWithInput(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral(WAYMARK_CLI), args);
    if (!p.waitForStarted(30000))
        qFatal("waymark-cli did not start");
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("waymark-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestSentimentCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void tsvFromStandardInput()
    {
        // One line out per line in, blank lines included, so `paste` lines them up.
        const Run r = runWithInput({u"sentiment"_s}, "good\nnot good\n\nDie Beratung war sehr gut.\r\nI ordered on Monday.\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(r.out, QByteArray("en\t0.4404\tpositive\n"
                                   "en\t-0.3412\tnegative\n"
                                   "-\t0.0000\tneutral\n"
                                   "de\t0.4927\tpositive\n"
                                   "en\t0.0000\tneutral\n"));
    }

    void shortCommentsDetectTheirLanguage()
    {
        // Short German comments are scored in German, each line on its own: "freundlich"
        // (stem freundlich* 2.1), "Lieferung" (-ung) with "top" (2.5) and 👍, the phrase
        // "hat ewig gedauert" (−2.0), "nicht gut"; an English line in between stays English.
        const Run r = runWithInput({u"sentiment"_s},
                                   "freundlich\nLieferung top \xf0\x9f\x91\x8d\nhat ewig gedauert\nnicht gut\nnot good\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("de\t0.4767\tpositive\n"
                                   "de\t0.7579\tpositive\n"
                                   "de\t-0.4588\tnegative\n"
                                   "de\t-0.3412\tnegative\n"
                                   "en\t-0.3412\tnegative\n"));
    }

    void slowWriterIsReadToTheEnd()
    {
        // A pipe that pauses between lines (a script feeding comments one by one).
        QProcess p;
        p.start(QStringLiteral(WAYMARK_CLI), {u"sentiment"_s});
        QVERIFY(p.waitForStarted(30000));
        p.write("great\n");
        QVERIFY(p.waitForBytesWritten(5000));
        QThread::msleep(300);
        p.write("terrible\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput(), QByteArray("en\t0.6249\tpositive\nen\t-0.4767\tnegative\n"));
    }

    void lastLineWithoutNewline()
    {
        const Run r = runWithInput({u"sentiment"_s}, "great\nterrible");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 2);
        QVERIFY(r.out.endsWith("\tnegative\n"));
    }

    void fileArgumentAndLanguage()
    {
        const QString path = m_dir.filePath(u"comments.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBFgut\nnicht gut\n");
        f.close();
        Run r = runWithInput({u"sentiment"_s, u"--lang"_s, u"de"_s, path}, {});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("de\t0.4404\tpositive\nde\t-0.3412\tnegative\n"));
        // Told English, "gut" is no English word.
        r = runWithInput({u"sentiment"_s, u"--lang"_s, u"en"_s, path}, {});
        QCOMPARE(r.out, QByteArray("en\t0.0000\tneutral\nen\t0.0000\tneutral\n"));
        // "-" is standard input.
        r = runWithInput({u"sentiment"_s, u"-"_s}, "great\n");
        QCOMPARE(r.out, QByteArray("en\t0.6249\tpositive\n"));
    }

    void jsonLines()
    {
        const Run r = runWithInput({u"sentiment"_s, u"--format"_s, u"json"_s},
                                   "Wir haben ewig gewartet, ich werde kündigen 😡\nWould recommend!\n\n");
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QJsonParseError error;
        const QJsonObject first = QJsonDocument::fromJson(lines[0], &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(first.value(u"line"_s).toInt(), 1);
        QCOMPARE(first.value(u"text"_s).toString(), u"Wir haben ewig gewartet, ich werde kündigen 😡"_s);
        QCOMPARE(first.value(u"language"_s).toString(), u"de"_s);
        QCOMPARE(first.value(u"label"_s).toString(), u"negative"_s);
        QVERIFY(first.value(u"compound"_s).toDouble() <= -0.05);
        QCOMPARE(first.value(u"effort"_s).toBool(), true);
        QCOMPARE(first.value(u"intents"_s).toArray(), QJsonArray{u"cancel"_s});
        const double shares = first.value(u"positive"_s).toDouble() + first.value(u"neutral"_s).toDouble()
            + first.value(u"negative"_s).toDouble();
        QVERIFY(std::abs(shares - 1) < 1e-9);
        const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(second.value(u"label"_s).toString(), u"positive"_s);
        QCOMPARE(second.value(u"intents"_s).toArray(), QJsonArray{u"recommend"_s});
        QCOMPARE(second.value(u"effort"_s).toBool(), false);
        const QJsonObject third = QJsonDocument::fromJson(lines[2]).object();
        QVERIFY(third.value(u"language"_s).isNull());
        QCOMPARE(third.value(u"compound"_s).toDouble(), 0.0);
        QCOMPARE(third.value(u"label"_s).toString(), u"neutral"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad language") << QStringList{u"sentiment"_s, u"--lang"_s, u"fr"_s} << 2
                                      << u"--lang “fr” is not one of: auto, en, de."_s;
        QTest::newRow("bad format") << QStringList{u"sentiment"_s, u"--format"_s, u"xml"_s} << 2
                                    << u"--format “xml” is not one of: tsv, json."_s;
        QTest::newRow("two files") << QStringList{u"sentiment"_s, u"a.txt"_s, u"b.txt"_s} << 2
                                   << u"sentiment expects [FILE]."_s;
        QTest::newRow("missing file") << QStringList{u"sentiment"_s, u"no-such-file.txt"_s} << 1
                                      << u"Cannot read “no-such-file.txt”"_s;
        QTest::newRow("unknown option") << QStringList{u"sentiment"_s, u"--colour"_s} << 2
                                        << u"Unknown option 'colour'"_s;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = runWithInput(args, "good\n");
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void help()
    {
        Run r = runWithInput({u"--help"_s}, {});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("  sentiment "));
        r = runWithInput({u"help"_s, u"sentiment"_s}, {});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("sentiment [--lang auto|en|de] [--format tsv|json] [FILE]"));
        QVERIFY(r.out.contains("--lang LANG"));
        QVERIFY(r.out.contains("--format FORMAT"));
    }
};

QTEST_GUILESS_MAIN(TestSentimentCli)
#include "tst_sentimentcli.moc"
