#include "scriptedprompts.h"

#include <ui/export/exportdialog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Byline::WidgetUi;
using Byline::Core::ExportOptions;

namespace {

const QString sample = QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md");

QCheckBox *checkBox(const ExportDialog &dialog, const QString &text)
{
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
        if (box->text().remove(QLatin1Char('&')) == text)
            return box;
    }
    return nullptr;
}

void chooseFormat(ExportDialog &dialog, ExportOptions::Format format)
{
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(format)));
}

} // namespace

// The export dialog: its options, its target and the live first page of the PDF.
class ExportDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void options_comeBackAsGiven();
    void format_setsTheExtensionAndWhatCanBeChosen();
    void pdfPreview_showsTheFirstPageAndFollowsTheOptions();
    void preview_ofTheEditorsText_isThatText();
    void preview_followsTheReviewView();
    void severalArticles_goIntoAFolder();
    void browsing_asksThroughThePrompts();

private:
    ScriptedPrompts m_prompts;
};

void ExportDialogTest::options_comeBackAsGiven()
{
    ExportOptions options;
    options.format = ExportOptions::Format::Pdf;
    options.theme = QStringLiteral("modern");
    options.tableOfContents = true;
    options.embedImages = true;
    options.pageSize = QStringLiteral("Letter");
    options.landscape = true;
    options.marginMillimetres = 25;
    options.header = QStringLiteral("The Daily Ledger");
    options.footer = QStringLiteral("Embargoed until Monday");
    options.titleBlock = false;
    options.pdfA = true;
    options.review = Byline::Core::ReviewEdits::View::Markup;
    const ExportDialog dialog(options, m_prompts);
    QCOMPARE(dialog.options(), options);
    // A dialog opened with defaults exports the clean copy.
    QCOMPARE(ExportDialog(ExportOptions(), m_prompts).options().review, Byline::Core::ReviewEdits::View::Final);
}

void ExportDialogTest::format_setsTheExtensionAndWhatCanBeChosen()
{
    ExportDialog dialog(ExportOptions {}, m_prompts);
    dialog.setTargetFile(QStringLiteral("/tmp/columns/ovirt-at-last.md"));
    QCOMPARE(dialog.target(), QStringLiteral("/tmp/columns/ovirt-at-last.html"));
    QCheckBox *contents = checkBox(dialog, QStringLiteral("Table of contents"));
    QCheckBox *landscape = checkBox(dialog, QStringLiteral("Landscape"));
    QVERIFY(contents && landscape);
    QVERIFY(contents->isEnabled());
    QVERIFY(!landscape->isEnabled());

    chooseFormat(dialog, ExportOptions::Format::Pdf);
    QCOMPARE(dialog.target(), QStringLiteral("/tmp/columns/ovirt-at-last.pdf"));
    QVERIFY(!contents->isEnabled());
    QVERIFY(landscape->isEnabled());
    chooseFormat(dialog, ExportOptions::Format::Odt);
    QCOMPARE(dialog.target(), QStringLiteral("/tmp/columns/ovirt-at-last.odt"));
    QVERIFY(!landscape->isEnabled()); // ODT has no fixed pages
    QVERIFY(checkBox(dialog, QStringLiteral("Headline, byline and date above the text"))->isEnabled());
    chooseFormat(dialog, ExportOptions::Format::Fragment);
    QCOMPARE(dialog.target(), QStringLiteral("/tmp/columns/ovirt-at-last.html"));
    chooseFormat(dialog, ExportOptions::Format::Text);
    QCOMPARE(dialog.options().format, ExportOptions::Format::Text);
    QCOMPARE(dialog.target(), QStringLiteral("/tmp/columns/ovirt-at-last.txt"));
}

void ExportDialogTest::pdfPreview_showsTheFirstPageAndFollowsTheOptions()
{
    ExportOptions options;
    options.format = ExportOptions::Format::Pdf;
    ExportDialog dialog(options, m_prompts);
    dialog.show();
    QSignalSpy updated(&dialog, &ExportDialog::previewUpdated);
    dialog.setPreviewSource(sample);
    QVERIFY(updated.wait(10000));
    QVERIFY(dialog.previewLabel()->isVisible());
    QCOMPARE(dialog.preview().pageCount, 2);
    QVERIFY(dialog.preview().page.height() > dialog.preview().page.width()); // A4 portrait
    QVERIFY(!dialog.previewLabel()->pixmap().isNull());

    checkBox(dialog, QStringLiteral("Landscape"))->setChecked(true);
    QVERIFY(updated.wait(10000));
    QVERIFY(dialog.preview().page.width() > dialog.preview().page.height());
    QVERIFY(dialog.preview().pageCount >= 2);

    chooseFormat(dialog, ExportOptions::Format::Html);
    QVERIFY(!dialog.previewLabel()->isVisible());
}

void ExportDialogTest::preview_ofTheEditorsText_isThatText()
{
    ExportOptions options;
    options.format = ExportOptions::Format::Pdf;
    ExportDialog dialog(options, m_prompts);
    QSignalSpy updated(&dialog, &ExportDialog::previewUpdated);
    QString text = QStringLiteral("# Long\n\n");
    for (int i = 0; i < 200; ++i)
        text += QStringLiteral("A paragraph of the unsaved draft, number %1, long enough to fill a line.\n\n").arg(i);
    dialog.setPreviewSource(sample, text);
    QVERIFY(updated.wait(10000));
    QVERIFY2(dialog.preview().pageCount > 4, qPrintable(QString::number(dialog.preview().pageCount)));
}

void ExportDialogTest::preview_followsTheReviewView()
{
    ExportOptions options;
    options.format = ExportOptions::Format::Pdf;
    ExportDialog dialog(options, m_prompts);
    QSignalSpy updated(&dialog, &ExportDialog::previewUpdated);
    QString text = QStringLiteral("# Review\n\n");
    for (int i = 0; i < 60; ++i)
        text += QStringLiteral("Kept words, number %1.{++ An added sentence long enough to take most of a line of "
                               "its own, and then some more.++}{>>@Ed 2026-11-20T10:04Z: a note that takes room "
                               "too, to be sure: it goes on for a good while about the sentence before it, what it "
                               "adds, what it takes away, and whether the column needs it at all, which is the kind "
                               "of thing an editor writes in the margin of a draft<<}\n\n")
                    .arg(i);
    dialog.setPreviewSource(sample, text);
    QVERIFY(updated.wait(10000));
    const int finalPages = dialog.preview().pageCount;
    auto *review = dialog.findChild<QComboBox *>(QStringLiteral("exportReview"));
    QVERIFY(review);
    review->setCurrentIndex(review->findData(int(Byline::Core::ReviewEdits::View::Original)));
    QVERIFY(updated.wait(10000));
    const int originalPages = dialog.preview().pageCount;
    QVERIFY2(originalPages < finalPages, qPrintable(QStringLiteral("%1 %2").arg(originalPages).arg(finalPages)));
    review->setCurrentIndex(review->findData(int(Byline::Core::ReviewEdits::View::Markup)));
    QVERIFY(updated.wait(10000));
    QVERIFY(dialog.preview().pageCount > finalPages); // the notes take room
    QCOMPARE(dialog.options().review, Byline::Core::ReviewEdits::View::Markup);
}

void ExportDialogTest::severalArticles_goIntoAFolder()
{
    ExportDialog dialog(ExportOptions {}, m_prompts);
    dialog.setTargetFolder(QStringLiteral("/tmp/exports"), 12);
    QVERIFY(dialog.toFolder());
    QCOMPARE(dialog.target(), QStringLiteral("/tmp/exports"));
    QVERIFY(dialog.windowTitle().contains(QLatin1String("12")));
    chooseFormat(dialog, ExportOptions::Format::Pdf);
    QCOMPARE(dialog.target(), QStringLiteral("/tmp/exports")); // a folder keeps its name
}

void ExportDialogTest::browsing_asksThroughThePrompts()
{
    ExportOptions options;
    options.format = ExportOptions::Format::Html;
    ExportDialog dialog(options, m_prompts);
    dialog.setTargetFile(QStringLiteral("/tmp/column.html"));
    m_prompts.answerText(QStringLiteral("/tmp/elsewhere/page")); // typed without its extension
    auto *browse = dialog.findChild<QPushButton *>(QStringLiteral("browseTarget"));
    QVERIFY(browse);
    browse->click();
    QCOMPARE(m_prompts.asked().constLast().kind, QStringLiteral("file"));
    QCOMPARE(dialog.target(), QStringLiteral("/tmp/elsewhere/page.html"));

    // The chooser keeps the focus it took; Return then exports rather than asks again.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    browse->setFocus();
    QTest::keyClick(browse, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_prompts.asked().size(), 1);
}

QTEST_MAIN(ExportDialogTest)
#include "exportdialog_test.moc"
