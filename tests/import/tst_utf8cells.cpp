// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The import reads common cells from their UTF-8 bytes (import/detail/Utf8Cells.h). Each
// fast path must give exactly what the string parsers give, or leave the cell to them:
// a million-row import and a ten-row import must store the same values.
#include "import/ValueParser.h"
#include "import/detail/Utf8Cells.h"

#include <QTest>

using namespace waymark;
using namespace waymark::detail;
using namespace Qt::StringLiterals;

class TestUtf8Cells : public QObject
{
    Q_OBJECT

private slots:
    void isoDateMatchesValueParser_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected"); ///< the fast path's answer; empty: left to ValueParser
        QTest::newRow("date and time") << u"2026-01-05 18:42:00"_s << u"2026-01-05T18:42:00"_s;
        QTest::newRow("with T") << u"2026-01-05T18:42:00"_s << u"2026-01-05T18:42:00"_s;
        QTest::newRow("no seconds") << u"2026-03-29 02:30"_s << u"2026-03-29T02:30:00"_s;
        QTest::newRow("date only") << u"2024-02-29"_s << u"2024-02-29"_s;
        QTest::newRow("not a leap year") << u"2026-02-29"_s << QString();
        QTest::newRow("hour 24") << u"2026-01-05 24:00:00"_s << QString();
        QTest::newRow("minute 60") << u"2026-01-05 10:60"_s << QString();
        QTest::newRow("zone") << u"2026-01-05T18:42:00Z"_s << QString();
        QTest::newRow("offset") << u"2026-01-05 18:42:00+0100"_s << QString();
        QTest::newRow("day first") << u"05.01.2026"_s << QString();
        QTest::newRow("US order") << u"1/5/2026 6:42 PM"_s << QString();
        QTest::newRow("fractional seconds") << u"2026-01-05 18:42:00.250"_s << QString();
        QTest::newRow("month 13") << u"2026-13-01"_s << QString();
    }
    void isoDateMatchesValueParser()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        const QByteArray bytes = cell.toUtf8();
        char out[19];
        const int n = Utf8Cells::isoDate(std::string_view(bytes.constData(), size_t(bytes.size())), out);
        QCOMPARE(QString::fromLatin1(out, n), expected);
        if (n > 0) { // where the fast path answers, ValueParser answers the same
            QString why;
            QCOMPARE(ValueParser::date(cell, &why).value_or(QString()), expected);
            QVERIFY(why.isEmpty());
        }
    }

    void trimmedMatchesQString_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("answered");
        QTest::newRow("spaces and tabs") << u" \t Checkout page \r\n"_s << true;
        QTest::newRow("inner spaces kept") << u"  a  b  "_s << true;
        QTest::newRow("umlaut inside") << u" Rückerstattung kam spät "_s << true;
        QTest::newRow("only spaces") << u"   "_s << true;
        QTest::newRow("no-break space at the end") << u"Kasse\u00A0"_s << false;
        QTest::newRow("emoji at the start") << u"😀 great"_s << false;
    }
    void trimmedMatchesQString()
    {
        QFETCH(QString, cell);
        QFETCH(bool, answered);
        const QByteArray bytes = cell.toUtf8();
        const auto t = Utf8Cells::trimmed(std::string_view(bytes.constData(), size_t(bytes.size())));
        QCOMPARE(t.has_value(), answered);
        if (t)
            QCOMPARE(QString::fromUtf8(t->data(), qsizetype(t->size())), cell.trimmed());
    }

    void plainIntegerIsWhatScoreReads()
    {
        for (const char *cell : {"0", "7", "10", "007"}) {
            const auto v = Utf8Cells::plainInteger(cell);
            QVERIFY2(v.has_value(), cell);
            QString why;
            QCOMPARE(ValueParser::score(QString::fromLatin1(cell), 0, 10, &why), v);
        }
        // Labels, decimals, signs and stars are left to ValueParser.
        for (const char *cell : {"9 - Very likely", "4,0", "-1", "4.5", "", "1234567"})
            QVERIFY2(!Utf8Cells::plainInteger(cell).has_value(), cell);
    }

    void blankRecognisesOnlySpaces()
    {
        QCOMPARE(Utf8Cells::blank(" \t "), std::optional<bool>(true));
        QCOMPARE(Utf8Cells::blank(""), std::optional<bool>(true));
        QCOMPARE(Utf8Cells::blank(" x "), std::optional<bool>(false));
        QCOMPARE(Utf8Cells::blank("\xC2\xA0"), std::optional<bool>()); // a no-break space: QString decides
    }
};

QTEST_GUILESS_MAIN(TestUtf8Cells)
#include "tst_utf8cells.moc"
