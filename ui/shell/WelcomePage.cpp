// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "RecentFiles.h"
#include "widgets/LinkCard.h"
#include "widgets/PlainLabel.h"

#include "interchange/TemplateLibrary.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace waymark {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_hint(new PlainLabel({}, this)), m_templates(new QGridLayout),
      m_recent(new QVBoxLayout), m_noRecent(new PlainLabel(tr("No recent workspaces yet."), PlainLabel::Role::Secondary))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto *canvas = new QWidget;
    auto *canvasLayout = new QHBoxLayout(canvas);
    canvasLayout->setContentsMargins(32, 40, 32, 40);
    auto *column = new QWidget(canvas);
    // A readable measure, growing with the font (and so with the screen's scale factor).
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 150);
    canvasLayout->addStretch(1);
    canvasLayout->addWidget(column, 100);
    canvasLayout->addStretch(1);
    scroll->setWidget(canvas);

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *brand = new QHBoxLayout;
    brand->setSpacing(16);
    const int iconSize = fontMetrics().height() * 3;
    auto *icon = new QLabel(column);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/waymark.svg")).pixmap(iconSize, iconSize));
    icon->setFixedSize(iconSize, iconSize);
    brand->addWidget(icon, 0, Qt::AlignVCenter);
    auto *brandText = new QVBoxLayout;
    brandText->setSpacing(2);
    brandText->addWidget(new PlainLabel(tr("Waymark"), PlainLabel::Role::Title, column));
    auto *tagline = new PlainLabel(tr("Map your customers’ journeys and close the gap between what you believe "
                                      "you deliver and what they experience."),
                                   PlainLabel::Role::Secondary, column);
    tagline->setWordWrap(true);
    brandText->addWidget(tagline);
    brand->addLayout(brandText, 1);
    layout->addLayout(brand);

    layout->addSpacing(12);
    m_hint->setObjectName(QStringLiteral("welcomeHint"));
    m_hint->setWordWrap(true);
    m_hint->hide();
    layout->addWidget(m_hint);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    auto *newButton = new QPushButton(tr("New Workspace"), column);
    newButton->setObjectName(QStringLiteral("welcomeNewButton"));
    auto *openButton = new QPushButton(tr("Open…"), column);
    openButton->setObjectName(QStringLiteral("welcomeOpenButton"));
    for (QPushButton *button : {newButton, openButton}) {
        button->setMinimumHeight(fontMetrics().height() * 2 + 4);
        button->setMinimumWidth(fontMetrics().averageCharWidth() * 20);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);

    layout->addSpacing(24);
    layout->addWidget(new PlainLabel(tr("Start from a template"), PlainLabel::Role::Heading, column));
    layout->addWidget(new PlainLabel(tr("Example workspaces with personas, empathy maps, stakeholders and a journey "
                                        "to adapt."),
                                     PlainLabel::Role::Secondary, column));
    layout->addSpacing(4);
    m_templates->setSpacing(10);
    layout->addLayout(m_templates);
    buildTemplates();

    layout->addSpacing(24);
    layout->addWidget(new PlainLabel(tr("Recent workspaces"), PlainLabel::Role::Heading, column));
    layout->addSpacing(4);
    m_recent->setSpacing(8);
    layout->addLayout(m_recent);
    layout->addWidget(m_noRecent);
    layout->addStretch();
}

void WelcomePage::buildTemplates()
{
    const QList<TemplateInfo> templates = TemplateLibrary::templates();
    for (int i = 0; i < templates.size(); ++i) {
        const TemplateInfo &info = templates[i];
        auto *card = new LinkCard(info.title, info.description, this);
        card->setObjectName(QStringLiteral("template-") + info.name);
        card->setIcon(QIcon(QStringLiteral(":/ui/icons/journey.svg")));
        connect(card, &LinkCard::clicked, this, [this, name = info.name] { emit templateRequested(name); });
        m_templates->addWidget(card, i / 3, i % 3);
    }
    for (int column = 0; column < 3; ++column)
        m_templates->setColumnStretch(column, 1);
}

void WelcomePage::refresh()
{
    while (QLayoutItem *item = m_recent->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList files = RecentFiles::list();
    for (const QString &path : files) {
        const QFileInfo info(path);
        auto *card = new LinkCard(info.fileName(), QDir::toNativeSeparators(info.absolutePath()), this);
        card->setObjectName(QStringLiteral("recentFile"));
        connect(card, &LinkCard::clicked, this, [this, path] { emit recentRequested(path); });
        m_recent->addWidget(card);
    }
    m_noRecent->setVisible(files.isEmpty());
}

void WelcomePage::setOpenWorkspace(const QString &displayName)
{
    m_hint->setText(tr("“%1” is open. Double-click a persona, map or journey in the navigator to view it.")
                        .arg(displayName));
    m_hint->setVisible(!displayName.isEmpty());
}

void WelcomePage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace waymark
