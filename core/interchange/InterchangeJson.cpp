// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterchangeJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QSet>

#include <cmath>

namespace waymark {
namespace {

using namespace Qt::StringLiterals;

QJsonValue idValue(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

template <class T>
QJsonValue optional(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

template <class E>
QString key(E v)
{
    return Vocabulary<E>::key(v);
}

QJsonObject personaJson(const Persona &p)
{
    QJsonArray traits;
    for (const Trait &t : p.traits)
        traits.append(QJsonObject{{u"name"_s, t.name}, {u"value"_s, t.value}});
    return {{u"id"_s, p.id.value},
            {u"name"_s, p.name},
            {u"quote"_s, p.quote},
            {u"age"_s, p.age},
            {u"occupation"_s, p.occupation},
            {u"location"_s, p.location},
            {u"family"_s, p.family},
            {u"segment"_s, p.segment},
            {u"goals"_s, strings(p.goals)},
            {u"needs"_s, strings(p.needs)},
            {u"frustrations"_s, strings(p.frustrations)},
            {u"behaviours"_s, strings(p.behaviours)},
            {u"channels"_s, strings(p.channels)},
            {u"expectations"_s, strings(p.expectations)},
            {u"traits"_s, traits},
            {u"color"_s, p.color},
            {u"avatar"_s, QString::fromLatin1(p.avatar.toBase64())}};
}

// Reading ---------------------------------------------------------------------------------

/// Reads one JSON object with typed getters; the first problem is kept with its JSON path.
class Reader
{
public:
    Reader(const QJsonObject &o, QString path, QString *error) : m_o(o), m_path(std::move(path)), m_error(error) {}

    QString str(const char *k) const
    {
        const QJsonValue v = m_o.value(QLatin1String(k));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(k, QCoreApplication::translate("waymark", "must be a string"));
        return v.toString();
    }
    qint64 id(const char *k, bool required = true) const
    {
        const QJsonValue v = m_o.value(QLatin1String(k));
        if ((v.isUndefined() || v.isNull()) && !required)
            return 0;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d != std::floor(d) || d > 9e15)
            fail(k, QCoreApplication::translate("waymark", "must be a positive whole number"));
        return qint64(d);
    }
    std::optional<double> number(const char *k, double lo, double hi, bool integral = false) const
    {
        const QJsonValue v = m_o.value(QLatin1String(k));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const double d = v.toDouble();
        if (!v.isDouble() || d < lo || d > hi || (integral && d != std::floor(d)))
            fail(k, QCoreApplication::translate("waymark", "must be a number from %1 to %2").arg(lo).arg(hi));
        return d;
    }
    bool boolean(const char *k) const
    {
        const QJsonValue v = m_o.value(QLatin1String(k));
        if (!v.isUndefined() && !v.isNull() && !v.isBool())
            fail(k, QCoreApplication::translate("waymark", "must be true or false"));
        return v.toBool();
    }
    QStringList list(const char *k) const
    {
        QStringList out;
        const QJsonValue v = m_o.value(QLatin1String(k));
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray())
            fail(k, QCoreApplication::translate("waymark", "must be an array of strings"));
        for (const auto &e : v.toArray()) {
            if (!e.isString())
                fail(k, QCoreApplication::translate("waymark", "must be an array of strings"));
            out << e.toString();
        }
        return out;
    }
    QJsonArray array(const char *k) const
    {
        const QJsonValue v = m_o.value(QLatin1String(k));
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            fail(k, QCoreApplication::translate("waymark", "must be an array"));
        return v.toArray();
    }
    template <class E>
    E vocab(const char *k, E fallback) const
    {
        const QJsonValue v = m_o.value(QLatin1String(k));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (auto e = Vocabulary<E>::fromKey(v.toString()))
            return *e;
        fail(k, QCoreApplication::translate("waymark", "is “%1”; expected one of: %2")
                    .arg(v.toString(), Vocabulary<E>::keys().join(u", "_s)));
        return fallback;
    }
    const QJsonObject &object() const { return m_o; }
    QString path(const char *k) const { return m_path + u'.' + QLatin1String(k); }
    void fail(const char *k, const QString &what) const { failAt(path(k), what); }
    void failAt(const QString &where, const QString &what) const
    {
        if (m_error->isEmpty())
            *m_error = where + u' ' + what;
    }

private:
    QJsonObject m_o;
    QString m_path;
    QString *m_error;
};

struct Context
{
    QString error;
    QSet<qint64> ids;

    Reader at(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject() && error.isEmpty())
            error = path + u' ' + QCoreApplication::translate("waymark", "must be an object");
        return Reader(v.toObject(), path, &error);
    }
    qint64 claim(const Reader &r)
    {
        const qint64 id = r.id("id");
        if (id > 0 && ids.contains(id))
            r.fail("id", QCoreApplication::translate("waymark", "%1 is used twice; ids must be unique").arg(id));
        ids.insert(id);
        return id;
    }
};

template <class T>
void requireRef(const Reader &r, const char *k, const EntityList<T> &list, qint64 id, qint64 parentKey, const char *what)
{
    const T *e = list.find(typename T::IdType(id));
    if (!e || (parentKey && e->parentKey() != parentKey))
        r.fail(k, QCoreApplication::translate("waymark", "%1 is not a %2 of this workspace").arg(id).arg(QLatin1String(what)));
}

} // namespace

template <> QJsonObject InterchangeJson::toJson(const Persona &p) { return personaJson(p); }
template <> QJsonObject InterchangeJson::toJson(const EmpathyNote &n)
{
    QJsonArray evidence;
    for (qint64 id : n.evidence)
        evidence.append(id);
    return {{u"id"_s, n.id.value},           {u"quadrant"_s, key(n.quadrant)}, {u"text"_s, n.text},
            {u"color"_s, n.color},           {u"linkedCardId"_s, idValue(n.linkedCard.value)},
            {u"evidence"_s, evidence}};
}
template <> QJsonObject InterchangeJson::toJson(const Stakeholder &s)
{
    return {{u"id"_s, s.id.value},       {u"name"_s, s.name},         {u"role"_s, s.role},
            {u"department"_s, s.department}, {u"attitude"_s, key(s.attitude)}, {u"power"_s, s.power},
            {u"interest"_s, s.interest}, {u"strategy"_s, s.strategy}, {u"notes"_s, s.notes}};
}
template <> QJsonObject InterchangeJson::toJson(const Stage &s)
{
    return {{u"id"_s, s.id.value}, {u"name"_s, s.name}, {u"description"_s, s.description}, {u"color"_s, s.color},
            {u"hidden"_s, s.hidden}, {u"width"_s, s.width}};
}
template <> QJsonObject InterchangeJson::toJson(const Lane &l)
{
    return {{u"id"_s, l.id.value}, {u"name"_s, l.name}, {u"kind"_s, key(l.laneKind)}, {u"color"_s, l.color},
            {u"hidden"_s, l.hidden}, {u"height"_s, l.height}};
}
template <> QJsonObject InterchangeJson::toJson(const Touchpoint &t)
{
    QJsonObject targets;
    for (auto it = t.targets.cbegin(); it != t.targets.cend(); ++it)
        targets.insert(it.key(), it.value());
    return {{u"id"_s, t.id.value},
            {u"stageId"_s, t.stageId.value},
            {u"laneId"_s, t.laneId.value},
            {u"title"_s, t.title},
            {u"description"_s, t.description},
            {u"channel"_s, key(t.channel)},
            {u"assumedEmotion"_s, optional(t.assumedEmotion)},
            {u"momentOfTruth"_s, t.momentOfTruth},
            {u"owner"_s, t.owner},
            {u"ownerStakeholderId"_s, idValue(t.ownerStakeholder.value)},
            {u"notes"_s, t.notes},
            {u"color"_s, t.color},
            {u"severity"_s, t.severity},
            {u"keywords"_s, strings(t.keywords)},
            {u"targets"_s, targets}};
}
template <> QJsonObject InterchangeJson::toJson(const Transition &t)
{
    return {{u"id"_s, t.id.value}, {u"from"_s, t.from.value}, {u"to"_s, t.to.value}, {u"volume"_s, optional(t.volume)}};
}

QByteArray InterchangeJson::write(const WorkspaceData &data)
{
    const Workspace &w = data.workspace;
    QJsonArray personas, empathyMaps, stakeholderMaps, journeys, sources, feedback, attachments;
    for (const Persona &p : w.personas)
        personas.append(toJson(p));
    for (const EmpathyMap &m : w.empathyMaps) {
        QJsonArray notes;
        for (const EmpathyNote &n : w.empathyNotes.children(m.id.value))
            notes.append(toJson(n));
        empathyMaps.append(QJsonObject{
            {u"id"_s, m.id.value}, {u"personaId"_s, idValue(m.personaId.value)}, {u"name"_s, m.name}, {u"notes"_s, notes}});
    }
    for (const StakeholderMap &m : w.stakeholderMaps) {
        QJsonArray people;
        for (const Stakeholder &s : w.stakeholders.children(m.id.value))
            people.append(toJson(s));
        stakeholderMaps.append(QJsonObject{{u"id"_s, m.id.value}, {u"name"_s, m.name}, {u"stakeholders"_s, people}});
    }
    for (const Journey &j : w.journeys) {
        QJsonArray stages, lanes, touchpoints, transitions;
        for (const Stage &s : w.stages.children(j.id.value))
            stages.append(toJson(s));
        for (const Lane &l : w.lanes.children(j.id.value))
            lanes.append(toJson(l));
        for (const Touchpoint &t : w.touchpoints.children(j.id.value))
            touchpoints.append(toJson(t));
        for (const Transition &t : w.transitions.children(j.id.value))
            transitions.append(toJson(t));
        journeys.append(QJsonObject{{u"id"_s, j.id.value},
                                    {u"name"_s, j.name},
                                    {u"description"_s, j.description},
                                    {u"category"_s, key(j.category)},
                                    {u"personaId"_s, idValue(j.personaId.value)},
                                    {u"variant"_s, key(j.variant)},
                                    {u"stages"_s, stages},
                                    {u"lanes"_s, lanes},
                                    {u"touchpoints"_s, touchpoints},
                                    {u"transitions"_s, transitions}});
    }
    for (const FeedbackSource &s : data.sources)
        sources.append(QJsonObject{{u"id"_s, s.id.value},
                                   {u"name"_s, s.name},
                                   {u"preset"_s, s.preset},
                                   {u"fileName"_s, s.fileName},
                                   {u"importedAt"_s, s.importedAt},
                                   {u"columns"_s, strings(s.columns)},
                                   {u"mapping"_s, s.mapping}});
    for (const FeedbackItem &f : data.feedback)
        feedback.append(QJsonObject{{u"id"_s, f.id.value},
                                    {u"sourceId"_s, f.sourceId.value},
                                    {u"responseId"_s, f.responseId},
                                    {u"date"_s, f.date},
                                    {u"channel"_s, f.channel},
                                    {u"segment"_s, f.segment},
                                    {u"respondentId"_s, f.respondentId},
                                    {u"touchpoint"_s, f.touchpoint},
                                    {u"stage"_s, f.stage},
                                    {u"nps"_s, optional(f.nps)},
                                    {u"csat"_s, optional(f.csat)},
                                    {u"csatScale"_s, f.csatScale},
                                    {u"ces"_s, optional(f.ces)},
                                    {u"cesScale"_s, f.cesScale},
                                    {u"comment"_s, f.comment},
                                    {u"raw"_s, strings(f.raw)}});
    for (const auto &[f, t] : data.attachments)
        attachments.append(QJsonArray{f.value, t.value});
    QJsonObject root{{u"format"_s, u"waymark-workspace"_s},
                           {u"formatVersion"_s, formatVersion},
                           {u"workspace"_s, QJsonObject{{u"name"_s, w.name}, {u"description"_s, w.description}}},
                           {u"personas"_s, personas},
                           {u"empathyMaps"_s, empathyMaps},
                           {u"stakeholderMaps"_s, stakeholderMaps},
                           {u"journeys"_s, journeys},
                           {u"feedbackSources"_s, sources},
                           {u"feedback"_s, feedback},
                           {u"attachments"_s, attachments}};
    // Written only when there are rules, so documents without any read as before.
    if (!data.attachmentRules.isEmpty()) {
        QJsonArray rules;
        for (const AttachmentRule &rule : data.attachmentRules)
            rules.append(rule.toJson());
        root.insert(u"attachmentRules"_s, rules);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<WorkspaceData> InterchangeJson::read(const QByteArray &json, const QString &fileName)
{
    auto fail = [&](const QString &what) {
        return makeError(Error::Code::InvalidInput,
                         QCoreApplication::translate("waymark", "“%1” is not a valid Waymark workspace file: %2")
                             .arg(fileName, what));
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return fail(QCoreApplication::translate("waymark", "JSON syntax error at line %1 (byte %2): %3")
                        .arg(line)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return fail(QCoreApplication::translate("waymark", "the top level must be a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != u"waymark-workspace"_s)
        return fail(QCoreApplication::translate("waymark", "“format” must be “waymark-workspace”"));
    const int version = root.value(u"formatVersion"_s).toInt(0);
    if (version < 1)
        return fail(QCoreApplication::translate("waymark", "“formatVersion” must be a positive whole number"));
    if (version > formatVersion)
        return makeError(Error::Code::NewerVersion,
                         QCoreApplication::translate("waymark", "“%1” was written by a newer Waymark (format version %2; "
                                                                "this version reads up to %3). Update Waymark to read it.")
                             .arg(fileName)
                             .arg(version)
                             .arg(formatVersion));

    Context ctx;
    WorkspaceData data;
    Workspace &w = data.workspace;
    const Reader top = ctx.at(root, u"$"_s);
    const Reader info = ctx.at(root.value(u"workspace"_s).isUndefined() ? QJsonValue(QJsonObject()) : root.value(u"workspace"_s),
                               u"workspace"_s);
    w.name = info.str("name");
    w.description = info.str("description");

    const QJsonArray personas = top.array("personas");
    for (qsizetype i = 0; i < personas.size(); ++i) {
        const Reader r = ctx.at(personas[i], u"personas[%1]"_s.arg(i));
        Persona p;
        p.id = PersonaId(ctx.claim(r));
        p.name = r.str("name");
        p.quote = r.str("quote");
        p.age = r.str("age");
        p.occupation = r.str("occupation");
        p.location = r.str("location");
        p.family = r.str("family");
        p.segment = r.str("segment");
        p.goals = r.list("goals");
        p.needs = r.list("needs");
        p.frustrations = r.list("frustrations");
        p.behaviours = r.list("behaviours");
        p.channels = r.list("channels");
        p.expectations = r.list("expectations");
        p.color = r.str("color");
        const QJsonArray traits = r.array("traits");
        for (qsizetype t = 0; t < traits.size(); ++t) {
            const Reader tr = ctx.at(traits[t], r.path("traits") + u"[%1]"_s.arg(t));
            p.traits.append(Trait{tr.str("name"), int(tr.number("value", 1, 5, true).value_or(3))});
        }
        const QString avatar = r.str("avatar");
        if (!avatar.isEmpty()) {
            auto decoded = QByteArray::fromBase64Encoding(avatar.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                r.fail("avatar", QCoreApplication::translate("waymark", "is not valid base64"));
            p.avatar = *decoded;
        }
        w.personas.append(p);
    }

    QHash<qint64, QString> notePaths; // note id → JSON path, for references checked at the end
    const QJsonArray empathyMaps = top.array("empathyMaps");
    for (qsizetype i = 0; i < empathyMaps.size(); ++i) {
        const Reader r = ctx.at(empathyMaps[i], u"empathyMaps[%1]"_s.arg(i));
        EmpathyMap m;
        m.id = EmpathyMapId(ctx.claim(r));
        m.personaId = PersonaId(r.id("personaId", false));
        if (m.personaId.isValid())
            requireRef(r, "personaId", w.personas, m.personaId.value, 0, "persona");
        m.name = r.str("name");
        w.empathyMaps.append(m);
        const QJsonArray notes = r.array("notes");
        for (qsizetype n = 0; n < notes.size(); ++n) {
            const Reader nr = ctx.at(notes[n], r.path("notes") + u"[%1]"_s.arg(n));
            EmpathyNote note;
            note.id = EmpathyNoteId(ctx.claim(nr));
            note.mapId = m.id;
            note.quadrant = nr.vocab("quadrant", Quadrant::Think);
            note.text = nr.str("text");
            note.color = nr.str("color");
            note.linkedCard = TouchpointId(nr.id("linkedCardId", false));
            const QJsonArray evidence = nr.array("evidence");
            for (qsizetype e = 0; e < evidence.size(); ++e) {
                const double id = evidence[e].toDouble(-1);
                if (!evidence[e].isDouble() || id < 1 || id != std::floor(id))
                    nr.failAt(nr.path("evidence") + u"[%1]"_s.arg(e),
                              QCoreApplication::translate("waymark", "must be a feedback item id"));
                note.evidence.append(qint64(id));
            }
            notePaths.insert(note.id.value, nr.path("linkedCardId").chopped(13));
            w.empathyNotes.append(note);
        }
    }

    const QJsonArray stakeholderMaps = top.array("stakeholderMaps");
    for (qsizetype i = 0; i < stakeholderMaps.size(); ++i) {
        const Reader r = ctx.at(stakeholderMaps[i], u"stakeholderMaps[%1]"_s.arg(i));
        StakeholderMap m;
        m.id = StakeholderMapId(ctx.claim(r));
        m.name = r.str("name");
        w.stakeholderMaps.append(m);
        const QJsonArray people = r.array("stakeholders");
        for (qsizetype n = 0; n < people.size(); ++n) {
            const Reader sr = ctx.at(people[n], r.path("stakeholders") + u"[%1]"_s.arg(n));
            Stakeholder s;
            s.id = StakeholderId(ctx.claim(sr));
            s.mapId = m.id;
            s.name = sr.str("name");
            s.role = sr.str("role");
            s.department = sr.str("department");
            s.attitude = sr.vocab("attitude", Attitude::Neutral);
            s.power = sr.number("power", 0, 1).value_or(0.5);
            s.interest = sr.number("interest", 0, 1).value_or(0.5);
            s.strategy = sr.str("strategy");
            s.notes = sr.str("notes");
            w.stakeholders.append(s);
        }
    }

    const QJsonArray journeys = top.array("journeys");
    for (qsizetype i = 0; i < journeys.size(); ++i) {
        const Reader r = ctx.at(journeys[i], u"journeys[%1]"_s.arg(i));
        Journey j;
        j.id = JourneyId(ctx.claim(r));
        j.name = r.str("name");
        j.description = r.str("description");
        j.category = r.vocab("category", JourneyCategory::UseOwning);
        j.variant = r.vocab("variant", JourneyVariant::AsIs);
        j.personaId = PersonaId(r.id("personaId", false));
        if (j.personaId.isValid())
            requireRef(r, "personaId", w.personas, j.personaId.value, 0, "persona");
        w.journeys.append(j);
        const QJsonArray stages = r.array("stages");
        for (qsizetype n = 0; n < stages.size(); ++n) {
            const Reader sr = ctx.at(stages[n], r.path("stages") + u"[%1]"_s.arg(n));
            Stage s;
            s.id = StageId(ctx.claim(sr));
            s.journeyId = j.id;
            s.name = sr.str("name");
            s.description = sr.str("description");
            s.color = sr.str("color");
            s.hidden = sr.boolean("hidden");
            s.width = int(sr.number("width", 0, 100000, true).value_or(0));
            w.stages.append(s);
        }
        const QJsonArray lanes = r.array("lanes");
        for (qsizetype n = 0; n < lanes.size(); ++n) {
            const Reader lr = ctx.at(lanes[n], r.path("lanes") + u"[%1]"_s.arg(n));
            Lane l;
            l.id = LaneId(ctx.claim(lr));
            l.journeyId = j.id;
            l.name = lr.str("name");
            l.laneKind = lr.vocab("kind", LaneKind::Custom);
            l.color = lr.str("color");
            l.hidden = lr.boolean("hidden");
            l.height = int(lr.number("height", 0, 100000, true).value_or(0));
            w.lanes.append(l);
        }
        const QJsonArray cards = r.array("touchpoints");
        for (qsizetype n = 0; n < cards.size(); ++n) {
            const Reader tr = ctx.at(cards[n], r.path("touchpoints") + u"[%1]"_s.arg(n));
            Touchpoint t;
            t.id = TouchpointId(ctx.claim(tr));
            t.journeyId = j.id;
            t.stageId = StageId(tr.id("stageId"));
            requireRef(tr, "stageId", w.stages, t.stageId.value, j.id.value, "stage");
            t.laneId = LaneId(tr.id("laneId"));
            requireRef(tr, "laneId", w.lanes, t.laneId.value, j.id.value, "lane");
            t.title = tr.str("title");
            t.description = tr.str("description");
            t.channel = tr.vocab("channel", Channel::None);
            if (auto e = tr.number("assumedEmotion", -2, 2, true))
                t.assumedEmotion = int(*e);
            t.momentOfTruth = tr.boolean("momentOfTruth");
            t.owner = tr.str("owner");
            t.ownerStakeholder = StakeholderId(tr.id("ownerStakeholderId", false));
            if (t.ownerStakeholder.isValid())
                requireRef(tr, "ownerStakeholderId", w.stakeholders, t.ownerStakeholder.value, 0, "stakeholder");
            t.notes = tr.str("notes");
            t.color = tr.str("color");
            t.severity = int(tr.number("severity", 0, 3, true).value_or(0));
            t.keywords = tr.list("keywords");
            const QJsonValue targets = tr.object().value(u"targets"_s);
            if (!targets.isUndefined() && !targets.isNull() && !targets.isObject())
                tr.fail("targets", QCoreApplication::translate("waymark", "must be an object"));
            const QJsonObject to = targets.toObject();
            for (auto it = to.begin(); it != to.end(); ++it) {
                if (!QStringList{u"nps"_s, u"csat"_s, u"ces"_s, u"sentiment"_s}.contains(it.key()) || !it.value().isDouble())
                    tr.failAt(tr.path("targets") + u'.' + it.key(),
                              QCoreApplication::translate("waymark", "must be a number for nps, csat, ces or sentiment"));
                t.targets.insert(it.key(), it.value().toDouble());
            }
            w.touchpoints.append(t);
        }
        const QJsonArray transitions = r.array("transitions");
        for (qsizetype n = 0; n < transitions.size(); ++n) {
            const Reader tr = ctx.at(transitions[n], r.path("transitions") + u"[%1]"_s.arg(n));
            Transition t;
            t.id = TransitionId(ctx.claim(tr));
            t.journeyId = j.id;
            t.from = TouchpointId(tr.id("from"));
            requireRef(tr, "from", w.touchpoints, t.from.value, j.id.value, "card in this journey");
            t.to = TouchpointId(tr.id("to"));
            requireRef(tr, "to", w.touchpoints, t.to.value, j.id.value, "card in this journey");
            t.volume = tr.number("volume", 0, 1e15);
            w.transitions.append(t);
        }
    }

    QSet<qint64> sourceIds;
    const QJsonArray sources = top.array("feedbackSources");
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const Reader r = ctx.at(sources[i], u"feedbackSources[%1]"_s.arg(i));
        FeedbackSource s;
        s.id = FeedbackSourceId(r.id("id"));
        if (sourceIds.contains(s.id.value))
            r.fail("id", QCoreApplication::translate("waymark", "%1 is used twice").arg(s.id.value));
        sourceIds.insert(s.id.value);
        s.name = r.str("name");
        s.preset = r.str("preset");
        s.fileName = r.str("fileName");
        s.importedAt = r.str("importedAt");
        s.columns = r.list("columns");
        s.mapping = r.object().value(u"mapping"_s).toObject();
        data.sources.append(s);
    }
    QSet<qint64> feedbackIds;
    const QJsonArray feedback = top.array("feedback");
    data.feedback.reserve(feedback.size());
    for (qsizetype i = 0; i < feedback.size() && ctx.error.isEmpty(); ++i) {
        const Reader r = ctx.at(feedback[i], u"feedback[%1]"_s.arg(i));
        FeedbackItem f;
        f.id = FeedbackItemId(r.id("id"));
        if (feedbackIds.contains(f.id.value))
            r.fail("id", QCoreApplication::translate("waymark", "%1 is used twice").arg(f.id.value));
        feedbackIds.insert(f.id.value);
        f.sourceId = FeedbackSourceId(r.id("sourceId"));
        if (!sourceIds.contains(f.sourceId.value))
            r.fail("sourceId", QCoreApplication::translate("waymark", "%1 is not a feedback source of this workspace").arg(f.sourceId.value));
        f.responseId = r.str("responseId");
        f.date = r.str("date");
        f.channel = r.str("channel");
        f.segment = r.str("segment");
        f.respondentId = r.str("respondentId");
        f.touchpoint = r.str("touchpoint");
        f.stage = r.str("stage");
        f.csatScale = int(r.number("csatScale", 2, 10, true).value_or(5));
        f.cesScale = int(r.number("cesScale", 5, 7, true).value_or(7));
        if (auto v = r.number("nps", 0, 10, true))
            f.nps = int(*v);
        if (auto v = r.number("csat", 0, f.csatScale, true))
            f.csat = int(*v);
        if (auto v = r.number("ces", 1, f.cesScale, true))
            f.ces = int(*v);
        f.comment = r.str("comment");
        f.raw = r.list("raw");
        data.feedback.append(f);
    }
    const QJsonArray attachments = top.array("attachments");
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const QJsonArray pair = attachments[i].toArray();
        const qint64 f = qint64(pair.at(0).toDouble());
        const qint64 t = qint64(pair.at(1).toDouble());
        if (pair.size() != 2 || !feedbackIds.contains(f) || !w.touchpoints.contains(TouchpointId(t))) {
            top.failAt(u"attachments[%1]"_s.arg(i),
                       QCoreApplication::translate("waymark", "must be [feedbackId, touchpointId] of existing items"));
            break;
        }
        data.attachments.append({FeedbackItemId(f), TouchpointId(t)});
    }
    const QJsonArray rules = top.array("attachmentRules");
    for (qsizetype i = 0; i < rules.size() && ctx.error.isEmpty(); ++i) {
        auto rule = AttachmentRule::fromJson(rules[i].toObject()); // validated
        if (!rule) {
            top.failAt(u"attachmentRules[%1]"_s.arg(i), rule.error().message);
            break;
        }
        data.attachmentRules.append(*rule);
    }
    // References to things read after the notes: promoted cards and cited feedback.
    for (const EmpathyNote &note : w.empathyNotes) {
        const Reader at = ctx.at(QJsonObject(), notePaths.value(note.id.value));
        if (note.linkedCard.isValid() && !w.touchpoints.contains(note.linkedCard))
            at.fail("linkedCardId", QCoreApplication::translate("waymark", "%1 is not a card of this workspace")
                                        .arg(note.linkedCard.value));
        for (qint64 id : note.evidence)
            if (!feedbackIds.contains(id))
                at.fail("evidence", QCoreApplication::translate("waymark", "%1 is not a feedback item of this workspace").arg(id));
    }
    if (!ctx.error.isEmpty())
        return fail(ctx.error);
    return data;
}

} // namespace waymark
