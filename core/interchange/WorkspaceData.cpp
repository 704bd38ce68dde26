// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceData.h"

namespace waymark {

Result<WorkspaceData> WorkspaceData::fromStore(const WorkspaceStore &store)
{
    WorkspaceData data;
    auto workspace = store.loadWorkspace();
    if (!workspace)
        return workspace.error();
    data.workspace = std::move(*workspace);
    auto sources = store.sources();
    if (!sources)
        return sources.error();
    data.sources = std::move(*sources);
    auto r = store.forEachFeedback([&data](const FeedbackItem &item) {
        data.feedback.append(item);
        return true;
    });
    if (!r)
        return r.error();
    auto attachments = store.attachments();
    if (!attachments)
        return attachments.error();
    data.attachments = std::move(*attachments);
    auto rules = AttachmentRules::load(store);
    if (!rules)
        return rules.error();
    data.attachmentRules = std::move(*rules);
    return data;
}

Result<void> WorkspaceData::writeTo(WorkspaceStore &store) const
{
    if (auto r = store.writeWorkspace(workspace); !r)
        return r;
    if (auto r = store.begin(); !r)
        return r;
    Result<void> r;
    for (const FeedbackSource &source : sources)
        if (r)
            r = store.insertSource(source);
    if (r)
        r = store.insertFeedback(feedback);
    if (r)
        r = store.attach(attachments);
    if (r && !attachmentRules.isEmpty())
        r = AttachmentRules::save(store, attachmentRules);
    if (!r) {
        store.rollback();
        return r;
    }
    return store.commit();
}

} // namespace waymark
