// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The importer suites' fixtures and file helpers (tst_importer, tst_importcli).
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

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

} // namespace waymark::test
