// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"
#include "ImportCommand.h"
#include "SentimentCommand.h"
#include "ExportCommand.h"

#include "import/ColumnMapping.h"
#include "scoring/DefaultScoreOptions.h"
#include "import/FeedbackImporter.h"
#include "import/SurveyLayout.h"
#include "interchange/InterchangeJson.h"
#include "interchange/TemplateLibrary.h"
#include "scoring/ScoreFormat.h"
#include "storage/FileLock.h"
#include "storage/SchemaMigrator.h"
#include "storage/WorkspaceStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QtEndian>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
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

struct CommandSpec
{
    QString name;
    QString synopsis;
    QString summary;
    QString details;
    std::function<int(QCommandLineParser &)> handler;
    QList<QCommandLineOption> options;
    QStringList positional; ///< names of the required positional arguments
};

int inputError(const QString &message)
{
    err() << "waymark-cli: " << message << Qt::endl;
    return InputError;
}

int inputError(const Error &error)
{
    return inputError(error.text());
}

/// Opens a workspace for reading. An older file is migrated in a temporary copy, so
/// reading never changes the user's file.
struct ReadableWorkspace
{
    std::unique_ptr<QTemporaryDir> temp;
    std::unique_ptr<WorkspaceStore> store;
};

Result<ReadableWorkspace> openForReading(const QString &path)
{
    if (auto r = WorkspaceStore::validate(path); !r)
        return r.error();
    auto store = WorkspaceStore::open(path, WorkspaceStore::Access::ReadOnly);
    if (!store)
        return store.error();
    ReadableWorkspace result;
    QSqlQuery q((*store)->database());
    if (q.exec(u"PRAGMA user_version"_s) && q.next() && q.value(0).toInt() < SchemaMigrator::currentVersion) {
        q.finish();
        store->reset();
        result.temp = std::make_unique<QTemporaryDir>();
        const QString copy = result.temp->filePath(u"migrated.waymark"_s);
        if (!QFile::copy(path, copy))
            return makeError(Error::Code::Io, tr("Could not copy “%1” to upgrade it for reading.").arg(path));
        QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        auto migrated = WorkspaceStore::open(copy, WorkspaceStore::Access::ReadWrite);
        if (!migrated)
            return migrated.error();
        result.store = std::move(*migrated);
    } else {
        result.store = std::move(*store);
    }
    return result;
}

/// Writes `data` as a new workspace at `path` atomically.
Result<void> writeWorkspaceFile(const WorkspaceData &data, const QString &path)
{
    QTemporaryDir temp;
    if (!temp.isValid())
        return makeError(Error::Code::Io, tr("Could not create a temporary folder."));
    auto store = WorkspaceStore::create(temp.filePath(u"new.waymark"_s));
    if (!store)
        return store.error();
    if (auto r = data.writeTo(**store); !r)
        return r;
    return (*store)->snapshotTo(path);
}

int cmdNew(QCommandLineParser &p)
{
    const QString file = p.positionalArguments().value(0);
    if (!file.endsWith(u".waymark"_s))
        return inputError(tr("“%1”: a workspace file must end in .waymark.").arg(file));
    if (p.isSet(u"template"_s) && p.isSet(u"from"_s))
        return inputError(tr("Use either --template or --from, not both."));
    if (QFileInfo::exists(file) && !p.isSet(u"force"_s))
        return inputError(tr("“%1” already exists. Choose another name, or add --force to replace it.").arg(file));
    WorkspaceData data;
    QString origin = tr("an empty workspace");
    if (p.isSet(u"template"_s)) {
        auto loaded = TemplateLibrary::load(p.value(u"template"_s));
        if (!loaded)
            return inputError(loaded.error());
        data = std::move(*loaded);
        origin = tr("template “%1”").arg(p.value(u"template"_s));
    } else if (p.isSet(u"from"_s)) {
        const QString jsonPath = p.value(u"from"_s);
        QFile json(jsonPath);
        if (!json.open(QIODevice::ReadOnly))
            return inputError(tr("Cannot read “%1”: %2.").arg(jsonPath, json.errorString()));
        auto loaded = InterchangeJson::read(json.readAll(), jsonPath);
        if (!loaded)
            return inputError(loaded.error());
        data = std::move(*loaded);
        origin = tr("“%1”").arg(jsonPath);
    } else {
        data.workspace.name = QFileInfo(file).completeBaseName();
    }
    if (auto r = writeWorkspaceFile(data, file); !r)
        return inputError(r.error());
    err() << tr("Created %1 from %2 (personas: %3, journeys: %4, cards: %5, feedback items: %6).")
                 .arg(file, origin)
                 .arg(data.workspace.personas.size())
                 .arg(data.workspace.journeys.size())
                 .arg(data.workspace.touchpoints.size())
                 .arg(data.feedback.size())
          << Qt::endl;
    return Success;
}

int cmdInfo(QCommandLineParser &p)
{
    const QString file = p.positionalArguments().value(0);
    auto ws = openForReading(file);
    if (!ws)
        return inputError(ws.error());
    auto counts = ws->store->counts();
    if (!counts)
        return inputError(counts.error());
    auto workspace = ws->store->loadWorkspace();
    if (!workspace)
        return inputError(workspace.error());
    // The file's own version, not the temporary copy's.
    QFile raw(file);
    raw.open(QIODevice::ReadOnly);
    const QByteArray header = raw.read(64);
    const int fileVersion = header.size() == 64 ? int(qFromBigEndian<quint32>(header.constData() + 60)) : counts->schemaVersion;
    const WorkspaceCounts &c = *counts;
    const QList<std::pair<QString, qint64>> rows = {
        {u"personas"_s, c.personas},           {u"empathyMaps"_s, c.empathyMaps},
        {u"empathyNotes"_s, c.empathyNotes},   {u"stakeholderMaps"_s, c.stakeholderMaps},
        {u"stakeholders"_s, c.stakeholders},   {u"journeys"_s, c.journeys},
        {u"stages"_s, c.stages},               {u"lanes"_s, c.lanes},
        {u"touchpoints"_s, c.touchpoints},     {u"cards"_s, c.cards},
        {u"transitions"_s, c.transitions},     {u"feedbackSources"_s, c.feedbackSources},
        {u"feedbackItems"_s, c.feedbackItems}, {u"attachedItems"_s, c.attachedItems},
        {u"attachments"_s, c.attachments},
    };
    if (p.isSet(u"json"_s)) {
        QJsonObject o{{u"file"_s, QFileInfo(file).absoluteFilePath()},
                      {u"schemaVersion"_s, fileVersion},
                      {u"workspace"_s, workspace->name}};
        for (const auto &[key, value] : rows)
            o.insert(key, value);
        QJsonArray journeys;
        for (const Journey &j : workspace->journeys)
            journeys.append(QJsonObject{{u"id"_s, j.id.value},
                                        {u"name"_s, j.name},
                                        {u"stages"_s, workspace->stages.children(j.id.value).size()},
                                        {u"cards"_s, workspace->touchpoints.children(j.id.value).size()}});
        o.insert(u"journeyList"_s, journeys);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        out().flush();
        return Success;
    }
    const QStringList labels = {tr("Personas"), tr("Empathy maps"), tr("Empathy notes"), tr("Stakeholder maps"),
                                tr("Stakeholders"), tr("Journeys"), tr("Stages"), tr("Lanes"), tr("Touchpoints"),
                                tr("Cards (all lanes)"), tr("Transitions"), tr("Feedback sources"),
                                tr("Feedback items"), tr("Attached items"), tr("Attachments")};
    out() << tr("File:") << "              " << QFileInfo(file).absoluteFilePath() << '\n';
    out() << tr("Workspace:") << "         " << workspace->name << '\n';
    out() << tr("Schema version:") << "    " << fileVersion << '\n';
    for (qsizetype i = 0; i < rows.size(); ++i)
        out() << QString(labels[i] + u':').leftJustified(19) << rows[i].second << '\n';
    for (const Journey &j : workspace->journeys)
        out() << tr("Journey:") << "           " << j.name << tr(" (%1 stages, %2 cards)")
                                                           .arg(workspace->stages.children(j.id.value).size())
                                                           .arg(workspace->touchpoints.children(j.id.value).size())
              << '\n';
    out().flush();
    return Success;
}

int cmdTemplates(QCommandLineParser &p)
{
    const auto list = TemplateLibrary::templates();
    if (p.isSet(u"json"_s)) {
        QJsonArray a;
        for (const TemplateInfo &t : list)
            a.append(QJsonObject{{u"name"_s, t.name}, {u"title"_s, t.title}, {u"description"_s, t.description}});
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
    } else {
        for (const TemplateInfo &t : list)
            out() << t.name << '\t' << t.title << '\n';
    }
    out().flush();
    return Success;
}

int cmdExportJson(QCommandLineParser &p)
{
    const QString file = p.positionalArguments().value(0);
    const QString target = p.positionalArguments().value(1);
    auto ws = openForReading(file);
    if (!ws)
        return inputError(ws.error());
    auto data = WorkspaceData::fromStore(*ws->store);
    if (!data)
        return inputError(data.error());
    const QByteArray json = InterchangeJson::write(*data);
    if (target == u"-"_s) {
        QFile stdoutFile;
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        stdoutFile.write(json);
        return Success;
    }
    QSaveFile save(target);
    if (!save.open(QIODevice::WriteOnly) || save.write(json) != json.size() || !save.commit())
        return inputError(tr("Could not write “%1”: %2.").arg(target, save.errorString()));
    return Success;
}

// scores / priorities (core/scoring, docs/scoring.md) ---------------------------------

int usageError(const QString &message);

int cmdScoresOrPriorities(QCommandLineParser &p, bool priorities)
{
    const QString format = p.isSet(u"format"_s) ? p.value(u"format"_s) : u"table"_s;
    const QStringList formats = priorities ? QStringList{u"table"_s, u"json"_s}
                                           : QStringList{u"table"_s, u"csv"_s, u"json"_s};
    if (!formats.contains(format))
        return usageError(tr("--format “%1” is not one of: %2.").arg(format, formats.join(u", "_s)));
    ScoreLevel level = ScoreLevel::Touchpoint;
    if (!priorities && p.isSet(u"by"_s)) {
        const auto l = scoreLevelFromKey(p.value(u"by"_s));
        if (!l)
            return usageError(
                tr("--by “%1” is not one of: touchpoint, stage, journey, segment.").arg(p.value(u"by"_s)));
        level = *l;
    }
    int top = -1;
    if (priorities && p.isSet(u"top"_s)) {
        bool ok = false;
        top = p.value(u"top"_s).toInt(&ok);
        if (!ok || top < 1)
            return usageError(tr("--top “%1” is not a positive whole number.").arg(p.value(u"top"_s)));
    }
    ScoreFilter filter;
    filter.from = p.value(u"from"_s);
    filter.to = p.value(u"to"_s);
    filter.channel = p.value(u"channel"_s);
    filter.segment = p.value(u"segment"_s);
    if (auto r = filter.validate(); !r)
        return usageError(r.error().message);

    const QString file = p.positionalArguments().value(0);
    auto ws = openForReading(file);
    if (!ws)
        return inputError(ws.error());
    auto workspace = ws->store->loadWorkspace();
    if (!workspace)
        return inputError(workspace.error());
    QStringList names;
    for (const Journey &j : workspace->journeys)
        names << u"“"_s + j.name + u"”"_s;
    const Journey *journey = nullptr;
    if (p.isSet(u"journey"_s)) {
        for (const Journey &j : workspace->journeys)
            if (j.name == p.value(u"journey"_s))
                journey = &j;
        if (!journey)
            return inputError(tr("There is no journey “%1” in “%2”. Journeys: %3.")
                                  .arg(p.value(u"journey"_s), file, names.join(u", "_s)));
    } else if (workspace->journeys.size() == 1) {
        journey = &workspace->journeys.items().constFirst();
    } else if (workspace->journeys.isEmpty()) {
        return inputError(tr("“%1” has no journey to score.").arg(file));
    } else {
        return inputError(tr("“%1” has %2 journeys; choose one with --journey NAME: %3.")
                              .arg(file)
                              .arg(workspace->journeys.size())
                              .arg(names.join(u", "_s)));
    }
    if (p.isSet(u"source"_s)) {
        auto sources = ws->store->sources();
        if (!sources)
            return inputError(sources.error());
        QStringList known;
        for (const FeedbackSource &s : *sources) {
            known << u"“"_s + s.name + u"”"_s;
            if (s.name == p.value(u"source"_s) || QString::number(s.id.value) == p.value(u"source"_s))
                filter.source = s.id;
        }
        if (!filter.source)
            return inputError(tr("There is no feedback source “%1” in “%2”. Sources: %3.")
                                  .arg(p.value(u"source"_s), file, known.isEmpty() ? tr("none") : known.join(u", "_s)));
    }
    auto scores = ScoreEngine::score(*ws->store, *workspace, journey->id, filter, defaultScoreOptions());
    if (!scores)
        return inputError(scores.error());
    if (format == u"json"_s)
        out() << QJsonDocument(priorities ? ScoreFormat::prioritiesJson(*scores, top) : ScoreFormat::json(*scores, level))
                     .toJson(QJsonDocument::Indented);
    else if (format == u"csv"_s)
        out() << ScoreFormat::csv(*scores, level);
    else
        out() << (priorities ? ScoreFormat::prioritiesTable(*scores, top) : ScoreFormat::table(*scores, level));
    out().flush();
    return Success;
}

int cmdScores(QCommandLineParser &p)
{
    return cmdScoresOrPriorities(p, false);
}

int cmdPriorities(QCommandLineParser &p)
{
    return cmdScoresOrPriorities(p, true);
}

QList<QCommandLineOption> scoreOptions(bool priorities)
{
    QList<QCommandLineOption> o{
        QCommandLineOption(u"journey"_s, tr("Score the journey NAME (default: the only journey)."), u"NAME"_s),
        QCommandLineOption(u"from"_s, tr("Only feedback dated on or after this day."), u"YYYY-MM-DD"_s),
        QCommandLineOption(u"to"_s, tr("Only feedback dated on or before this day."), u"YYYY-MM-DD"_s),
        QCommandLineOption(u"channel"_s, tr("Only feedback from channel C."), u"C"_s),
        QCommandLineOption(u"segment"_s, tr("Only feedback from segment S."), u"S"_s),
        QCommandLineOption(u"source"_s, tr("Only feedback from the imported source NAME (or id)."), u"NAME"_s)};
    if (priorities)
        o << QCommandLineOption(u"top"_s, tr("Show the first N touchpoints only."), u"N"_s)
          << QCommandLineOption(u"format"_s, tr("table (default) or json."), u"FORMAT"_s);
    else
        o << QCommandLineOption(u"by"_s, tr("touchpoint (default), stage or journey."), u"LEVEL"_s)
          << QCommandLineOption(u"format"_s, tr("table (default), csv or json."), u"FORMAT"_s);
    return o;
}

QList<CommandSpec> commands()
{
    const QCommandLineOption json(u"json"_s, tr("Print JSON for scripts."));
    return {
        {u"new"_s, u"new FILE.waymark [--template NAME | --from FILE.json] [--force]"_s,
         tr("Create a workspace: empty, from a bundled template, or from interchange JSON."),
         tr("Refuses to replace an existing file unless --force is given. The file is written atomically."),
         cmdNew,
         {QCommandLineOption(u"template"_s, tr("Start from the bundled template NAME (see “templates”)."), u"NAME"_s),
          QCommandLineOption(u"from"_s, tr("Read the workspace from interchange JSON (see “export-json”)."), u"FILE.json"_s),
          QCommandLineOption(u"force"_s, tr("Replace FILE if it exists."))},
         {u"FILE.waymark"_s}},
        {u"info"_s, u"info FILE.waymark [--json]"_s,
         tr("Show the schema version and how many personas, maps, journeys, cards and feedback items a workspace holds."),
         {}, cmdInfo, {json}, {u"FILE.waymark"_s}},
        {u"templates"_s, u"templates [--json]"_s, tr("List the bundled templates: name and title."), {}, cmdTemplates,
         {json}, {}},
        {u"import"_s, ImportCommand::synopsis(), ImportCommand::summary(), ImportCommand::details(), ImportCommand::run,
         ImportCommand::options(), {u"FILE.waymark"_s, u"DATA"_s}},
        {u"suggest"_s, SuggestCommand::synopsis(), SuggestCommand::summary(), SuggestCommand::details(),
         SuggestCommand::run, SuggestCommand::options(), {u"FILE.waymark"_s}},
        {u"export-json"_s, u"export-json FILE.waymark OUT.json"_s,
         tr("Write the whole workspace, feedback included, as interchange JSON (OUT.json “-” is standard output)."),
         tr("The format is documented in docs/interchange-format.md; “new --from” reads it back, byte-identically."),
         cmdExportJson, {}, {u"FILE.waymark"_s, u"OUT.json"_s}},
        {u"scores"_s,
         u"scores FILE.waymark [--journey NAME] [--by touchpoint|stage|journey|segment] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--channel C] [--segment S] [--source NAME] [--format table|csv|json]"_s,
         tr("Show NPS, CSAT, CES with 95 % intervals, the experience gap, reach and priority per touchpoint, stage or journey."),
         tr("Stages and the journey pool the distinct feedback items attached anywhere in them. Formulas: docs/scoring.md."),
         cmdScores, scoreOptions(false), {u"FILE.waymark"_s}},
        {u"priorities"_s, u"priorities FILE.waymark [--journey NAME] [--top N] [--format table|json]"_s,
         tr("Rank the touchpoints where to act first (reach × negative gap × confidence), each with the reason."),
         {}, cmdPriorities, scoreOptions(true), {u"FILE.waymark"_s}},
        {u"sentiment"_s, SentimentCommand::synopsis(), SentimentCommand::summary(), SentimentCommand::details(),
         SentimentCommand::run, SentimentCommand::options(), {u"[FILE]"_s}},
        {u"export"_s,
         u"export FILE.waymark [--pdf OUT.pdf [--kind report|poster] [--page A4|A3|A2|A1|A0|Letter|fit] [--tile A4|A3]] [--png OUT.png [--dpi N]] [--svg OUT.svg] [--canvas journey|persona|empathy|stakeholder] [--name NAME] [--csv OUT.csv] [--xlsx OUT.xlsx] [--journey NAME]"_s,
         tr("Export the report or a journey poster as PDF, a canvas as PNG or SVG, scores and feedback as CSV or XLSX."),
         tr("Runs without a display. PDFs are vector with embedded fonts; see docs/export.md."),
         cmdExport, exportOptions(), {u"FILE.waymark"_s}},
    };
}

void printUsage(QTextStream &s)
{
    s << tr("Usage: waymark-cli COMMAND [ARGS...]") << "\n\n"
      << tr("Waymark %1: customer-journey mapping with numbers you can defend.").arg(QCoreApplication::applicationVersion())
      << "\n\n" << tr("Commands:") << '\n';
    for (const CommandSpec &c : commands())
        s << "  " << c.name.leftJustified(13) << c.summary << '\n';
    s << '\n'
      << tr("Run “waymark-cli help COMMAND” for a command's options.") << '\n'
      << tr("Exit codes: 0 success, 1 the input was wrong (see the message), 2 wrong usage.") << '\n';
    s.flush();
}

int printCommandHelp(const CommandSpec &c, QTextStream &s)
{
    s << tr("Usage: waymark-cli %1").arg(c.synopsis) << "\n\n" << c.summary << '\n';
    if (!c.details.isEmpty())
        s << c.details << '\n';
    if (!c.options.isEmpty()) {
        s << '\n' << tr("Options:") << '\n';
        for (const QCommandLineOption &o : c.options) {
            QString name = QString(u"--"_s + o.names().constFirst());
            if (!o.valueName().isEmpty())
                name += u' ' + o.valueName();
            s << "  " << name.leftJustified(22) << o.description() << '\n';
        }
    }
    s.flush();
    return Success;
}

int usageError(const QString &message)
{
    err() << "waymark-cli: " << message << '\n';
    err() << tr("Run “waymark-cli --help” for the list of commands.") << Qt::endl;
    return UsageError;
}

} // namespace

int run(const QStringList &args)
{
    if (args.isEmpty()) {
        printUsage(err());
        return UsageError;
    }
    const QString first = args.constFirst();
    if (first == u"--help"_s || first == u"-h"_s) {
        printUsage(out());
        return Success;
    }
    if (first == u"--version"_s || first == u"-v"_s) {
        out() << "waymark-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const QList<CommandSpec> all = commands();
    auto find = [&all](const QString &name) -> const CommandSpec * {
        for (const CommandSpec &c : all)
            if (c.name == name)
                return &c;
        return nullptr;
    };
    if (first == u"help"_s) {
        if (args.size() < 2) {
            printUsage(out());
            return Success;
        }
        const CommandSpec *c = find(args.at(1));
        if (!c)
            return usageError(tr("There is no command “%1”.").arg(args.at(1)));
        return printCommandHelp(*c, out());
    }
    const CommandSpec *command = find(first);
    if (!command)
        return usageError(tr("There is no command “%1”.").arg(first));

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(command->options);
    const QCommandLineOption help(QStringList{u"help"_s, u"h"_s});
    parser.addOption(help);
    if (!parser.parse(QStringList{u"waymark-cli"_s} + args.mid(1)))
        return usageError(first + u": "_s + parser.errorText());
    if (parser.isSet(help))
        return printCommandHelp(*command, out());
    const QStringList positional = parser.positionalArguments();
    const auto required = std::count_if(command->positional.begin(), command->positional.end(),
                                        [](const QString &name) { return !name.startsWith(u'['); });
    if (positional.size() < required || positional.size() > command->positional.size())
        return usageError(tr("%1 expects %2.\nUsage: waymark-cli %3")
                              .arg(first,
                                   command->positional.isEmpty() ? tr("no further arguments")
                                                                 : command->positional.join(u' '),
                                   command->synopsis));
    return command->handler(parser);
}

} // namespace waymark::cli
