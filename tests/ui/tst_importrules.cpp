// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard's overrides and attachment rules, and the bulk suggestions dialog,
// driven as a user would: header rows on the preview page, scales and date format on the
// mapping page with the live preview and problems following; rules added, edited and
// removed on the attach page, saved by the import and listed again for the next one;
// suggestions accepted as one undo step (undo restores) or rejected for the session.
// Set WAYMARK_SCREENSHOTS to a folder to save the pages as PNGs.
#include "ImportWizardFixture.h"

#include "commands/AttachFeedbackCommand.h"
#include "document/Document.h"
#include "feedback/FeedbackImportWizard.h"
#include "feedback/ImportAttachPage.h"
#include "feedback/ImportMappingPage.h"
#include "feedback/ImportPreviewPage.h"
#include "feedback/ImportRuleDialog.h"
#include "feedback/ImportSummaryPage.h"
#include "feedback/SuggestionsDialog.h"
#include "import/AttachmentRules.h"
#include "import/FeedbackImportJob.h"
#include "issues/IssuesModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>

using namespace waymark;
using namespace waymark::test;

namespace {

/// Two header rows (names, then question texts), dotted dates with one ISO date, CSAT up
/// to 6 (so detected as 1..7), no touchpoint column: comments name touchpoints' keywords.
const QByteArray kSurvey = "ResponseId,Datum,Kanal,CSAT,Comment\n"
                           "Kennung,Erfasst am,Kanal,Zufriedenheit,Kommentar\n"
                           "r1,18.07.2026,Email,4,Die Lieferung kam beschädigt an\n"
                           "r2,2026-07-19,Web,6,The checkout asked for an account\n"
                           "r3,20.07.2026,Phone,5,Lange in der Warteschleife der Hotline\n"
                           "r4,21.07.2026,Web,2,Paypal payment was declined twice\n"
                           "r5,22.07.2026,Email,3,Where is my parcel? Tracking shows nothing\n";

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

QStringList column(const QTableWidget *t, int c)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        out << (t->item(r, c) ? t->item(r, c)->text() : QString());
    return out;
}

} // namespace

class TestImportRules : public QObject, public ImportWizardFixture
{
    Q_OBJECT

private:
    FeedbackImportWizard *openWizard(const QString &file)
    {
        delete m_wizard;
        m_wizard = new FeedbackImportWizard(m_doc.get(), m_issues);
        m_wizard->setFile(file);
        m_wizard->show();
        return m_wizard;
    }
    /// Runs the wizard's import from the attach page and waits for it.
    void importFromAttachPage()
    {
        QCOMPARE(m_wizard->currentId(), int(FeedbackImportWizard::AttachPage));
        QSignalSpy finished(m_wizard->job(), &FeedbackImportJob::finished);
        m_wizard->next();
        QVERIFY(finished.wait(20000));
        QVERIFY2(m_wizard->job()->succeeded(), qPrintable(m_wizard->job()->error().text()));
    }
    QList<AttachmentPair> attachments() const { return *m_doc->store().attachments(); }
    TouchpointId touchpointTitled(const QString &title) const
    {
        for (const Touchpoint &t : m_doc->workspace().touchpoints)
            if (t.title == title)
                return t.id;
        return {};
    }
    QString titleOf(TouchpointId id) const
    {
        const Touchpoint *t = m_doc->workspace().touchpoints.find(id);
        return t ? t->title : QString();
    }
    QHash<qint64, QString> responses() const
    {
        QHash<qint64, QString> out;
        m_doc->store().forEachFeedback([&](const FeedbackItem &f) {
            out.insert(f.id.value, f.responseId);
            return true;
        });
        return out;
    }
    /// "r3→Customer service hotline" for each attachment.
    QStringList attachedResponses() const
    {
        const auto ids = responses();
        QStringList out;
        for (const auto &[item, tp] : attachments())
            out << ids.value(item.value) + u"→"_s + titleOf(tp);
        out.sort();
        return out;
    }

private slots:
    void initTestCase() { ImportWizardFixture::initTestCase(); }
    void init() { ImportWizardFixture::init(); }
    void cleanup() { ImportWizardFixture::cleanup(); }

    void headerRowsOverrideOnThePreviewPage()
    {
        openWizard(writeFile(m_home.filePath(u"survey.csv"_s), kSurvey));
        QCOMPARE(m_wizard->currentId(), int(FeedbackImportWizard::PreviewPage));
        ImportPreviewPage *page = m_wizard->previewPage();
        QCOMPARE(page->headerRowsBox()->value(), 1);
        QVERIFY(page->headerRowsLabel()->text().startsWith(u"1 detected"_s));
        QVERIFY(!page->table()->item(1, 0)->font().bold());

        page->headerRowsBox()->setValue(2);
        QCOMPARE(m_wizard->draft().layout().headerRows, 2);
        QCOMPARE(m_wizard->draft().layout().questions.value(1), u"Erfasst am"_s);
        QVERIFY(page->table()->item(1, 0)->font().bold()); // the second row is shaded as a header now
        QVERIFY2(page->headerRowsLabel()->text().contains(u"your count is used"_s), qPrintable(page->headerRowsLabel()->text()));
        QCOMPARE(m_wizard->draft().options().headerRows, std::optional<int>(2));
        QCOMPARE(m_wizard->draft().dataRecords().size(), 5);
        grab(m_wizard, u"import-1-preview-header-rows"_s);

        // Back to the detected count: no override is passed on.
        page->headerRowsBox()->setValue(1);
        QCOMPARE(m_wizard->draft().options().headerRows, std::optional<int>());
        // No header row: the columns are numbered, every record is data.
        page->headerRowsBox()->setValue(0);
        QCOMPARE(m_wizard->draft().layout().names.value(0), u"Column 1"_s);
        QCOMPARE(m_wizard->draft().dataRecords().size(), 7);
    }

    void scalesAndDateFormatUpdateTheLivePreview()
    {
        openWizard(writeFile(m_home.filePath(u"survey.csv"_s), kSurvey));
        m_wizard->previewPage()->headerRowsBox()->setValue(2);
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(FeedbackImportWizard::MappingPage));
        ImportMappingPage *page = m_wizard->mappingPage();
        QCOMPARE(page->fieldBox(u"csat"_s)->currentText(), u"D: CSAT — Zufriedenheit"_s);
        QCOMPARE(page->csatScaleBox()->currentData().toInt(), 7); // a 6 was seen
        QVERIFY(page->csatScaleBox()->isEnabled());
        QVERIFY(!page->cesScaleBox()->isEnabled()); // no CES column
        QCOMPARE(page->dateFormatBox()->currentData().toString(), QString()); // each value by itself
        QVERIFY(page->dateFormatBox()->itemText(page->dateFormatBox()->findData(u"d.M.yyyy"_s)).endsWith(u"(detected)"_s));
        QCOMPARE(page->problemTable()->rowCount(), 0);

        // CSAT on 1..5: the 6 in row 4 becomes a problem, with its row, column and value.
        page->csatScaleBox()->setCurrentIndex(page->csatScaleBox()->findData(5));
        QTableWidget *problems = page->problemTable();
        QCOMPARE(problems->rowCount(), 1);
        QCOMPARE(column(problems, 0), QStringList{u"4"_s});
        QCOMPARE(column(problems, 1), QStringList{u"CSAT"_s});
        QCOMPARE(column(problems, 2), QStringList{u"6"_s});
        QCOMPARE(column(problems, 3), QStringList{u"is outside 1..5"_s});

        // Dates as d.M.yyyy: the ISO date in row 4 no longer fits.
        page->dateFormatBox()->setCurrentIndex(page->dateFormatBox()->findData(u"d.M.yyyy"_s));
        QCOMPARE(problems->rowCount(), 2);
        QCOMPARE(column(problems, 0), (QStringList{u"4"_s, u"4"_s}));
        QCOMPARE(column(problems, 1), (QStringList{u"Datum"_s, u"CSAT"_s}));
        QCOMPARE(column(problems, 2), (QStringList{u"2026-07-19"_s, u"6"_s}));
        QCOMPARE(column(problems, 3), (QStringList{u"does not match the date format d.M.yyyy"_s, u"is outside 1..5"_s}));
        QTableWidget *preview = m_wizard->mappingPage()->previewTable();
        int dateColumn = -1;
        for (int c = 0; c < preview->columnCount(); ++c)
            if (preview->horizontalHeaderItem(c)->text().startsWith(u"Date"_s))
                dateColumn = c;
        QVERIFY(dateColumn >= 0);
        QCOMPARE(preview->item(0, dateColumn)->text(), u"2026-07-18"_s);
        QCOMPARE(preview->item(1, dateColumn)->text(), u"⚠ 2026-07-19"_s);
        grab(m_wizard, u"import-2-mapping-overrides"_s);

        const ImportOptions o = m_wizard->draft().options();
        QCOMPARE(o.csatScale, std::optional<int>(5));
        QCOMPARE(o.cesScale, std::optional<int>());
        QCOMPARE(o.dateFormat, std::optional<QString>(u"d.M.yyyy"_s));

        // The import stores what the preview showed.
        toPage(FeedbackImportWizard::AttachPage);
        importFromAttachPage();
        const ImportReport *report = m_wizard->job()->report();
        QCOMPARE(report->problemCount, 2);
        QHash<QString, FeedbackItem> items;
        m_doc->store().forEachFeedback([&](const FeedbackItem &f) {
            items.insert(f.responseId, f);
            return true;
        });
        QCOMPARE(items.size(), 5);
        QCOMPARE(items[u"r1"_s].date, u"2026-07-18"_s);
        QCOMPARE(items[u"r1"_s].csatScale, 5);
        QCOMPARE(items[u"r2"_s].csat, std::optional<int>());
        QCOMPARE(items[u"r2"_s].date, QString());
    }

    void reimportStartsFromTheSavedMapping()
    {
        // The first export: the proposal cannot tell that Q2 is CSAT on 1..7; the user maps it.
        const QByteArray header = "ResponseId,Q1,Q2,Comment\n";
        const QString first = writeFile(m_home.filePath(u"pulse-march.csv"_s),
                                        header + "m1,3,6,The delivery was late\nm2,1,7,Fine\n");
        openWizard(first);
        toPage(FeedbackImportWizard::MappingPage);
        ImportMappingPage *page = m_wizard->mappingPage();
        QCOMPARE(m_wizard->draft().savedMappingFrom(), QString());
        QCOMPARE(page->fieldBox(u"csat"_s)->currentData().toInt(), -1);
        page->fieldBox(u"csat"_s)->setCurrentIndex(page->fieldBox(u"csat"_s)->findData(2));
        page->csatScaleBox()->setCurrentIndex(page->csatScaleBox()->findData(7));
        QCOMPARE(m_wizard->draft().options().overrides, (QList<std::pair<QString, QString>>{{u"csat"_s, u"Q2"_s}}));
        toPage(FeedbackImportWizard::AttachPage);
        importFromAttachPage();

        // The next export of the same survey: the mapping page shows the saved mapping, and
        // the options repeat nothing (the import applies the saved mapping itself).
        const QString second = writeFile(m_home.filePath(u"pulse-april.csv"_s),
                                         header + "a1,2,5,Parcel came early\na2,4,7,Great\n");
        openWizard(second);
        QVERIFY2(m_wizard->draft().savedMappingFrom().startsWith(u"“pulse-march.csv” ("_s),
                 qPrintable(m_wizard->draft().savedMappingFrom()));
        toPage(FeedbackImportWizard::MappingPage);
        page = m_wizard->mappingPage();
        QCOMPARE(page->fieldBox(u"csat"_s)->currentData().toInt(), 2);
        QCOMPARE(page->csatScaleBox()->currentData().toInt(), 7);
        QCOMPARE(page->problemTable()->rowCount(), 0); // a 7 fits 1..7
        const ImportOptions o = m_wizard->draft().options();
        QVERIFY(o.useSavedMapping);
        QVERIFY(o.overrides.isEmpty());
        QCOMPARE(o.csatScale, std::optional<int>());
        toPage(FeedbackImportWizard::AttachPage);
        importFromAttachPage();
        const ImportReport *report = m_wizard->job()->report();
        QVERIFY(report->savedMappingFrom.startsWith(u"“pulse-march.csv” ("_s));
        QCOMPARE(report->problemCount, 0);
        QHash<QString, FeedbackItem> items;
        m_doc->store().forEachFeedback([&](const FeedbackItem &f) {
            items.insert(f.responseId, f);
            return true;
        });
        QCOMPARE(items.size(), 4);
        QCOMPARE(items[u"a2"_s].csat, std::optional<int>(7));
        QCOMPARE(items[u"a2"_s].csatScale, 7);

        // Proposing afresh forgets it, and the import is told so.
        m_wizard->draft().setUseSavedMapping(false);
        QCOMPARE(m_wizard->draft().savedMappingFrom(), QString());
        QCOMPARE(m_wizard->draft().mapping().column(u"csat"_s), -1);
        QVERIFY(!m_wizard->draft().options().useSavedMapping);
    }

    void ruleDialogValidates()
    {
        openWizard(writeFile(m_home.filePath(u"survey.csv"_s), kSurvey));
        toPage(FeedbackImportWizard::AttachPage);
        ImportAttachPage *page = m_wizard->attachPage();
        QPointer<ImportRuleDialog> dialog = page->ruleDialog(-1);
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog->errorLabel()->text(), u"Enter what to look for."_s);
        dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(AttachmentRule::Kind::CommentMatches)));
        dialog->valueEdit()->setText(u"deliver(y"_s);
        dialog->touchpointBox()->setCurrentIndex(dialog->touchpointBox()->findText(u"Parcel delivery (Deliver)"_s));
        QVERIFY(dialog->touchpointBox()->currentIndex() >= 0);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog->errorLabel()->text(),
                 u"“deliver(y” is not a valid regular expression: missing closing parenthesis at character 10."_s);
        grab(dialog, u"import-4-rule-dialog-error"_s, {560, 220});
        dialog->valueEdit()->setText(u"deliver(y|ed)"_s);
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog->errorLabel()->isHidden());
        const AttachmentRule r = dialog->rule();
        QCOMPARE(r.spec(), u"regex=deliver(y|ed)->Deliver/Parcel delivery"_s);

        // A date range that ends before it starts.
        dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(AttachmentRule::Kind::DateRange)));
        dialog->fromEdit()->setDate(QDate(2026, 3, 1));
        dialog->toEdit()->setDate(QDate(2026, 1, 1));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog->errorLabel()->text().contains(u"ends before it starts"_s), qPrintable(dialog->errorLabel()->text()));
        dialog->toBox()->setChecked(false); // open end
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog->rule().spec(), u"date=2026-03-01..->Deliver/Parcel delivery"_s);
        dialog->reject();
        QTRY_VERIFY(!dialog);
        QCOMPARE(page->ruleTable()->rowCount(), 0);
    }

    void rulesAreEditedSavedAndAppliedAgain()
    {
        openWizard(writeFile(m_home.filePath(u"survey.csv"_s), kSurvey));
        m_wizard->previewPage()->headerRowsBox()->setValue(2);
        toPage(FeedbackImportWizard::AttachPage);
        ImportAttachPage *page = m_wizard->attachPage();
        QCOMPARE(page->ruleTable()->rowCount(), 0);

        auto add = [&](AttachmentRule::Kind kind, const QString &value, const QString &touchpoint) {
            ImportRuleDialog *dialog = page->ruleDialog(-1);
            dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(kind)));
            dialog->valueEdit()->setText(value);
            dialog->touchpointBox()->setCurrentIndex(dialog->touchpointBox()->findText(touchpoint));
            QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
            dialog->accept();
        };
        add(AttachmentRule::Kind::ChannelEquals, u"Phone"_s, u"Customer service hotline (Support)"_s);
        add(AttachmentRule::Kind::CommentContains, u"paypal"_s, u"Checkout (Purchase)"_s);
        add(AttachmentRule::Kind::CommentMatches, u"Liefer(ung|zeit)"_s, u"Parcel delivery (Deliver)"_s);
        QCOMPARE(column(page->ruleTable(), 0), (QStringList{u"Channel equals"_s, u"Comment contains"_s, u"Comment matches"_s}));
        QCOMPARE(column(page->ruleTable(), 1), (QStringList{u"Phone"_s, u"paypal"_s, u"Liefer(ung|zeit)"_s}));

        // Edit the second: PayPal belongs to Payment.
        ImportRuleDialog *edit = page->ruleDialog(1);
        QCOMPARE(edit->valueEdit()->text(), u"paypal"_s);
        QCOMPARE(edit->touchpointBox()->currentText(), u"Checkout (Purchase)"_s);
        edit->touchpointBox()->setCurrentIndex(edit->touchpointBox()->findText(u"Payment (Purchase)"_s));
        edit->accept();
        QCOMPARE(column(page->ruleTable(), 2),
                 (QStringList{u"Customer service hotline (Support)"_s, u"Payment (Purchase)"_s, u"Parcel delivery (Deliver)"_s}));
        // A fourth, removed again.
        add(AttachmentRule::Kind::CommentContains, u"account"_s, u"Checkout (Purchase)"_s);
        QCOMPARE(page->ruleTable()->rowCount(), 4);
        page->ruleTable()->selectRow(3);
        QVERIFY(page->removeRuleButton()->isEnabled());
        page->removeRuleButton()->click();
        QCOMPARE(page->ruleTable()->rowCount(), 3);
        grab(m_wizard, u"import-3-attach-rules"_s);

        importFromAttachPage();
        QCOMPARE(m_wizard->job()->report()->attachedByRules, 3);
        QCOMPARE(attachedResponses(),
                 (QStringList{u"r1→Parcel delivery"_s, u"r3→Customer service hotline"_s, u"r4→Payment"_s}));
        const QStringList saved = [&] {
            QStringList specs;
            auto rules = AttachmentRules::load(m_doc->store()); // kept alive for the loop
            if (rules)
                for (const AttachmentRule &r : std::as_const(*rules))
                    specs << r.spec();
            return specs;
        }();
        QCOMPARE(saved, (QStringList{u"channel=Phone->Support/Customer service hotline"_s, u"contains=paypal->Purchase/Payment"_s,
                                     u"regex=Liefer(ung|zeit)->Deliver/Parcel delivery"_s}));
        // The summary offers suggestions for the two rows left unattached.
        ImportSummaryPage *summary = m_wizard->summaryPage();
        QVERIFY(summary->suggestButton()->isVisible());
        grab(m_wizard, u"import-5-summary"_s);

        // The next import lists the saved rules and applies them to its new rows.
        openWizard(writeFile(m_home.filePath(u"survey-2.csv"_s),
                             kSurvey + "r6,23.07.2026,Phone,4,Called about my order\n"));
        m_wizard->previewPage()->headerRowsBox()->setValue(2);
        toPage(FeedbackImportWizard::AttachPage);
        QCOMPARE(column(m_wizard->attachPage()->ruleTable(), 1), (QStringList{u"Phone"_s, u"paypal"_s, u"Liefer(ung|zeit)"_s}));
        importFromAttachPage();
        QCOMPARE(m_wizard->job()->report()->imported, 1);
        QCOMPARE(m_wizard->job()->report()->attachedByRules, 1);
        QVERIFY(attachedResponses().contains(u"r6→Customer service hotline"_s));
        // Rules saved with the workspace reach the interchange JSON.
        QVERIFY(interchange(*m_doc).contains("\"attachmentRules\""));
    }

    void suggestionsAcceptedAsOneUndoStep()
    {
        openWizard(writeFile(m_home.filePath(u"survey.csv"_s), kSurvey));
        m_wizard->previewPage()->headerRowsBox()->setValue(2);
        toPage(FeedbackImportWizard::AttachPage);
        importFromAttachPage();
        QCOMPARE(m_wizard->job()->report()->unattached, 5);
        const int undoSteps = m_doc->undoStack()->count();
        const QByteArray before = interchange(*m_doc);

        QPointer<SuggestionsDialog> dialog = m_wizard->summaryPage()->openSuggestions();
        QVERIFY(dialog);
        QSignalSpy ready(dialog.data(), &SuggestionsDialog::suggestionsReady);
        QTRY_VERIFY(!dialog->isRunning());
        QTableWidget *table = dialog->table();
        QVERIFY2(table->rowCount() >= 4, qPrintable(dialog->statusLabel()->text()));
        QHash<QString, int> rowOf; // response → row
        const auto ids = responses();
        for (int r = 0; r < table->rowCount(); ++r)
            rowOf.insert(ids.value(table->item(r, SuggestionsDialog::CommentColumn)->data(SuggestionsDialog::ItemRole).toLongLong()), r);
        auto suggested = [&](const QString &response) {
            return titleOf(TouchpointId(
                table->item(rowOf.value(response), SuggestionsDialog::TouchpointColumn)->data(SuggestionsDialog::TouchpointRole).toLongLong()));
        };
        QCOMPARE(suggested(u"r3"_s), u"Customer service hotline"_s);
        QCOMPARE(suggested(u"r4"_s), u"Payment"_s);
        QVERIFY(!table->item(rowOf.value(u"r4"_s), SuggestionsDialog::ScoreColumn)->text().isEmpty());
        grab(dialog, u"import-6-suggestions"_s, {960, 520});

        // Accept r3 as suggested and r4 moved to Checkout; leave the others.
        dialog->setAllChecked(false);
        QVERIFY(!dialog->acceptButton()->isEnabled());
        table->item(rowOf.value(u"r3"_s), 0)->setCheckState(Qt::Checked);
        table->item(rowOf.value(u"r4"_s), 0)->setCheckState(Qt::Checked);
        dialog->setTarget(rowOf.value(u"r4"_s), touchpointTitled(u"Checkout"_s));
        QVERIFY(table->item(rowOf.value(u"r4"_s), 1)->text().contains(u"your choice"_s));
        QCOMPARE(dialog->acceptButton()->text(), u"&Accept 2 Selected"_s);
        const int rows = table->rowCount();
        QCOMPARE(dialog->acceptSelected(), 2);
        QCOMPARE(table->rowCount(), rows - 2);
        QCOMPARE(m_doc->undoStack()->count(), undoSteps + 1);
        QCOMPARE(m_doc->undoStack()->undoText(), u"Accept 2 attachment suggestion(s)"_s);
        QCOMPARE(attachedResponses(), (QStringList{u"r3→Customer service hotline"_s, u"r4→Checkout"_s}));

        m_doc->undoStack()->undo();
        QCOMPARE(attachedResponses(), QStringList());
        QCOMPARE(interchange(*m_doc), before);
        m_doc->undoStack()->redo();
        QCOMPARE(attachedResponses().size(), 2);
        dialog->close();
        QTRY_VERIFY(!dialog);
    }

    void rejectedSuggestionsAreNotOfferedAgain()
    {
        openWizard(writeFile(m_home.filePath(u"survey.csv"_s), kSurvey));
        m_wizard->previewPage()->headerRowsBox()->setValue(2);
        toPage(FeedbackImportWizard::AttachPage);
        importFromAttachPage();
        const QByteArray before = interchange(*m_doc);
        const int undoSteps = m_doc->undoStack()->count();

        auto first = std::make_unique<SuggestionsDialog>(m_doc.get());
        QTRY_VERIFY(!first->isRunning());
        QTableWidget *table = first->table();
        const int rows = table->rowCount();
        QVERIFY(rows >= 2);
        first->setAllChecked(false);
        table->item(0, 0)->setCheckState(Qt::Checked);
        const qint64 item = table->item(0, 0)->data(SuggestionsDialog::ItemRole).toLongLong();
        const qint64 touchpoint = table->item(0, 1)->data(SuggestionsDialog::SuggestedRole).toLongLong();
        QCOMPARE(first->rejectSelected(), 1);
        QCOMPARE(table->rowCount(), rows - 1);
        QCOMPARE(SuggestionsDialog::rejected(m_doc.get()),
                 (QList<AttachmentPair>{{FeedbackItemId(item), TouchpointId(touchpoint)}}));
        // Rejecting changes nothing in the workspace and is no undo step.
        QCOMPARE(m_doc->undoStack()->count(), undoSteps);
        QCOMPARE(interchange(*m_doc), before);
        first.reset();

        SuggestionsDialog second(m_doc.get());
        QTRY_VERIFY(!second.isRunning());
        for (int r = 0; r < second.table()->rowCount(); ++r)
            QVERIFY(!(second.table()->item(r, 0)->data(SuggestionsDialog::ItemRole).toLongLong() == item
                      && second.table()->item(r, 1)->data(SuggestionsDialog::TouchpointRole).toLongLong() == touchpoint));
    }
};

QTEST_MAIN(TestImportRules)
#include "tst_importrules.moc"
