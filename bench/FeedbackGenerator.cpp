// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackGenerator.h"

#include "Random.h"

#include <QFile>

#include <array>

namespace waymark::bench {
namespace {

constexpr std::array kStages = {"Awareness", "Research", "Consideration", "Configuration", "Purchase", "Payment",
                                "Delivery", "Onboarding", "Use", "Support", "Renewal", "Advocacy"};
constexpr std::array kObjects = {"search ad", "landing page", "newsletter", "product page", "price table",
                                 "chat", "app screen", "checkout", "invoice", "hotline", "e-mail", "store visit",
                                 "tracking page", "parcel", "tutorial", "help article", "community forum"};
constexpr std::array kChannels = {"web", "mobile-app", "phone", "email", "store", "chatbot"};
constexpr std::array kSegments = {"Bargain hunter", "Busy parent", "Garden pro", "Newcomer"};
constexpr std::array kPhrases = {
    "The %1 was quick and clear",
    "I could not find the %1, had to call twice",
    "Der %1 war super, aber die Lieferung dauerte ewig",
    "Not helpful at all. \"Please wait\" for 40 minutes!",
    "Great service, friendly staff 😀",
    "Hidden fees at the end, I nearly cancelled 😡",
    "Alles prima, gerne wieder 👍",
    "Too slow,\nthen the page crashed; tried again, worked",
    "Nicht freundlich, umständlich und teuer",
    "Easy, fast, done.",
    "WHY does the %1 ask for my address TWICE?",
    "Rückerstattung kam nach 3 Wochen, Wartezeit inakzeptabel",
};

void appendQuoted(QString &line, const QString &field)
{
    line += u'"';
    for (QChar c : field) {
        if (c == u'"')
            line += u'"';
        line += c;
    }
    line += u'"';
}

} // namespace

QList<std::pair<QString, QString>> FeedbackGenerator::touchpoints()
{
    QList<std::pair<QString, QString>> out;
    for (int i = 0; i < touchpointCount; ++i) {
        const QString stage = QString::fromUtf8(kStages[size_t(i) % kStages.size()]);
        const QString object = QString::fromUtf8(kObjects[size_t(i / int(kStages.size())) % kObjects.size()]);
        out.append({QStringLiteral("%1 %2").arg(stage, object), stage});
    }
    return out;
}

bool FeedbackGenerator::writeCsv(const QString &path, qint64 rows, std::uint64_t seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    Random random(seed);
    const auto tps = touchpoints();
    QString line;
    file.write("ResponseId,RecordedDate,Channel,Segment,Stage,Touchpoint,NPS,CSAT,CES,Comment\r\n");
    QByteArray buffer;
    for (qint64 r = 0; r < rows; ++r) {
        const auto &[touchpoint, stage] = tps[random.below(int(tps.size()))];
        const int quality = random.below(100);
        line.clear();
        line += QStringLiteral("R_%1,").arg(r + 1, 10, 10, QLatin1Char('0'));
        line += QStringLiteral("2026-%1-%2 %3:%4:00,")
                    .arg(1 + random.below(12), 2, 10, QLatin1Char('0'))
                    .arg(1 + random.below(28), 2, 10, QLatin1Char('0'))
                    .arg(random.below(24), 2, 10, QLatin1Char('0'))
                    .arg(random.below(60), 2, 10, QLatin1Char('0'));
        line += QString::fromUtf8(kChannels[size_t(random.below(int(kChannels.size())))]) + u',';
        line += QString::fromUtf8(kSegments[size_t(random.below(int(kSegments.size())))]) + u',';
        line += stage + u',';
        line += touchpoint + u',';
        if (random.below(10))
            line += QString::number(qMin(10, quality / 9));
        line += u',';
        if (random.below(10))
            line += QString::number(1 + quality / 20);
        line += u',';
        if (random.below(5))
            line += QString::number(1 + quality * 7 / 100);
        line += u',';
        if (random.below(10) < 7)
            appendQuoted(line, QString::fromUtf8(kPhrases[size_t(random.below(int(kPhrases.size())))]).replace(QStringLiteral("%1"), touchpoint));
        line += QStringLiteral("\r\n");
        buffer += line.toUtf8();
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return file.error() == QFile::NoError;
}

} // namespace waymark::bench
