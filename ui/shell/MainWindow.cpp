// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "DocumentController.h"
#include "EditorArea.h"
#include "UndoHistoryDock.h"
#include "WelcomePage.h"
#include "export/ExportActions.h"
#include "feedback/FeedbackDock.h"
#include "insights/InsightsActions.h"
#include "issues/IssuesDock.h"
#include "issues/IssuesModel.h"
#include "navigator/NavigatorDock.h"
#include "navigator/NavigatorModel.h"
#include "widgets/MessageBanner.h"

#include "document/Document.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace waymark {
namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
constexpr int kStatusTimeout = 8000;

QString droppedWorkspace(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".waymark"), Qt::CaseInsensitive))
            return url.toLocalFile();
    return {};
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_undoGroup(new QUndoGroup(this)), m_issues(new IssuesModel(this)),
      m_controller(new DocumentController(this, m_issues)), m_banner(new MessageBanner),
      m_editorArea(new EditorArea), m_navigator(new NavigatorDock(this)),
      m_issuesDock(new IssuesDock(m_issues, this)), m_undoDock(new UndoHistoryDock(m_undoGroup, this)),
      m_feedbackDock(new FeedbackDock(m_controller, m_issues, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    setDocumentMode(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_editorArea, 1);
    setCentralWidget(central);

    addDockWidget(Qt::LeftDockWidgetArea, m_navigator);
    addDockWidget(Qt::BottomDockWidgetArea, m_issuesDock);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_issuesDock->hide();
    m_undoDock->hide();
    addDockWidget(Qt::BottomDockWidgetArea, m_feedbackDock);
    m_feedbackDock->hide();

    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    createMenus();
    statusBar();

    connect(m_controller, &DocumentController::documentChanged, this, &MainWindow::documentChanged);
    connect(m_controller, &DocumentController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, kStatusTimeout); });
    connect(m_navigator, &NavigatorDock::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, kStatusTimeout); });
    connect(m_navigator, &NavigatorDock::openRequested, m_editorArea, &EditorArea::open);
    connect(m_editorArea, &EditorArea::feedbackRequested, m_feedbackDock, &FeedbackDock::showTouchpoint);
    connect(m_issuesDock, &IssuesDock::objectActivated, this, &MainWindow::showEntity);
    connect(m_issues, &IssuesModel::issueAdded, this, [this](IssuesModel::Severity severity) {
        if (severity != IssuesModel::Severity::Info)
            m_issuesDock->show();
    });

    WelcomePage *welcome = m_editorArea->welcomePage();
    connect(welcome, &WelcomePage::newRequested, m_controller, &DocumentController::newWorkspace);
    connect(welcome, &WelcomePage::openRequested, m_controller, &DocumentController::open);
    connect(welcome, &WelcomePage::templateRequested, m_controller, &DocumentController::newFromTemplate);
    connect(welcome, &WelcomePage::recentRequested, this, &MainWindow::openFile);

    restoreLayout();
    documentChanged(nullptr);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_controller->newAction());
    file->addAction(m_controller->newFromTemplateAction());
    file->addAction(m_controller->openAction());
    file->addMenu(m_controller->recentMenu());
    file->addSeparator();
    file->addAction(m_controller->saveAction());
    file->addAction(m_controller->saveAsAction());
    file->addAction(m_controller->revertAction());
    file->addSeparator();
    file->addAction(m_feedbackDock->importAction());
    file->addAction(m_feedbackDock->suggestAction());
    file->addSeparator();
    auto *exportActions = new ExportActions(this, m_controller);
    file->addAction(exportActions->exportAction());
    file->addAction(exportActions->printPreviewAction());
    file->addSeparator();
    file->addAction(m_controller->closeAction());
    file->addSeparator();
    file->addAction(m_controller->quitAction());

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_navigator->renameAction());
    edit->addAction(m_navigator->duplicateAction());
    edit->addAction(m_navigator->deleteAction());
    edit->addSeparator();
    edit->addAction(m_navigator->moveUpAction());
    edit->addAction(m_navigator->moveDownAction());
    edit->addSeparator();
    QMenu *add = edit->addMenu(tr("&Add"));
    for (EntityKind kind : NavigatorModel::groupKinds)
        add->addAction(m_navigator->newAction(kind));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *navigator = m_navigator->toggleViewAction();
    navigator->setText(tr("&Navigator"));
    view->addAction(navigator);
    QAction *issues = m_issuesDock->toggleViewAction();
    issues->setText(tr("&Issues"));
    view->addAction(issues);
    QAction *history = m_undoDock->toggleViewAction();
    history->setText(tr("Undo &History"));
    view->addAction(history);
    QAction *feedback = m_feedbackDock->toggleViewAction();
    feedback->setText(tr("&Feedback"));
    view->addAction(feedback);
    view->addAction((new InsightsActions(this, m_controller, m_editorArea))->insightsAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Waymark"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::startUp(const QString &file)
{
    const bool recovered = m_controller->offerRecovery();
    if (file.isEmpty())
        return;
    Document *document = m_controller->document();
    if (!recovered || (document && document->filePath() == QFileInfo(file).absoluteFilePath())) {
        if (!recovered)
            openFile(file);
        return;
    }
    // The recovered workspace has this window; the requested file gets its own.
    auto *other = new MainWindow;
    other->show();
    other->openFile(file);
}

bool MainWindow::openFile(const QString &path)
{
    return m_controller->openFile(path);
}

void MainWindow::showEntity(EntityKind kind, qint64 id)
{
    if (m_navigator->select(kind, id))
        m_editorArea->open(kind, id);
}

void MainWindow::documentChanged(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_banner->hide();
    m_navigator->setDocument(document);
    m_editorArea->setDocument(document);
    m_issues->setDocument(document);
    if (document) {
        m_undoGroup->addStack(document->undoStack());
        m_undoGroup->setActiveStack(document->undoStack());
        connect(document, &Document::modifiedChanged, this, &QWidget::setWindowModified);
        connect(document, &Document::filePathChanged, this, &MainWindow::updateTitle);
        connect(document, &Document::workspaceInfoChanged, this, &MainWindow::updateTitle);
        connect(document, &Document::storageFailed, this, [this](const QString &message) {
            m_banner->showMessage(message);
            m_issues->addIssue(IssuesModel::Severity::Warning, message);
        });
        m_navigator->view()->setFocus();
    } else {
        m_undoGroup->setActiveStack(nullptr);
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Waymark"));
        setWindowModified(false);
        return;
    }
    const QString title = m_document->isReadOnly() ? tr("%1[*] — Waymark (read-only)") : tr("%1[*] — Waymark");
    setWindowTitle(title.arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(qMin(1440, available.width() * 9 / 10), qMin(900, available.height() * 9 / 10));
        move(available.center() - rect().center());
    }
    if (!restoreState(settings.value(kStateKey).toByteArray())) {
        // Dock sizes only apply once the window is laid out.
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_navigator}, {fontMetrics().averageCharWidth() * 44}, Qt::Horizontal);
        });
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_controller->closeDocument()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedWorkspace(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedWorkspace(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop returns: opening may ask questions in modal dialogs.
    QMetaObject::invokeMethod(this, [this, path] { openFile(path); }, Qt::QueuedConnection);
}

void MainWindow::showAbout()
{
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty())
        version = QStringLiteral(WAYMARK_VERSION);
    QMessageBox::about(this, tr("About Waymark"),
                       tr("<h3>Waymark %1</h3>"
                          "<p>Customer-journey mapping with numbers you can defend.</p>"
                          "<p>Personas, empathy maps, stakeholder maps and journeys, with customer feedback "
                          "attached to the touchpoints it is about.</p>"
                          "<p>Free software under the GNU General Public License, version 3 or later.</p>")
                           .arg(version.toHtmlEscaped()));
}

} // namespace waymark
