// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGridLayout;
class QPushButton;
class QVBoxLayout;

namespace waymark {

class PlainLabel;

/// What the central area shows without an open item: start a workspace (empty, from a
/// bundled template) or open one (file dialog, recent files).
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// Re-reads the recent files.
    void refresh();
    /// With a workspace open, a hint says how to open its items.
    void setOpenWorkspace(const QString &displayName);

signals:
    void newRequested();
    void openRequested();
    void templateRequested(const QString &name);
    void recentRequested(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildTemplates();

    PlainLabel *m_hint;
    QGridLayout *m_templates;
    QVBoxLayout *m_recent;
    PlainLabel *m_noRecent;
};

} // namespace waymark
