// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackBrowser.h"

#include "FeedbackFilterState.h"
#include "FeedbackQueryWorker.h"
#include "FeedbackTableModel.h"

#include "commands/AttachFeedbackCommand.h"
#include "document/Document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <tuple>

namespace waymark {
namespace {

constexpr int kDebounceMs = 250;
constexpr int kAny = -1;

QSpinBox *scoreSpin(int max)
{
    auto *box = new QSpinBox;
    box->setRange(kAny, max);
    box->setValue(kAny);
    box->setSpecialValueText(FeedbackBrowser::tr("any"));
    box->setAccelerated(true);
    return box;
}

std::optional<int> bound(const QSpinBox *box)
{
    return box->value() == kAny ? std::nullopt : std::optional<int>(box->value());
}

} // namespace

FeedbackBrowser::FeedbackBrowser(QWidget *parent)
    : QWidget(parent), m_model(new FeedbackTableModel(this)), m_view(new QTableView), m_search(new QLineEdit),
      m_journey(new QComboBox), m_stage(new QComboBox), m_touchpoint(new QComboBox), m_attachment(new QComboBox),
      m_channel(new QComboBox), m_segment(new QComboBox), m_source(new QComboBox), m_sentiment(new QComboBox),
      m_state(new FeedbackFilterState(this)), m_fromCheck(new QCheckBox(tr("From"))), m_toCheck(new QCheckBox(tr("to"))),
      m_from(new QDateEdit), m_to(new QDateEdit), m_status(new QLabel), m_debounce(new QTimer(this)),
      m_thread(new QThread(this)), m_worker(new FeedbackQueryWorker)
{
    m_scores[0] = scoreSpin(10);
    m_scores[1] = scoreSpin(10);
    m_scores[2] = scoreSpin(10);
    m_scores[3] = scoreSpin(10);
    m_scores[4] = scoreSpin(7);
    m_scores[5] = scoreSpin(7);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *row1 = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search comments"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    row1->addWidget(m_search, 2);
    for (QComboBox *box : {m_journey, m_stage, m_touchpoint, m_attachment, m_channel, m_segment, m_source}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
        row1->addWidget(box, 1);
    }
    m_attachment->addItem(tr("Attached or not"), int(FeedbackFilter::Attachment::Any));
    m_attachment->addItem(tr("Attached"), int(FeedbackFilter::Attachment::Attached));
    m_attachment->addItem(tr("Unattached"), int(FeedbackFilter::Attachment::Unattached));
    m_channel->addItem(tr("All channels"), QString());
    m_segment->addItem(tr("All segments"), QString());
    m_source->addItem(tr("All sources"), qint64(0));
    m_sentiment->addItem(tr("Any sentiment"), -1);
    m_sentiment->addItem(tr("Positive comments"), int(stats::SentimentLabel::Positive));
    m_sentiment->addItem(tr("Neutral comments"), int(stats::SentimentLabel::Neutral));
    m_sentiment->addItem(tr("Negative comments"), int(stats::SentimentLabel::Negative));
    m_sentiment->setToolTip(tr("The comment's sentiment score: positive from +0.05, negative from −0.05, "
                               "neutral in between; items without a comment match none"));
    layout->addLayout(row1);

    auto *row2 = new QHBoxLayout;
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(QDate::currentDate());
        d->setEnabled(false);
    }
    row2->addWidget(m_fromCheck);
    row2->addWidget(m_from);
    row2->addWidget(m_toCheck);
    row2->addWidget(m_to);
    const char *labels[] = {QT_TR_NOOP("NPS"), QT_TR_NOOP("CSAT"), QT_TR_NOOP("CES")};
    for (int i = 0; i < 3; ++i) {
        row2->addSpacing(12);
        row2->addWidget(new QLabel(tr(labels[i])));
        row2->addWidget(m_scores[2 * i]);
        row2->addWidget(new QLabel(QStringLiteral("–")));
        row2->addWidget(m_scores[2 * i + 1]);
    }
    row2->addSpacing(12);
    row2->addWidget(m_sentiment);
    row2->addSpacing(12);
    auto *clear = new QPushButton(tr("Clear filters"));
    row2->addWidget(clear);
    row2->addStretch(1);
    row2->addWidget(m_status);
    layout->addLayout(row2);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    // Fixed row heights and column widths: the view never asks about rows it does not show.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *h = m_view->horizontalHeader();
    h->setStretchLastSection(true);
    const int ch = fontMetrics().averageCharWidth();
    const int widths[] = {9, 12, 14, 18, 6, 7, 7, 26};
    for (int c = 0; c < FeedbackTableModel::CommentColumn; ++c)
        h->resizeSection(c, widths[c] * ch + 16);
    layout->addWidget(m_view, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FeedbackBrowser::refreshNow);

    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &FeedbackQueryWorker::idsReady, this, &FeedbackBrowser::idsReady);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { updateStatus(); }); // a long result's later rows
    connect(m_worker, &FeedbackQueryWorker::described, this, &FeedbackBrowser::described);
    connect(m_worker, &FeedbackQueryWorker::failed, this, &FeedbackBrowser::queryFailed);
    m_thread->setObjectName(QStringLiteral("feedback-browser"));
    m_thread->start();

    // Every widget sets the shared state; the state's change runs the query (debounced).
    connect(m_search, &QLineEdit::textChanged, this, &FeedbackBrowser::pushFilter);
    connect(m_journey, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillStages();
        pushFilter();
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillTouchpoints();
        pushFilter();
    });
    for (QComboBox *box : {m_touchpoint, m_attachment, m_channel, m_segment, m_source, m_sentiment})
        connect(box, &QComboBox::currentIndexChanged, this, &FeedbackBrowser::pushFilter);
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *c : {m_fromCheck, m_toCheck})
        connect(c, &QCheckBox::toggled, this, &FeedbackBrowser::pushFilter);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &FeedbackBrowser::pushFilter);
    for (QSpinBox *s : m_scores)
        connect(s, &QSpinBox::valueChanged, this, &FeedbackBrowser::pushFilter);
    setFilterState(m_state);
    connect(clear, &QPushButton::clicked, this, &FeedbackBrowser::clearFilters);
    connect(m_view, &QWidget::customContextMenuRequested, this, &FeedbackBrowser::showContextMenu);
    setDocument(nullptr);
}

FeedbackBrowser::~FeedbackBrowser()
{
    m_worker->supersede(-1);
    m_thread->quit();
    m_thread->wait();
}

void FeedbackBrowser::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_total = -1;
    m_model->setDocument(document);
    const QString path = document ? document->store().path() : QString();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path] { worker->setDatabase(path); });
    setEnabled(document != nullptr);
    if (document) {
        // The document commits an undo step after its signals: the worker's connection
        // sees the change once control is back in the event loop.
        connect(document, &Document::feedbackChanged, this, &FeedbackBrowser::refreshNow, Qt::QueuedConnection);
        connect(document, &Document::feedbackChanged, this, &FeedbackBrowser::fillSources);
        connect(
            document, &Document::attachmentsChanged, this,
            [this] {
                // Filters on attachments need the query again; otherwise the rows only repaint.
                const FeedbackFilter f = filter();
                if (f.restricted || f.attachment != FeedbackFilter::Attachment::Any)
                    refreshNow();
                else
                    m_model->invalidate();
            },
            Qt::QueuedConnection);
        auto structure = [this](EntityKind kind) {
            if (kind == EntityKind::Journey || kind == EntityKind::Stage || kind == EntityKind::Touchpoint)
                fillStructure();
        };
        connect(document, &Document::entityAdded, this, structure);
        connect(document, &Document::entityRemoved, this, structure);
        connect(document, &Document::entityChanged, this, structure);
        connect(document, &Document::entitiesAdded, this, structure);
        connect(document, &Document::entitiesRemoved, this, structure);
        connect(document, &Document::workspaceReset, this, [this] {
            fillStructure();
            refreshNow();
        });
    }
    fillStructure();
    fillSources();
    refreshNow();
}

void FeedbackBrowser::fillSources()
{
    const qint64 current = m_source->currentData().toLongLong();
    m_filling = true;
    m_source->clear();
    m_source->addItem(tr("All sources"), qint64(0));
    if (m_document)
        if (auto sources = m_document->store().sources())
            for (const FeedbackSource &s : *sources)
                m_source->addItem(s.name.isEmpty() ? s.fileName : s.name, s.id.value);
    if (current && m_source->findData(current) < 0)
        m_source->addItem(tr("Source %1").arg(current), current);
    m_source->setCurrentIndex(qMax(0, m_source->findData(current)));
    m_filling = false;
}

void FeedbackBrowser::fillStructure()
{
    const qint64 journey = m_journey->currentData().toLongLong();
    m_filling = true;
    m_journey->clear();
    m_journey->addItem(tr("All journeys"), qint64(0));
    if (m_document)
        for (const Journey &j : m_document->workspace().journeys)
            m_journey->addItem(j.name, j.id.value);
    m_journey->setCurrentIndex(qMax(0, m_journey->findData(journey)));
    m_filling = false;
    fillStages();
}

void FeedbackBrowser::fillStages()
{
    const qint64 stage = m_stage->currentData().toLongLong();
    const qint64 journey = m_journey->currentData().toLongLong();
    m_filling = true;
    m_stage->clear();
    m_stage->addItem(tr("All stages"), qint64(0));
    if (m_document && journey)
        for (const Stage &s : m_document->workspace().stages.children(journey))
            m_stage->addItem(s.name, s.id.value);
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(stage)));
    m_stage->setEnabled(journey != 0);
    m_filling = false;
    fillTouchpoints();
}

void FeedbackBrowser::fillTouchpoints()
{
    const qint64 touchpoint = m_touchpoint->currentData().toLongLong();
    const qint64 journey = m_journey->currentData().toLongLong();
    const qint64 stage = m_stage->currentData().toLongLong();
    m_filling = true;
    m_touchpoint->clear();
    m_touchpoint->addItem(tr("All touchpoints"), qint64(0));
    if (m_document && journey)
        for (const Touchpoint &t : m_document->workspace().touchpoints.children(journey))
            if (!stage || t.stageId.value == stage)
                m_touchpoint->addItem(t.title, t.id.value);
    m_touchpoint->setCurrentIndex(qMax(0, m_touchpoint->findData(touchpoint)));
    m_touchpoint->setEnabled(journey != 0);
    m_filling = false;
}

FeedbackFilter FeedbackBrowser::widgetFilter() const
{
    FeedbackFilter f;
    f.journey = m_journey->currentData().toLongLong();
    f.stage = f.journey ? m_stage->currentData().toLongLong() : 0;
    f.touchpoint = f.journey ? m_touchpoint->currentData().toLongLong() : 0;
    f.attachment = FeedbackFilter::Attachment(m_attachment->currentData().toInt());
    f.channel = m_channel->currentData().toString();
    f.segment = m_segment->currentData().toString();
    if (const qint64 source = m_source->currentData().toLongLong())
        f.source = source;
    if (m_fromCheck->isChecked())
        f.from = m_from->date();
    if (m_toCheck->isChecked())
        f.to = m_to->date();
    f.npsMin = bound(m_scores[0]);
    f.npsMax = bound(m_scores[1]);
    f.csatMin = bound(m_scores[2]);
    f.csatMax = bound(m_scores[3]);
    f.cesMin = bound(m_scores[4]);
    f.cesMax = bound(m_scores[5]);
    if (const int label = m_sentiment->currentData().toInt(); label >= 0)
        f.sentiment = stats::SentimentLabel(label);
    f.search = m_search->text().simplified();
    return f;
}

FeedbackFilter FeedbackBrowser::filter() const
{
    FeedbackFilter f = m_state->filter();
    if (m_document)
        f.resolve(m_document->workspace());
    else
        f.journey = f.stage = f.touchpoint = 0;
    return f;
}

void FeedbackBrowser::setFilter(const FeedbackFilter &filter)
{
    m_state->setFilter(filter);
}

void FeedbackBrowser::setFilterState(FeedbackFilterState *state)
{
    if (!state)
        return;
    disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    connect(m_state, &FeedbackFilterState::changed, this, [this](const FeedbackFilter &f) {
        applyFilter(f);
        scheduleRefresh();
    });
    applyFilter(m_state->filter());
    scheduleRefresh();
}

void FeedbackBrowser::pushFilter()
{
    if (!m_filling)
        m_state->setFilter(widgetFilter());
}

void FeedbackBrowser::applyFilter(const FeedbackFilter &f)
{
    if (widgetFilter() == f)
        return;
    const bool wasFilling = m_filling;
    m_filling = true;
    const auto choose = [](QComboBox *box, const QVariant &value, const QString &text) {
        int i = box->findData(value);
        if (i < 0 && !text.isEmpty()) {
            // A value this workspace's lists do not show yet (set in the other view).
            box->addItem(text, value);
            i = box->count() - 1;
        }
        box->setCurrentIndex(qMax(0, i));
    };
    if (m_search->text().simplified() != f.search)
        m_search->setText(f.search);
    m_journey->setCurrentIndex(qMax(0, m_journey->findData(f.journey)));
    fillStages();
    m_filling = true;
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(f.stage)));
    fillTouchpoints();
    m_filling = true;
    m_touchpoint->setCurrentIndex(qMax(0, m_touchpoint->findData(f.touchpoint)));
    m_attachment->setCurrentIndex(qMax(0, m_attachment->findData(int(f.attachment))));
    choose(m_channel, f.channel, f.channel);
    choose(m_segment, f.segment, f.segment);
    choose(m_source, f.source.value_or(0), f.source ? tr("Source %1").arg(*f.source) : QString());
    m_sentiment->setCurrentIndex(qMax(0, m_sentiment->findData(f.sentiment ? int(*f.sentiment) : -1)));
    m_fromCheck->setChecked(f.from.isValid());
    if (f.from.isValid())
        m_from->setDate(f.from);
    m_toCheck->setChecked(f.to.isValid());
    if (f.to.isValid())
        m_to->setDate(f.to);
    const std::optional<int> bounds[6] = {f.npsMin, f.npsMax, f.csatMin, f.csatMax, f.cesMin, f.cesMax};
    for (int i = 0; i < 6; ++i)
        m_scores[i]->setValue(bounds[i].value_or(kAny));
    m_filling = wasFilling;
}

void FeedbackBrowser::scheduleRefresh()
{
    if (!m_filling)
        m_debounce->start();
}

void FeedbackBrowser::refreshNow()
{
    m_debounce->stop();
    const int generation = ++m_generation;
    m_worker->supersede(generation);
    if (!m_document) {
        m_model->setIds({});
        updateStatus();
        return;
    }
    QVariantList binds;
    const QString where = filter().whereClause(&binds);
    m_busy = true;
    updateStatus();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, where, binds] {
        worker->run(generation, where, binds);
        worker->describe(generation);
    });
}

void FeedbackBrowser::idsReady(int generation, const QVector<qint64> &ids, qint64 elapsedMs, bool complete)
{
    if (generation != m_generation)
        return;
    if (!complete) {
        // The first rows of a long result, while the rest is read: shown only in an empty view.
        if (m_model->rowCount() == 0)
            m_model->setIds(ids);
        return;
    }
    // Keeps the row at the top of the view in place when it is still there.
    const QModelIndex top = m_view->indexAt(QPoint(1, 1));
    const qint64 topId = top.isValid() ? m_model->idAt(top.row()) : 0;
    const QList<qint64> selected = selectedIds();
    m_model->setIds(ids);
    m_lastQueryMs = elapsedMs;
    m_busy = false;
    if (topId)
        if (const int row = m_model->rowOf(topId); row >= 0)
            m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
    for (qint64 id : selected)
        if (const int row = m_model->rowOf(id); row >= 0 && selected.size() < 1000)
            m_view->selectionModel()->select(m_model->index(row, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    updateStatus();
    emit resultsReady(int(ids.size()));
}

void FeedbackBrowser::described(int generation, const QStringList &channels, const QStringList &segments, qint64 total)
{
    if (generation != m_generation)
        return;
    m_total = total;
    m_filling = true;
    for (auto [box, values, all] : {std::tuple{m_channel, channels, tr("All channels")},
                                    std::tuple{m_segment, segments, tr("All segments")}}) {
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(all, QString());
        for (const QString &c : values)
            box->addItem(c, c);
        if (!current.isEmpty() && box->findData(current) < 0)
            box->addItem(current, current);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    }
    m_filling = false;
    updateStatus();
}

void FeedbackBrowser::queryFailed(int generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_busy = false;
    m_model->setIds({});
    m_status->setText(tr("The filter could not run: %1").arg(message));
    emit resultsReady(-1);
}

void FeedbackBrowser::updateStatus()
{
    const QLocale l;
    if (m_busy && m_model->rowCount() == 0) {
        m_status->setText(tr("Searching…"));
        return;
    }
    QString text = m_total < 0 || m_total == m_model->rowCount() ? tr("%1 items").arg(l.toString(m_model->rowCount()))
                                                  : tr("%1 of %2 items").arg(l.toString(m_model->rowCount()), l.toString(m_total));
    if (m_busy)
        text += tr(" (updating…)");
    m_status->setText(text);
}

void FeedbackBrowser::clearFilters()
{
    m_state->setFilter(FeedbackFilter());
    refreshNow();
}

void FeedbackBrowser::showTouchpoint(TouchpointId touchpoint)
{
    const Touchpoint *t = m_document ? m_document->workspace().touchpoints.find(touchpoint) : nullptr;
    if (!t)
        return;
    FeedbackFilter f;
    f.journey = t->journeyId.value;
    f.touchpoint = touchpoint.value;
    m_state->setFilter(f);
    refreshNow();
}

QList<qint64> FeedbackBrowser::selectedIds() const
{
    QList<qint64> ids;
    if (!m_view->selectionModel())
        return ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids << m_model->idAt(i.row());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void FeedbackBrowser::detachSelected()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const FeedbackFilter f = filter();
    QList<AttachmentPair> pairs;
    QSqlQuery q(m_document->store().database());
    q.setForwardOnly(true);
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        QStringList chunk;
        for (qsizetype i = start; i < qMin(ids.size(), start + 500); ++i)
            chunk << QString::number(ids[i]);
        if (!q.exec(QStringLiteral("SELECT feedback_id, touchpoint_id FROM attachment WHERE feedback_id IN (%1) "
                                   "ORDER BY feedback_id, touchpoint_id")
                        .arg(chunk.join(u','))))
            return;
        while (q.next()) {
            const qint64 touchpoint = q.value(1).toLongLong();
            if (!f.restricted || f.touchpoints.contains(touchpoint))
                pairs.append({FeedbackItemId(q.value(0).toLongLong()), TouchpointId(touchpoint)});
        }
    }
    if (!pairs.isEmpty())
        m_document->execute(new AttachFeedbackCommand(m_document, AttachFeedbackCommand::Mode::Detach, pairs));
}

void FeedbackBrowser::showContextMenu(const QPoint &pos)
{
    if (!m_document || selectedIds().isEmpty())
        return;
    QMenu menu(this);
    QAction *detach = menu.addAction(m_touchpoint->currentData().toLongLong()
                                         ? tr("&Detach from “%1”").arg(m_touchpoint->currentText())
                                         : tr("&Detach from touchpoints"));
    detach->setEnabled(!m_document->isReadOnly());
    connect(detach, &QAction::triggered, this, &FeedbackBrowser::detachSelected);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace waymark
