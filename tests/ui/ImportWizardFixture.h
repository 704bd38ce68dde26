// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard tests' fixture: a document from the e-commerce template for each test,
// the wizard over it, and the helpers that move through its pages.
#pragma once

#include "../core/CoreTestSupport.h"

#include "document/Document.h"
#include "feedback/FeedbackImportWizard.h"
#include "issues/IssuesModel.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace waymark::test {

/// The workspace as interchange JSON: equal bytes, equal workspace (feedback included).
inline QByteArray interchange(const Document &document)
{
    auto data = WorkspaceData::fromStore(document.store());
    return data ? InterchangeJson::write(*data) : "cannot read: " + data.error().text().toUtf8();
}

/// Test classes derive from it and forward initTestCase, init and cleanup to it.
class ImportWizardFixture
{
protected:
    void initTestCase() { isolateUserFolders(m_home); }
    void init();
    void cleanup();

    /// Next through the wizard's pages until page `id`; fails where a page holds it back.
    void toPage(int id);
    /// Saves `w` at `size` as NAME.png in the folder WAYMARK_SCREENSHOTS names, if set.
    static void grab(QWidget *w, const QString &name, QSize size = {1100, 720});

    QTemporaryDir m_home;
    std::unique_ptr<Document> m_doc;
    IssuesModel *m_issues = nullptr;
    QPointer<FeedbackImportWizard> m_wizard;
};

inline void ImportWizardFixture::init()
{
    const WorkspaceData data = loadTemplate(u"ecommerce-purchase"_s);
    auto created = Document::create(&data);
    QVERIFY(created);
    m_doc = std::move(*created);
    m_issues = new IssuesModel;
}

inline void ImportWizardFixture::cleanup()
{
    delete m_wizard;
    delete m_issues;
    m_doc->close();
    m_doc.reset();
}

inline void ImportWizardFixture::toPage(int id)
{
    while (m_wizard->currentId() != id) {
        const int before = m_wizard->currentId();
        m_wizard->next();
        QVERIFY2(m_wizard->currentId() != before, qPrintable(u"stuck on page %1"_s.arg(before)));
    }
}

inline void ImportWizardFixture::grab(QWidget *w, const QString &name, QSize size)
{
    const QByteArray dir = qgetenv("WAYMARK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    w->resize(size);
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(QString::fromLocal8Bit(dir) + u'/' + name + u".png"_s));
}

} // namespace waymark::test
