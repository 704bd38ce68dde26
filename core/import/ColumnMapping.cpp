// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnMapping.h"

#include "ValueParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace waymark {
namespace {

using namespace Qt::StringLiterals;

struct Rule
{
    const char *field;
    const char *pattern;        ///< matched case-insensitively against name and question
    const char *preset = nullptr; ///< only for this preset's layout
};

// Ordered: the first rule that matches a column claims it; a field takes the first column.
// Answers (nps, csat, ces) are claimed only by columns whose values look like answers.
constexpr Rule kRules[] = {
    {"responseId", R"(^(response ?id|responseid|_recordid|respondent ?id \(response\)|ticket ?id|review ?id|antwort-id|submission ?id|#)$)"},
    {"responseId", R"(^respondent ?id$)", "surveymonkey"},
    {"responseId", R"(^token$)", "typeform"},
    {"nps", R"(recommend|empfehlen|weiterempfehl|^nps$|net promoter)"},
    {"ces", R"(made it easy|easy to|how easy|effort|einfach|leicht gemacht|aufwand|^ces$|customer effort)"},
    {"csat", R"(satisf|zufrieden|^csat$|^(overall |star |review |app )?rating$|^score$|sterne|\bstars?\b|star rating|^bewertung$)"},
    {"comment", R"(comment|kommentar|feedback|why|warum|review text|review content|^review$|^text$|^content$|anmerkung|^body$|open-ended|free.?text|freitext|(?-i:_TEXT)$|text entry|improve|verbessern|suggest|vorschl|anything else|sonst noch|tell us|erzählen)"},
    {"date", R"(^(recordeddate|recorded date|date|datum|submitted at|submit date|submit date \(utc\)|timestamp|zeitstempel|created at|created|review date|erfassungsdatum|review submit date and time|review created \(utc\)|date submitted)$)"},
    {"date", R"(^(enddate|end date|enddatum)$)"},
    {"date", R"(^(startdate|start date|start date \(utc\)|anfangsdatum)$)"},
    {"channel", R"(^(channel|kanal|distributionchannel|source|via|source of review)$)"},
    {"segment", R"(^(segment|customer segment|kundensegment|persona|persona name|customer persona|user type|customer type|kundentyp|plan|tier)$)"},
    {"respondentId", R"(^(respondent ?id|customer ?id|kunden-?id|email|e-mail|email address|e-mail-adresse|recipientemail|user ?id|requester|requester email|reference ?id)$)"},
    {"touchpoint", R"(^(touchpoint|touch point|kontaktpunkt|step|schritt)$)"},
    {"stage", R"(^(stage|phase|journey stage)$)"},
};

/// Columns a survey tool derives from an answer; they are never answers themselves.
bool isDerived(const QString &name)
{
    static const QRegularExpression derived(u"_NPS_GROUP$| - (Parent )?Topics$|Topics$| - Sentiment( Polarity| Score)?$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return derived.match(name).hasMatch();
}

bool looksLikeAnswer(const QString &value)
{
    const QString t = value.simplified().toLower();
    QString ignored;
    return ValueParser::leadingInteger(t).has_value() || ValueParser::csat(t, 2, &ignored).has_value()
        || ValueParser::csat(t, 5, &ignored).has_value() || t == u"offered"_s || t == u"unoffered"_s;
}

/// Whether the sampled values of column `c` fit `field`: most non-empty values of an
/// answer column are numbers or rating words, a comment column has words.
bool valuesFit(const QString &field, int c, const QList<QStringList> &rows)
{
    const bool answer = field == u"nps"_s || field == u"csat"_s || field == u"ces"_s;
    if (!answer && field != u"comment"_s)
        return true;
    int filled = 0, answers = 0;
    for (const QStringList &row : rows) {
        const QString v = row.value(c).trimmed();
        if (v.isEmpty())
            continue;
        ++filled;
        if (answer ? looksLikeAnswer(v) : ValueParser::leadingInteger(v).has_value())
            ++answers;
    }
    if (filled == 0)
        return true;
    return answer ? answers * 2 >= filled : answers < filled;
}

/// The column most like free text (long values with spaces), for exports that give the
/// comment question no recognisable name (Typeform, Google Forms).
int freeTextColumn(const SurveyLayout &layout, const QList<bool> &claimed, const QList<QStringList> &rows)
{
    static const QRegularExpression metadata(
        u"title|titel|subject|betreff|name|url|link|address|adresse|agent|device|gerät|\\bip\\b|language|sprache|tags?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    int best = -1;
    double bestLength = 0;
    for (qsizetype c = 0; c < layout.names.size(); ++c) {
        if (claimed[c] || isDerived(layout.names[c]) || metadata.match(layout.names[c]).hasMatch())
            continue;
        int filled = 0, words = 0;
        qsizetype length = 0;
        for (const QStringList &row : rows) {
            const QString v = row.value(c).trimmed();
            if (v.isEmpty())
                continue;
            ++filled;
            length += v.size();
            if (v.contains(u' ') && !looksLikeAnswer(v))
                ++words;
        }
        if (filled == 0 || words * 2 < filled)
            continue;
        const double mean = double(length) / filled;
        if (mean >= 15 && mean > bestLength) {
            best = int(c);
            bestLength = mean;
        }
    }
    return best;
}

} // namespace

QStringList ColumnMapping::fields()
{
    return {u"responseId"_s, u"date"_s, u"channel"_s, u"segment"_s, u"respondentId"_s, u"touchpoint"_s,
            u"stage"_s, u"nps"_s, u"csat"_s, u"ces"_s, u"comment"_s};
}

QList<std::pair<QString, QString>> ColumnMapping::aliases()
{
    return {{u"rating"_s, u"csat"_s}, {u"persona"_s, u"segment"_s}};
}

QString ColumnMapping::fieldNamed(const QString &name)
{
    const QString n = name.trimmed();
    for (const QString &field : fields())
        if (field.compare(n, Qt::CaseInsensitive) == 0)
            return field;
    for (const auto &[alias, field] : aliases())
        if (alias.compare(n, Qt::CaseInsensitive) == 0)
            return field;
    return {};
}

void ColumnMapping::set(const QString &field, int column)
{
    const QString f = fieldNamed(field);
    if (f.isEmpty())
        return;
    // SCORING.md: a rating is a star rating, CSAT on 1..5.
    if (field.trimmed().compare(u"rating"_s, Qt::CaseInsensitive) == 0)
        csatScale = 5;
    m_columns.insert(f, column);
}

ColumnMapping ColumnMapping::propose(const SurveyLayout &layout, const QList<QStringList> &sampleRows)
{
    ColumnMapping m;
    QList<bool> claimed(layout.names.size(), false);
    for (const Rule &rule : kRules) {
        if (rule.preset && layout.preset != QLatin1String(rule.preset))
            continue;
        const QString field = QString::fromLatin1(rule.field);
        const QRegularExpression re(QString::fromUtf8(rule.pattern),
                                    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        for (qsizetype c = 0; c < layout.names.size(); ++c) {
            if (claimed[c] || m.m_columns.contains(field))
                continue;
            const QString name = layout.names[c].trimmed();
            const QString question = layout.questions.value(c).trimmed();
            // Qualtrics' derived NPS group and Text iQ columns are not answers.
            if (isDerived(name))
                continue;
            if (!re.match(name).hasMatch() && !re.match(question).hasMatch())
                continue;
            if (!valuesFit(field, int(c), sampleRows))
                continue;
            m.m_columns.insert(field, int(c));
            claimed[c] = true;
        }
    }
    if (!m.m_columns.contains(u"comment"_s)) {
        if (const int c = freeTextColumn(layout, claimed, sampleRows); c >= 0) {
            m.m_columns.insert(u"comment"_s, c);
            claimed[c] = true;
        }
    }
    // Reviews: the title goes before the text; the app version is the segment when no
    // column is (reviews have no segment of their own, and ratings per version matter).
    static const QStringList reviewPresets = {u"appstore"_s, u"googleplay"_s, u"trustpilot"_s};
    if (reviewPresets.contains(layout.preset)) {
        static const QRegularExpression title(u"^(review )?title$"_s, QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression version(u"^(app )?version( name)?$"_s, QRegularExpression::CaseInsensitiveOption);
        for (qsizetype c = 0; c < layout.names.size(); ++c) {
            if (claimed[c])
                continue;
            const QString name = layout.names[c].trimmed();
            if (m.m_titleColumn < 0 && title.match(name).hasMatch()) {
                m.m_titleColumn = int(c);
                claimed[c] = true;
            } else if (!m.m_columns.contains(u"segment"_s) && version.match(name).hasMatch()) {
                m.m_columns.insert(u"segment"_s, int(c));
                claimed[c] = true;
            }
        }
    }
    // Scales from the values seen: a CSAT column with values above 5 is 1..7 or 1..10,
    // good/bad words make it a Zendesk-style rating.
    if (const int c = m.column(u"csat"_s); c >= 0) {
        int maxValue = 0;
        bool goodBad = false;
        for (const QStringList &row : sampleRows) {
            const QString v = row.value(c).trimmed().toLower();
            QString ignored;
            if (ValueParser::csat(v, 2, &ignored))
                goodBad = true;
            if (auto n = ValueParser::leadingInteger(v))
                maxValue = qMax(maxValue, *n);
        }
        m.csatScale = goodBad ? 2 : maxValue > 7 ? 10 : maxValue > 5 ? 7 : 5;
    }
    if (const int c = m.column(u"ces"_s); c >= 0) {
        int maxValue = 0;
        for (const QStringList &row : sampleRows)
            if (auto n = ValueParser::leadingInteger(row.value(c)))
                maxValue = qMax(maxValue, *n);
        m.cesScale = maxValue > 0 && maxValue <= 5 ? 5 : 7;
    }
    // Dates: each cell is read by itself, which takes 3/1/2026 as March 1st. When the
    // samples show the day first (13/02/2026), the whole column is read day first.
    if (const int c = m.column(u"date"_s); c >= 0) {
        QStringList samples;
        for (const QStringList &row : sampleRows)
            samples << row.value(c);
        if (const QString detected = ValueParser::detectDateFormat(samples); detected == u"d/M/yyyy"_s)
            (void)m.setDateFormat(detected, true);
    }
    return m;
}

Result<int> ColumnMapping::parseScale(const QString &text, bool csat, const QString &option)
{
    const QString t = text.simplified().toLower().replace(u'\u2013', u'-').replace(u".."_s, u"-"_s).remove(u' ');
    const QList<int> allowed = csat ? csatScales() : cesScales();
    QStringList names;
    for (int s : allowed)
        names << scaleText(s);
    int scale = -1;
    if (csat && (t == u"good-bad"_s || t == u"good/bad"_s || t == u"bad-good"_s))
        scale = 2;
    static const QRegularExpression range(u"^(?:(\\d+)-)?(\\d+)$"_s);
    const auto m = range.match(t);
    if (scale < 0 && m.hasMatch()) {
        const int low = m.captured(1).isEmpty() ? 1 : m.captured(1).toInt();
        const int high = m.captured(2).toInt();
        if (low == 1 && allowed.contains(high) && high != 2)
            scale = high;
        else if (csat && low == 1 && high == 2)
            scale = 2;
        else if (low == 0 && high == 10)
            return makeError(Error::Code::InvalidInput,
                             QCoreApplication::translate("waymark", "%1 %2: Waymark scores %3 on %4; a 0–10 question is "
                                                                    "read as NPS (map it with --map nps=COLUMN).")
                                 .arg(option, text, csat ? u"CSAT"_s : u"CES"_s, names.join(u", "_s)));
    }
    if (scale < 0)
        return makeError(Error::Code::InvalidInput,
                         QCoreApplication::translate("waymark", "%1 %2: not a scale Waymark scores. Use one of %3.")
                             .arg(option, text, names.join(u", "_s)));
    return scale;
}

QString ColumnMapping::scaleText(int scale)
{
    return scale == 2 ? u"good-bad"_s : u"1-%1"_s.arg(scale);
}

Result<void> ColumnMapping::setDateFormat(const QString &format, bool detected)
{
    if (format.trimmed().isEmpty()) {
        m_dateFormat.reset();
        m_dateFormatDetected = false;
        return {};
    }
    QString why;
    auto parsed = ValueParser::dateFormat(format, &why);
    if (!parsed)
        return makeError(Error::Code::InvalidInput, why);
    m_dateFormat = *parsed;
    m_dateFormatDetected = detected;
    return {};
}

Result<void> ColumnMapping::applyOverrides(std::optional<int> csat, std::optional<int> ces,
                                           const std::optional<QString> &dateFormat)
{
    if (csat && !csatScales().contains(*csat))
        return makeError(Error::Code::InvalidInput,
                         QCoreApplication::translate("waymark", "The CSAT scale %1 is not one Waymark scores.").arg(*csat));
    if (ces && !cesScales().contains(*ces))
        return makeError(Error::Code::InvalidInput,
                         QCoreApplication::translate("waymark", "The CES scale %1 is not one Waymark scores.").arg(*ces));
    if (dateFormat)
        if (auto r = setDateFormat(*dateFormat); !r)
            return r;
    if (csat)
        csatScale = *csat;
    if (ces)
        cesScale = *ces;
    return {};
}

std::optional<int> ColumnMapping::parseCsat(const QString &cell, QString *error) const
{
    return ValueParser::csat(cell, csatScale, error);
}

std::optional<int> ColumnMapping::parseCes(const QString &cell, QString *error) const
{
    return ValueParser::score(cell, 1, cesScale, error);
}

std::optional<QString> ColumnMapping::parseDate(const QString &cell, QString *error) const
{
    if (!m_dateFormat)
        return ValueParser::date(cell, error);
    auto value = ValueParser::date(cell, *m_dateFormat, error);
    if (!value && m_dateFormatDetected) { // an ISO date among day-first ones
        error->clear();
        value = ValueParser::date(cell, error);
    }
    return value;
}

QString ColumnMapping::comment(const QStringList &row) const
{
    const int c = column(u"comment"_s);
    const QString text = c >= 0 ? row.value(c).trimmed() : QString();
    return m_titleColumn < 0 ? text : titled(row.value(m_titleColumn), text);
}

QString ColumnMapping::titled(const QString &title, const QString &text)
{
    const QString t = title.trimmed();
    const QString body = text.trimmed();
    if (t.isEmpty())
        return body;
    return body.isEmpty() ? t : t + u" — "_s + body;
}

QJsonObject ColumnMapping::toJson(const QStringList &columnNames) const
{
    QJsonObject o;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        o.insert(it.key(), columnNames.value(it.value()));
    if (m_titleColumn >= 0)
        o.insert(u"commentTitle"_s, columnNames.value(m_titleColumn));
    o.insert(u"csatScale"_s, csatScale);
    o.insert(u"cesScale"_s, cesScale);
    if (m_dateFormat)
        o.insert(u"dateFormat"_s, m_dateFormat->text);
    if (m_dateFormatDetected)
        o.insert(u"dateFormatDetected"_s, true);
    return o;
}

std::optional<ColumnMapping> ColumnMapping::savedFor(const QList<FeedbackSource> &sources, const QStringList &columnNames,
                                                    QString *from)
{
    for (auto it = sources.crbegin(); it != sources.crend(); ++it) {
        if (it->columns != columnNames)
            continue;
        if (auto saved = fromJson(it->mapping, columnNames)) {
            if (from)
                *from = QCoreApplication::translate("waymark", "“%1” (%2)").arg(it->fileName, it->importedAt);
            return saved;
        }
    }
    return std::nullopt;
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &saved, const QStringList &columnNames)
{
    ColumnMapping m;
    for (auto it = saved.constBegin(); it != saved.constEnd(); ++it) {
        const QString field = fieldNamed(it.key()); // a mapping written by hand may use an alias
        if (field.isEmpty() || !it.value().isString())
            continue;
        const int c = int(columnNames.indexOf(it.value().toString()));
        if (c < 0)
            return std::nullopt;
        m.m_columns.insert(field, c);
    }
    if (m.m_columns.isEmpty())
        return std::nullopt;
    if (saved.contains(u"commentTitle"_s))
        m.m_titleColumn = int(columnNames.indexOf(saved.value(u"commentTitle"_s).toString()));
    m.csatScale = saved.value(u"csatScale"_s).toInt(5);
    m.cesScale = saved.value(u"cesScale"_s).toInt(7);
    // An unreadable format: each cell by itself.
    (void)m.setDateFormat(saved.value(u"dateFormat"_s).toString(), saved.value(u"dateFormatDetected"_s).toBool());
    return m;
}

} // namespace waymark
