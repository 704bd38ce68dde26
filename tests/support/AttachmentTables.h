// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace waymark::test {

/// How the attachments by touchpoint differ from those by item (schema version 8 keeps
/// each attachment in both tables); empty when they agree.
inline QString attachmentTablesDisagree(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM attachment), (SELECT count(*) FROM attachment_by_touchpoint),"
            " (SELECT count(*) FROM attachment a WHERE NOT EXISTS (SELECT 1 FROM attachment_by_touchpoint b"
            " WHERE b.touchpoint_id = a.touchpoint_id AND b.feedback_id = a.feedback_id))"))
        || !q.next())
        return q.lastError().text();
    const qint64 byItem = q.value(0).toLongLong();
    const qint64 byTouchpoint = q.value(1).toLongLong();
    const qint64 missing = q.value(2).toLongLong();
    if (byItem == byTouchpoint && missing == 0)
        return {};
    return QStringLiteral("%1 attachment(s) by item, %2 by touchpoint, %3 by item missing by touchpoint")
        .arg(byItem)
        .arg(byTouchpoint)
        .arg(missing);
}

} // namespace waymark::test
