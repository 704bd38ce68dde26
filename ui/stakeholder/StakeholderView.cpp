// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderView.h"

#include "StakeholderItem.h"
#include "StakeholderScene.h"

#include "commands/InsertCommand.h"
#include "commands/WorkspaceEdits.h"
#include "document/Document.h"
#include "stakeholder/StakeholderGrid.h"
#include "stakeholder/StakeholderMoveCommand.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>

namespace waymark {
namespace {
constexpr qreal kMinZoom = 0.25;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kMaxFitZoom = 2.5; // a huge projector screen shows a big grid, not giant cards
constexpr qreal kZoomStep = 1.25;
} // namespace

StakeholderView::StakeholderView(StakeholderScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setObjectName(QStringLiteral("stakeholderView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setBackgroundRole(QPalette::Window);
    // A card removed while it is being renamed (undo, another editor) ends the rename.
    connect(m_scene->document(), &Document::entityRemoved, this, [this](EntityKind kind, qint64 id) {
        if (kind == EntityKind::Stakeholder && m_editor && m_renaming.value == id)
            closeEditor();
        if (kind == EntityKind::Stakeholder)
            m_dragFrom.remove(id);
    });
    connect(m_scene->document(), &Document::entitiesRemoved, this, [this](EntityKind kind, const QList<qint64> &ids) {
        if (kind != EntityKind::Stakeholder)
            return;
        if (m_editor && ids.contains(m_renaming.value))
            closeEditor();
        for (qint64 id : ids)
            m_dragFrom.remove(id);
    });
}

bool StakeholderView::editable() const
{
    const Document *doc = m_scene->document();
    return doc && !doc->isReadOnly();
}

StakeholderItem *StakeholderView::cardAt(QPoint viewportPos) const
{
    for (QGraphicsItem *item : items(viewportPos))
        if (item->type() == StakeholderItem::Type)
            return static_cast<StakeholderItem *>(item);
    return nullptr;
}

QHash<qint64, StakeholderView::Start> StakeholderView::selectionPositions() const
{
    QHash<qint64, Start> out;
    for (StakeholderId id : m_scene->selectedIds())
        if (const Stakeholder *s = m_scene->stakeholder(id))
            out.insert(id.value, {s->power, s->interest});
    return out;
}

void StakeholderView::moveSelection(double dPower, double dInterest, const QHash<qint64, Start> &from, bool continues)
{
    if (from.isEmpty() || !editable())
        return;
    // The group keeps its shape: the shift stops where the first card reaches an edge.
    double minPower = 1, maxPower = 0, minInterest = 1, maxInterest = 0;
    for (const Start &s : from) {
        minPower = qMin(minPower, s.power);
        maxPower = qMax(maxPower, s.power);
        minInterest = qMin(minInterest, s.interest);
        maxInterest = qMax(maxInterest, s.interest);
    }
    dPower = qBound(qMin(0.0, -minPower), dPower, qMax(0.0, 1.0 - maxPower));
    dInterest = qBound(qMin(0.0, -minInterest), dInterest, qMax(0.0, 1.0 - maxInterest));

    QList<StakeholderMoveCommand::Target> targets;
    bool changed = false;
    for (StakeholderItem *item : m_scene->stakeholderItems()) { // a stable order: later moves merge
        const auto it = from.constFind(item->id().value);
        const Stakeholder *s = m_scene->stakeholder(item->id());
        if (it == from.cend() || !s)
            continue;
        const StakeholderMoveCommand::Target t{item->id(), StakeholderGrid::normalized(it->power + dPower),
                                                StakeholderGrid::normalized(it->interest + dInterest)};
        changed = changed || t.power != s->power || t.interest != s->interest;
        targets.append(t);
    }
    if (!changed)
        return;
    Document *doc = m_scene->document();
    if (doc->execute(new StakeholderMoveCommand(doc, targets, continues)))
        m_dragPushed = true;
}

void StakeholderView::nudgeSelection(int powerPercent, int interestPercent, bool continues)
{
    moveSelection(powerPercent / 100.0, interestPercent / 100.0, selectionPositions(), continues);
}

void StakeholderView::deleteSelection()
{
    const QList<StakeholderId> ids = m_scene->selectedIds();
    Document *doc = m_scene->document();
    if (ids.isEmpty() || !editable())
        return;
    if (ids.size() == 1) {
        const QString name = WorkspaceEdits::nameOf(doc, EntityKind::Stakeholder, ids.first().value);
        if (QUndoCommand *command = WorkspaceEdits::remove(doc, EntityKind::Stakeholder, ids.first().value)) {
            doc->execute(command);
            emit statusMessage(tr("Deleted “%1”. %2 brings it back.")
                                   .arg(name, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
        }
        return;
    }
    doc->undoStack()->beginMacro(tr("Delete %n stakeholders", nullptr, int(ids.size())));
    for (StakeholderId id : ids)
        if (QUndoCommand *command = WorkspaceEdits::remove(doc, EntityKind::Stakeholder, id.value))
            doc->execute(command);
    doc->undoStack()->endMacro();
    emit statusMessage(tr("Deleted %n stakeholders. %1 brings them back.", nullptr, int(ids.size()))
                           .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}

// Zoom ------------------------------------------------------------------------------------

qreal StakeholderView::zoom() const
{
    return transform().m11();
}

void StakeholderView::setZoom(qreal factor)
{
    m_fitMode = false;
    factor = qBound(kMinZoom, factor, kMaxZoom);
    setTransform(QTransform::fromScale(factor, factor));
    placeEditor();
}

void StakeholderView::zoomIn()
{
    setZoom(zoom() * kZoomStep);
}

void StakeholderView::zoomOut()
{
    setZoom(zoom() / kZoomStep);
}

void StakeholderView::fitGrid()
{
    m_fitMode = true;
    fitInView(sceneRect(), Qt::KeepAspectRatio);
    if (zoom() > kMaxFitZoom)
        setTransform(QTransform::fromScale(kMaxFitZoom, kMaxFitZoom));
    centerOn(sceneRect().center());
    placeEditor();
}

void StakeholderView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            setZoom(zoom() * std::pow(1.0015, delta));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void StakeholderView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitMode)
        fitGrid();
    placeEditor();
}

void StakeholderView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    placeEditor();
}

// Mouse -----------------------------------------------------------------------------------

void StakeholderView::mousePressEvent(QMouseEvent *event)
{
    if (m_editor)
        commitEditor(); // a click elsewhere finishes the name, as in any text field
    if (event->button() == Qt::LeftButton) {
        if (StakeholderItem *card = cardAt(event->position().toPoint())) {
            if (event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)) {
                card->setSelected(!card->isSelected());
                if (!card->isSelected()) {
                    event->accept();
                    return;
                }
            } else if (!card->isSelected()) {
                m_scene->selectOnly({card->id()});
            }
            setFocus(Qt::MouseFocusReason);
            m_dragFrom = selectionPositions();
            m_pressScenePos = mapToScene(event->position().toPoint());
            m_pressPos = event->position().toPoint();
            m_dragging = false;
            m_dragPushed = false;
            viewport()->setCursor(Qt::ClosedHandCursor);
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void StakeholderView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragFrom.isEmpty() && (event->buttons() & Qt::LeftButton)) {
        const QPoint pos = event->position().toPoint();
        if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_dragging = true;
        // Each mouse move pushes one command for the whole selection; the moves after the
        // first merge into it, so the drag is one undo step.
        const QPointF delta = mapToScene(pos) - m_pressScenePos;
        const QSizeF unit = StakeholderScene::unitSize();
        moveSelection(-delta.y() / unit.height(), delta.x() / unit.width(), m_dragFrom, m_dragPushed);
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void StakeholderView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragFrom.isEmpty() && event->button() == Qt::LeftButton) {
        m_dragFrom.clear();
        m_dragging = false;
        m_dragPushed = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void StakeholderView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QPoint pos = event->position().toPoint();
        if (StakeholderItem *card = cardAt(pos)) {
            m_dragFrom.clear();
            m_scene->selectOnly({card->id()});
            beginRename(card->id());
            event->accept();
            return;
        }
        const QPointF scenePos = mapToScene(pos);
        if (StakeholderScene::gridRect().contains(scenePos)) {
            beginCreate(scenePos);
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

// Keys ------------------------------------------------------------------------------------

bool StakeholderView::event(QEvent *event)
{
    // Keys that act on the selected cards win over shortcuts of the same keys elsewhere.
    if (event->type() == QEvent::ShortcutOverride && !m_editor && !m_scene->selectedIds().isEmpty()) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_F2:
        case Qt::Key_Escape:
            if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
                event->accept();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QGraphicsView::event(event);
}

void StakeholderView::keyPressEvent(QKeyEvent *event)
{
    const QList<StakeholderId> selected = m_scene->selectedIds();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (event->matches(QKeySequence::SelectAll)) {
        QList<StakeholderId> all;
        for (StakeholderItem *item : m_scene->stakeholderItems())
            all.append(item->id());
        m_scene->selectOnly(all);
        return;
    }
    if (!selected.isEmpty() && plain) {
        const int step = event->modifiers() & Qt::ShiftModifier ? 5 : 1;
        switch (event->key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            deleteSelection();
            return;
        case Qt::Key_Up:
            nudgeSelection(step, 0, event->isAutoRepeat());
            return;
        case Qt::Key_Down:
            nudgeSelection(-step, 0, event->isAutoRepeat());
            return;
        case Qt::Key_Right:
            nudgeSelection(0, step, event->isAutoRepeat());
            return;
        case Qt::Key_Left:
            nudgeSelection(0, -step, event->isAutoRepeat());
            return;
        case Qt::Key_F2:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (selected.size() == 1)
                beginRename(selected.first());
            return;
        case Qt::Key_Escape:
            m_scene->selectOnly({});
            return;
        default:
            break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

// The in-place name editor ----------------------------------------------------------------

QLineEdit *StakeholderView::inlineEditor() const
{
    return m_editor;
}

void StakeholderView::beginCreate(QPointF scenePos)
{
    if (!editable())
        return;
    const auto [power, interest] = StakeholderScene::toPosition(scenePos);
    m_renaming = {};
    m_editCentre = StakeholderScene::toScene(StakeholderGrid::normalized(power), StakeholderGrid::normalized(interest));
    openEditor({});
}

void StakeholderView::beginCreate()
{
    // Near the middle of what is visible, on the first spot no card covers.
    const QRectF grid = StakeholderScene::gridRect();
    QPointF centre = mapToScene(viewport()->rect().center());
    centre.setX(qBound(grid.left(), centre.x(), grid.right()));
    centre.setY(qBound(grid.top(), centre.y(), grid.bottom()));
    const QSizeF card = StakeholderScene::cardSize();
    const auto isFree = [this, card](QPointF c) {
        const QRectF r(c - QPointF(card.width() / 2, card.height() / 2), card);
        for (StakeholderItem *item : m_scene->stakeholderItems())
            if (item->sceneBoundingRect().intersects(r))
                return false;
        return true;
    };
    const auto snapped = [](QPointF p) {
        const auto [power, interest] = StakeholderScene::toPosition(p);
        return StakeholderScene::toScene(StakeholderGrid::normalized(power), StakeholderGrid::normalized(interest));
    };
    QPointF spot = snapped(centre);
    for (int ring = 1; ring <= 4 && !isFree(spot); ++ring) {
        bool found = false;
        for (int dy = -ring; dy <= ring && !found; ++dy)
            for (int dx = -ring; dx <= ring && !found; ++dx) {
                if (qMax(qAbs(dx), qAbs(dy)) != ring)
                    continue;
                const QPointF candidate =
                    snapped(centre + QPointF(dx * (card.width() + 12) * 0.5, dy * (card.height() + 12) * 0.5));
                if (isFree(candidate)) {
                    spot = candidate;
                    found = true;
                }
            }
    }
    beginCreate(spot);
}

void StakeholderView::beginRename(StakeholderId id)
{
    StakeholderItem *item = m_scene->itemFor(id);
    if (!item || !editable())
        return;
    m_renaming = id;
    m_editCentre = item->pos();
    openEditor(item->nameText());
}

void StakeholderView::openEditor(const QString &text)
{
    closeEditor();
    m_editor = new QLineEdit(viewport());
    m_editor->setObjectName(QStringLiteral("stakeholderNameEditor"));
    m_editor->setText(text);
    m_editor->selectAll();
    m_editor->setPlaceholderText(tr("Name, then Enter"));
    m_editor->installEventFilter(this);
    placeEditor();
    m_editor->show();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void StakeholderView::placeEditor()
{
    if (!m_editor)
        return;
    QFont font = m_scene->font();
    font.setPointSizeF(font.pointSizeF() * 1.42 * zoom());
    font.setWeight(QFont::DemiBold);
    m_editor->setFont(font);
    // Over the card's name, or where the new card will be.
    const QSizeF card = StakeholderScene::cardSize();
    const QRectF sceneRect(m_editCentre.x() - card.width() / 2 + 6, m_editCentre.y() - 22, card.width() - 12, 44);
    QRect r = mapFromScene(sceneRect).boundingRect();
    const int height = qMax(r.height(), m_editor->sizeHint().height());
    r.setTop(r.center().y() - height / 2);
    r.setHeight(height);
    m_editor->setGeometry(r);
}

void StakeholderView::commitEditor()
{
    if (!m_editor)
        return;
    const QString name = m_editor->text().trimmed();
    const StakeholderId renaming = m_renaming;
    const QPointF centre = m_editCentre;
    closeEditor();
    Document *doc = m_scene->document();
    if (name.isEmpty() || !doc)
        return;
    if (renaming.isValid()) {
        if (QUndoCommand *command = WorkspaceEdits::rename(doc, EntityKind::Stakeholder, renaming.value, name))
            doc->execute(command);
        return;
    }
    Stakeholder s;
    s.id = StakeholderId(doc->allocateId());
    s.mapId = m_scene->mapId();
    s.name = name;
    const auto [power, interest] = StakeholderScene::toPosition(centre);
    s.power = StakeholderGrid::normalized(power);
    s.interest = StakeholderGrid::normalized(interest);
    if (doc->execute(new InsertCommand<Stakeholder>(doc, s, -1, tr("Add stakeholder “%1”").arg(name))))
        m_scene->selectOnly({s.id});
}

void StakeholderView::closeEditor()
{
    if (!m_editor)
        return;
    QLineEdit *editor = m_editor;
    m_editor = nullptr;
    m_renaming = {};
    editor->removeEventFilter(this);
    const bool hadFocus = editor->hasFocus();
    editor->hide();
    editor->deleteLater();
    if (hadFocus)
        setFocus(Qt::OtherFocusReason);
}

bool StakeholderView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress) {
            // Consumed here: an ignored Return would reach the view and rename the new card.
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Escape) {
                closeEditor();
                return true;
            }
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                commitEditor();
                return true;
            }
        }
        if (event->type() == QEvent::FocusOut) {
            const auto reason = static_cast<QFocusEvent *>(event)->reason();
            if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason)
                commitEditor();
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

} // namespace waymark
