// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the core tests: isolated user folders, sample feedback, and readable
// differences between two workspaces.

#include "interchange/InterchangeJson.h"
#include "interchange/TemplateLibrary.h"
#include "interchange/WorkspaceData.h"
#include "storage/SchemaMigrator.h"
#include "storage/WorkspaceStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace waymark::test {

using namespace Qt::StringLiterals;

/// Points XDG_DATA_HOME and XDG_CONFIG_HOME into `dir`, so working copies, recovery
/// sidecars and fallback locks never touch the real home. The application name is fixed
/// so that helper processes and the test look into the same working-copy folder.
inline void isolateUserFolders(const QTemporaryDir &dir)
{
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString data = dir.filePath(u"xdg-data"_s);
    const QString config = dir.filePath(u"xdg-config"_s);
    QVERIFY(QDir().mkpath(data));
    QVERIFY(QDir().mkpath(config));
    qputenv("XDG_DATA_HOME", QFile::encodeName(data));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
    QCoreApplication::setOrganizationName(u"waymark-tests"_s);
    QCoreApplication::setApplicationName(u"waymark"_s);
}

inline WorkspaceData loadTemplate(const QString &name = u"ecommerce-purchase"_s)
{
    auto data = TemplateLibrary::load(name);
    if (!data)
        qFatal("Template %s does not load: %s", qPrintable(name), qPrintable(data.error().text()));
    return *data;
}

/// Adds one feedback source with `count` items (some scores missing, umlauts, emoji)
/// and attaches every third item to one of the journey's cards.
inline void addSampleFeedback(WorkspaceData &data, int count)
{
    FeedbackSource source;
    source.id = FeedbackSourceId(1);
    source.name = u"Post-purchase survey"_s;
    source.preset = u"qualtrics"_s;
    source.fileName = u"umfrage-grüße.csv"_s;
    source.importedAt = u"2024-03-01T09:30:00Z"_s;
    source.columns = {u"ResponseId"_s, u"NPS"_s, u"Kommentar"_s};
    source.mapping = QJsonObject{{u"nps"_s, u"NPS"_s}, {u"comment"_s, u"Kommentar"_s}};
    data.sources.append(source);
    const QList<Touchpoint> &cards = data.workspace.touchpoints.items();
    for (int i = 1; i <= count; ++i) {
        FeedbackItem f;
        f.id = FeedbackItemId(i);
        f.sourceId = source.id;
        f.responseId = u"R_%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        f.date = u"2024-02-%1"_s.arg(1 + i % 28, 2, 10, QLatin1Char('0'));
        f.channel = i % 2 ? u"web"_s : u"mobile-app"_s;
        f.segment = i % 3 ? u"Gärtner"_s : u"Pro"_s;
        f.respondentId = u"resp-%1"_s.arg(i);
        if (i % 5)
            f.nps = i % 11;
        if (i % 4)
            f.csat = 1 + i % 5;
        if (i % 7 == 0)
            f.ces = 1 + i % 7;
        f.comment = i % 2 ? u"Lieferung war schnell, Größe passt 👍 #%1"_s.arg(i) : QString();
        f.raw = {f.responseId, QString::number(i % 11), f.comment};
        data.feedback.append(f);
        if (i % 3 == 0 && !cards.isEmpty())
            data.attachments.append({f.id, cards[(i / 3) % cards.size()].id});
    }
    std::sort(data.attachments.begin(), data.attachments.end());
}

inline QStringList attachmentList(const QList<AttachmentPair> &pairs)
{
    QStringList out;
    for (const auto &[f, t] : pairs)
        out << u"%1→%2"_s.arg(f.value).arg(t.value);
    return out;
}

inline QStringList attachmentList(const WorkspaceStore &store)
{
    auto pairs = store.attachments();
    if (!pairs)
        return {u"<cannot read attachments: %1>"_s.arg(pairs.error().text())};
    return attachmentList(*pairs);
}

namespace detail {

template <class T>
QString idsOf(const EntityList<T> &list)
{
    QStringList ids;
    for (const T &e : list)
        ids << QString::number(e.id.value);
    return ids.join(u' ');
}

} // namespace detail

/// Says where two workspaces differ: the first differing line of their interchange
/// JSON, else the first list whose order differs. Empty when they are equal.
inline QString describeDifference(const Workspace &actual, const Workspace &expected)
{
    if (actual == expected)
        return {};
    WorkspaceData a, e;
    a.workspace = actual;
    e.workspace = expected;
    const QList<QByteArray> al = InterchangeJson::write(a).split('\n');
    const QList<QByteArray> el = InterchangeJson::write(e).split('\n');
    for (qsizetype i = 0; i < qMax(al.size(), el.size()); ++i) {
        const QByteArray x = al.value(i), y = el.value(i);
        if (x != y) {
            QString context;
            for (qsizetype k = qMax<qsizetype>(0, i - 4); k < i; ++k)
                context += QString::fromUtf8(el.value(k)) + u'\n';
            return u"Workspaces differ at JSON line %1:\n%2   actual: %3\n expected: %4"_s.arg(i + 1)
                .arg(context, QString::fromUtf8(x.trimmed()), QString::fromUtf8(y.trimmed()));
        }
    }
    QString out;
    const char *names[] = {"personas", "empathyMaps", "empathyNotes", "stakeholderMaps", "stakeholders",
                           "journeys", "stages", "lanes", "touchpoints", "transitions"};
    int n = 0;
    const auto compareList = [&](const auto &x, const auto &y) {
        if (out.isEmpty() && !(x == y))
            out = u"The order of %1 differs:\n   actual: %2\n expected: %3"_s.arg(QLatin1String(names[n]),
                                                                                  detail::idsOf(x), detail::idsOf(y));
        ++n;
    };
    compareList(actual.personas, expected.personas);
    compareList(actual.empathyMaps, expected.empathyMaps);
    compareList(actual.empathyNotes, expected.empathyNotes);
    compareList(actual.stakeholderMaps, expected.stakeholderMaps);
    compareList(actual.stakeholders, expected.stakeholders);
    compareList(actual.journeys, expected.journeys);
    compareList(actual.stages, expected.stages);
    compareList(actual.lanes, expected.lanes);
    compareList(actual.touchpoints, expected.touchpoints);
    compareList(actual.transitions, expected.transitions);
    return out.isEmpty() ? u"Workspaces differ (no visible difference in JSON or order)"_s : out;
}

/// Opens a raw connection (no Waymark validation) for PRAGMA checks and for building
/// deliberately broken files. Closed and removed by the destructor.
class RawDb
{
public:
    explicit RawDb(const QString &path, bool readOnly = false)
        : m_name(u"raw-%1"_s.arg(quintptr(this)))
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
        if (readOnly)
            m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        m_ok = m_db.open();
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_ok; }
    QSqlDatabase &db() { return m_db; }
    /// Runs `sql`; returns the first column of the first row, or "<error: ...>".
    QString scalar(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return u"<error: %1>"_s.arg(q.lastError().text());
        return q.next() ? q.value(0).toString() : QString();
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return ok;
    }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_ok = false;
};

} // namespace waymark::test

/// Compares two workspaces with ==, printing where they differ.
#define WM_COMPARE_WORKSPACE(actual, expected, what)                                                       \
    do {                                                                                                   \
        const QString wmDiff_ = ::waymark::test::describeDifference((actual), (expected));                 \
        if (!wmDiff_.isEmpty())                                                                            \
            QFAIL(qPrintable(QStringLiteral("%1: %2").arg(QString(what), wmDiff_)));                        \
    } while (false)
