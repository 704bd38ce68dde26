// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;

namespace waymark {

/// Picks one of the bundled workspace templates.
class TemplateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateDialog(QWidget *parent = nullptr);

    /// The chosen template's key (e.g. "ecommerce-purchase"), empty if none.
    QString selectedTemplate() const;

private:
    QListWidget *m_list;
};

} // namespace waymark
