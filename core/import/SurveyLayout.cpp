// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveyLayout.h"

#include <QRegularExpression>

namespace waymark {
namespace {

using namespace Qt::StringLiterals;

bool rowStartsWith(const QStringList &row, const QString &prefix, int minShare = 2)
{
    int hits = 0;
    for (const QString &f : row)
        if (f.trimmed().startsWith(prefix))
            ++hits;
    return hits >= minShare || (!row.isEmpty() && hits * 2 >= row.size());
}

bool looksLikeLegacyQualtrics(const QList<QStringList> &r)
{
    if (r.size() < 2 || r[0].size() < 3)
        return false;
    static const QRegularExpression v(u"^V\\d+$"_s);
    return v.match(r[0][0].trimmed()).hasMatch() && v.match(r[0][1].trimmed()).hasMatch()
        && (r[1].contains(u"ResponseID"_s) || r[1].contains(u"ResponseSet"_s));
}

bool looksLikeSurveyMonkey(const QList<QStringList> &r)
{
    if (r.size() < 2)
        return false;
    for (const QString &f : r[1])
        if (f.trimmed() == u"Response"_s || f.trimmed() == u"Open-Ended Response"_s)
            return true;
    return false;
}

/// Whether the header row has every one of `names` (trimmed, case-insensitive).
bool hasColumns(const QStringList &header, std::initializer_list<const char16_t *> names)
{
    for (const char16_t *name : names) {
        bool found = false;
        for (const QString &h : header)
            if (h.trimmed().compare(QStringView(name), Qt::CaseInsensitive) == 0)
                found = true;
        if (!found)
            return false;
    }
    return true;
}

/// The single-header-row presets, recognised by the columns their exports always have.
QString singleRowPreset(const QStringList &h)
{
    if (hasColumns(h, {u"Package Name", u"Star Rating"}) || hasColumns(h, {u"Review Submit Date and Time", u"Star Rating"}))
        return u"googleplay"_s;
    if (hasColumns(h, {u"Review Stars"}) || hasColumns(h, {u"Review Created (UTC)"}))
        return u"trustpilot"_s;
    if (hasColumns(h, {u"Ticket ID", u"Satisfaction Rating"}) || hasColumns(h, {u"Ticket ID", u"Score"})
        || hasColumns(h, {u"Ticket ID", u"Satisfaction Score"}))
        return u"zendesk"_s;
    if (hasColumns(h, {u"Rating", u"Territory"}) || hasColumns(h, {u"Rating", u"Title", u"Review", u"Version"}))
        return u"appstore"_s;
    if (!h.isEmpty() && h.constFirst().trimmed() == u"#"_s
        && (hasColumns(h, {u"Submitted At"}) || hasColumns(h, {u"Submit Date (UTC)"}) || hasColumns(h, {u"Network ID"})
            || hasColumns(h, {u"Token"})))
        return u"typeform"_s;
    static const QStringList timestamps = {u"Timestamp"_s, u"Zeitstempel"_s, u"Marca temporal"_s, u"Horodateur"_s,
                                           u"Informazioni cronologiche"_s, u"Tijdstempel"_s};
    if (!h.isEmpty() && timestamps.contains(h.constFirst().trimmed()))
        return u"googleforms"_s;
    return {};
}

} // namespace

QStringList SurveyLayout::presets()
{
    return {u"auto"_s, u"generic"_s, u"qualtrics"_s, u"surveymonkey"_s, u"typeform"_s, u"googleforms"_s,
            u"zendesk"_s, u"appstore"_s, u"googleplay"_s, u"trustpilot"_s};
}

SurveyLayout SurveyLayout::detect(const QList<QStringList> &r, const QString &preset, std::optional<int> headerRows)
{
    SurveyLayout layout;
    if (r.isEmpty())
        return layout;
    const bool any = preset == u"auto"_s;
    layout.names = r[0];
    layout.questions = r[0];
    if ((any || preset == u"qualtrics"_s) && r.size() >= 3
        && (rowStartsWith(r[2], u"{\"ImportId\""_s) || rowStartsWith(r[2], u"{'ImportId'"_s))) {
        // Insights (JSON ImportIds) and 2016 (Python-dict ImportIds): names, question text, ids.
        layout.preset = u"qualtrics"_s;
        layout.headerRows = 3;
        layout.questions = r[1];
    } else if ((any || preset == u"qualtrics"_s) && looksLikeLegacyQualtrics(r)) {
        // Legacy: V1..Vn / Q1..Qn, then names or question text.
        layout.preset = u"qualtrics"_s;
        layout.headerRows = 2;
        static const QRegularExpression v(u"^V\\d+$"_s);
        for (qsizetype i = 0; i < layout.names.size() && i < r[1].size(); ++i) {
            if (v.match(layout.names[i].trimmed()).hasMatch())
                layout.names[i] = r[1][i];
            layout.questions[i] = r[1][i];
        }
    } else if ((any || preset == u"surveymonkey"_s) && looksLikeSurveyMonkey(r)) {
        // Question in row 1 (blank under merged cells), sub-answer label in row 2.
        layout.preset = u"surveymonkey"_s;
        layout.headerRows = 2;
        QString question;
        for (qsizetype i = 0; i < layout.names.size(); ++i) {
            if (!r[0][i].trimmed().isEmpty())
                question = r[0][i].trimmed();
            const QString sub = i < r[1].size() ? r[1][i].trimmed() : QString();
            const bool plain = sub.isEmpty() || sub == u"Response"_s;
            layout.questions[i] = question;
            layout.names[i] = plain ? question : (sub == u"Open-Ended Response"_s ? QString(question + u" (comment)"_s) : QString(question + u" — "_s + sub));
        }
    } else if (const QString single = singleRowPreset(r[0]); !single.isEmpty() && (any || preset == single)) {
        layout.preset = single;
    } else if (!any) {
        layout.preset = preset;
    }
    if (headerRows && *headerRows != layout.headerRows) {
        // The user's count wins; the detected preset stays (its value parsing still applies).
        const int n = qBound(0, *headerRows, int(qMin<qsizetype>(r.size(), maxHeaderRows)));
        qsizetype width = 0;
        for (qsizetype i = 0; i < r.size() && i <= n; ++i)
            width = qMax(width, r[i].size());
        layout.headerRows = n;
        layout.names = n >= 1 ? r[0] : QStringList();
        layout.questions = n >= 2 ? r[1] : layout.names;
        while (layout.names.size() < width)
            layout.names.append(QString());
        layout.questions.resize(qMin(layout.questions.size(), layout.names.size()));
    }
    // Blank names get their spreadsheet letter so every column can be named in messages.
    for (qsizetype i = 0; i < layout.names.size(); ++i) {
        if (layout.names[i].trimmed().isEmpty())
            layout.names[i] = u"Column %1"_s.arg(i + 1);
        if (i >= layout.questions.size())
            layout.questions.append(layout.names[i]);
    }
    return layout;
}

} // namespace waymark
