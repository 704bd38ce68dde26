// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/WorkingCopy.h"

#include <QDialog>

#include <optional>

class QPushButton;
class QTreeWidget;

namespace waymark {

/// Lists the working copies a previous Waymark left with unsaved edits. Recover hands
/// one back to be opened; Discard deletes the selected ones (after asking); Later
/// keeps them for the next start.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecoveryDialog(const QList<RecoverableCopy> &copies, QWidget *parent = nullptr);

    /// The copy to recover, after the dialog was accepted.
    std::optional<RecoverableCopy> chosen() const { return m_chosen; }

private:
    void recover();
    void discard();
    void updateButtons();
    QList<int> selectedRows() const;

    QList<RecoverableCopy> m_copies;
    std::optional<RecoverableCopy> m_chosen;
    QTreeWidget *m_list;
    QPushButton *m_recover;
    QPushButton *m_discard;
};

} // namespace waymark
