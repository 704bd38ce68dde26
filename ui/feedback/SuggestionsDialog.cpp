// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuggestionsDialog.h"

#include "commands/AttachFeedbackCommand.h"
#include "document/Document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace waymark {
namespace {

/// The document property holding this session's rejected suggestions ("item:touchpoint").
constexpr char kRejectedProperty[] = "waymark.rejectedSuggestions";
/// Rows at least this similar start checked.
constexpr double kCheckedScore = 0.3;
/// Alternatives ranked per item (the best is suggested, the others listed first in its combo).
constexpr int kRanked = 5;
constexpr int RankedRole = Qt::UserRole + 4; ///< touchpoint column: ranked ids
constexpr int ScoresRole = Qt::UserRole + 5; ///< touchpoint column: their scores

QString pairKey(qint64 item, qint64 touchpoint)
{
    return QString::number(item) + u':' + QString::number(touchpoint);
}

/// Edits a row's touchpoint with a combo box: its ranked touchpoints first, then the rest.
class TouchpointDelegate : public QStyledItemDelegate
{
public:
    TouchpointDelegate(QList<std::pair<TouchpointId, QString>> touchpoints, SuggestionsDialog *dialog)
        : QStyledItemDelegate(dialog), m_touchpoints(std::move(touchpoints)), m_dialog(dialog)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return new QComboBox(parent);
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->clear();
        const QVariantList ranked = index.data(RankedRole).toList();
        const QVariantList scores = index.data(ScoresRole).toList();
        QSet<qint64> listed;
        for (qsizetype i = 0; i < ranked.size(); ++i)
            for (const auto &[id, name] : m_touchpoints)
                if (id.value == ranked[i].toLongLong()) {
                    box->addItem(SuggestionsDialog::tr("%1 (%2)").arg(name, QLocale().toString(scores.value(i).toDouble(), 'f', 2)),
                                 id.value);
                    listed.insert(id.value);
                }
        if (!listed.isEmpty() && listed.size() < m_touchpoints.size())
            box->insertSeparator(box->count());
        for (const auto &[id, name] : m_touchpoints)
            if (!listed.contains(id.value))
                box->addItem(name, id.value);
        box->setCurrentIndex(qMax(0, box->findData(index.data(SuggestionsDialog::TouchpointRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        if (box->currentIndex() >= 0)
            m_dialog->setTarget(index.row(), TouchpointId(box->currentData().toLongLong()));
    }

private:
    QList<std::pair<TouchpointId, QString>> m_touchpoints;
    SuggestionsDialog *m_dialog;
};

} // namespace

/// One ranking: built on the dialog's thread, ranked on the worker.
struct SuggestionsDialog::Run
{
    std::optional<AttachmentSuggester> suggester;
    QList<std::pair<FeedbackItemId, QString>> items;
    QSet<QString> rejected;
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0};
    QList<ItemSuggestions> results;
    QString error;
};

SuggestionsDialog::SuggestionsDialog(Document *document, JourneyId journey, QWidget *parent)
    : QDialog(parent), m_document(document), m_journey(new QComboBox), m_table(new QTableWidget), m_progress(new QProgressBar),
      m_status(new QLabel), m_accept(new QPushButton(tr("&Accept Selected"))), m_reject(new QPushButton(tr("&Reject Selected"))),
      m_stop(new QPushButton(tr("&Stop"))), m_checkAll(new QPushButton(tr("Check A&ll"))),
      m_checkNone(new QPushButton(tr("Check &None"))), m_poll(new QTimer(this))
{
    setWindowTitle(tr("Suggested Attachments"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *journeyLabel = new QLabel(tr("&Journey:"));
    journeyLabel->setBuddy(m_journey);
    top->addWidget(journeyLabel);
    top->addWidget(m_journey, 1);
    layout->addLayout(top);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);
    layout->addLayout(progressRow);

    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Comment"), tr("Suggested touchpoint"), tr("Score")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(CommentColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TouchpointColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ScoreColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(TouchpointColumn, 260);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkAll);
    buttons->addWidget(m_checkNone);
    buttons->addStretch(1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_accept);
    auto *close = new QPushButton(tr("Close"));
    buttons->addWidget(close);
    layout->addLayout(buttons);
    m_accept->setDefault(true);
    m_accept->setToolTip(tr("Attach the checked comments to their touchpoints (one step to undo)"));
    m_reject->setToolTip(tr("Drop the checked suggestions; they are not suggested again while the workspace is open"));

    if (document)
        for (const Journey &j : document->workspace().journeys)
            m_journey->addItem(j.name, j.id.value);
    m_journey->setCurrentIndex(qMax(0, m_journey->findData(journey.value)));
    m_poll->setInterval(50);

    connect(m_poll, &QTimer::timeout, this, &SuggestionsDialog::pollProgress);
    connect(m_journey, &QComboBox::currentIndexChanged, this, &SuggestionsDialog::restart);
    connect(m_stop, &QPushButton::clicked, this, &SuggestionsDialog::stop);
    connect(m_accept, &QPushButton::clicked, this, &SuggestionsDialog::acceptSelected);
    connect(m_reject, &QPushButton::clicked, this, &SuggestionsDialog::rejectSelected);
    connect(m_checkAll, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_checkNone, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableWidget::itemChanged, this, &SuggestionsDialog::updateButtons);
    resize(960, 620);
    restart();
}

SuggestionsDialog::~SuggestionsDialog()
{
    if (m_thread) {
        m_run->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

QList<AttachmentPair> SuggestionsDialog::rejected(const Document *document)
{
    QList<AttachmentPair> out;
    if (!document)
        return out;
    for (const QString &key : document->property(kRejectedProperty).toStringList())
        out.append({FeedbackItemId(key.section(u':', 0, 0).toLongLong()), TouchpointId(key.section(u':', 1).toLongLong())});
    return out;
}

QString SuggestionsDialog::touchpointName(TouchpointId id) const
{
    const Touchpoint *t = m_document ? m_document->workspace().touchpoints.find(id) : nullptr;
    if (!t)
        return {};
    const Stage *stage = m_document->workspace().stages.find(t->stageId);
    return stage ? tr("%1 (%2)").arg(t->title, stage->name) : t->title;
}

void SuggestionsDialog::restart()
{
    if (m_thread) {
        m_run->cancel = true;
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_table->setRowCount(0);
    const JourneyId journey(m_journey->currentData().toLongLong());
    auto run = std::make_shared<Run>();
    m_run = run;
    if (m_document && journey.isValid()) {
        run->suggester.emplace(m_document->workspace(), journey);
        auto items = AttachmentSuggester::unattachedComments(m_document->store(), maxItems);
        if (items)
            run->items = std::move(*items);
        else
            run->error = items.error().text();
        const QStringList rejected = m_document->property(kRejectedProperty).toStringList();
        run->rejected = QSet<QString>(rejected.cbegin(), rejected.cend());
    }
    QList<std::pair<TouchpointId, QString>> touchpoints;
    if (m_document && journey.isValid())
        for (const Touchpoint &t : m_document->workspace().touchpoints.children(journey.value)) {
            const Lane *lane = m_document->workspace().lanes.find(t.laneId);
            if (!lane || lane->laneKind == LaneKind::Touchpoints)
                touchpoints.append({t.id, touchpointName(t.id)});
        }
    delete m_table->itemDelegateForColumn(TouchpointColumn);
    m_table->setItemDelegateForColumn(TouchpointColumn, new TouchpointDelegate(touchpoints, this));

    m_progress->setRange(0, int(qMax<qsizetype>(1, run->items.size())));
    m_progress->setValue(0);
    m_progress->show();
    m_stop->show();
    m_status->setText(tr("Ranking the touchpoints for %n unattached comment(s)…", nullptr, int(run->items.size())));
    m_thread = QThread::create([run] {
        if (!run->suggester || run->suggester->isEmpty())
            return;
        for (const auto &[item, comment] : std::as_const(run->items)) {
            if (run->cancel)
                break;
            QList<TouchpointSuggestion> ranked = run->suggester->rank(comment, kRanked);
            ranked.removeIf([&](const TouchpointSuggestion &s) { return run->rejected.contains(pairKey(item.value, s.touchpoint.value)); });
            if (!ranked.isEmpty())
                run->results.append({item, comment, ranked});
            ++run->done;
        }
    });
    connect(m_thread, &QThread::finished, this, &SuggestionsDialog::workerDone);
    m_thread->start(QThread::LowPriority);
    m_poll->start();
    updateButtons();
}

void SuggestionsDialog::pollProgress()
{
    if (m_run)
        m_progress->setValue(int(m_run->done.load()));
}

void SuggestionsDialog::stop()
{
    if (m_run)
        m_run->cancel = true;
}

void SuggestionsDialog::workerDone()
{
    if (!m_thread || !m_run)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_poll->stop();
    m_progress->hide();
    m_stop->hide();
    const Run &run = *m_run;
    const QLocale locale;
    m_table->blockSignals(true);
    m_table->setRowCount(int(run.results.size()));
    for (int r = 0; r < run.results.size(); ++r) {
        const ItemSuggestions &s = run.results[r];
        auto *comment = new QTableWidgetItem(s.comment.simplified().left(400));
        comment->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        comment->setCheckState(s.ranked.constFirst().score >= kCheckedScore ? Qt::Checked : Qt::Unchecked);
        comment->setData(ItemRole, s.item.value);
        comment->setToolTip(s.comment.left(2000));
        QVariantList ranked, scores;
        for (const TouchpointSuggestion &t : s.ranked) {
            ranked << t.touchpoint.value;
            scores << t.score;
        }
        auto *target = new QTableWidgetItem;
        target->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        target->setData(SuggestedRole, s.ranked.constFirst().touchpoint.value);
        target->setData(RankedRole, ranked);
        target->setData(ScoresRole, scores);
        target->setToolTip(tr("Double-click to choose another touchpoint"));
        auto *score = new QTableWidgetItem;
        score->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, CommentColumn, comment);
        m_table->setItem(r, TouchpointColumn, target);
        m_table->setItem(r, ScoreColumn, score);
        setTarget(r, s.ranked.constFirst().touchpoint);
    }
    m_table->blockSignals(false);
    const qint64 looked = run.done;
    QString text;
    if (!run.error.isEmpty())
        text = run.error;
    else if (!run.suggester || run.suggester->isEmpty())
        text = tr("This journey has no touchpoints with a title, description or keywords to compare comments with.");
    else if (run.results.isEmpty())
        text = tr("No suggestions: none of the %n unattached comment(s) resembles a touchpoint of this journey.", nullptr,
                  int(looked));
    else
        text = tr("%1 of %2 unattached comments resemble a touchpoint. Rows scoring %3 or more are checked; double-click "
                  "a touchpoint to choose another.")
                   .arg(locale.toString(run.results.size()), locale.toString(looked), locale.toString(kCheckedScore, 'f', 2));
    if (looked < run.items.size())
        text += u' ' + tr("Stopped after %1 of %2 comments.").arg(locale.toString(looked), locale.toString(run.items.size()));
    else if (run.items.size() >= maxItems)
        text += u' ' + tr("Only the first %1 unattached comments were looked at.").arg(locale.toString(maxItems));
    m_status->setText(text);
    updateButtons();
    emit suggestionsReady();
}

void SuggestionsDialog::setTarget(int row, TouchpointId touchpoint)
{
    QTableWidgetItem *target = m_table->item(row, TouchpointColumn);
    QTableWidgetItem *score = m_table->item(row, ScoreColumn);
    if (!target || !score)
        return;
    target->setData(TouchpointRole, touchpoint.value);
    const bool suggested = target->data(SuggestedRole).toLongLong() == touchpoint.value;
    target->setText(touchpointName(touchpoint) + (suggested ? QString() : tr("  (your choice)")));
    const QVariantList ranked = target->data(RankedRole).toList();
    const qsizetype at = ranked.indexOf(QVariant(touchpoint.value));
    score->setText(at >= 0 ? QLocale().toString(target->data(ScoresRole).toList().value(at).toDouble(), 'f', 2)
                           : QStringLiteral("–"));
}

void SuggestionsDialog::setAllChecked(bool checked)
{
    m_table->blockSignals(true);
    for (int r = 0; r < m_table->rowCount(); ++r)
        m_table->item(r, CommentColumn)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    m_table->blockSignals(false);
    updateButtons();
}

QList<int> SuggestionsDialog::checkedRows() const
{
    QList<int> rows;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, CommentColumn)->checkState() == Qt::Checked)
            rows << r;
    return rows;
}

void SuggestionsDialog::updateButtons()
{
    const qsizetype checked = isRunning() ? 0 : checkedRows().size();
    const bool writable = m_document && !m_document->isReadOnly();
    m_accept->setEnabled(checked > 0 && writable);
    m_reject->setEnabled(checked > 0);
    m_accept->setText(checked > 0 ? tr("&Accept %n Selected", nullptr, int(checked)) : tr("&Accept Selected"));
    m_reject->setText(checked > 0 ? tr("&Reject %n Selected", nullptr, int(checked)) : tr("&Reject Selected"));
    m_checkAll->setEnabled(m_table->rowCount() > 0);
    m_checkNone->setEnabled(m_table->rowCount() > 0);
}

int SuggestionsDialog::acceptSelected()
{
    if (!m_document || m_document->isReadOnly() || isRunning())
        return 0;
    const QList<int> rows = checkedRows();
    QList<AttachmentPair> pairs;
    for (int r : rows)
        pairs.append({FeedbackItemId(m_table->item(r, CommentColumn)->data(ItemRole).toLongLong()),
                      TouchpointId(m_table->item(r, TouchpointColumn)->data(TouchpointRole).toLongLong())});
    if (pairs.isEmpty())
        return 0;
    auto *command = new AttachFeedbackCommand(m_document, AttachFeedbackCommand::Mode::Attach, pairs);
    command->setText(tr("Accept %n attachment suggestion(s)", nullptr, int(pairs.size())));
    if (!m_document->execute(command))
        return 0;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_table->removeRow(*it);
    m_status->setText(tr("%n comment(s) attached. Edit ▸ Undo detaches them again in one step.", nullptr, int(pairs.size())));
    updateButtons();
    return int(pairs.size());
}

int SuggestionsDialog::rejectSelected()
{
    if (!m_document || isRunning())
        return 0;
    const QList<int> rows = checkedRows();
    QStringList rejected = m_document->property(kRejectedProperty).toStringList();
    for (int r : rows)
        rejected << pairKey(m_table->item(r, CommentColumn)->data(ItemRole).toLongLong(),
                            m_table->item(r, TouchpointColumn)->data(SuggestedRole).toLongLong());
    m_document->setProperty(kRejectedProperty, rejected);
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_table->removeRow(*it);
    m_status->setText(tr("%n suggestion(s) rejected; they are not suggested again while this workspace is open.", nullptr,
                         int(rows.size())));
    updateButtons();
    return int(rows.size());
}

} // namespace waymark
