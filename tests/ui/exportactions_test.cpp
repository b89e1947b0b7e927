#include "externaltool.h"
#include "modaldialogs.h"
#include "testfiles.h"

#include <export/exportdialog.h>
#include <export/exportrunner.h>
#include <export/exportsettings.h>
#include <library/librarypanel.h>

#include <QClipboard>
#include <QFile>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <common/messagebar.h>
#include <editor/markdowneditor.h>
#include <shell/mainwindow.h>

using namespace Byline::WidgetUi;
using Byline::Core::ExportOptions;
using Byline::Core::ExportReport;

namespace {

const QString sample = QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md");

QString pdfText(const QString &path)
{
    return toolOutput(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
}

ExportReport waitForExport(MainWindow &window)
{
    QSignalSpy finished(window.exportRunner(), &ExportRunner::finished);
    if (!window.exportRunner()->isRunning() || !finished.wait(60000))
        return {};
    return finished.constFirst().constFirst().value<ExportReport>();
}

} // namespace

// Export from a real window: the dialog, Re-export, a library batch and the rich-text clipboard.
class ExportActionsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void export_fromTheDialog_thenReexportWithoutIt();
    void reexport_ofANeverExportedArticle_asks();
    void batch_fromTheLibrarySelection_withItsSummary();
    void copyAsRichText_putsHtmlAndTextOnTheClipboard();

private:
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_library;
    QString path(const QString &name) const { return m_library->filePath(name); }
};

void ExportActionsTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-exportactions-test"));
}

void ExportActionsTest::init()
{
    m_library = std::make_unique<QTemporaryDir>();
    QVERIFY(QFile::copy(sample, path(QStringLiteral("ovirt-at-last.md"))));
    write(path(QStringLiteral("columns/second.md")), "---\ntitle: Second\ndate: 2026-01-01\n---\n\nThe second text.\n");
    write(path(QStringLiteral("third.md")), "---\ntitle: Third\ndate: 2026-01-03\n---\n\nThe *third* text.\n");
}

void ExportActionsTest::export_fromTheDialog_thenReexportWithoutIt()
{
    MainWindow window;
    window.show();
    const QString article = path(QStringLiteral("ovirt-at-last.md"));
    QVERIFY(window.openFile(article));
    ExportOptions pdf;
    pdf.format = ExportOptions::Format::Pdf;
    pdf.footer = QStringLiteral("For the desk");
    ExportSettings::setOptions(m_library->path(), pdf); // the article's folder: no library is open

    answerNextDialog(QStringLiteral("Export"));
    window.chooseExport();
    const ExportReport report = waitForExport(window);
    const QString target = path(QStringLiteral("ovirt-at-last.pdf"));
    QCOMPARE(report.written(), QStringList {target});
    QVERIFY(pdfText(target).contains(QLatin1String("For the desk")));
    QCOMPARE(ExportSettings::lastExport(article).target, target);

    // An unsaved change goes out with Re-export, same file and options, no dialog.
    window.editor()->moveCursor(QTextCursor::End);
    window.editor()->insertPlainText(QStringLiteral("\nA closing line added later on.\n"));
    QVERIFY(window.reexport());
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(waitForExport(window).written(), QStringList {target});
    const QString text = pdfText(target);
    QVERIFY(text.contains(QLatin1String("A closing line added later on.")));
    QVERIFY(text.contains(QLatin1String("For the desk")));
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Exported to")));
}

void ExportActionsTest::reexport_ofANeverExportedArticle_asks()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path(QStringLiteral("third.md"))));
    QString seen;
    answerNextDialog(QString(), &seen); // cancels the dialog
    QVERIFY(!window.reexport());
    QVERIFY2(seen.remove(QLatin1Char('&')).contains(QLatin1String("Format:")), qPrintable(seen));
    QVERIFY(!window.exportRunner()->isRunning());
}

void ExportActionsTest::batch_fromTheLibrarySelection_withItsSummary()
{
    MainWindow window;
    window.resize(1200, 700);
    window.show();
    window.openFolder(m_library->path());
    QTRY_VERIFY_WITH_TIMEOUT(window.library()->isIndexed(), 10000);
    QTRY_COMPARE(window.library()->files().size(), 3);
    window.library()->table()->selectAll();
    const QStringList selected = window.library()->selectedFiles();
    QCOMPARE(selected.size(), 3);
    QVERIFY(actionTexts(window.library()->articleMenu(selected.constFirst(), &window))
                .contains(QStringLiteral("Export 3 Selected Articles…")));

    const QString out = m_home.filePath(QStringLiteral("exports"));
    ExportSettings::setBatchFolder(m_library->path(), out);
    ExportOptions html;
    html.tableOfContents = true;
    ExportSettings::setOptions(m_library->path(), html);
    answerNextDialog(QStringLiteral("Export"));
    window.chooseExportOf(selected);
    const ExportReport report = waitForExport(window);
    QCOMPARE(report.written().size(), 3);
    QVERIFY(report.failures().isEmpty());
    for (const char *name : {"ovirt-at-last.html", "second.html", "third.html"})
        QVERIFY2(QFile::exists(QDir(out).filePath(QLatin1String(name))), name);
    QVERIFY2(window.messageBar()->text().contains(QLatin1String("Exported 3 articles")),
             qPrintable(window.messageBar()->text()));

    // A file that vanished before its turn is named in the summary; the others still go out.
    QVERIFY(QFile::remove(path(QStringLiteral("third.md"))));
    answerNextDialog(QStringLiteral("Export"));
    window.chooseExportOf(selected);
    const ExportReport second = waitForExport(window);
    QCOMPARE(second.written().size(), 2);
    QCOMPARE(second.failures().size(), 1);
    QVERIFY2(window.messageBar()->text().contains(QLatin1String("third.md")), qPrintable(window.messageBar()->text()));
    QCOMPARE(window.messageBar()->level(), MessageBar::Level::Error);
}

void ExportActionsTest::copyAsRichText_putsHtmlAndTextOnTheClipboard()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path(QStringLiteral("ovirt-at-last.md"))));
    window.copyAsRichText();
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data && data->hasHtml() && data->hasText());
    QVERIFY(data->html().contains(QLatin1String("<h1>oVirt at Last</h1>")));
    QVERIFY(data->html().contains(QLatin1String("<h2>Rocket Fuel</h2>")));
    QVERIFY(!data->html().contains(QLatin1String("class=")));
    QVERIFY(data->text().startsWith(QLatin1String("oVirt at Last")));
    QVERIFY(!data->text().contains(QLatin1String("## ")));

    // A selection alone: emphasis and links survive as HTML, the Markdown is gone from the text.
    window.editor()->setPlainText(QStringLiteral("Plain *emphasised* and [linked](https://example.com) words.\n"));
    QTextCursor cursor = window.editor()->textCursor();
    cursor.setPosition(6);
    cursor.setPosition(55, QTextCursor::KeepAnchor);
    window.editor()->setTextCursor(cursor);
    window.copyAsRichText();
    const QMimeData *selection = QGuiApplication::clipboard()->mimeData();
    QVERIFY2(selection->html().contains(QLatin1String("<em>emphasised</em>")), qPrintable(selection->html()));
    QVERIFY(selection->html().contains(QLatin1String("<a href=\"https://example.com\">linked</a>")));
    QVERIFY2(selection->text().startsWith(QLatin1String("emphasised and linked")), qPrintable(selection->text()));
}

QTEST_MAIN(ExportActionsTest)
#include "exportactions_test.moc"
