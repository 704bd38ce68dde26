// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyEditorPage.h"

#include "CardPanel.h"
#include "JourneyScene.h"
#include "JourneyView.h"
#include "PresentationWindow.h"

#include "commands/EditCommand.h"
#include "commands/JourneyEdits.h"
#include "commands/WorkspaceEdits.h"
#include "document/Document.h"
#include "scoring/DefaultScoreOptions.h"
#include "scoring/LiveScores.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace waymark {

JourneyEditorPage::JourneyEditorPage(Document *document, qint64 journeyId, QWidget *parent)
    : OverviewPage(document, EntityKind::Journey, journeyId, parent),
      m_scene(new JourneyScene(document, JourneyId(journeyId), this)), m_view(new JourneyView(m_scene, this)),
      m_panel(new CardPanel(document, this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_canvases(new QSplitter(Qt::Vertical, this)), m_zoomLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("journeyEditorPage"));
    setFocusProxy(m_view);
    const JourneyId journey(journeyId);

    auto *zoomIn = new QAction(tr("Zoom &In"), this);
    auto *zoomOut = new QAction(tr("Zoom &Out"), this);
    auto *fit = new QAction(tr("&Fit to Window"), this);
    auto *present = new QAction(tr("&Present"), this);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomOut->setShortcuts({QKeySequence::ZoomOut, QKeySequence(Qt::CTRL | Qt::Key_Underscore)});
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    present->setShortcut(QKeySequence(Qt::Key_F5));
    for (QAction *a : {zoomIn, zoomOut, fit, present}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text().remove(QLatin1Char('&')), a->shortcut().toString(QKeySequence::NativeText)));
        addAction(a);
    }
    connect(zoomIn, &QAction::triggered, m_view, &JourneyView::zoomIn);
    connect(zoomOut, &QAction::triggered, m_view, &JourneyView::zoomOut);
    connect(fit, &QAction::triggered, m_view, &JourneyView::fitToWindow);
    connect(present, &QAction::triggered, this, &JourneyEditorPage::startPresentation);

    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("journeyToolBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(8, 4, 8, 4);
    const auto button = [bar](const QString &text) {
        auto *b = new QToolButton(bar);
        b->setText(text);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    auto *addStage = button(tr("+ Stage"));
    connect(addStage, &QToolButton::clicked, this, [this, journey] {
        if (this->document() && !this->document()->isReadOnly())
            this->document()->execute(JourneyEdits::addStage(this->document(), journey, -1, tr("New stage")));
    });
    row->addWidget(addStage);
    auto *addLane = button(tr("+ Lane"));
    auto *laneMenu = new QMenu(addLane);
    for (LaneKind kind : {LaneKind::Actions, LaneKind::Touchpoints, LaneKind::Thoughts, LaneKind::Emotions,
                          LaneKind::PainPoints, LaneKind::Opportunities, LaneKind::Backstage, LaneKind::Owners,
                          LaneKind::Custom}) {
        const QString name = JourneyEdits::laneKindName(kind);
        laneMenu->addAction(name, this, [this, journey, name, kind] {
            if (this->document() && !this->document()->isReadOnly())
                this->document()->execute(JourneyEdits::addLane(this->document(), journey, -1, name, kind));
        });
    }
    addLane->setMenu(laneMenu);
    addLane->setPopupMode(QToolButton::InstantPopup);
    row->addWidget(addLane);
    auto *compare = button(tr("Compare Emotions"));
    m_compareMenu = new QMenu(compare);
    connect(m_compareMenu, &QMenu::aboutToShow, this, &JourneyEditorPage::fillCompareMenu);
    compare->setMenu(m_compareMenu);
    compare->setPopupMode(QToolButton::InstantPopup);
    row->addWidget(compare);
    row->addWidget(scoresButton(button(tr("Scores"))));
    auto *toBe = button(tr("As-is / To-be"));
    auto *toBeMenu = new QMenu(toBe);
    connect(toBeMenu, &QMenu::aboutToShow, this, [this, toBeMenu] {
        toBeMenu->clear();
        const JourneyId other = counterpart();
        if (other.isValid()) {
            QAction *side = toBeMenu->addAction(tr("Show Side by Side"));
            side->setCheckable(true);
            side->setChecked(m_sideView != nullptr);
            connect(side, &QAction::toggled, this, [this, other](bool on) { showSideBySide(on ? other : JourneyId()); });
        }
        toBeMenu->addAction(tr("Create To-be Version"), this, &JourneyEditorPage::createToBe)
            ->setEnabled(this->document() && !this->document()->isReadOnly());
    });
    toBe->setMenu(toBeMenu);
    toBe->setPopupMode(QToolButton::InstantPopup);
    row->addWidget(toBe);
    auto *hint = new QLabel(tr("Select a cell and type · Enter edits · drag cards · drag from ➜ to connect"), bar);
    hint->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(hint, 1);
    for (auto [action, text] : {std::pair{zoomOut, QStringLiteral("−")}}) {
        auto *b = button(text);
        b->setDefaultAction(action);
        b->setText(text);
        row->addWidget(b);
    }
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("8888 %")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    row->addWidget(m_zoomLabel);
    for (auto [action, text] : {std::pair{zoomIn, QStringLiteral("+")}, std::pair{fit, tr("Fit")}, std::pair{present, tr("Present")}}) {
        auto *b = button(text);
        b->setDefaultAction(action);
        b->setText(text);
        row->addWidget(b);
    }

    m_canvases->addWidget(m_view);
    auto *panelScroll = new QScrollArea(this);
    panelScroll->setWidget(m_panel);
    panelScroll->setWidgetResizable(true);
    panelScroll->setMinimumWidth(260);
    m_splitter->addWidget(m_canvases);
    m_splitter->addWidget(panelScroll);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({1200, 300});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_splitter, 1);

    const auto showZoom = [this](qreal zoom) { m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100))); };
    connect(m_view, &JourneyView::zoomChanged, this, showZoom);
    showZoom(m_view->zoom());
    connect(m_scene, &JourneyScene::selectedCardChanged, m_panel, &CardPanel::setCard);
    connect(m_scene, &JourneyScene::feedbackRequested, this, &JourneyEditorPage::feedbackRequested);
}

void JourneyEditorPage::rebuild()
{
    // The scene follows the document itself; the title follows through OverviewPage.
}

void JourneyEditorPage::fillCompareMenu()
{
    m_compareMenu->clear();
    if (!document())
        return;
    const Workspace &w = document()->workspace();
    const Journey *self = w.journeys.find(m_scene->journeyId());
    for (const Journey &j : w.journeys) {
        if (j.id == m_scene->journeyId())
            continue;
        const Persona *p = w.personas.find(j.personaId);
        QAction *a = m_compareMenu->addAction(p ? QStringLiteral("%1 · %2").arg(p->name, j.name) : j.name);
        a->setCheckable(true);
        a->setChecked(m_scene->overlayJourneys().contains(j.id));
        const JourneyId id = j.id;
        connect(a, &QAction::toggled, this, [this, id](bool on) {
            QList<JourneyId> list = m_scene->overlayJourneys();
            list.removeAll(id);
            if (on)
                list.append(id);
            m_scene->setOverlayJourneys(list);
        });
    }
    if (m_compareMenu->isEmpty())
        m_compareMenu->addAction(tr("No other journeys"))->setEnabled(false);
    Q_UNUSED(self)
}

JourneyId JourneyEditorPage::counterpart() const
{
    if (!document())
        return {};
    const Workspace &w = document()->workspace();
    const Journey *self = w.journeys.find(m_scene->journeyId());
    if (!self)
        return {};
    for (const Journey &j : w.journeys)
        if (j.id != self->id && j.personaId == self->personaId && j.variant != self->variant && j.category == self->category)
            return j.id;
    return {};
}

JourneyId JourneyEditorPage::createToBe()
{
    Document *doc = document();
    if (!doc || doc->isReadOnly())
        return {};
    const Journey *found = doc->workspace().journeys.find(m_scene->journeyId());
    if (!found)
        return {};
    const Journey self = *found; // a copy: inserting the duplicate moves the list's items
    QString name = self.name;
    name.replace(tr("(as-is)"), QString());
    name = tr("%1 (to-be)").arg(name.trimmed());
    qint64 created = 0;
    QUndoCommand *dup = WorkspaceEdits::duplicate(doc, EntityKind::Journey, self.id.value, &created);
    if (!dup)
        return {};
    doc->undoStack()->beginMacro(tr("Create to-be version of “%1”").arg(self.name));
    doc->execute(dup);
    Journey toBe = *doc->workspace().journeys.find(JourneyId(created));
    toBe.name = name;
    toBe.variant = self.variant == JourneyVariant::AsIs ? JourneyVariant::ToBe : JourneyVariant::AsIs;
    doc->execute(new EditCommand<Journey>(doc, toBe, {}));
    doc->undoStack()->endMacro();
    showSideBySide(JourneyId(created));
    return JourneyId(created);
}

void JourneyEditorPage::showSideBySide(JourneyId other)
{
    delete m_sideView;
    delete m_sideScene;
    m_sideView = nullptr;
    m_sideScene = nullptr;
    if (!other.isValid() || !document())
        return;
    m_sideScene = new JourneyScene(document(), other, this);
    m_sideView = new JourneyView(m_sideScene, this);
    m_canvases->addWidget(m_sideView);
    connect(m_sideScene, &JourneyScene::journeyGone, this, [this] { QMetaObject::invokeMethod(this, [this] { showSideBySide({}); }, Qt::QueuedConnection); });
    connect(m_sideScene, &JourneyScene::selectedCardChanged, m_panel, &CardPanel::setCard);
    connect(m_sideScene, &JourneyScene::feedbackRequested, this, &JourneyEditorPage::feedbackRequested);
    m_sideView->setZoom(m_view->zoom());
    connect(m_view, &JourneyView::zoomChanged, m_sideView, &JourneyView::setZoom);
}

void JourneyEditorPage::startPresentation()
{
    if (m_presentation) {
        m_presentation->raise();
        return;
    }
    m_presentation = new PresentationWindow(m_scene, this);
    m_presentation->showFullScreen();
    m_presentation->showStage(0);
    m_presentation->setFocus();
}

QToolButton *JourneyEditorPage::scoresButton(QToolButton *button)
{
    auto *menu = new QMenu(button);
    QAction *badges = menu->addAction(tr("Score &Badges and Stage Totals"));
    badges->setCheckable(true);
    badges->setChecked(m_scene->badgesVisible());
    connect(badges, &QAction::toggled, m_scene, &JourneyScene::setBadgesVisible);
    QAction *measured = menu->addAction(tr("&Measured Emotion and Gap"));
    measured->setCheckable(true);
    measured->setChecked(m_scene->measuredVisible());
    connect(measured, &QAction::toggled, m_scene, &JourneyScene::setMeasuredVisible);
    menu->addSection(tr("Badges show"));
    auto *metrics = new QActionGroup(menu);
    const auto addMetric = [this, menu, metrics](const QString &text, std::optional<Metric> metric) {
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(!metric);
        metrics->addAction(a);
        connect(a, &QAction::triggered, m_scene, [this, metric] { m_scene->setBadgeMetric(metric); });
    };
    addMetric(tr("The Journey's Primary Metric"), std::nullopt);
    for (Metric m : {Metric::Csat, Metric::Nps, Metric::Ces, Metric::Sentiment})
        addMetric(m == Metric::Sentiment ? tr("Sentiment") : metricLabel(m), m);
    // The badges, stage totals and measured curve follow attachments incrementally
    // (LiveScores) instead of the scene recomputing every score on each change.
    if (document()) {
        auto *live = new LiveScores(document(), JourneyId(entityId()), defaultScoreOptions(), this);
        live->setObjectName(QStringLiteral("liveScores"));
        connect(live, &LiveScores::scoresChanged, m_scene, [this, live] { m_scene->setScores(live->scores()); });
        m_scene->setScores(live->scores());
    }
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolTip(tr("Score badges, stage totals and the measured emotion on the map"));
    return button;
}

} // namespace waymark
