// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderMapOverviewPage.h"

#include "util/DisplayText.h"
#include "widgets/PlainLabel.h"

#include "document/Document.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {
namespace {
enum Column { Name, Role, Department, Attitude, Power, Interest, Quadrant, Strategy, Notes, ColumnCount };
} // namespace

StakeholderMapOverviewPage::StakeholderMapOverviewPage(Document *document, qint64 mapId, QWidget *parent)
    : OverviewPage(document, EntityKind::StakeholderMap, mapId, parent),
      m_title(new PlainLabel({}, PlainLabel::Role::Title, this)),
      m_summary(new PlainLabel({}, PlainLabel::Role::Secondary, this)), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("stakeholderMapOverviewPage"));
    m_table->setObjectName(QStringLiteral("stakeholderTable"));
    m_title->setWordWrap(true);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Department"), tr("Attitude"), tr("Power"),
                                        tr("Interest"), tr("Quadrant"), tr("Strategy"), tr("Notes")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long free text wraps in the stretching columns; role and department get a fixed share.
    const int charWidth = fontMetrics().averageCharWidth();
    for (const auto &[column, chars] : {std::pair{Role, 26}, std::pair{Department, 18}}) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        m_table->horizontalHeader()->resizeSection(column, charWidth * chars);
    }
    m_table->horizontalHeader()->setSectionResizeMode(Strategy, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Notes, QHeaderView::Stretch);
    // Wrapped cells get their height from the final column widths, not the first layout's.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableView::resizeRowsToContents,
            Qt::QueuedConnection);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_table, 1);
}

void StakeholderMapOverviewPage::rebuild()
{
    const Workspace &w = document()->workspace();
    const StakeholderMap *map = w.stakeholderMaps.find(StakeholderMapId(entityId()));
    if (!map)
        return;
    m_title->setText(map->name);
    const QList<Stakeholder> people = w.stakeholders.children(map->id.value);
    m_summary->setText(tr("Stakeholders: %1 · quadrant from power and interest, each split at 50 %")
                           .arg(people.size()));
    m_table->setRowCount(int(people.size()));
    const QLocale locale;
    for (int r = 0; r < people.size(); ++r) {
        const Stakeholder &s = people[r];
        const QString quadrant = DisplayText::stakeholderStrategy(s.power, s.interest);
        const QString cells[ColumnCount] = {
            s.name,
            s.role,
            s.department,
            DisplayText::attitude(s.attitude),
            locale.toString(qRound(s.power * 100)) + QStringLiteral(" %"),
            locale.toString(qRound(s.interest * 100)) + QStringLiteral(" %"),
            quadrant,
            s.strategy,
            s.notes,
        };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(DisplayText::literal(cells[c]));
            if (c == Power || c == Interest)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeRowsToContents();
}

} // namespace waymark
