// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace waymark {

class PlainLabel;

/// A titled list of short texts (goals, needs, ...) edited in place: double-click, F2 or
/// Enter edits an item; “Add” appends one and edits it (Enter then starts the next);
/// Delete removes, Alt+Up/Down or a drag reorders. Each completed change is reported once
/// with `edited`; the list follows the model through setItems().
class StringListEditor : public QWidget
{
    Q_OBJECT

public:
    /// `addText` labels the add button ("Add goal").
    StringListEditor(const QString &title, const QString &addText, QWidget *parent = nullptr);

    /// Shows `items` unless they are what the list shows already (an edit in progress stays open).
    void setItems(const QStringList &items);
    /// The items shown, without blank ones.
    QStringList items() const;

    /// Appends an empty item and opens its editor.
    void addItem();
    void removeCurrent();
    void moveCurrent(int delta);

    QListWidget *list() const { return m_list; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }
    QToolButton *upButton() const { return m_up; }
    QToolButton *downButton() const { return m_down; }

signals:
    void edited(const QStringList &items);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commit();
    void editorClosed(QWidget *editor, int hint);
    void updateButtons();
    void updateHeight();
    QListWidgetItem *makeItem(const QString &text) const;

    PlainLabel *m_title;
    QListWidget *m_list;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    QStringList m_committed;
    QListWidgetItem *m_newItem = nullptr; ///< added with “Add”, not yet committed
    bool m_continueAfterNew = false; ///< a new item was just committed: Enter starts the next
    bool m_loading = false;
};

} // namespace waymark
