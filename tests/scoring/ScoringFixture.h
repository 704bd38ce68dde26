// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Workspaces for scoring tests: the e-commerce template plus hand-made feedback.
#pragma once

#include "interchange/TemplateLibrary.h"
#include "storage/WorkspaceStore.h"

#include <QSqlQuery>

#include <functional>
#include <memory>

namespace waymark::test {

using namespace Qt::StringLiterals;

// Cards of the template "ecommerce-purchase" (resources/templates/ecommerce-purchase.json).
inline constexpr qint64 kStageConsider = 90, kStagePurchase = 91, kStageDeliver = 92;
inline constexpr qint64 kProductPage = 111, kReviews = 112, kCart = 114, kCheckout = 115, kPayment = 116;
inline constexpr qint64 kTracking = 118, kParcel = 119, kHotline = 121;
inline constexpr qint64 kActionsCard = 105; // a sticky note in the actions lane

inline FeedbackItem feedback(qint64 id, std::optional<int> nps, std::optional<int> csat = {}, std::optional<int> ces = {})
{
    FeedbackItem f;
    f.id = FeedbackItemId(id);
    f.sourceId = FeedbackSourceId(1);
    f.responseId = u"R%1"_s.arg(id);
    f.date = u"2026-02-10"_s;
    f.nps = nps;
    f.csat = csat;
    f.ces = ces;
    return f;
}

/// A new workspace file from the template plus `items` attached by (item, card) pairs.
inline std::unique_ptr<WorkspaceStore> makeStore(const QString &path, const QList<FeedbackItem> &items,
                                                 const QList<std::pair<qint64, qint64>> &pairs,
                                                 const std::function<void(Workspace &)> &edit = {})
{
    WorkspaceData data = *TemplateLibrary::load(u"ecommerce-purchase"_s);
    if (edit)
        edit(data.workspace);
    auto store = WorkspaceStore::create(path);
    if (!store)
        qFatal("%s", qPrintable(store.error().text()));
    QSqlQuery(u"PRAGMA synchronous = OFF"_s, (*store)->database());
    if (auto r = data.writeTo(**store); !r)
        qFatal("%s", qPrintable(r.error().text()));
    for (qint64 id : {1, 2}) {
        FeedbackSource source;
        source.id = FeedbackSourceId(id);
        source.name = id == 1 ? u"Survey"_s : u"Reviews"_s;
        source.preset = u"generic"_s;
        (*store)->insertSource(source);
    }
    if (auto r = (*store)->insertFeedback(items); !r)
        qFatal("%s", qPrintable(r.error().text()));
    QList<AttachmentPair> attach;
    for (const auto &[f, t] : pairs)
        attach.append({FeedbackItemId(f), TouchpointId(t)});
    if (auto r = (*store)->attach(attach); !r)
        qFatal("%s", qPrintable(r.error().text()));
    return std::move(*store);
}

} // namespace waymark::test
