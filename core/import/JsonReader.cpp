// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace waymark {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *text)
{
    return QCoreApplication::translate("waymark", text);
}

/// A JSON value as the text a spreadsheet would show: 9 not 9.0, true, "" for null.
QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
    case QJsonValue::Undefined: return {};
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

bool allScalars(const QJsonArray &a)
{
    for (const QJsonValue &v : a)
        if (v.isArray() || v.isObject())
            return false;
    return true;
}

QString joined(const QJsonArray &a)
{
    QStringList parts;
    for (const QJsonValue &v : a)
        parts << scalarText(v);
    return parts.join(u"; "_s);
}

/// A Typeform answer's value by its type (https://www.typeform.com/developers/responses/).
QString typeformAnswer(const QJsonObject &answer)
{
    const QString type = answer.value(u"type"_s).toString();
    const QJsonValue v = answer.value(type);
    if (type == u"choice"_s) {
        const QJsonObject c = v.toObject();
        return c.contains(u"label"_s) ? c.value(u"label"_s).toString() : c.value(u"other"_s).toString();
    }
    if (type == u"choices"_s) {
        const QJsonObject c = v.toObject();
        QString s = joined(c.value(u"labels"_s).toArray());
        if (c.contains(u"other"_s))
            s += (s.isEmpty() ? QString() : u"; "_s) + c.value(u"other"_s).toString();
        return s;
    }
    if (type == u"payment"_s)
        return v.toObject().value(u"amount"_s).toString();
    return v.isArray() && allScalars(v.toArray()) ? joined(v.toArray()) : scalarText(v);
}

bool isTypeformResponse(const QJsonObject &o)
{
    const QJsonArray answers = o.value(u"answers"_s).toArray();
    return !answers.isEmpty() && answers.first().toObject().value(u"field"_s).isObject();
}

/// The objects of a document: an array of objects, an object holding one (the first
/// member that is an array of objects: "items", "responses", "data", ...), or one object.
QList<QJsonObject> recordsOf(const QJsonDocument &doc)
{
    QList<QJsonObject> out;
    auto take = [&out](const QJsonArray &a) {
        for (const QJsonValue &v : a)
            if (v.isObject())
                out.append(v.toObject());
    };
    if (doc.isArray()) {
        take(doc.array());
        return out;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"form_response"_s).isObject() || isTypeformResponse(root)) {
        out.append(root);
        return out;
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it->isArray() && !it->toArray().isEmpty() && it->toArray().first().isObject()) {
            take(it->toArray());
            return out;
        }
    }
    if (!root.isEmpty())
        out.append(root);
    return out;
}

} // namespace

JsonReader::JsonReader(QIODevice *device, std::optional<bool> lines) : m_device(device), m_forceLines(lines) {}

bool JsonReader::looksLikeLines(const QByteArray &head)
{
    const QByteArray t = (head.startsWith("\xEF\xBB\xBF") ? head.sliced(3) : head).trimmed();
    if (!t.startsWith('{'))
        return false;
    const qsizetype nl = t.indexOf('\n');
    if (nl < 0)
        return false;
    QJsonParseError error;
    const QJsonDocument first = QJsonDocument::fromJson(t.first(nl).trimmed(), &error);
    return error.error == QJsonParseError::NoError && first.isObject() && !t.sliced(nl).trimmed().isEmpty();
}

void JsonReader::addColumn(const QString &name, const QString &question)
{
    if (m_columnIndex.contains(name))
        return;
    m_columnIndex.insert(name, int(m_columns.size()));
    m_columns.append(name);
    m_questions.append(question.isEmpty() ? name : question);
}

void JsonReader::flatten(const QJsonObject &input, Record &out)
{
    QJsonObject object = input.value(u"form_response"_s).isObject() ? input.value(u"form_response"_s).toObject() : input;
    QSet<QString> used;
    auto put = [&](QString name, const QString &value, const QString &question = {}) {
        if (used.contains(name)) {
            int n = 2;
            while (used.contains(u"%1 (%2)"_s.arg(name).arg(n)))
                ++n;
            name = u"%1 (%2)"_s.arg(name).arg(n);
        }
        used.insert(name);
        addColumn(name, question);
        out.cells.append({name, value});
    };
    std::function<void(const QJsonObject &, const QString &)> generic = [&](const QJsonObject &o, const QString &prefix) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = prefix + it.key();
            if (it->isObject()) {
                generic(it->toObject(), key + u'.');
            } else if (it->isArray() && !allScalars(it->toArray())) {
                const QJsonArray a = it->toArray();
                for (qsizetype i = 0; i < a.size(); ++i) {
                    if (a[i].isObject())
                        generic(a[i].toObject(), key + u'.' + QString::number(i + 1) + u'.');
                    else
                        put(key + u'.' + QString::number(i + 1), scalarText(a[i]));
                }
            } else if (it->isArray()) {
                put(key, joined(it->toArray()));
            } else {
                put(key, scalarText(*it));
            }
        }
    };
    if (!isTypeformResponse(object)) {
        generic(object, QString());
        return;
    }
    // Typeform: the columns its CSV export has, in its order: #, the answers, hidden fields, dates.
    QHash<QString, QString> titles; // field id → question title (webhooks carry the form definition)
    for (const QJsonValue &f : object.value(u"definition"_s).toObject().value(u"fields"_s).toArray())
        titles.insert(f.toObject().value(u"id"_s).toString(), f.toObject().value(u"title"_s).toString());
    const QString id = object.contains(u"response_id"_s) ? object.value(u"response_id"_s).toString()
                                                         : object.value(u"token"_s).toString();
    put(u"#"_s, id);
    for (const QJsonValue &a : object.value(u"answers"_s).toArray()) {
        const QJsonObject answer = a.toObject();
        const QJsonObject field = answer.value(u"field"_s).toObject();
        const QString title = titles.value(field.value(u"id"_s).toString());
        QString name = title;
        if (name.isEmpty())
            name = field.value(u"ref"_s).toString();
        if (name.isEmpty())
            name = field.value(u"id"_s).toString();
        QString question = title;
        if (question.isEmpty() && field.value(u"type"_s).toString() == u"nps"_s)
            question = u"Net Promoter Score"_s; // Typeform's NPS question type, when the export has no titles
        put(name, typeformAnswer(answer), question);
    }
    for (const QString &key : {u"hidden"_s, u"variables"_s}) {
        const QJsonValue v = object.value(key);
        if (v.isObject())
            generic(v.toObject(), QString());
    }
    if (object.value(u"calculated"_s).isObject())
        generic(object.value(u"calculated"_s).toObject(), u"calculated."_s);
    put(u"Start Date (UTC)"_s, object.value(u"landed_at"_s).toString());
    put(u"Submit Date (UTC)"_s, object.value(u"submitted_at"_s).toString());
    if (object.value(u"metadata"_s).isObject())
        generic(object.value(u"metadata"_s).toObject(), u"metadata."_s);
}

Result<void> JsonReader::scanLines(const std::function<bool(const QJsonObject &, qint64)> &visit)
{
    if (!m_device->seek(0))
        return makeError(Error::Code::Io, tr("The file could not be read: %1").arg(m_device->errorString()));
    m_done = 0;
    qint64 line = 0;
    int skipped = 0;
    while (!m_device->atEnd()) {
        // A line in pieces (readLine reserves its whole limit up front), cut off at maxLineBytes.
        QByteArray bytes;
        bool tooLong = false;
        while (!m_device->atEnd()) {
            const QByteArray piece = m_device->readLine(1 << 16);
            if (piece.isEmpty())
                return makeError(Error::Code::Io, tr("The file could not be read: %1").arg(m_device->errorString()));
            m_done += piece.size();
            if (!tooLong && bytes.size() + piece.size() > maxLineBytes) {
                tooLong = true;
                bytes.clear();
            }
            if (!tooLong)
                bytes += piece;
            if (piece.endsWith('\n'))
                break;
        }
        ++line;
        if (tooLong) {
            m_issues.append({line, 0, tr("line %1 is longer than %2 MB; it was skipped").arg(line).arg(maxLineBytes >> 20)});
            continue;
        }
        if (line == 1 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        const QByteArray t = bytes.trimmed();
        if (t.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(t, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            if (++skipped <= 100)
                m_issues.append({line, 0,
                                 error.error != QJsonParseError::NoError
                                     ? tr("line %1 is not valid JSON (%2 at character %3); it was skipped")
                                           .arg(line)
                                           .arg(error.errorString())
                                           .arg(error.offset + 1)
                                     : tr("line %1 is not a JSON object; it was skipped").arg(line)});
            continue;
        }
        if (!visit(doc.object(), line))
            break;
    }
    if (skipped > 100)
        m_issues.append({0, 0, tr("%1 more lines are not JSON objects and were skipped").arg(skipped - 100)});
    return {};
}

Result<QList<QJsonObject>> JsonReader::loadDocument()
{
    if (!m_device->seek(0))
        return makeError(Error::Code::Io, tr("The file could not be read: %1").arg(m_device->errorString()));
    if (m_device->size() > maxDocumentBytes)
        return makeError(Error::Code::InvalidInput,
                         tr("The JSON file is larger than %1 MB. Export it as one object per line (NDJSON) instead.")
                             .arg(maxDocumentBytes >> 20));
    const QByteArray bytes = m_device->readAll();
    m_done = bytes.size();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArrayView before = QByteArrayView(bytes).first(qBound(0, error.offset, int(bytes.size())));
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = before.size() - (before.lastIndexOf('\n') + 1) + 1;
        return makeError(Error::Code::InvalidInput, tr("The file is not valid JSON: %1 at line %2, column %3.")
                                                        .arg(error.errorString())
                                                        .arg(line)
                                                        .arg(column));
    }
    return recordsOf(doc);
}

Result<void> JsonReader::read(const RowSink &sink)
{
    m_issues.clear();
    m_columns.clear();
    m_questions.clear();
    m_columnIndex.clear();
    m_row = 0;
    if (!m_device->seek(0))
        return makeError(Error::Code::Io, tr("The file could not be read: %1").arg(m_device->errorString()));
    m_lines = m_forceLines ? *m_forceLines : looksLikeLines(m_device->peek(1 << 16));
    auto deliver = [&](const QJsonObject &o) {
        Record r;
        flatten(o, r);
        QStringList row(m_columns.size());
        for (const auto &[name, value] : r.cells)
            row[m_columnIndex.value(name)] = value;
        return sink(row);
    };
    if (m_lines) {
        // Two passes: the header needs every key of every line.
        if (auto r = scanLines([&](const QJsonObject &o, qint64) {
                Record ignored;
                flatten(o, ignored);
                return true;
            });
            !r)
            return r;
        if (m_columns.isEmpty())
            return {};
        m_issues.clear();
        if (!sink(m_columns))
            return {};
        return scanLines([&](const QJsonObject &o, qint64 line) {
            m_row = line;
            return deliver(o);
        });
    }
    auto records = loadDocument();
    if (!records)
        return records.error();
    for (const QJsonObject &o : *records) {
        Record ignored;
        flatten(o, ignored);
    }
    if (m_columns.isEmpty())
        return {};
    if (!sink(m_columns))
        return {};
    for (qsizetype i = 0; i < records->size(); ++i) {
        m_row = i + 1;
        if (!deliver(records->at(i)))
            break;
    }
    return {};
}

} // namespace waymark
