#include "externaltool.h"
#include "testdesk.h"
#include "testfiles.h"

#include <safety/recoveryjournal.h>
#include <ui/common/messagebar.h>
#include <ui/common/notices.h>
#include <ui/editor/markdowneditor.h>
#include <ui/export/exportcontroller.h>
#include <ui/export/exportdialog.h>
#include <ui/export/exportrunner.h>
#include <ui/export/exportsettings.h>
#include <ui/library/librarypanel.h>
#include <ui/library/libraryservice.h>
#include <ui/shell/deskservices.h>

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Byline::WidgetUi;
using Byline::Core::ExportOptions;
using Byline::Core::ExportReport;

namespace {

const QString sample = QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md");

QString pdfText(const QString &path)
{
    return toolOutput(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
}

// Export's side of the desk on an article session, without a window: the editor, the banner and
// status line, and the controller. Questions are answered by `prompts`; `libraryFolder` is the
// library open, if any.
struct ExportDesk
{
    explicit ExportDesk(std::function<QString()> libraryFolder = {})
        : exporting(editor, prompts, notices, std::move(libraryFolder), &host)
    {
        auto *layout = new QVBoxLayout(&host);
        layout->addWidget(bar);
        layout->addWidget(editor, 1);
        layout->addWidget(statusBar);
        host.resize(800, 600);
        host.show();
    }
    Q_DISABLE_COPY_MOVE(ExportDesk)
    ~ExportDesk() = default;

    bool open(const QString &path) { return openAndWait(session, path); }

    // The report of the next export to finish (an export may finish before this is called); an
    // empty one when none does.
    [[nodiscard]] ExportReport waitForExport()
    {
        if (exports.isEmpty() && !exports.wait(60000))
            return {};
        return exports.takeFirst().constFirst().value<ExportReport>();
    }

    std::shared_ptr<Byline::Core::RecoveryJournal> journal
        = std::make_shared<Byline::Core::RecoveryJournal>(DeskServices::recoveryFolder());
    ScriptedPrompts prompts;
    ArticleSession session {journal};
    QWidget host; // goes before the session its editor shows
    MessageBar *bar = new MessageBar(&host);
    QStatusBar *statusBar = new QStatusBar(&host);
    Notices notices {bar, statusBar};
    MarkdownEditor *editor = new MarkdownEditor(session, &host);
    ExportController exporting;
    QSignalSpy exports {exporting.runner(), &ExportRunner::finished};
};

// Every label of a dialog, as the user reads them.
QString labelTexts(const QDialog &dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts.append(label->text().remove(QLatin1Char('&')));
    return texts.join(QLatin1Char('\n'));
}

} // namespace

// Export on an article session: the dialog, Re-export, a library batch and the rich-text
// clipboard.
class ExportControllerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void export_fromTheDialog_thenReexportWithoutIt();
    void reexport_ofANeverExportedArticle_asks();
    void failedExport_saysWhyAndIsNoLongerUnderWay();
    void batch_fromTheLibrarySelection_withItsSummary();
    void copyAsRichText_putsHtmlAndTextOnTheClipboard();
    void copyAsRichText_doesNotBlockTheUiThread();

private:
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_library;
    QString path(const QString &name) const { return m_library->filePath(name); }
};

void ExportControllerTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-exportcontroller-test"));
}

void ExportControllerTest::init()
{
    m_library = std::make_unique<QTemporaryDir>();
    QVERIFY(QFile::copy(sample, path(QStringLiteral("ovirt-at-last.md"))));
    write(path(QStringLiteral("columns/second.md")), "---\ntitle: Second\ndate: 2026-01-01\n---\n\nThe second text.\n");
    write(path(QStringLiteral("third.md")), "---\ntitle: Third\ndate: 2026-01-03\n---\n\nThe *third* text.\n");
}

void ExportControllerTest::export_fromTheDialog_thenReexportWithoutIt()
{
    ExportDesk desk;
    const QString article = path(QStringLiteral("ovirt-at-last.md"));
    QVERIFY(desk.open(article));
    ExportOptions pdf;
    pdf.format = ExportOptions::Format::Pdf;
    pdf.footer = QStringLiteral("For the desk");
    ExportSettings::setOptions(m_library->path(), pdf); // the article's folder: no library is open

    const QString target = path(QStringLiteral("ovirt-at-last.pdf"));
    QString proposed;
    desk.prompts.answerDialog([&proposed](QDialog &dialog) {
        proposed = qobject_cast<ExportDialog *>(&dialog)->target();
        return true;
    });
    desk.exporting.chooseExport();
    QVERIFY(desk.prompts.allAnswered());
    QCOMPARE(proposed, target);
    const ExportReport report = desk.waitForExport();
    QCOMPARE(report.written(), QStringList {target});
    QVERIFY(pdfText(target).contains(QLatin1String("For the desk")));
    QCOMPARE(ExportSettings::lastExport(article).target, target);
    QCOMPARE(desk.exporting.reexportTarget(), target);

    // An unsaved change goes out with Re-export, same file and options, no dialog.
    desk.editor->moveCursor(QTextCursor::End);
    desk.editor->insertPlainText(QStringLiteral("\nA closing line added later on.\n"));
    QVERIFY(desk.session.isModified());
    const qsizetype asked = desk.prompts.asked().size();
    QVERIFY(desk.exporting.reexport());
    QCOMPARE(desk.prompts.asked().size(), asked);
    QCOMPARE(desk.waitForExport().written(), QStringList {target});
    const QString text = pdfText(target);
    QVERIFY(text.contains(QLatin1String("A closing line added later on.")));
    QVERIFY(text.contains(QLatin1String("For the desk")));
    QVERIFY2(desk.notices.status().contains(QLatin1String("Exported to")), qPrintable(desk.notices.status()));
    QVERIFY(desk.session.isModified()); // exporting is not saving
}

void ExportControllerTest::reexport_ofANeverExportedArticle_asks()
{
    ExportDesk desk;
    QVERIFY(desk.open(path(QStringLiteral("third.md"))));
    QString seen;
    desk.prompts.answerDialog([&seen](QDialog &dialog) {
        seen = labelTexts(dialog);
        return false; // cancelled
    });
    QVERIFY(!desk.exporting.reexport());
    QVERIFY(desk.prompts.allAnswered());
    QCOMPARE(desk.prompts.asked().constLast().text, QStringLiteral("Byline::WidgetUi::ExportDialog"));
    QVERIFY2(seen.contains(QLatin1String("Format:")), qPrintable(seen));
    QVERIFY(!desk.exporting.runner()->isRunning());
    QVERIFY(!QFile::exists(path(QStringLiteral("third.html"))));
}

void ExportControllerTest::failedExport_saysWhyAndIsNoLongerUnderWay()
{
    ExportDesk desk;
    const QString article = path(QStringLiteral("third.md"));
    QVERIFY(desk.open(article));
    // Its last export went into a folder that is now a file.
    write(path(QStringLiteral("gone")), "not a folder\n");
    const QString target = path(QStringLiteral("gone/third.html"));
    ExportSettings::setLastExport(article, {ExportOptions {}, target});
    QVERIFY(desk.exporting.reexport());
    QVERIFY2(desk.notices.status().contains(QLatin1String("Exporting to third.html")),
             qPrintable(desk.notices.status()));
    const ExportReport report = desk.waitForExport();
    QVERIFY(report.written().isEmpty());
    QCOMPARE(report.failures().size(), 1);
    QCOMPARE(desk.bar->level(), MessageBar::Level::Error);
    QVERIFY2(desk.bar->text().startsWith(QLatin1String("Export failed: ")), qPrintable(desk.bar->text()));
    // The status line no longer says an export is under way.
    QVERIFY2(!desk.notices.status().contains(QLatin1String("Exporting")), qPrintable(desk.notices.status()));
    QVERIFY(!QFile::exists(target));
    // Details name the article and why.
    QVERIFY(desk.bar->trigger(QStringLiteral("Details")));
    QVERIFY2(desk.prompts.lastText().contains(QLatin1String("third.md: ")), qPrintable(desk.prompts.lastText()));
}

void ExportControllerTest::batch_fromTheLibrarySelection_withItsSummary()
{
    LibraryService library;
    LibraryPanel panel(library);
    panel.resize(420, 700);
    panel.show();
    ExportDesk desk([&library] { return library.folder(); });
    library.setFolder(m_library->path(), m_home.filePath(QStringLiteral("batch.sqlite")));
    QTRY_VERIFY_WITH_TIMEOUT(library.isIndexed(), 10000);
    QTRY_COMPARE(panel.files().size(), 3);
    panel.table()->selectAll();
    const QStringList selected = panel.selectedFiles();
    QCOMPARE(selected.size(), 3);
    QMenu menu;
    desk.exporting.addLibraryEntries(&menu, panel.selectionFor(selected.constFirst()));
    QVERIFY(actionTexts(&menu).contains(QStringLiteral("Export 3 Selected Articles…")));

    const QString out = m_home.filePath(QStringLiteral("exports"));
    ExportSettings::setBatchFolder(m_library->path(), out);
    ExportOptions html;
    html.tableOfContents = true;
    ExportSettings::setOptions(m_library->path(), html);
    QString target;
    desk.prompts.answerDialog([&target](QDialog &dialog) {
        target = qobject_cast<ExportDialog *>(&dialog)->target();
        return true;
    });
    desk.exporting.chooseExportOf(selected);
    QCOMPARE(target, out);
    const ExportReport report = desk.waitForExport();
    QCOMPARE(report.written().size(), 3);
    QVERIFY(report.failures().isEmpty());
    for (const char *name : {"ovirt-at-last.html", "second.html", "third.html"})
        QVERIFY2(QFile::exists(QDir(out).filePath(QLatin1String(name))), name);
    QVERIFY2(desk.bar->text().contains(QLatin1String("Exported 3 articles")), qPrintable(desk.bar->text()));

    // A file that vanished before its turn is named in the summary; the others still go out.
    QVERIFY(QFile::remove(path(QStringLiteral("third.md"))));
    desk.prompts.answerDialog([](QDialog &) { return true; });
    desk.exporting.chooseExportOf(selected);
    const ExportReport second = desk.waitForExport();
    QCOMPARE(second.written().size(), 2);
    QCOMPARE(second.failures().size(), 1);
    QVERIFY2(desk.bar->text().contains(QLatin1String("third.md")), qPrintable(desk.bar->text()));
    QCOMPARE(desk.bar->level(), MessageBar::Level::Error);
}

void ExportControllerTest::copyAsRichText_putsHtmlAndTextOnTheClipboard()
{
    ExportDesk desk;
    QVERIFY(desk.open(path(QStringLiteral("ovirt-at-last.md"))));
    QSignalSpy copied(&desk.exporting, &ExportController::copied);
    desk.exporting.copyAsRichText();
    QVERIFY(copied.wait());
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data && data->hasHtml() && data->hasText());
    QVERIFY(data->html().contains(QLatin1String("<h1>oVirt at Last</h1>")));
    QVERIFY(data->html().contains(QLatin1String("<h2>Rocket Fuel</h2>")));
    QVERIFY(!data->html().contains(QLatin1String("class=")));
    QVERIFY(data->text().startsWith(QLatin1String("oVirt at Last")));
    QVERIFY(!data->text().contains(QLatin1String("## ")));
    QCOMPARE(desk.notices.status(), QStringLiteral("Copied the article as rich text"));

    // A selection alone: emphasis and links survive as HTML, the Markdown is gone from the text.
    write(path(QStringLiteral("plain.md")), "Plain *emphasised* and [linked](https://example.com) words.\n");
    QVERIFY(desk.open(path(QStringLiteral("plain.md"))));
    QTextCursor cursor = desk.editor->textCursor();
    cursor.setPosition(6);
    cursor.setPosition(55, QTextCursor::KeepAnchor);
    desk.editor->setTextCursor(cursor);
    desk.exporting.copyAsRichTextAction()->trigger(); // Edit ▸ Copy as Rich Text
    QVERIFY(copied.wait());
    const QMimeData *selection = QGuiApplication::clipboard()->mimeData();
    QVERIFY2(selection->html().contains(QLatin1String("<em>emphasised</em>")), qPrintable(selection->html()));
    QVERIFY(selection->html().contains(QLatin1String("<a href=\"https://example.com\">linked</a>")));
    QVERIFY2(selection->text().startsWith(QLatin1String("emphasised and linked")), qPrintable(selection->text()));
    QCOMPARE(desk.notices.status(), QStringLiteral("Copied the selection as rich text"));
}

void ExportControllerTest::copyAsRichText_doesNotBlockTheUiThread()
{
    ExportDesk desk;
    QVERIFY(desk.open(path(QStringLiteral("ovirt-at-last.md"))));
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(QStringLiteral("copied before"));
    QSignalSpy copied(&desk.exporting, &ExportController::copied);
    QSignalSpy clipboardChanged(clipboard, &QClipboard::dataChanged);

    desk.exporting.copyAsRichText();
    // Rendered on a worker: the call returns before the clipboard holds the article.
    QVERIFY(copied.isEmpty());
    QVERIFY(clipboardChanged.isEmpty());
    QCOMPARE(clipboard->text(), QStringLiteral("copied before"));
    QVERIFY(!clipboard->mimeData()->hasHtml());

    QVERIFY(copied.wait());
    QCOMPARE(copied.size(), 1);
    QVERIFY(!clipboardChanged.isEmpty());
    const QMimeData *data = clipboard->mimeData();
    QVERIFY(data && data->hasHtml() && data->hasText());
    QVERIFY(data->html().contains(QLatin1String("<h1>oVirt at Last</h1>")));
    QVERIFY(data->text().startsWith(QLatin1String("oVirt at Last")));
}

QTEST_MAIN(ExportControllerTest)
#include "exportcontroller_test.moc"
