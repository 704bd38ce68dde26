// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace waymark::ValueParser {

using namespace Qt::StringLiterals;

namespace {

/// "★★★★☆" (review exports) → 4.
std::optional<int> starGlyphs(const QString &t)
{
    int filled = 0;
    for (QChar c : t) {
        if (c == QChar(0x2605)) // ★
            ++filled;
        else if (c != QChar(0x2606) && !c.isSpace()) // ☆
            return std::nullopt;
    }
    return filled > 0 ? std::optional<int>(filled) : std::nullopt;
}

/// Satisfaction labels as survey tools export them (SurveyMonkey writes the choice text).
std::optional<int> satisfactionLabel(const QString &text, int scale)
{
    if (scale != 5)
        return std::nullopt;
    static const QHash<QString, int> labels = {
        {u"very satisfied"_s, 5}, {u"extremely satisfied"_s, 5}, {u"satisfied"_s, 4}, {u"somewhat satisfied"_s, 4},
        {u"neither satisfied nor dissatisfied"_s, 3}, {u"neutral"_s, 3}, {u"somewhat dissatisfied"_s, 2},
        {u"dissatisfied"_s, 2}, {u"very dissatisfied"_s, 1}, {u"extremely dissatisfied"_s, 1},
        {u"sehr zufrieden"_s, 5}, {u"zufrieden"_s, 4}, {u"eher zufrieden"_s, 4}, {u"teils/teils"_s, 3},
        {u"weder zufrieden noch unzufrieden"_s, 3}, {u"eher unzufrieden"_s, 2}, {u"unzufrieden"_s, 2},
        {u"sehr unzufrieden"_s, 1}};
    return labels.contains(text) ? std::optional<int>(labels.value(text)) : std::nullopt;
}

/// A trailing time zone: "Z", "UTC", "GMT", "GMT+1", "UTC-05:30", "+0100", "+01:00".
/// Returns the offset in seconds and cuts it from `text`; nothing when there is none.
std::optional<int> cutZone(QString &text)
{
    static const QRegularExpression zone(
        uR"(\s*(?:(Z)|(?:UTC|GMT)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?|([+-])(\d{2}):?(\d{2}))$)"_s);
    const auto m = zone.match(text);
    if (!m.hasMatch() || m.capturedLength() == 0)
        return std::nullopt;
    int offset = 0;
    if (!m.captured(2).isEmpty())
        offset = (m.captured(3).toInt() * 3600 + m.captured(4).toInt() * 60) * (m.captured(2) == u"-"_s ? -1 : 1);
    else if (!m.captured(5).isEmpty())
        offset = (m.captured(6).toInt() * 3600 + m.captured(7).toInt() * 60) * (m.captured(5) == u"-"_s ? -1 : 1);
    text = text.left(m.capturedStart()).trimmed();
    return offset;
}

} // namespace

std::optional<int> leadingInteger(const QString &text)
{
    const QString t = text.trimmed();
    qsizetype i = 0;
    while (i < t.size() && t.at(i).isDigit() && i < 6)
        ++i;
    if (i == 0)
        return std::nullopt;
    // "9", "9 - Very likely", "10 = Extremely likely", "4,0" / "4.0" (decimal zero), "5 stars"
    const QString rest = t.mid(i).trimmed();
    static const QRegularExpression unit(u"^(stars?|sterne?|points?|punkte?)$"_s, QRegularExpression::CaseInsensitiveOption);
    if (!rest.isEmpty() && !rest.startsWith(u'-') && !rest.startsWith(u'=') && !rest.startsWith(u'(')
        && !rest.startsWith(u':') && rest != u",0"_s && rest != u".0"_s && !unit.match(rest).hasMatch())
        return std::nullopt;
    // "4-5" is a range, not "4 - label"; "3.5" is not an integer.
    if (rest.startsWith(u'-') && rest.size() > 1 && rest.at(1).isDigit())
        return std::nullopt;
    return t.left(i).toInt();
}

std::optional<int> score(const QString &text, int lo, int hi, QString *error)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    auto v = leadingInteger(t);
    if (!v)
        v = starGlyphs(t);
    if (!v) {
        *error = QCoreApplication::translate("waymark", "is not a whole number from %1 to %2").arg(lo).arg(hi);
        return std::nullopt;
    }
    if (*v < lo || *v > hi) {
        *error = QCoreApplication::translate("waymark", "is outside %1..%2").arg(lo).arg(hi);
        return std::nullopt;
    }
    return v;
}

std::optional<int> csat(const QString &text, int scale, QString *error)
{
    const QString t = text.simplified().toLower();
    if (scale == 2) {
        // Zendesk: "good", "bad", "Good, I'm satisfied", "Bad, I'm unsatisfied", "offered".
        qsizetype end = 0;
        while (end < t.size() && t.at(end).isLetter())
            ++end;
        const QStringView word = QStringView(t).first(end);
        if (t.isEmpty() || word == u"offered"_s || word == u"unoffered"_s)
            return std::nullopt;
        if (word == u"good"_s || word == u"gut"_s)
            return 2;
        if (word == u"bad"_s || word == u"schlecht"_s)
            return 1;
        *error = QCoreApplication::translate("waymark", "is neither good nor bad");
        return std::nullopt;
    }
    if (auto label = satisfactionLabel(t, scale))
        return label;
    return score(text, 1, scale, error);
}

namespace {

/// The numbers of a date-time cell and the separator that follows each, e.g.
/// "2026-03-01 10:15:30" → 2026 '-' 3 '-' 1 ' ' 10 ':' 15 ':' 30.
struct Tokens
{
    int values[7] = {};
    QChar separators[7];
    int count = 0;
    bool pm = false, am = false;
    bool ok = true;
};

Tokens tokenize(const QString &t)
{
    Tokens k;
    qsizetype i = 0;
    const qsizetype n = t.size();
    while (i < n && k.ok) {
        if (!t.at(i).isDigit()) {
            k.ok = false;
            break;
        }
        int v = 0, digits = 0;
        while (i < n && t.at(i).isDigit() && digits < 5) {
            v = v * 10 + t.at(i).digitValue();
            ++i;
            ++digits;
        }
        if (k.count == 7) {
            k.ok = false;
            break;
        }
        k.values[k.count] = v;
        k.separators[k.count] = i < n ? t.at(i) : QChar();
        ++k.count;
        if (i >= n)
            break;
        const QChar sep = t.at(i++);
        if (sep == u'.' && k.count == 6)
            while (i < n && t.at(i).isDigit()) // fractional seconds
                ++i;
        if (sep == u' ' || sep == u'.' || sep == u'Z' || sep == u'+' || sep == u'-' || sep == u'T' || sep == u'/'
            || sep == u':') {
            // The rest after the time may be AM/PM and a zone ("10:15:30 AM GMT+1", "…Z"): read AM/PM, ignore the zone.
            if (k.count >= 5 && (sep == u' ' || sep == u'Z' || sep == u'+' || (sep == u'-' && k.count >= 6))) {
                const QString rest = t.mid(i).trimmed().toUpper();
                k.pm = rest.startsWith(u"PM"_s);
                k.am = rest.startsWith(u"AM"_s);
                break;
            }
            continue;
        }
        k.ok = false;
    }
    return k;
}

} // namespace

namespace {

QString unreadableDate()
{
    return QCoreApplication::translate("waymark", "is not a date Waymark can read (use YYYY-MM-DD)");
}

/// The ISO text of a date read as (y, m, d) with the time and zone of `k`.
std::optional<QString> finishDate(int y, int m, int d, const Tokens &k, const std::optional<int> &zone, QString *error,
                                  const QString &message)
{
    int hour = k.count >= 5 ? k.values[3] : 0;
    const int minute = k.count >= 5 ? k.values[4] : 0;
    const int second = k.count >= 6 ? k.values[5] : 0;
    if (k.pm && hour < 12)
        hour += 12;
    if (k.am && hour == 12)
        hour = 0;
    const QDate date(y, m, d);
    if (!k.ok || !date.isValid() || (k.count != 3 && k.count < 5) || hour > 23 || minute > 59 || second > 59) {
        *error = message;
        return std::nullopt;
    }
    if (k.count == 3)
        return date.toString(Qt::ISODate);
    if (zone) // a time with a zone is stored in UTC
        return QDateTime(date, QTime(hour, minute, second), Qt::OffsetFromUTC, *zone)
            .toUTC()
            .toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    // As written, without a zone: built in UTC, because in local time a wall-clock time
    // that a daylight-saving change skips here ("2026-03-29 02:30" in Berlin) is invalid.
    return QDateTime(date, QTime(hour, minute, second), Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

} // namespace

std::optional<QString> date(const QString &text, QString *error)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // Numbers are read by hand: QDateTime::fromString is slow for a million rows and its
    // zone parsing warns on every cell in Qt 6.4.
    const std::optional<int> zone = cutZone(t);
    const Tokens k = tokenize(t);
    int y = 0, m = 0, d = 0;
    if (k.ok && k.count >= 3) {
        const QChar s = k.separators[0];
        if ((s == u'-' || s == u'/') && k.values[0] > 999) { // 2026-03-01, 2026/03/01
            y = k.values[0], m = k.values[1], d = k.values[2];
        } else if (s == u'.' && k.values[2] > 999) { // 01.03.2026
            d = k.values[0], m = k.values[1], y = k.values[2];
        } else if (s == u'/' && k.values[2] > 999) { // 3/1/2026: the US order survey tools write
            m = k.values[0], d = k.values[1], y = k.values[2];
        }
    }
    return finishDate(y, m, d, k, zone, error, unreadableDate());
}

std::optional<DateFormat> dateFormat(const QString &format, QString *error)
{
    const QString f = format.trimmed();
    DateFormat out;
    out.text = f;
    if (f.compare(u"iso"_s, Qt::CaseInsensitive) == 0) {
        out.text = u"yyyy-MM-dd"_s;
        return out;
    }
    // The date part: three runs of y, M and d, joined by one separator.
    qsizetype i = 0;
    QString letters;
    QChar separator;
    bool ok = true;
    while (i < f.size() && letters.size() < 3) {
        const QChar c = f.at(i);
        if (c != u'y' && c != u'M' && c != u'd') {
            ok = false;
            break;
        }
        qsizetype run = 0;
        while (i < f.size() && f.at(i) == c) {
            ++i;
            ++run;
        }
        if (letters.contains(c) || (c == u'y' ? (run != 2 && run != 4) : run > 2)) {
            ok = false;
            break;
        }
        letters += c;
        if (letters.size() == 3)
            break;
        if (i >= f.size()) {
            ok = false;
            break;
        }
        const QChar s = f.at(i++);
        if ((s != u'-' && s != u'.' && s != u'/') || (!separator.isNull() && s != separator)) {
            ok = false;
            break;
        }
        separator = s;
    }
    if (ok && letters == u"yMd"_s)
        out.order = DateFormat::Order::YearMonthDay;
    else if (ok && letters == u"dMy"_s)
        out.order = DateFormat::Order::DayMonthYear;
    else if (ok && letters == u"Mdy"_s)
        out.order = DateFormat::Order::MonthDayYear;
    else
        ok = false;
    // What may follow: a time as "HH:mm[:ss]", optionally AM/PM ("h:mm AP").
    static const QRegularExpression time(uR"(^([ T](h{1,2}|H{1,2}):mm(:ss)?( ?(AP|ap|A|a))?)?$)"_s);
    if (!ok || !time.match(f.mid(i)).hasMatch()) {
        *error = QCoreApplication::translate("waymark", "“%1” is not a date format Waymark can read; use one of "
                                                        "yyyy-MM-dd, d.M.yyyy, M/d/yyyy or d/M/yyyy (a time such as "
                                                        "HH:mm may follow)")
                     .arg(format);
        return std::nullopt;
    }
    out.separator = separator;
    return out;
}

std::optional<QString> date(const QString &text, const DateFormat &format, QString *error)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const QString message = QCoreApplication::translate("waymark", "does not match the date format %1").arg(format.text);
    const std::optional<int> zone = cutZone(t);
    const Tokens k = tokenize(t);
    if (!k.ok || k.count < 3 || k.separators[0] != format.separator || k.separators[1] != format.separator) {
        *error = message;
        return std::nullopt;
    }
    int y = 0, m = 0, d = 0;
    switch (format.order) {
    case DateFormat::Order::YearMonthDay:
        y = k.values[0], m = k.values[1], d = k.values[2];
        break;
    case DateFormat::Order::DayMonthYear:
        d = k.values[0], m = k.values[1], y = k.values[2];
        break;
    case DateFormat::Order::MonthDayYear:
        m = k.values[0], d = k.values[1], y = k.values[2];
        break;
    }
    if (y < 100) // "yy": this century
        y += 2000;
    return finishDate(y, m, d, k, zone, error, message);
}

QString detectDateFormat(const QStringList &samples)
{
    int iso = 0, isoSlash = 0, dotted = 0, slashed = 0, dayFirst = 0, monthFirst = 0;
    for (const QString &sample : samples) {
        QString t = sample.trimmed();
        if (t.isEmpty())
            continue;
        cutZone(t);
        const Tokens k = tokenize(t);
        if (!k.ok || k.count < 3)
            continue;
        const QChar s = k.separators[0];
        if (s == u'-' && k.values[0] > 999)
            ++iso;
        else if (s == u'/' && k.values[0] > 999)
            ++isoSlash;
        else if (s == u'.' && k.values[2] > 999)
            ++dotted;
        else if (s == u'/' && k.values[2] > 999) {
            ++slashed;
            if (k.values[0] > 12)
                ++dayFirst;
            else if (k.values[1] > 12)
                ++monthFirst;
        }
    }
    const int best = qMax(qMax(iso, isoSlash), qMax(dotted, slashed));
    if (best == 0)
        return {};
    if (best == iso)
        return u"yyyy-MM-dd"_s;
    if (best == dotted)
        return u"d.M.yyyy"_s;
    if (best == slashed)
        return dayFirst > monthFirst ? u"d/M/yyyy"_s : u"M/d/yyyy"_s;
    return u"yyyy/MM/dd"_s;
}

} // namespace waymark::ValueParser
