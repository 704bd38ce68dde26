// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentController.h"

#include "RecentFiles.h"
#include "RecoveryDialog.h"
#include "TemplateDialog.h"
#include "util/DisplayText.h"

#include "document/Document.h"
#include "interchange/TemplateLibrary.h"
#include "storage/WorkingCopy.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace waymark {
namespace {
const QString kSuffix = QStringLiteral("waymark");

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}
} // namespace

DocumentController::DocumentController(QWidget *window, IssuesModel *issues)
    : QObject(window), m_window(window), m_issues(issues)
{
    auto makeAction = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_new = makeAction(tr("&New"), QKeySequence::New, [this] { newWorkspace(); });
    m_newFromTemplate = makeAction(tr("New from &Template…"), {}, [this] { newFromTemplate(); });
    m_open = makeAction(tr("&Open…"), QKeySequence::Open, [this] { open(); });
    m_save = makeAction(tr("&Save"), QKeySequence::Save, [this] { save(); });
    m_saveAs = makeAction(tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { saveAs(); });
    m_revert = makeAction(tr("Re&vert"), {}, [this] { revert(); });
    m_close = makeAction(tr("&Close"), QKeySequence::Close, [this] { closeDocument(); });
    m_quit = makeAction(tr("&Quit"), QKeySequence::Quit, [] { QApplication::closeAllWindows(); });
    m_quit->setMenuRole(QAction::QuitRole);
    m_recentMenu = new QMenu(tr("Open &Recent"), window);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &DocumentController::rebuildRecentMenu);
    rebuildRecentMenu();
    updateActions();
}

DocumentController::~DocumentController()
{
    if (m_document)
        m_document->close();
}

void DocumentController::setDocument(std::unique_ptr<Document> document)
{
    std::unique_ptr<Document> previous = std::move(m_document);
    m_document = std::move(document);
    if (m_document) {
        connect(m_document.get(), &Document::modifiedChanged, this, &DocumentController::updateActions);
        connect(m_document.get(), &Document::filePathChanged, this, &DocumentController::updateActions);
    }
    m_issues->clear();
    updateActions();
    emit documentChanged(m_document.get());
    // Only now that nothing shows it any more: release its working copy and lock.
    if (previous)
        previous->close();
}

void DocumentController::updateActions()
{
    const bool open = m_document != nullptr;
    m_save->setEnabled(open);
    m_saveAs->setEnabled(open);
    m_close->setEnabled(open);
    m_revert->setEnabled(open && !m_document->isReadOnly() && !m_document->filePath().isEmpty()
                         && m_document->isModified());
}

void DocumentController::warn(const QString &title, const QString &message, const Error &error)
{
    // File names and messages are shown literally, never as markup.
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(DisplayText::literal(error.text()));
    box.exec();
}

bool DocumentController::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("“%1” has unsaved changes. Save them first?").arg(m_document->displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("If you don’t save, your changes will be lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

bool DocumentController::closeDocument()
{
    if (!maybeSave())
        return false;
    setDocument(nullptr);
    return true;
}

void DocumentController::newWorkspace()
{
    if (!maybeSave())
        return;
    auto created = Document::create();
    if (!created) {
        warn(tr("New Workspace"), tr("Could not create a new workspace."), created.error());
        return;
    }
    setDocument(std::move(*created));
}

void DocumentController::newFromTemplate(const QString &name)
{
    QString key = name;
    if (key.isEmpty()) {
        TemplateDialog dialog(m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        key = dialog.selectedTemplate();
        if (key.isEmpty())
            return;
    }
    auto data = TemplateLibrary::load(key);
    if (!data) {
        warn(tr("New Workspace"), tr("Could not load the template “%1”.").arg(key), data.error());
        return;
    }
    if (!maybeSave())
        return;
    auto created = Document::create(&*data);
    if (!created) {
        warn(tr("New Workspace"), tr("Could not create a workspace from the template “%1”.").arg(key), created.error());
        return;
    }
    setDocument(std::move(*created));
}

void DocumentController::open()
{
    QString directory = m_document && !m_document->filePath().isEmpty()
        ? QFileInfo(m_document->filePath()).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Workspace"), directory,
                                                      tr("Waymark workspaces (*.waymark)"));
    if (!path.isEmpty())
        openFile(path);
}

bool DocumentController::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_document && m_document->filePath() == absolute)
        return true; // already open here
    if (!maybeSave())
        return false;
    auto opened = Document::open(absolute);
    if (!opened && opened.error().code == Error::Code::Locked) {
        QMessageBox box(QMessageBox::Question, tr("Workspace in Use"),
                        tr("“%1” is already open for editing.").arg(fileNameOf(absolute)), QMessageBox::Cancel,
                        m_window);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(DisplayText::literal(opened.error().text()) + QStringLiteral("<p>")
                               + tr("You can open it read-only, look at it and save a copy.") + QStringLiteral("</p>"));
        QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
        box.setDefaultButton(readOnly);
        box.exec();
        if (box.clickedButton() != readOnly)
            return false;
        opened = Document::open(absolute, Document::OpenMode::ReadOnly);
    }
    if (!opened) {
        warn(tr("Open Workspace"), tr("Could not open “%1”.").arg(fileNameOf(absolute)), opened.error());
        return false;
    }
    setDocument(std::move(*opened));
    RecentFiles::add(absolute);
    rebuildRecentMenu();
    if (m_document->isReadOnly())
        m_issues->addIssue(IssuesModel::Severity::Info,
                           tr("“%1” is open read-only because it is in use elsewhere. Use Save As to keep a copy.")
                               .arg(fileNameOf(absolute)));
    emit statusMessage(tr("Opened “%1”").arg(fileNameOf(absolute)));
    return true;
}

bool DocumentController::offerRecovery()
{
    const QList<RecoverableCopy> copies = WorkingCopy::findRecoverable();
    if (copies.isEmpty())
        return false;
    RecoveryDialog dialog(copies, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosen())
        return false;
    const RecoverableCopy copy = *dialog.chosen();
    auto recovered = Document::recover(copy);
    if (!recovered) {
        warn(tr("Recover Unsaved Work"), tr("Could not recover “%1”.").arg(copy.title), recovered.error());
        return false;
    }
    setDocument(std::move(*recovered));
    m_issues->addIssue(IssuesModel::Severity::Info,
                       tr("Recovered the unsaved edits of “%1” from %2. Save to keep them.")
                           .arg(copy.title, QLocale().toString(copy.lastEdit.toLocalTime(), QLocale::ShortFormat)));
    emit statusMessage(tr("Recovered “%1”").arg(copy.title));
    return true;
}

bool DocumentController::save()
{
    if (!m_document)
        return false;
    if (m_document->filePath().isEmpty() || m_document->isReadOnly())
        return saveAs();
    if (auto saved = m_document->save(); !saved) {
        warn(tr("Save Workspace"), tr("Could not save “%1”.").arg(m_document->displayName()), saved.error());
        return false;
    }
    fileSaved();
    return true;
}

bool DocumentController::saveAs()
{
    if (!m_document)
        return false;
    const QString current = m_document->filePath();
    const QString suggestion = current.isEmpty()
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(m_document->displayName() + QLatin1Char('.') + kSuffix)
        : current;
    QFileDialog dialog(m_window, tr("Save Workspace As"), suggestion, tr("Waymark workspaces (*.waymark)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(kSuffix);
    dialog.selectFile(suggestion);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    QString path = dialog.selectedFiles().constFirst();
    if (!path.endsWith(QLatin1Char('.') + kSuffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + kSuffix;

    const bool wasReadOnly = m_document->isReadOnly();
    if (auto saved = m_document->saveAs(path); !saved) {
        warn(tr("Save Workspace"), tr("Could not save “%1”.").arg(fileNameOf(path)), saved.error());
        return false;
    }
    if (wasReadOnly) {
        // A read-only workspace saved a copy: continue editing the copy.
        auto copy = Document::open(path);
        if (copy)
            setDocument(std::move(*copy));
    }
    fileSaved();
    return true;
}

void DocumentController::fileSaved()
{
    RecentFiles::add(m_document->filePath());
    rebuildRecentMenu();
    updateActions();
    emit statusMessage(tr("Saved “%1”").arg(m_document->displayName()));
}

void DocumentController::revert()
{
    if (!m_document || m_document->filePath().isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Revert"),
                    tr("Discard all changes to “%1” since it was last saved?").arg(m_document->displayName()),
                    QMessageBox::Cancel, m_window);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("This cannot be undone."));
    QPushButton *revertButton = box.addButton(tr("&Revert"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != revertButton)
        return;
    if (auto reverted = m_document->revert(); !reverted) {
        warn(tr("Revert"), tr("Could not revert “%1”.").arg(m_document->displayName()), reverted.error());
        return;
    }
    emit statusMessage(tr("Reverted to the saved version of “%1”").arg(m_document->displayName()));
}

void DocumentController::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        // Numbered accelerators; literal '&' in file names doubled.
        QString label = fileNameOf(path);
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_recentMenu->addAction(i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(label) : label);
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
            RecentFiles::clear();
            rebuildRecentMenu();
        });
    }
    m_recentMenu->menuAction()->setEnabled(!files.isEmpty());
}

} // namespace waymark
