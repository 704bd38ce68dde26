// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonaOverviewPage.h"

#include "widgets/Avatar.h"
#include "widgets/PlainLabel.h"
#include "widgets/TraitBar.h"

#include "document/Document.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace waymark {
namespace {

PlainLabel *wrapped(const QString &text, QWidget *parent, PlainLabel::Role role = PlainLabel::Role::Body)
{
    auto *label = new PlainLabel(text, role, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// A heading and its items as a bulleted list ("—" when there are none).
QWidget *listSection(const QString &title, const QStringList &items, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(new PlainLabel(title, PlainLabel::Role::Heading, box));
    if (items.isEmpty())
        layout->addWidget(new PlainLabel(QStringLiteral("—"), PlainLabel::Role::Secondary, box));
    for (const QString &item : items) {
        auto *row = new QHBoxLayout;
        row->setSpacing(6);
        row->addWidget(new PlainLabel(QStringLiteral("•"), box), 0, Qt::AlignTop);
        row->addWidget(wrapped(item, box), 1);
        layout->addLayout(row);
    }
    return box;
}

} // namespace

PersonaOverviewPage::PersonaOverviewPage(Document *document, qint64 personaId, QWidget *parent)
    : OverviewPage(document, EntityKind::Persona, personaId, parent), m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("personaOverviewPage"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

void PersonaOverviewPage::rebuild()
{
    const Persona *persona = document()->workspace().personas.find(PersonaId(entityId()));
    if (!persona)
        return;
    const int scrollPosition = m_scroll->verticalScrollBar()->value();
    auto *content = new QWidget;
    auto *outer = new QVBoxLayout(content);
    outer->setContentsMargins(24, 20, 24, 24);
    outer->setSpacing(18);

    // Header: picture, name, quote.
    auto *header = new QHBoxLayout;
    header->setSpacing(18);
    const int avatarSize = fontMetrics().height() * 9 / 2;
    auto *avatar = new QLabel(content);
    avatar->setPixmap(Avatar::render(*persona, avatarSize, devicePixelRatioF()));
    avatar->setFixedSize(avatarSize, avatarSize);
    header->addWidget(avatar, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    headerText->setSpacing(4);
    auto *name = wrapped(persona->name, content, PlainLabel::Role::Title);
    name->setObjectName(QStringLiteral("personaName"));
    headerText->addWidget(name);
    if (!persona->segment.isEmpty())
        headerText->addWidget(wrapped(persona->segment, content, PlainLabel::Role::Secondary));
    if (!persona->quote.isEmpty()) {
        auto *quote = wrapped(tr("“%1”").arg(persona->quote), content);
        QFont italic = quote->font();
        italic.setItalic(true);
        italic.setPointSizeF(italic.pointSizeF() * 1.1);
        quote->setFont(italic);
        quote->setObjectName(QStringLiteral("personaQuote"));
        headerText->addSpacing(4);
        headerText->addWidget(quote);
    }
    header->addLayout(headerText, 1);
    outer->addLayout(header);

    auto *columns = new QGridLayout;
    columns->setHorizontalSpacing(36);
    columns->setVerticalSpacing(18);

    // Left column: demographics and traits.
    auto *about = new QWidget(content);
    auto *aboutLayout = new QVBoxLayout(about);
    aboutLayout->setContentsMargins(0, 0, 0, 0);
    aboutLayout->setSpacing(6);
    aboutLayout->addWidget(new PlainLabel(tr("About"), PlainLabel::Role::Heading, about));
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(6);
    const std::pair<QString, QString> fields[] = {
        {tr("Age"), persona->age},           {tr("Occupation"), persona->occupation},
        {tr("Location"), persona->location}, {tr("Family"), persona->family},
        {tr("Segment"), persona->segment},
    };
    for (const auto &[label, value] : fields)
        form->addRow(new PlainLabel(label, PlainLabel::Role::Secondary, about),
                     wrapped(value.isEmpty() ? QStringLiteral("—") : value, about));
    aboutLayout->addLayout(form);
    aboutLayout->addSpacing(12);
    aboutLayout->addWidget(new PlainLabel(tr("Traits"), PlainLabel::Role::Heading, about));
    if (persona->traits.isEmpty())
        aboutLayout->addWidget(new PlainLabel(QStringLiteral("—"), PlainLabel::Role::Secondary, about));
    auto *traits = new QFormLayout;
    traits->setHorizontalSpacing(16);
    traits->setVerticalSpacing(8);
    traits->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const Trait &trait : persona->traits) {
        auto *bar = new TraitBar(trait.value, about);
        bar->setObjectName(QStringLiteral("trait"));
        traits->addRow(wrapped(trait.name, about), bar);
    }
    aboutLayout->addLayout(traits);
    aboutLayout->addStretch();
    columns->addWidget(about, 0, 0, 3, 1);

    // Right columns: the lists.
    const std::pair<QString, const QStringList *> lists[] = {
        {tr("Goals"), &persona->goals},           {tr("Needs"), &persona->needs},
        {tr("Frustrations"), &persona->frustrations}, {tr("Behaviours"), &persona->behaviours},
        {tr("Channels"), &persona->channels},     {tr("Expectations"), &persona->expectations},
    };
    int i = 0;
    for (const auto &[title, items] : lists) {
        columns->addWidget(listSection(title, *items, content), i / 2, 1 + i % 2, Qt::AlignTop);
        ++i;
    }
    columns->setColumnStretch(0, 4);
    columns->setColumnStretch(1, 5);
    columns->setColumnStretch(2, 5);
    outer->addLayout(columns);
    outer->addStretch();

    content->setMaximumWidth(fontMetrics().averageCharWidth() * 190);
    auto *centering = new QWidget;
    auto *centeringLayout = new QHBoxLayout(centering);
    centeringLayout->setContentsMargins(0, 0, 0, 0);
    centeringLayout->addWidget(content, 1);
    centeringLayout->addStretch(0);
    delete m_scroll->takeWidget();
    m_scroll->setWidget(centering);
    QTimer::singleShot(0, m_scroll, [scroll = m_scroll, scrollPosition] {
        scroll->verticalScrollBar()->setValue(scrollPosition);
    });
}

} // namespace waymark
