// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyOverviewPage.h"

#include "JourneyGridDelegate.h"
#include "util/DisplayText.h"
#include "widgets/PlainLabel.h"

#include "document/Document.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {
namespace {
JourneyCard cardOf(const Touchpoint &t)
{
    JourneyCard card;
    card.title = t.title;
    card.momentOfTruth = t.momentOfTruth;
    card.color = QColor::fromString(t.color);
    QStringList meta;
    if (t.channel != Channel::None)
        meta << DisplayText::channel(t.channel);
    if (t.assumedEmotion)
        meta << JourneyOverviewPage::tr("assumed %1").arg(DisplayText::emotion(*t.assumedEmotion));
    card.meta = meta.join(QStringLiteral(" · "));
    return card;
}

QString cellText(const QList<JourneyCard> &cards)
{
    QStringList lines;
    for (const JourneyCard &card : cards) {
        QString line = card.title;
        if (!card.meta.isEmpty())
            line += QStringLiteral(" (") + card.meta + QLatin1Char(')');
        if (card.momentOfTruth)
            line += QStringLiteral(" ★");
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

JourneyOverviewPage::JourneyOverviewPage(Document *document, qint64 journeyId, QWidget *parent)
    : OverviewPage(document, EntityKind::Journey, journeyId, parent),
      m_title(new PlainLabel({}, PlainLabel::Role::Title, this)),
      m_meta(new PlainLabel({}, PlainLabel::Role::Secondary, this)), m_description(new PlainLabel({}, this)),
      m_empty(new PlainLabel(tr("This journey has no stages or lanes yet."), PlainLabel::Role::Secondary, this)),
      m_grid(new QTableWidget(this))
{
    setObjectName(QStringLiteral("journeyOverviewPage"));
    m_grid->setObjectName(QStringLiteral("journeyGrid"));
    m_title->setWordWrap(true);
    m_description->setWordWrap(true);
    m_grid->setItemDelegate(new JourneyGridDelegate(m_grid));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setWordWrap(true);
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_grid->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_grid->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 34);
    m_grid->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_grid->horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 12);
    m_grid->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    connect(m_grid->horizontalHeader(), &QHeaderView::sectionResized, m_grid, &QTableView::resizeRowsToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_description);
    layout->addSpacing(8);
    layout->addWidget(m_empty);
    layout->addWidget(m_grid, 1);
}

bool JourneyOverviewPage::dependsOn(EntityKind kind) const
{
    return kind == EntityKind::Stage || kind == EntityKind::Lane || kind == EntityKind::Touchpoint
        || kind == EntityKind::Persona;
}

void JourneyOverviewPage::rebuild()
{
    const Workspace &w = document()->workspace();
    const Journey *journey = w.journeys.find(JourneyId(entityId()));
    if (!journey)
        return;
    m_title->setText(journey->name);
    QStringList meta{DisplayText::category(journey->category), DisplayText::variant(journey->variant)};
    const Persona *persona = w.personas.find(journey->personaId);
    meta << (persona ? tr("Persona: %1").arg(persona->name) : tr("No persona"));
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_description->setText(journey->description);
    m_description->setVisible(!journey->description.isEmpty());

    const QList<Stage> stages = w.stages.children(journey->id.value);
    QList<Lane> lanes = w.lanes.children(journey->id.value);
    lanes.removeIf([](const Lane &l) { return l.hidden; });
    m_empty->setVisible(stages.isEmpty() || lanes.isEmpty());

    m_grid->clear();
    m_grid->setColumnCount(int(stages.size()));
    m_grid->setRowCount(int(lanes.size()));
    QHash<qint64, int> column, row;
    for (int c = 0; c < stages.size(); ++c) {
        column.insert(stages[c].id.value, c);
        auto *header = new QTableWidgetItem(stages[c].name);
        header->setToolTip(DisplayText::literal(stages[c].description));
        m_grid->setHorizontalHeaderItem(c, header);
    }
    for (int r = 0; r < lanes.size(); ++r) {
        row.insert(lanes[r].id.value, r);
        m_grid->setVerticalHeaderItem(r, new QTableWidgetItem(lanes[r].name));
    }
    QHash<QPair<int, int>, QList<JourneyCard>> cells;
    for (const Touchpoint &t : w.touchpoints.children(journey->id.value)) {
        const auto c = column.constFind(t.stageId.value);
        const auto r = row.constFind(t.laneId.value);
        if (c != column.cend() && r != row.cend())
            cells[{*r, *c}].append(cardOf(t));
    }
    for (int r = 0; r < lanes.size(); ++r) {
        for (int c = 0; c < stages.size(); ++c) {
            const QList<JourneyCard> cards = cells.value({r, c});
            auto *item = new QTableWidgetItem(cellText(cards));
            item->setData(JourneyGridDelegate::CardsRole, QVariant::fromValue(cards));
            item->setToolTip(DisplayText::literal(item->text()));
            m_grid->setItem(r, c, item);
        }
    }
    m_grid->resizeRowsToContents();
}

} // namespace waymark
