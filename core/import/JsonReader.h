// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowSource.h"

#include <QIODevice>
#include <QJsonObject>

#include <optional>

namespace waymark {

/// Reads feedback from JSON: an array of objects (or an object holding one, such as
/// `{"items": [...]}` from an API), or one object per line (NDJSON/JSON Lines). Nested
/// objects become dotted columns ("hidden.plan"); arrays of plain values are joined with
/// "; ". Typeform responses (Responses API items and webhook `form_response` events)
/// become one column per answered field, named by the field's title where the form
/// definition is included, else by its ref. The first record delivered is the header:
/// every key in the order first seen.
class JsonReader : public RowSource
{
public:
    /// `device` must stay open while the reader is used; it is read from the start on every `read`.
    /// `lines` forces one object per line (true, for .ndjson/.jsonl) or one document (false);
    /// by default the content decides.
    explicit JsonReader(QIODevice *device, std::optional<bool> lines = std::nullopt);

    Result<void> read(const RowSink &sink) override;
    qint64 currentRow() const override { return m_row; }
    qint64 done() const override { return m_done; }
    qint64 total() const override { return m_device->size(); }
    QList<RowIssue> issues() const override { return m_issues; }
    QString format() const override { return m_lines ? QStringLiteral("NDJSON") : QStringLiteral("JSON"); }
    QString encoding() const override { return QStringLiteral("UTF-8"); }
    QStringList questions() const override { return m_questions; }

    /// The largest JSON document read as a whole (an array); larger exports must be NDJSON.
    static constexpr qint64 maxDocumentBytes = qint64(512) << 20;
    /// The longest line of an NDJSON file.
    static constexpr qint64 maxLineBytes = qint64(64) << 20;

    /// Whether `head` (the start of a file) looks like one JSON object per line.
    static bool looksLikeLines(const QByteArray &head);

private:
    struct Record
    {
        QList<std::pair<QString, QString>> cells;
    };
    Result<void> scanLines(const std::function<bool(const QJsonObject &, qint64 line)> &visit);
    Result<QList<QJsonObject>> loadDocument();
    void flatten(const QJsonObject &object, Record &out);
    void addColumn(const QString &name, const QString &question = {});

    QIODevice *m_device;
    std::optional<bool> m_forceLines;
    bool m_lines = false;
    qint64 m_row = 0;
    qint64 m_done = 0;
    QList<RowIssue> m_issues;
    QStringList m_columns;
    QStringList m_questions;
    QHash<QString, int> m_columnIndex;
};

} // namespace waymark
