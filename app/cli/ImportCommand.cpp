// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "CliCommands.h"
#include "import/AttachmentRules.h"
#include "import/AttachmentSuggester.h"
#include "import/ColumnMapping.h"
#include "import/FeedbackImporter.h"
#include "import/RowSource.h"
#include "import/SurveyLayout.h"
#include "import/ValueParser.h"
#include "storage/FileLock.h"
#include "storage/WorkspaceStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTemporaryFile>
#include <QTextStream>

#include <functional>

namespace waymark::cli {
namespace {

using namespace Qt::StringLiterals;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("waymark-cli", text);
}

int inputError(const QString &message)
{
    err() << "waymark-cli: " << message << Qt::endl;
    return InputError;
}

int usageError(const QString &message)
{
    err() << "waymark-cli: " << message << Qt::endl;
    return UsageError;
}

/// Runs `change` on a private copy of the workspace `file` that replaces it atomically
/// only when `change` returns true; on any error the file is exactly as it was. Holds the
/// file's lock meanwhile (a GUI editing it would overwrite the change on its next save).
int withStagingCopy(const QString &file, const std::function<int(WorkspaceStore &, bool &commit)> &change)
{
    if (auto r = WorkspaceStore::validate(file); !r)
        return inputError(r.error().text());
    auto lock = FileLock::acquire(QFileInfo(file).absoluteFilePath());
    if (!lock)
        return inputError(lock.error().message + u' ' + tr("Import into it from the GUI, or close it first."));
    const QString absolute = QFileInfo(file).absoluteFilePath();
    WorkspaceStore::removeStaleTemporaries(absolute);
    const QString copy = WorkspaceStore::temporaryPathFor(absolute);
    const auto removeCopy = qScopeGuard([&copy] { QFile::remove(copy); });
    if (!QFile::copy(absolute, copy))
        return inputError(tr("Could not copy “%1” beside itself for the import. Check that its folder is writable and "
                             "not full.")
                              .arg(file));
    QFile(copy).setPermissions(QFile(absolute).permissions() | QFile::WriteOwner);
    auto store = WorkspaceStore::open(copy, WorkspaceStore::Access::Staging);
    if (!store)
        return inputError(store.error().text());
    bool commit = false;
    const int code = change(**store, commit);
    if (code == Success && commit) {
        store->reset();
        if (auto r = WorkspaceStore::replaceFile(copy, absolute); !r)
            return inputError(r.error().text());
    }
    return code;
}

Result<JourneyId> journeyNamed(const Workspace &w, const QString &name)
{
    QStringList names;
    for (const Journey &j : w.journeys) {
        names << j.name;
        if (!name.isEmpty() && j.name.simplified().compare(name.simplified(), Qt::CaseInsensitive) == 0)
            return j.id;
    }
    if (name.isEmpty() && w.journeys.size() == 1)
        return w.journeys.items().constFirst().id;
    if (name.isEmpty())
        return makeError(Error::Code::InvalidInput, names.isEmpty()
                                                        ? tr("This workspace has no journey.")
                                                        : tr("This workspace has several journeys (%1). Choose one with "
                                                             "--journey NAME.")
                                                              .arg(names.join(u", "_s)));
    return makeError(Error::Code::InvalidInput,
                     tr("There is no journey “%1” in this workspace. Journeys: %2.").arg(name, names.join(u", "_s)));
}

/// Writes `report` as JSON to `path`, its "problems" copied from `problems` (one compact
/// JSON object a line, as the import's problem sink wrote them: all of them, in order).
Result<void> writeReport(const QString &path, const ImportReport &report, QFile &problems)
{
    QJsonObject head = report.toJson();
    head.remove(u"problems"_s);
    QByteArray json = QJsonDocument(head).toJson(QJsonDocument::Indented);
    json.chop(3); // "\n}\n": the problems follow as the last member
    json += ",\n    \"problems\": [";
    QSaveFile save(path);
    bool ok = save.open(QIODevice::WriteOnly) && save.write(json) == json.size() && problems.flush() && problems.seek(0);
    bool first = true;
    while (ok && !problems.atEnd()) {
        QByteArray line = problems.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        line.prepend(first ? "\n        " : ",\n        ");
        first = false;
        ok = save.write(line) == line.size();
    }
    const QByteArray tail = first ? "]\n}\n" : "\n    ]\n}\n";
    ok = ok && save.write(tail) == tail.size() && save.commit();
    if (!ok)
        return makeError(Error::Code::Io, tr("Could not write the report “%1”: %2.").arg(path, save.errorString()));
    return {};
}

} // namespace

// import ------------------------------------------------------------------------------

QString ImportCommand::synopsis()
{
    return u"import FILE.waymark DATA [--preset NAME] [--format auto|csv|json|xlsx] [--sheet NAME] [--map FIELD=COLUMN]... "
           "[--no-saved-mapping] [--header-rows N] [--date-format FMT] [--csat-scale LO-HI] [--ces-scale LO-HI] [--rule KIND=VALUE->TOUCHPOINT]... [--clear-rules] [--journey NAME] "
           "[--create-touchpoints] [--dry-run] [--report OUT.json]"_s;
}

QString ImportCommand::summary()
{
    return tr("Import survey responses, reviews or tickets from CSV/TSV, JSON, NDJSON or XLSX and attach them to "
              "touchpoints.");
}

QString ImportCommand::details()
{
    return tr("The format, the layout (Qualtrics, SurveyMonkey, Typeform, ...) and the columns are recognised; --map "
              "corrects a column (FIELD is one of: %1). The mapping is saved with the import, and the next export of "
              "the same survey (same columns) reuses it. Rules attach what the touchpoint column does not: "
              "channel=Email->Checkout, contains=refund->Returns, regex=deliver(y|ed)->Delivery, "
              "date=2026-01-01..2026-03-31->Winter sale (TOUCHPOINT may be STAGE/TOUCHPOINT); they are saved in the "
              "workspace and applied again on every import, also to unattached feedback imported before. Rows "
              "imported before are skipped. The import is one transaction: on any error the workspace is unchanged.")
        .arg(ColumnMapping::fields().join(u", "_s));
}

QList<QCommandLineOption> ImportCommand::options()
{
    return {QCommandLineOption(u"preset"_s, tr("The export's layout: %1.").arg(SurveyLayout::presets().join(u", "_s)), u"NAME"_s),
            QCommandLineOption(u"format"_s, tr("The file's format: auto (default), csv, json or xlsx."), u"FORMAT"_s),
            QCommandLineOption(u"sheet"_s, tr("XLSX: the sheet to read, by name or number (default: the first)."), u"NAME"_s),
            QCommandLineOption(u"map"_s, tr("Read FIELD from COLUMN (name, question text, number or letter)."), u"FIELD=COLUMN"_s),
            QCommandLineOption(u"no-saved-mapping"_s, tr("Propose the mapping afresh instead of reusing the saved one.")),
            QCommandLineOption(u"header-rows"_s, tr("N rows come before the data (0: none; the columns are then numbered), "
                                                    "over the detected count."), u"N"_s),
            QCommandLineOption(u"date-format"_s, tr("Read the date column as FMT: yyyy-MM-dd, d.M.yyyy, M/d/yyyy or d/M/yyyy "
                                                    "(a time such as HH:mm may follow); other dates are problems."), u"FMT"_s),
            QCommandLineOption(u"csat-scale"_s, tr("The CSAT scale: 1-5, 1-7, 1-10 or good-bad; values outside are problems."),
                               u"LO-HI"_s),
            QCommandLineOption(u"ces-scale"_s, tr("The CES scale: 1-7 or 1-5; values outside are problems."), u"LO-HI"_s),
            QCommandLineOption(u"rule"_s, tr("Add the attachment rule KIND=VALUE->TOUCHPOINT (saved in the workspace)."), u"RULE"_s),
            QCommandLineOption(u"clear-rules"_s, tr("Forget the workspace's saved attachment rules first.")),
            QCommandLineOption(u"journey"_s, tr("Attach to the journey NAME (default: the only journey; with --create-touchpoints "
                                                "and several journeys, one named after the file)."), u"NAME"_s),
            QCommandLineOption(u"create-touchpoints"_s, tr("Create the journey, stages and touchpoints named in the data where missing.")),
            QCommandLineOption(u"dry-run"_s, tr("Read and check everything, change nothing.")),
            QCommandLineOption(u"report"_s, tr("Write every problem (row, column, value, reason) as JSON."), u"OUT.json"_s)};
}

int ImportCommand::run(QCommandLineParser &p)
{
    const QString file = p.positionalArguments().value(0);
    const QString dataPath = p.positionalArguments().value(1);
    ImportOptions options;
    options.preset = p.value(u"preset"_s).isEmpty() ? u"auto"_s : p.value(u"preset"_s);
    options.format = p.value(u"format"_s).isEmpty() ? u"auto"_s : p.value(u"format"_s);
    options.sheet = p.value(u"sheet"_s);
    options.journey = p.value(u"journey"_s);
    options.createTouchpoints = p.isSet(u"create-touchpoints"_s);
    options.dryRun = p.isSet(u"dry-run"_s);
    options.useSavedMapping = !p.isSet(u"no-saved-mapping"_s);
    options.clearRules = p.isSet(u"clear-rules"_s);
    // Bad option values are usage errors (2), before anything is opened; what depends on
    // the data (a column the file lacks, nothing to import) is an input error (1).
    if (options.preset != u"auto"_s && !SurveyLayout::presets().contains(options.preset))
        return usageError(tr("--preset %1: there is no such preset. Presets: %2.")
                              .arg(options.preset, SurveyLayout::presets().join(u", "_s)));
    if (!RowSource::formatNamed(options.format))
        return usageError(tr("--format %1: there is no such format. Formats: auto, csv, json, xlsx.").arg(options.format));
    for (const QString &map : p.values(u"map"_s)) {
        const qsizetype eq = map.indexOf(u'=');
        if (eq <= 0)
            return usageError(tr("--map %1: write it as FIELD=COLUMN, e.g. --map nps=Q5.").arg(map));
        if (ColumnMapping::fieldNamed(map.left(eq)).isEmpty())
            return usageError(tr("--map %1: “%2” is not a field. Fields: %3 (also rating for csat stars, persona for "
                                 "segment).")
                                  .arg(map, map.left(eq), ColumnMapping::fields().join(u", "_s)));
        options.overrides.append({map.left(eq), map.mid(eq + 1)});
    }
    if (p.isSet(u"header-rows"_s)) {
        bool ok = false;
        const int n = p.value(u"header-rows"_s).toInt(&ok);
        if (!ok || n < 0 || n > SurveyLayout::maxHeaderRows)
            return usageError(tr("--header-rows %1: give a whole number from 0 to %2.")
                                  .arg(p.value(u"header-rows"_s))
                                  .arg(SurveyLayout::maxHeaderRows));
        options.headerRows = n;
    }
    if (p.isSet(u"date-format"_s)) {
        QString why;
        if (!p.value(u"date-format"_s).isEmpty() && !ValueParser::dateFormat(p.value(u"date-format"_s), &why))
            return usageError(u"--date-format: "_s + why + u'.');
        options.dateFormat = p.value(u"date-format"_s);
    }
    for (const auto &[name, csat] : {std::pair(u"csat-scale"_s, true), std::pair(u"ces-scale"_s, false)}) {
        if (!p.isSet(name))
            continue;
        auto scale = ColumnMapping::parseScale(p.value(name), csat, u"--"_s + name);
        if (!scale)
            return usageError(scale.error().message);
        (csat ? options.csatScale : options.cesScale) = *scale;
    }
    for (const QString &spec : p.values(u"rule"_s)) {
        auto rule = AttachmentRule::parse(spec);
        if (!rule)
            return usageError(u"--rule: "_s + rule.error().message);
        options.addRules.append(*rule);
    }
    // --report lists every problem: they go to a file as they come (one compact JSON object a
    // line), so memory stays flat however many there are, and are copied into the report.
    QTemporaryFile problems;
    if (p.isSet(u"report"_s)) {
        if (!problems.open())
            return inputError(tr("Could not create a temporary file for the report: %1.").arg(problems.errorString()));
        options.problemSink = [&problems](const ImportProblem &problem) {
            problems.write(QJsonDocument(QJsonObject{{u"row"_s, problem.row},
                                                     {u"column"_s, problem.column},
                                                     {u"value"_s, problem.value},
                                                     {u"reason"_s, problem.reason}})
                               .toJson(QJsonDocument::Compact));
            problems.write("\n");
        };
    }
    return withStagingCopy(file, [&](WorkspaceStore &store, bool &commit) {
        auto report = FeedbackImporter::run(store, dataPath, options);
        if (!report)
            return inputError(report.error().text());
        commit = report->changed;
        out() << report->summary();
        if (!report->rules.isEmpty())
            out() << tr("Rules:               %1").arg(report->rules.join(u"; "_s)) << '\n';
        out().flush();
        if (p.isSet(u"report"_s)) {
            if (auto r = writeReport(p.value(u"report"_s), *report, problems); !r)
                return inputError(r.error().message);
        }
        if (report->imported == 0 && report->duplicates == 0)
            return inputError(tr("Nothing could be imported from “%1”.").arg(dataPath));
        return int(Success);
    });
}

// suggest -----------------------------------------------------------------------------

QString SuggestCommand::synopsis()
{
    return u"suggest FILE.waymark [--journey NAME] [--top N] [--min-score X] [--limit N] [--accept] [--json]"_s;
}

QString SuggestCommand::summary()
{
    return tr("Suggest touchpoints for unattached feedback by text similarity; --accept attaches the best of each.");
}

QString SuggestCommand::details()
{
    return tr("Compares each unattached comment with the touchpoints' titles, descriptions and keywords (TF-IDF, "
              "cosine; English and German stop words and word endings ignored). Scores run from 0 to 1.");
}

QList<QCommandLineOption> SuggestCommand::options()
{
    return {QCommandLineOption(u"journey"_s, tr("The journey whose touchpoints are suggested (default: the only one)."), u"NAME"_s),
            QCommandLineOption(u"top"_s, tr("Suggestions per item (default 3)."), u"N"_s),
            QCommandLineOption(u"min-score"_s, tr("Leave out suggestions scoring below X (default 0.1)."), u"X"_s),
            QCommandLineOption(u"limit"_s, tr("Look at the first N unattached items (default 1000)."), u"N"_s),
            QCommandLineOption(u"accept"_s, tr("Attach each item to its best suggestion.")),
            QCommandLineOption(u"json"_s, tr("Print JSON for scripts."))};
}

int SuggestCommand::run(QCommandLineParser &p)
{
    const QString file = p.positionalArguments().value(0);
    bool ok = true;
    const int top = p.isSet(u"top"_s) ? p.value(u"top"_s).toInt(&ok) : 3;
    if (!ok || top < 1)
        return usageError(tr("--top %1: give a whole number of 1 or more.").arg(p.value(u"top"_s)));
    const double minScore = p.isSet(u"min-score"_s) ? p.value(u"min-score"_s).toDouble(&ok) : 0.1;
    if (!ok || minScore < 0 || minScore > 1)
        return usageError(tr("--min-score %1: give a number from 0 to 1.").arg(p.value(u"min-score"_s)));
    const qint64 limit = p.isSet(u"limit"_s) ? p.value(u"limit"_s).toLongLong(&ok) : 1000;
    if (!ok || limit < 1)
        return usageError(tr("--limit %1: give a whole number of 1 or more.").arg(p.value(u"limit"_s)));
    const bool accept = p.isSet(u"accept"_s);
    const bool json = p.isSet(u"json"_s);

    auto work = [&](WorkspaceStore &store, bool &commit) {
        auto w = store.loadWorkspace();
        if (!w)
            return inputError(w.error().text());
        auto journey = journeyNamed(*w, p.value(u"journey"_s));
        if (!journey)
            return inputError(journey.error().message);
        const AttachmentSuggester suggester(*w, *journey);
        auto suggestions = suggester.forUnattached(store, top, minScore, limit);
        if (!suggestions)
            return inputError(suggestions.error().text());
        auto title = [&](TouchpointId id) {
            const Touchpoint *t = w->touchpoints.find(id);
            return t ? t->title : QString();
        };
        if (accept && !suggestions->isEmpty()) {
            QList<AttachmentPair> pairs;
            for (const ItemSuggestions &s : std::as_const(*suggestions))
                pairs.append({s.item, s.ranked.constFirst().touchpoint});
            if (auto r = store.begin(); !r)
                return inputError(r.error().text());
            if (auto r = store.attach(pairs); !r) {
                store.rollback();
                return inputError(r.error().text());
            }
            if (auto r = store.commit(); !r)
                return inputError(r.error().text());
            commit = true;
        }
        if (json) {
            QJsonArray list;
            for (const ItemSuggestions &s : std::as_const(*suggestions)) {
                QJsonArray ranked;
                for (const TouchpointSuggestion &t : s.ranked)
                    ranked.append(QJsonObject{{u"touchpoint"_s, t.touchpoint.value},
                                              {u"title"_s, title(t.touchpoint)},
                                              {u"score"_s, std::round(t.score * 1000) / 1000}});
                list.append(QJsonObject{{u"item"_s, s.item.value}, {u"comment"_s, s.comment}, {u"suggestions"_s, ranked}});
            }
            out() << QJsonDocument(QJsonObject{{u"accepted"_s, accept}, {u"items"_s, list}}).toJson(QJsonDocument::Indented);
        } else {
            for (const ItemSuggestions &s : std::as_const(*suggestions)) {
                QString comment = s.comment.simplified();
                if (comment.size() > 60)
                    comment = comment.left(59) + u'…';
                out() << tr("Item %1: “%2”").arg(s.item.value).arg(comment) << '\n';
                for (const TouchpointSuggestion &t : s.ranked)
                    out() << "  " << QString::number(t.score, 'f', 2) << "  " << title(t.touchpoint) << '\n';
            }
            out() << (accept ? tr("%1 item(s) attached to their best suggestion.").arg(suggestions->size())
                             : tr("%1 item(s) with suggestions. Add --accept to attach each to its best one.")
                                   .arg(suggestions->size()))
                  << '\n';
        }
        out().flush();
        return int(Success);
    };
    if (accept)
        return withStagingCopy(file, work);
    if (auto r = WorkspaceStore::validate(file); !r)
        return inputError(r.error().text());
    auto store = WorkspaceStore::open(file, WorkspaceStore::Access::ReadOnly);
    if (!store)
        return inputError(store.error().text());
    bool ignored = false;
    return work(**store, ignored);
}

} // namespace waymark::cli
