// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/AttachmentSuggester.h"
#include "model/Ids.h"
#include "storage/WorkspaceStore.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace waymark {

class Document;

/// Attachment suggestions for unattached feedback, accepted or rejected in bulk. For
/// each unattached item with a comment, AttachmentSuggester's best touchpoint of the
/// chosen journey (by text similarity) is listed with its score; the user checks rows,
/// may pick another touchpoint per row, and accepts them (one undo step attaching all)
/// or rejects them. A rejected suggestion (item → touchpoint) is not offered again while
/// the workspace stays open; it is not saved in the file. Ranking runs on a worker
/// thread with a progress bar; Stop keeps what was ranked so far.
class SuggestionsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Columns of `table()`.
    enum Column { CommentColumn, TouchpointColumn, ScoreColumn };
    /// Data roles of the touchpoint column: the chosen touchpoint id and the suggested one.
    static constexpr int TouchpointRole = Qt::UserRole + 1;
    static constexpr int SuggestedRole = Qt::UserRole + 2;
    /// Data role of the comment column: the feedback item id.
    static constexpr int ItemRole = Qt::UserRole + 3;
    /// Items looked at, at most.
    static constexpr qint64 maxItems = 20000;

    /// Suggests touchpoints of `journey` (an invalid id: the document's first journey).
    explicit SuggestionsDialog(Document *document, JourneyId journey = {}, QWidget *parent = nullptr);
    ~SuggestionsDialog() override;

    QComboBox *journeyBox() const { return m_journey; }
    QTableWidget *table() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *stopButton() const { return m_stop; }
    bool isRunning() const { return m_thread != nullptr; }

    /// Sets the touchpoint `row` attaches to when accepted.
    void setTarget(int row, TouchpointId touchpoint);
    /// Checks or unchecks every row.
    void setAllChecked(bool checked);

    /// Attaches the checked rows' items to their touchpoints as one undo command; the
    /// rows leave the list. Returns how many were attached.
    int acceptSelected();
    /// Drops the checked rows' suggestions and remembers them for this session.
    int rejectSelected();
    /// Stops the ranking; the rows ranked so far stay.
    void stop();

    /// The suggestions rejected in `document` while it is open, as (item, touchpoint) pairs.
    static QList<AttachmentPair> rejected(const Document *document);

signals:
    /// The list is filled (ranking finished or stopped).
    void suggestionsReady();

private:
    struct Run;
    void restart();
    void pollProgress();
    void workerDone();
    void updateButtons();
    QString touchpointName(TouchpointId id) const;
    QList<int> checkedRows() const;

    QPointer<Document> m_document;
    QComboBox *m_journey;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_stop;
    QPushButton *m_checkAll;
    QPushButton *m_checkNone;
    QThread *m_thread = nullptr;
    std::shared_ptr<Run> m_run;
    class QTimer *m_poll;
};

} // namespace waymark
