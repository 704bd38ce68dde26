// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentRules.h"

#include "storage/SqlUtil.h"
#include "storage/WorkspaceStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace waymark {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *text)
{
    return QCoreApplication::translate("waymark", text);
}

QString kindName(AttachmentRule::Kind k)
{
    switch (k) {
    case AttachmentRule::Kind::ChannelEquals: return u"channel"_s;
    case AttachmentRule::Kind::CommentContains: return u"contains"_s;
    case AttachmentRule::Kind::CommentMatches: return u"regex"_s;
    case AttachmentRule::Kind::DateRange: return u"date"_s;
    }
    return {};
}

std::optional<AttachmentRule::Kind> kindNamed(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"channel"_s)
        return AttachmentRule::Kind::ChannelEquals;
    if (n == u"contains"_s || n == u"keyword"_s)
        return AttachmentRule::Kind::CommentContains;
    if (n == u"regex"_s || n == u"matches"_s)
        return AttachmentRule::Kind::CommentMatches;
    if (n == u"date"_s)
        return AttachmentRule::Kind::DateRange;
    return std::nullopt;
}

QString syntaxHelp()
{
    return tr("Write a rule as KIND=VALUE->TOUCHPOINT, KIND being channel, contains, regex or date, e.g. "
              "channel=Email->Checkout, contains=refund->Returns, regex=deliver(y|ed)->Delivery, "
              "date=2026-01-01..2026-03-31->Winter sale.");
}

} // namespace

Result<AttachmentRule> AttachmentRule::parse(const QString &spec)
{
    const qsizetype eq = spec.indexOf(u'=');
    const qsizetype arrow = spec.lastIndexOf(u"->"_s);
    if (eq <= 0 || arrow < eq)
        return makeError(Error::Code::InvalidInput, tr("The rule “%1” is not understood. %2").arg(spec, syntaxHelp()));
    const auto kind = kindNamed(spec.left(eq));
    if (!kind)
        return makeError(Error::Code::InvalidInput,
                         tr("The rule “%1” has an unknown kind “%2”. %3").arg(spec, spec.left(eq).trimmed(), syntaxHelp()));
    AttachmentRule rule;
    rule.kind = *kind;
    const QString value = spec.mid(eq + 1, arrow - eq - 1);
    QString target = spec.mid(arrow + 2).trimmed();
    if (const qsizetype slash = target.indexOf(u'/'); slash > 0) {
        rule.stage = target.left(slash).trimmed();
        target = target.mid(slash + 1).trimmed();
    }
    rule.touchpoint = target;
    if (rule.kind == Kind::DateRange) {
        const qsizetype dots = value.indexOf(u".."_s);
        const QString from = (dots < 0 ? value : value.left(dots)).trimmed();
        const QString to = (dots < 0 ? value : value.mid(dots + 2)).trimmed();
        rule.from = QDate::fromString(from, Qt::ISODate);
        rule.to = QDate::fromString(to, Qt::ISODate);
        if ((!from.isEmpty() && !rule.from.isValid()) || (!to.isEmpty() && !rule.to.isValid()) || (from.isEmpty() && to.isEmpty()))
            return makeError(Error::Code::InvalidInput,
                             tr("The rule “%1” has no valid date range: write FROM..TO as YYYY-MM-DD (either end may be "
                                "left out, e.g. 2026-01-01..).")
                                 .arg(spec));
    } else {
        rule.value = rule.kind == Kind::CommentMatches ? value : value.trimmed();
    }
    if (auto r = rule.validate(); !r)
        return r.error();
    return rule;
}

QString AttachmentRule::spec() const
{
    QString v = value;
    if (kind == Kind::DateRange)
        v = (from.isValid() ? from.toString(Qt::ISODate) : QString()) + u".."_s
            + (to.isValid() ? to.toString(Qt::ISODate) : QString());
    return kindName(kind) + u'=' + v + u"->"_s + (stage.isEmpty() ? QString() : stage + u'/') + touchpoint;
}

Result<void> AttachmentRule::validate() const
{
    if (touchpoint.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput, tr("The rule “%1” names no touchpoint: add ->TOUCHPOINT.").arg(spec()));
    switch (kind) {
    case Kind::ChannelEquals:
    case Kind::CommentContains:
        if (value.trimmed().isEmpty())
            return makeError(Error::Code::InvalidInput, tr("The rule “%1” has nothing to look for.").arg(spec()));
        break;
    case Kind::CommentMatches: {
        if (value.isEmpty())
            return makeError(Error::Code::InvalidInput, tr("The rule “%1” has an empty regular expression.").arg(spec()));
        const QRegularExpression re(value);
        if (!re.isValid())
            return makeError(Error::Code::InvalidInput,
                             tr("The rule “%1” has an invalid regular expression: %2 at character %3. Fix the "
                                "expression, or use contains= for a plain keyword.")
                                 .arg(spec(), re.errorString())
                                 .arg(re.patternErrorOffset() + 1));
        break;
    }
    case Kind::DateRange:
        if (!from.isValid() && !to.isValid())
            return makeError(Error::Code::InvalidInput, tr("The rule “%1” has no date range.").arg(spec()));
        if (from.isValid() && to.isValid() && from > to)
            return makeError(Error::Code::InvalidInput,
                             tr("The rule “%1” ends before it starts: swap the dates.").arg(spec()));
        break;
    }
    return {};
}

QJsonObject AttachmentRule::toJson() const
{
    QJsonObject o{{u"kind"_s, kindName(kind)}, {u"touchpoint"_s, touchpoint}};
    if (!stage.isEmpty())
        o.insert(u"stage"_s, stage);
    if (kind == Kind::DateRange) {
        if (from.isValid())
            o.insert(u"from"_s, from.toString(Qt::ISODate));
        if (to.isValid())
            o.insert(u"to"_s, to.toString(Qt::ISODate));
    } else {
        o.insert(u"value"_s, value);
    }
    return o;
}

Result<AttachmentRule> AttachmentRule::fromJson(const QJsonObject &o)
{
    const auto kind = kindNamed(o.value(u"kind"_s).toString());
    if (!kind)
        return makeError(Error::Code::InvalidInput,
                         tr("A saved attachment rule has an unknown kind “%1”.").arg(o.value(u"kind"_s).toString()));
    AttachmentRule r;
    r.kind = *kind;
    r.value = o.value(u"value"_s).toString();
    r.from = QDate::fromString(o.value(u"from"_s).toString(), Qt::ISODate);
    r.to = QDate::fromString(o.value(u"to"_s).toString(), Qt::ISODate);
    r.touchpoint = o.value(u"touchpoint"_s).toString();
    r.stage = o.value(u"stage"_s).toString();
    if (auto v = r.validate(); !v)
        return v.error();
    return r;
}

QString AttachmentRules::storageKey()
{
    return u"attachment-rules"_s;
}

Result<QList<AttachmentRule>> AttachmentRules::load(const WorkspaceStore &store)
{
    QSqlQuery q(store.database());
    q.prepare(u"SELECT value FROM workspace_info WHERE key = ?"_s);
    q.addBindValue(storageKey());
    if (!q.exec())
        return sqlError(tr("Could not read the attachment rules"), q.lastError());
    QList<AttachmentRule> rules;
    if (!q.next())
        return rules;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(Error::Code::Corrupt, tr("The workspace's saved attachment rules are damaged (%1). Save the "
                                                  "rules again to replace them.")
                                                   .arg(error.errorString()));
    for (const QJsonValue &v : doc.object().value(u"rules"_s).toArray()) {
        auto rule = AttachmentRule::fromJson(v.toObject());
        if (!rule)
            return rule.error();
        rules.append(*rule);
    }
    return rules;
}

Result<void> AttachmentRules::save(WorkspaceStore &store, const QList<AttachmentRule> &rules)
{
    QJsonArray list;
    for (const AttachmentRule &r : rules) {
        if (auto v = r.validate(); !v)
            return v;
        list.append(r.toJson());
    }
    QSqlQuery q(store.database());
    if (rules.isEmpty()) {
        q.prepare(u"DELETE FROM workspace_info WHERE key = ?"_s);
        q.addBindValue(storageKey());
    } else {
        q.prepare(u"INSERT OR REPLACE INTO workspace_info(key, value) VALUES(?, ?)"_s);
        q.addBindValue(storageKey());
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"rules"_s, list}}).toJson(QJsonDocument::Compact)));
    }
    if (!q.exec())
        return sqlError(tr("Could not store the attachment rules"), q.lastError());
    return {};
}

AttachmentRules::AttachmentRules(QList<AttachmentRule> rules) : m_rules(std::move(rules))
{
    for (const AttachmentRule &r : m_rules) {
        m_regexes.append(r.kind == AttachmentRule::Kind::CommentMatches
                             ? QRegularExpression(r.value, QRegularExpression::CaseInsensitiveOption
                                                               | QRegularExpression::UseUnicodePropertiesOption)
                             : QRegularExpression());
        m_folded.append(r.value.simplified().toCaseFolded());
    }
}

int AttachmentRules::match(const FeedbackItem &item) const
{
    return match(item.channel, item.comment, item.date);
}

int AttachmentRules::match(const QString &channel, const QString &comment, const QString &isoDate) const
{
    QString foldedComment, foldedChannel;
    bool haveComment = false, haveChannel = false;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const AttachmentRule &r = m_rules[i];
        switch (r.kind) {
        case AttachmentRule::Kind::ChannelEquals:
            if (!haveChannel) {
                foldedChannel = channel.simplified().toCaseFolded();
                haveChannel = true;
            }
            if (!foldedChannel.isEmpty() && foldedChannel == m_folded[i])
                return int(i);
            break;
        case AttachmentRule::Kind::CommentContains:
            if (!haveComment) {
                foldedComment = comment.simplified().toCaseFolded();
                haveComment = true;
            }
            if (foldedComment.contains(m_folded[i]))
                return int(i);
            break;
        case AttachmentRule::Kind::CommentMatches:
            if (m_regexes[i].isValid() && !comment.isEmpty() && m_regexes[i].match(comment).hasMatch())
                return int(i);
            break;
        case AttachmentRule::Kind::DateRange: {
            if (isoDate.size() < 10)
                break;
            const QDate d = QDate::fromString(isoDate.left(10), Qt::ISODate);
            if (d.isValid() && (!r.from.isValid() || d >= r.from) && (!r.to.isValid() || d <= r.to))
                return int(i);
            break;
        }
        }
    }
    return -1;
}

} // namespace waymark
