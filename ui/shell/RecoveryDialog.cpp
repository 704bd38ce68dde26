// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryDialog.h"

#include "widgets/PlainLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

RecoveryDialog::RecoveryDialog(const QList<RecoverableCopy> &copies, QWidget *parent)
    : QDialog(parent), m_copies(copies), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Work"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto *heading = new PlainLabel(tr("Waymark ended without saving these workspaces."), PlainLabel::Role::Heading, this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *explanation = new PlainLabel(tr("Their last edits were kept in recovery copies. Recover one to continue "
                                          "where you left off, then save it. Later keeps them for the next start."),
                                       this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    m_list->setObjectName(QStringLiteral("recoveryList"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Workspace"), tr("File"), tr("Last edit")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    const QLocale locale;
    for (const RecoverableCopy &copy : copies) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, copy.title.isEmpty() ? tr("Untitled") : copy.title);
        item->setText(1, copy.origin.isEmpty() ? tr("untitled") : QDir::toNativeSeparators(copy.origin));
        item->setText(2, locale.toString(copy.lastEdit.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(1, item->text(1).toHtmlEscaped());
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_recover = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
    m_recover->setObjectName(QStringLiteral("recoverButton"));
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    m_recover->setDefault(true);
    layout->addWidget(buttons);
    connect(m_recover, &QPushButton::clicked, this, &RecoveryDialog::recover);
    connect(m_discard, &QPushButton::clicked, this, &RecoveryDialog::discard);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RecoveryDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &RecoveryDialog::recover);
    updateButtons();
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 18);
}

QList<int> RecoveryDialog::selectedRows() const
{
    QList<int> rows;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        rows.append(m_list->indexOfTopLevelItem(item));
    std::sort(rows.begin(), rows.end());
    return rows;
}

void RecoveryDialog::updateButtons()
{
    const qsizetype selected = selectedRows().size();
    // One workspace per window: recover one at a time.
    m_recover->setEnabled(selected == 1);
    m_discard->setEnabled(selected > 0);
}

void RecoveryDialog::recover()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    m_chosen = m_copies.at(rows.first());
    accept();
}

void RecoveryDialog::discard()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const QString question = rows.size() == 1
        ? tr("Discard the unsaved edits of “%1”? This cannot be undone.").arg(m_list->topLevelItem(rows.first())->text(0))
        : tr("Discard the unsaved edits of the %1 selected workspaces? This cannot be undone.").arg(rows.size());
    QMessageBox box(QMessageBox::Warning, tr("Discard Unsaved Work"), question, QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton *confirm = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        WorkingCopy::discard(m_copies.at(*it));
        m_copies.removeAt(*it);
        delete m_list->takeTopLevelItem(*it);
    }
    if (m_copies.isEmpty())
        reject();
}

} // namespace waymark
