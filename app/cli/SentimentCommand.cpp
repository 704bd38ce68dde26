// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SentimentCommand.h"

#include "CliCommands.h"
#include "sentiment/SentimentAnalyzer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>
#include <cstdio>

namespace waymark::cli {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("waymark-cli", text);
}

QByteArray jsonLine(int line, const QString &text, const SentimentResult &r)
{
    QJsonArray intents;
    if (r.intents.testFlag(Intent::Cancel))
        intents.append(u"cancel"_s);
    if (r.intents.testFlag(Intent::Complain))
        intents.append(u"complain"_s);
    if (r.intents.testFlag(Intent::Recommend))
        intents.append(u"recommend"_s);
    const bool empty = r.tokens == 0;
    const QJsonObject o{{u"line"_s, line},
                        {u"text"_s, text},
                        {u"language"_s, empty ? QJsonValue(QJsonValue::Null) : QJsonValue(languageKey(r.language))},
                        {u"compound"_s, r.compound},
                        {u"label"_s, sentimentLabelKey(r.label())},
                        {u"positive"_s, r.positive},
                        {u"neutral"_s, r.neutral},
                        {u"negative"_s, r.negative},
                        {u"effort"_s, r.effort},
                        {u"intents"_s, intents}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

QString SentimentCommand::synopsis()
{
    return u"sentiment [--lang auto|en|de] [--format tsv|json] [FILE]"_s;
}

QString SentimentCommand::summary()
{
    return tr("Score the sentiment of comments, one per line, from FILE or standard input.");
}

QString SentimentCommand::details()
{
    return tr("Prints one line per input line: tsv gives LANGUAGE<TAB>COMPOUND<TAB>LABEL (compound in −1 … 1; "
              "≥ 0.05 positive, ≤ −0.05 negative, else neutral; language “-” for a line with nothing to score); "
              "json gives one JSON object per line with the shares, the effort flag and the intents "
              "(cancel, complain, recommend). Method and formats: docs/sentiment.md.");
}

QList<QCommandLineOption> SentimentCommand::options()
{
    return {QCommandLineOption(u"lang"_s, tr("auto (default: detected per line), en or de."), u"LANG"_s),
            QCommandLineOption(u"format"_s, tr("tsv (default) or json (one object per line)."), u"FORMAT"_s)};
}

int SentimentCommand::run(QCommandLineParser &parser)
{
    QTextStream err(stderr);
    const QString langKey = parser.isSet(u"lang"_s) ? parser.value(u"lang"_s) : u"auto"_s;
    const auto language = languageFromKey(langKey);
    const QString format = parser.isSet(u"format"_s) ? parser.value(u"format"_s) : u"tsv"_s;
    if (!language || (format != u"tsv"_s && format != u"json"_s)) {
        err << "waymark-cli: "
            << (language ? tr("--format “%1” is not one of: tsv, json.").arg(format)
                         : tr("--lang “%1” is not one of: auto, en, de.").arg(langKey))
            << '\n'
            << tr("Run “waymark-cli --help” for the list of commands.") << Qt::endl;
        return UsageError;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err << "waymark-cli: " << tr("sentiment reads one FILE or standard input.") << Qt::endl;
        return UsageError;
    }
    QFile input;
    const QString path = positional.value(0);
    const bool ok = path.isEmpty() || path == u"-"_s ? input.open(stdin, QIODevice::ReadOnly)
                                                     : (input.setFileName(path), input.open(QIODevice::ReadOnly));
    if (!ok) {
        err << "waymark-cli: " << tr("Cannot read “%1”: %2.").arg(path, input.errorString()) << Qt::endl;
        return InputError;
    }
    QFile output;
    output.open(stdout, QIODevice::WriteOnly);
    const auto analyzer = SentimentAnalyzer::shared();
    const bool json = format == u"json"_s;
    int line = 0;
    QByteArray buffer;
    // readLine() blocks until a whole line or the end: a pipe that is slow to write is read
    // to its end (atEnd() would stop at the first pause). Only the end gives an empty read.
    for (;;) {
        QByteArray raw = input.readLine();
        if (raw.isEmpty())
            break;
        ++line;
        while (raw.endsWith('\n') || raw.endsWith('\r'))
            raw.chop(1);
        if (line == 1 && raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3);
        const QString text = QString::fromUtf8(raw);
        const SentimentResult r = analyzer->analyze(text, *language);
        if (json) {
            buffer += jsonLine(line, text, r);
        } else {
            buffer += r.tokens == 0 ? QByteArray("-") : languageKey(r.language).toLatin1();
            buffer += '\t' + QByteArray::number(std::abs(r.compound) < 5e-5 ? 0.0 : r.compound, 'f', 4) + '\t' + sentimentLabelKey(r.label()).toLatin1()
                + '\n';
        }
        if (buffer.size() > 1 << 16) {
            output.write(buffer);
            buffer.clear();
        }
    }
    output.write(buffer);
    return Success;
}

} // namespace waymark::cli
