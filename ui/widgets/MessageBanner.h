// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace waymark {

class PlainLabel;

/// An inline warning above the editors for problems that do not need a modal dialog
/// (an edit that could not be written to the recovery copy).
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(const QString &message);
    QString message() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_icon;
    PlainLabel *m_text;
    QPushButton *m_dismiss;
};

} // namespace waymark
