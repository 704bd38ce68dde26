// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityTable.h"

#include "SqlUtil.h"
#include "model/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace waymark {
namespace {

QStringList cols(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','));
}

template <class E>
QString key(E value)
{
    return Vocabulary<E>::key(value);
}

template <class E>
E enumValue(const QVariant &v, E fallback)
{
    return Vocabulary<E>::fromKey(v.toString()).value_or(fallback);
}

QString traitsText(const QList<Trait> &traits)
{
    QJsonArray a;
    for (const Trait &t : traits)
        a.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("value"), t.value}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<Trait> traitsFrom(const QVariant &v)
{
    QList<Trait> out;
    for (const auto &e : QJsonDocument::fromJson(v.toString().toUtf8()).array()) {
        const QJsonObject o = e.toObject();
        out.append(Trait{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("value")).toInt(3)});
    }
    return out;
}

QString targetsText(const QMap<QString, double> &targets)
{
    QJsonObject o;
    for (auto it = targets.cbegin(); it != targets.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, double> targetsFrom(const QVariant &v)
{
    QMap<QString, double> out;
    const QJsonObject o = QJsonDocument::fromJson(v.toString().toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toDouble());
    return out;
}

QString idsText(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<qint64> idsFrom(const QVariant &v)
{
    QList<qint64> out;
    for (const auto &e : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out.append(qint64(e.toDouble()));
    return out;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

// Persona ------------------------------------------------------------------------------
template <> QString EntityTable<Persona>::name() { return QStringLiteral("persona"); }
template <> QStringList EntityTable<Persona>::columns()
{
    return cols("name,quote,age,occupation,location,family,segment,goals,needs,frustrations,behaviours,"
                "channels,expectations,traits,color,avatar");
}
template <> QVariantList EntityTable<Persona>::values(const Persona &p)
{
    return {p.name, p.quote, p.age, p.occupation, p.location, p.family, p.segment, jsonText(p.goals),
            jsonText(p.needs), jsonText(p.frustrations), jsonText(p.behaviours), jsonText(p.channels),
            jsonText(p.expectations), traitsText(p.traits), p.color,
            p.avatar.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(p.avatar)};
}
template <> Persona EntityTable<Persona>::read(const QSqlQuery &q)
{
    Persona p;
    p.id = PersonaId(q.value(0).toLongLong());
    p.name = q.value(2).toString();
    p.quote = q.value(3).toString();
    p.age = q.value(4).toString();
    p.occupation = q.value(5).toString();
    p.location = q.value(6).toString();
    p.family = q.value(7).toString();
    p.segment = q.value(8).toString();
    p.goals = jsonStringList(q.value(9));
    p.needs = jsonStringList(q.value(10));
    p.frustrations = jsonStringList(q.value(11));
    p.behaviours = jsonStringList(q.value(12));
    p.channels = jsonStringList(q.value(13));
    p.expectations = jsonStringList(q.value(14));
    p.traits = traitsFrom(q.value(15));
    p.color = q.value(16).toString();
    p.avatar = q.value(17).toByteArray();
    return p;
}

// EmpathyMap ---------------------------------------------------------------------------
template <> QString EntityTable<EmpathyMap>::name() { return QStringLiteral("empathy_map"); }
template <> QStringList EntityTable<EmpathyMap>::columns() { return cols("persona_id,name"); }
template <> QVariantList EntityTable<EmpathyMap>::values(const EmpathyMap &m)
{
    return {idOrNull(m.personaId.value), m.name};
}
template <> EmpathyMap EntityTable<EmpathyMap>::read(const QSqlQuery &q)
{
    EmpathyMap m;
    m.id = EmpathyMapId(q.value(0).toLongLong());
    m.personaId = PersonaId(q.value(2).toLongLong());
    m.name = q.value(3).toString();
    return m;
}

// EmpathyNote --------------------------------------------------------------------------
template <> QString EntityTable<EmpathyNote>::name() { return QStringLiteral("empathy_note"); }
template <> QStringList EntityTable<EmpathyNote>::columns() { return cols("map_id,quadrant,text,color,linked_card,evidence"); }
template <> QVariantList EntityTable<EmpathyNote>::values(const EmpathyNote &n)
{
    return {n.mapId.value, key(n.quadrant), n.text, n.color, idOrNull(n.linkedCard.value), idsText(n.evidence)};
}
template <> EmpathyNote EntityTable<EmpathyNote>::read(const QSqlQuery &q)
{
    EmpathyNote n;
    n.id = EmpathyNoteId(q.value(0).toLongLong());
    n.mapId = EmpathyMapId(q.value(2).toLongLong());
    n.quadrant = enumValue(q.value(3), Quadrant::Think);
    n.text = q.value(4).toString();
    n.color = q.value(5).toString();
    n.linkedCard = TouchpointId(q.value(6).toLongLong());
    n.evidence = idsFrom(q.value(7));
    return n;
}

// StakeholderMap -----------------------------------------------------------------------
template <> QString EntityTable<StakeholderMap>::name() { return QStringLiteral("stakeholder_map"); }
template <> QStringList EntityTable<StakeholderMap>::columns() { return cols("name"); }
template <> QVariantList EntityTable<StakeholderMap>::values(const StakeholderMap &m) { return {m.name}; }
template <> StakeholderMap EntityTable<StakeholderMap>::read(const QSqlQuery &q)
{
    StakeholderMap m;
    m.id = StakeholderMapId(q.value(0).toLongLong());
    m.name = q.value(2).toString();
    return m;
}

// Stakeholder --------------------------------------------------------------------------
template <> QString EntityTable<Stakeholder>::name() { return QStringLiteral("stakeholder"); }
template <> QStringList EntityTable<Stakeholder>::columns()
{
    return cols("map_id,name,role,department,attitude,power,interest,strategy,notes");
}
template <> QVariantList EntityTable<Stakeholder>::values(const Stakeholder &s)
{
    return {s.mapId.value, s.name, s.role, s.department, key(s.attitude), s.power, s.interest, s.strategy, s.notes};
}
template <> Stakeholder EntityTable<Stakeholder>::read(const QSqlQuery &q)
{
    Stakeholder s;
    s.id = StakeholderId(q.value(0).toLongLong());
    s.mapId = StakeholderMapId(q.value(2).toLongLong());
    s.name = q.value(3).toString();
    s.role = q.value(4).toString();
    s.department = q.value(5).toString();
    s.attitude = enumValue(q.value(6), Attitude::Neutral);
    s.power = q.value(7).toDouble();
    s.interest = q.value(8).toDouble();
    s.strategy = q.value(9).toString();
    s.notes = q.value(10).toString();
    return s;
}

// Journey ------------------------------------------------------------------------------
template <> QString EntityTable<Journey>::name() { return QStringLiteral("journey"); }
template <> QStringList EntityTable<Journey>::columns() { return cols("name,description,category,persona_id,variant"); }
template <> QVariantList EntityTable<Journey>::values(const Journey &j)
{
    return {j.name, j.description, key(j.category), idOrNull(j.personaId.value), key(j.variant)};
}
template <> Journey EntityTable<Journey>::read(const QSqlQuery &q)
{
    Journey j;
    j.id = JourneyId(q.value(0).toLongLong());
    j.name = q.value(2).toString();
    j.description = q.value(3).toString();
    j.category = enumValue(q.value(4), JourneyCategory::UseOwning);
    j.personaId = PersonaId(q.value(5).toLongLong());
    j.variant = enumValue(q.value(6), JourneyVariant::AsIs);
    return j;
}

// Stage --------------------------------------------------------------------------------
template <> QString EntityTable<Stage>::name() { return QStringLiteral("stage"); }
template <> QStringList EntityTable<Stage>::columns() { return cols("journey_id,name,description,color,width,hidden"); }
template <> QVariantList EntityTable<Stage>::values(const Stage &s)
{
    return {s.journeyId.value, s.name, s.description, s.color, s.width, s.hidden ? 1 : 0};
}
template <> Stage EntityTable<Stage>::read(const QSqlQuery &q)
{
    Stage s;
    s.id = StageId(q.value(0).toLongLong());
    s.journeyId = JourneyId(q.value(2).toLongLong());
    s.name = q.value(3).toString();
    s.description = q.value(4).toString();
    s.color = q.value(5).toString();
    s.width = q.value(6).toInt();
    s.hidden = q.value(7).toInt() != 0;
    return s;
}

// Lane ---------------------------------------------------------------------------------
template <> QString EntityTable<Lane>::name() { return QStringLiteral("lane"); }
template <> QStringList EntityTable<Lane>::columns() { return cols("journey_id,name,kind,color,hidden,height"); }
template <> QVariantList EntityTable<Lane>::values(const Lane &l)
{
    return {l.journeyId.value, l.name, key(l.laneKind), l.color, l.hidden ? 1 : 0, l.height};
}
template <> Lane EntityTable<Lane>::read(const QSqlQuery &q)
{
    Lane l;
    l.id = LaneId(q.value(0).toLongLong());
    l.journeyId = JourneyId(q.value(2).toLongLong());
    l.name = q.value(3).toString();
    l.laneKind = enumValue(q.value(4), LaneKind::Custom);
    l.color = q.value(5).toString();
    l.hidden = q.value(6).toInt() != 0;
    l.height = q.value(7).toInt();
    return l;
}

// Touchpoint ---------------------------------------------------------------------------
template <> QString EntityTable<Touchpoint>::name() { return QStringLiteral("touchpoint"); }
template <> QStringList EntityTable<Touchpoint>::columns()
{
    return cols("journey_id,stage_id,lane_id,title,description,channel,assumed_emotion,moment_of_truth,owner,"
                "notes,color,severity,keywords,targets,owner_stakeholder");
}
template <> QVariantList EntityTable<Touchpoint>::values(const Touchpoint &t)
{
    return {t.journeyId.value, t.stageId.value, t.laneId.value, t.title, t.description, key(t.channel),
            optionalValue(t.assumedEmotion), t.momentOfTruth ? 1 : 0, t.owner, t.notes, t.color, t.severity,
            jsonText(t.keywords), targetsText(t.targets), idOrNull(t.ownerStakeholder.value)};
}
template <> Touchpoint EntityTable<Touchpoint>::read(const QSqlQuery &q)
{
    Touchpoint t;
    t.id = TouchpointId(q.value(0).toLongLong());
    t.journeyId = JourneyId(q.value(2).toLongLong());
    t.stageId = StageId(q.value(3).toLongLong());
    t.laneId = LaneId(q.value(4).toLongLong());
    t.title = q.value(5).toString();
    t.description = q.value(6).toString();
    t.channel = enumValue(q.value(7), Channel::Other);
    t.assumedEmotion = optionalInt(q.value(8));
    t.momentOfTruth = q.value(9).toInt() != 0;
    t.owner = q.value(10).toString();
    t.notes = q.value(11).toString();
    t.color = q.value(12).toString();
    t.severity = q.value(13).toInt();
    t.keywords = jsonStringList(q.value(14));
    t.targets = targetsFrom(q.value(15));
    t.ownerStakeholder = StakeholderId(q.value(16).toLongLong());
    return t;
}

// Transition ---------------------------------------------------------------------------
template <> QString EntityTable<Transition>::name() { return QStringLiteral("transition"); }
template <> QStringList EntityTable<Transition>::columns() { return cols("journey_id,from_id,to_id,volume"); }
template <> QVariantList EntityTable<Transition>::values(const Transition &t)
{
    return {t.journeyId.value, t.from.value, t.to.value, optionalValue(t.volume)};
}
template <> Transition EntityTable<Transition>::read(const QSqlQuery &q)
{
    Transition t;
    t.id = TransitionId(q.value(0).toLongLong());
    t.journeyId = JourneyId(q.value(2).toLongLong());
    t.from = TouchpointId(q.value(3).toLongLong());
    t.to = TouchpointId(q.value(4).toLongLong());
    t.volume = optionalDouble(q.value(5));
    return t;
}

} // namespace waymark
