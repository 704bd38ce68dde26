// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace waymark {

class Document;
class DocumentController;

/// File ▸ Export… (report or poster as PDF, a canvas as PNG or SVG, scores and feedback as
/// CSV or XLSX) and File ▸ Print Preview… (the report through QPrinter), enabled while a
/// workspace is open.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(QWidget *window, DocumentController *controller);

    QAction *exportAction() const { return m_export; }
    QAction *printPreviewAction() const { return m_preview; }

    void exportDocument();
    void printPreview();

private:
    void setDocument(Document *document);

    QWidget *m_window;
    QPointer<Document> m_document;
    QAction *m_export;
    QAction *m_preview;
};

} // namespace waymark
