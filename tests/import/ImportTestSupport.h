// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The importer suites' fixtures and file helpers (tst_importer, tst_importsafety, tst_importcli).
#pragma once

#include "import/FeedbackImporter.h"
#include "interchange/InterchangeJson.h"
#include "interchange/TemplateLibrary.h"
#include "interchange/WorkspaceData.h"
#include "storage/WorkspaceStore.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <memory>

namespace waymark::test {

/// initTestCase of the importer suites: user data in `dir`, and a zone with daylight
/// saving, where 2026-03-29 02:30 does not exist.
inline void prepareImportTests(const QTemporaryDir &dir)
{
    QVERIFY(dir.isValid());
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("xdg"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(QStringLiteral("xdg"))));
    qputenv("TZ", "Europe/Berlin");
    tzset();
}

/// A fixture under tests/data/import.
inline QString data(const QString &name)
{
    return QStringLiteral(WAYMARK_TEST_DATA "/import/") + name;
}

/// The sample export that ships with Waymark.
inline QString sample()
{
    return QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/ecommerce-feedback.csv");
}

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

/// The workspace as interchange JSON: equal bytes, equal workspace (feedback included).
inline QByteArray snapshot(const WorkspaceStore &store)
{
    auto d = WorkspaceData::fromStore(store);
    if (!d)
        qFatal("fromStore: %s", qPrintable(d.error().text()));
    return InterchangeJson::write(*d);
}

inline QList<FeedbackItem> items(const WorkspaceStore &store)
{
    QList<FeedbackItem> all;
    const auto r = store.forEachFeedback([&](const FeedbackItem &f) {
        all.append(f);
        return true;
    });
    if (!r)
        qFatal("forEachFeedback: %s", qPrintable(r.error().text()));
    return all;
}

/// Problems as "row|column|value|reason", to compare in one go.
inline QStringList describe(const QList<ImportProblem> &problems)
{
    QStringList out;
    for (const ImportProblem &p : problems)
        out << QStringLiteral("%1|%2|%3|%4").arg(p.row).arg(p.column, p.value, p.reason);
    return out;
}

/// A new workspace file in `dir` (the `counter`-th), from the e-commerce template or empty.
inline std::unique_ptr<WorkspaceStore> newImportStore(const QTemporaryDir &dir, int &counter, bool fromTemplate = true)
{
    const QString path = dir.filePath(QStringLiteral("store-%1.waymark").arg(++counter));
    auto store = WorkspaceStore::create(path);
    if (!store)
        qFatal("create: %s", qPrintable(store.error().text()));
    if (fromTemplate) {
        auto t = TemplateLibrary::load(QStringLiteral("ecommerce-purchase"));
        if (!t)
            qFatal("template: %s", qPrintable(t.error().text()));
        if (auto r = t->writeTo(**store); !r)
            qFatal("writeTo: %s", qPrintable(r.error().text()));
    }
    return std::move(*store);
}

} // namespace waymark::test
