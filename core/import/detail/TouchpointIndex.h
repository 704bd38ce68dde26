// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"
#include "util/Result.h"

#include <QHash>
#include <QString>

#include <variant>
#include <vector>

namespace waymark::detail {

/// Where the importer puts new stages and touchpoints, and how it finds existing ones.
/// It works on its own copy of what it needs from the workspace, so the reading thread
/// can use it while the storing thread works: what it creates is handed out by
/// `takeCreated` (in creation order) for the storing thread to add to the workspace.
class TouchpointIndex
{
public:
    using Created = std::variant<Stage, Lane, Touchpoint>;

    TouchpointIndex(const Workspace &w, JourneyId journey, bool create, qint64 nextId);

    /// The touchpoint for a row, created when allowed; invalid when none.
    TouchpointId find(const QString &touchpoint, const QString &stage);
    /// What was created since the last call.
    std::vector<Created> takeCreated() { return std::exchange(m_created, {}); }

    /// Trimmed, runs of spaces made one, case folded: how names are matched.
    static QString key(const QString &name) { return name.simplified().toCaseFolded(); }

private:
    StageId ensureStage(const QString &name);
    void ensureLane();

    JourneyId m_journey;
    bool m_create;
    qint64 m_nextId;
    LaneId m_lane;
    QHash<QString, StageId> m_stages;
    QHash<qint64, QString> m_stageKeys; ///< stage id → its key
    QHash<QString, TouchpointId> m_byName;
    QHash<QString, QHash<QString, TouchpointId>> m_byStageName; ///< stage → title or keyword → touchpoint
    std::vector<Created> m_created;
};

} // namespace waymark::detail
