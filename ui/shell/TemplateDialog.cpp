// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateDialog.h"

#include "util/DisplayText.h"

#include "interchange/TemplateLibrary.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

TemplateDialog::TemplateDialog(QWidget *parent) : QDialog(parent), m_list(new QListWidget(this))
{
    setWindowTitle(tr("New Workspace from Template"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setIconSize(QSize(24, 24));
    for (const TemplateInfo &info : TemplateLibrary::templates()) {
        auto *item = new QListWidgetItem(DisplayText::kindIcon(EntityKind::Journey),
                                         info.title + QLatin1Char('\n') + info.description, m_list);
        item->setData(Qt::UserRole, info.name);
        item->setToolTip(DisplayText::literal(info.description));
    }
    m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    create->setDefault(true);
    create->setEnabled(m_list->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 20);
}

QString TemplateDialog::selectedTemplate() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace waymark
