// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyOverviewPage.h"

#include "JourneyGridDelegate.h"
#include "util/DisplayText.h"
#include "widgets/PlainLabel.h"

#include "commands/EditCommand.h"
#include "document/Document.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {
namespace {
JourneyCard cardOf(const Workspace &w, const Touchpoint &t)
{
    JourneyCard card;
    card.id = t.id.value;
    card.title = t.title;
    card.momentOfTruth = t.momentOfTruth;
    card.color = QColor::fromString(t.color);
    QStringList meta;
    if (t.channel != Channel::None)
        meta << DisplayText::channel(t.channel);
    if (t.assumedEmotion)
        meta << JourneyOverviewPage::tr("assumed %1").arg(DisplayText::emotion(*t.assumedEmotion));
    card.meta = meta.join(QStringLiteral(" · "));
    // A stakeholder named as owner shows under its current name; otherwise the owner text.
    if (const Stakeholder *owner = w.stakeholders.find(t.ownerStakeholder))
        card.owner = JourneyOverviewPage::tr("Owner: %1").arg(owner->name);
    else if (!t.owner.trimmed().isEmpty())
        card.owner = JourneyOverviewPage::tr("Owner: %1").arg(t.owner);
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
        if (!card.owner.isEmpty())
            line += QStringLiteral(" — ") + card.owner;
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
      m_grid(new QTableWidget(this)), m_delegate(new JourneyGridDelegate(m_grid))
{
    setObjectName(QStringLiteral("journeyOverviewPage"));
    m_grid->setObjectName(QStringLiteral("journeyGrid"));
    m_title->setWordWrap(true);
    m_description->setWordWrap(true);
    m_grid->setItemDelegate(m_delegate);
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid, &QWidget::customContextMenuRequested, this, &JourneyOverviewPage::showCardMenu);
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
        || kind == EntityKind::Persona || kind == EntityKind::Stakeholder;
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

    QList<Stage> stages = w.stages.children(journey->id.value);
    stages.removeIf([](const Stage &s) { return s.hidden; });
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
            cells[{*r, *c}].append(cardOf(w, t));
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

TouchpointId JourneyOverviewPage::touchpointAt(QPoint viewportPos) const
{
    const QModelIndex index = m_grid->indexAt(viewportPos);
    if (!index.isValid())
        return {};
    const auto cards = index.data(JourneyGridDelegate::CardsRole).value<QList<JourneyCard>>();
    QStyleOptionViewItem option;
    option.rect = m_grid->visualRect(index);
    option.font = m_grid->font();
    int i = m_delegate->cardAt(option, cards, viewportPos);
    if (i < 0 && cards.size() == 1)
        i = 0; // the only card of the cell (also for the context-menu key)
    return i < 0 ? TouchpointId() : TouchpointId(cards[i].id);
}

void JourneyOverviewPage::setOwner(TouchpointId touchpoint, StakeholderId stakeholder)
{
    const Workspace &w = document()->workspace();
    const Touchpoint *t = w.touchpoints.find(touchpoint);
    if (!t)
        return;
    Touchpoint changed = *t;
    QString text;
    if (stakeholder.isValid()) {
        const Stakeholder *s = w.stakeholders.find(stakeholder);
        if (!s)
            return;
        changed.ownerStakeholder = stakeholder;
        changed.owner = s->name; // the owner text follows, for exports and older readers
        text = tr("Set owner of “%1” to “%2”").arg(t->title, s->name);
    } else {
        changed.ownerStakeholder = {};
        changed.owner.clear();
        text = tr("Remove owner of “%1”").arg(t->title);
    }
    if (!(changed == *t))
        document()->execute(new EditCommand<Touchpoint>(document(), changed, text));
}

void JourneyOverviewPage::showCardMenu(QPoint viewportPos)
{
    const TouchpointId id = touchpointAt(viewportPos);
    const Touchpoint *t = document()->workspace().touchpoints.find(id);
    if (!t)
        return;
    const bool editable = !document()->isReadOnly();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("journeyCardMenu"));
    QMenu *owners = menu.addMenu(tr("Set &owner"));
    owners->setObjectName(QStringLiteral("ownerMenu"));
    const bool textOnly = !t->ownerStakeholder.isValid() && !t->owner.trimmed().isEmpty();
    if (textOnly) { // an owner typed as text, not one of the stakeholders: shown, not chosen here
        QString label = tr("“%1” (text)").arg(t->owner);
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *current = owners->addAction(label);
        current->setCheckable(true);
        current->setChecked(true);
        current->setEnabled(false);
    }
    QAction *none = owners->addAction(tr("None"));
    none->setCheckable(true);
    none->setChecked(!t->ownerStakeholder.isValid() && !textOnly);
    none->setEnabled(editable);
    connect(none, &QAction::triggered, this, [this, id] { setOwner(id, {}); });
    const Workspace &w = document()->workspace();
    const bool severalMaps = w.stakeholderMaps.size() > 1;
    for (const StakeholderMap &map : w.stakeholderMaps) {
        const QList<Stakeholder> people = w.stakeholders.children(map.id.value);
        if (people.isEmpty())
            continue;
        owners->addSeparator();
        if (severalMaps) { // which map the names below come from (styles draw sections without text)
            QString heading = map.name;
            heading.replace(QLatin1Char('&'), QStringLiteral("&&"));
            owners->addAction(heading)->setEnabled(false);
        }
        for (const Stakeholder &s : people) {
            QString label = s.name;
            label.replace(QLatin1Char('&'), QStringLiteral("&&")); // a name, not a mnemonic
            QAction *action = owners->addAction(label);
            action->setCheckable(true);
            action->setChecked(t->ownerStakeholder == s.id);
            action->setEnabled(editable);
            action->setData(s.id.value);
            connect(action, &QAction::triggered, this, [this, id, person = s.id] { setOwner(id, person); });
        }
    }
    if (w.stakeholders.isEmpty())
        owners->addAction(tr("No stakeholders yet: add them on a stakeholder map"))->setEnabled(false);
    menu.exec(m_grid->viewport()->mapToGlobal(viewportPos));
}

} // namespace waymark
