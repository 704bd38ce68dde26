// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>

namespace waymark {

/// A clickable card with a title and a wrapped description (welcome page templates and
/// recent files). Drawn from palette roles, so it follows light and dark themes.
class LinkCard : public QAbstractButton
{
    Q_OBJECT

public:
    LinkCard(const QString &title, const QString &description, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    QString description() const { return m_description; }
    void setIcon(const QIcon &icon);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QFont titleFont() const;
    int textLeft() const;
    QRect descriptionRect(int width) const;

    QString m_title;
    QString m_description;
    QIcon m_icon;
    bool m_hovered = false;
};

} // namespace waymark
