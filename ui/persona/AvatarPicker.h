// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Persona.h"

#include <QWidget>

class QLabel;
class QMimeData;
class QPushButton;

namespace waymark {

class PlainLabel;

/// The persona's picture: shows it (or the generated initials), picks a PNG, JPEG or WebP
/// file or takes one dropped on it, and hands it over checked, scaled and re-encoded
/// (AvatarImage). A picture that cannot be used is reported with `failed`.
class AvatarPicker : public QWidget
{
    Q_OBJECT

public:
    explicit AvatarPicker(QWidget *parent = nullptr);

    void setPersona(const Persona &persona);

    /// Converts the picture at `path` (from the file dialog or a drop).
    void pickFile(const QString &path);
    /// Converts dropped or pasted picture bytes; `name` names them in messages.
    void pickData(const QByteArray &bytes, const QString &name);
    /// Whether a drag carries something pickFile() or pickData() can try.
    static bool canTake(const QMimeData *mime);

    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    /// A usable picture, as PNG bytes.
    void picked(const QByteArray &png);
    void removeRequested();
    void failed(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void choose();
    int avatarSize() const;

    Persona m_persona;
    QLabel *m_avatar;
    QPushButton *m_choose;
    QPushButton *m_remove;
    PlainLabel *m_hint;
    bool m_dragOver = false;
};

} // namespace waymark
