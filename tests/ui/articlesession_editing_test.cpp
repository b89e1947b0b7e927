#include "testarticle.h"
#include "testdesk.h"
#include "testfiles.h"

#include <article/frontmatter.h>
#include <ui/document/articlesession.h>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <unistd.h>

using namespace Byline;
using namespace Byline::WidgetUi;

// The open article's text without a window: opening it off the UI thread, exactly as it is on
// disk and a slice at a time when it is large, a read-only file, and edits through the gateway
// and to the front matter. Saving it, in articlesession_saving_test.
class ArticleSessionEditingTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void open_showsTheTextUnmodified();
    void open_missingFile_saysWhyAndChangesNothing();
    void open_replacedByAnother_reportsTheFirstAsNotOpened();
    void nonBreakingSpaces_surviveOpeningAndSaving();
    void readOnlyFile_isNotEditable();
    void gateway_isOneUndoStepWithItsOrigin();
    void gateway_refusesOverlapsAndReadOnly();
    void frontMatterEdit_isOneUndoStepAndAppliesAtOnce();
    void frontMatterEdit_plainText_isRefused();
    void largeArticle_arrivesInSlices();
};

void ArticleSessionEditingTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("byline-articlesession-editing-test"));
    QDir(DeskServices::recoveryFolder()).removeRecursively();
}

void ArticleSessionEditingTest::open_showsTheTextUnmodified()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("column.md")), original);
    ArticleSession session(testJournal());
    QSignalSpy opened(&session, &ArticleSession::opened);
    QVERIFY(openAndWait(session, path));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(session.path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(session.text().toUtf8(), original);
    QVERIFY(!session.isModified());
    QVERIFY(!session.isLoading());
    QCOMPARE(session.metadata().title, QStringLiteral("Column"));
    QCOMPARE(session.displayName(), QStringLiteral("column.md"));
    QVERIFY(!session.document()->isUndoAvailable()); // opening is not an edit
}

void ArticleSessionEditingTest::open_missingFile_saysWhyAndChangesNothing()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("column.md")), original);
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    typeAtEnd(session, QStringLiteral("Unsaved."));
    QSignalSpy failed(&session, &ArticleSession::openFailed);
    QVERIFY(!openAndWait(session, dir.filePath(QStringLiteral("missing.md"))));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.constFirst().at(1).toString().contains(QLatin1String("does not exist")),
             qPrintable(failed.constFirst().at(1).toString()));
    QCOMPARE(session.path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(session.text().endsWith(QLatin1String("Unsaved.")));
    QVERIFY(session.isModified());
}

void ArticleSessionEditingTest::open_replacedByAnother_reportsTheFirstAsNotOpened()
{
    QTemporaryDir dir;
    const QString first = writeFile(dir.filePath(QStringLiteral("first.md")), "First.\n");
    const QString second = writeFile(dir.filePath(QStringLiteral("second.md")), "Second.\n");
    ArticleSession session(testJournal());
    std::optional<bool> firstOpened;
    session.open(first, [&firstOpened](bool ok) { firstOpened = ok; });
    QVERIFY(openAndWait(session, second));
    QCOMPARE(firstOpened, std::optional<bool>(false));
    QCOMPARE(session.text(), QStringLiteral("Second.\n"));
}

void ArticleSessionEditingTest::nonBreakingSpaces_surviveOpeningAndSaving()
{
    // French typography puts a non-breaking space before « ; : ! ? »; QTextDocument::toPlainText()
    // would quietly turn each into a plain space on every save.
    QTemporaryDir dir;
    const QByteArray french = QStringLiteral("---\ntitle: Chronique\n---\n\n« Bonjour\u00a0! » dit-il\u202f; "
                                             "un\u2028retour à la ligne.\n")
                                  .toUtf8();
    const QString path = writeFile(dir.filePath(QStringLiteral("chronique.md")), french);
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    QCOMPARE(session.text().toUtf8(), french);
    typeAtEnd(session, QStringLiteral("Fin."));
    QVERIFY(saveAndWait(session));
    QCOMPARE(readAll(path), french + "Fin.");
}

void ArticleSessionEditingTest::readOnlyFile_isNotEditable()
{
    if (::geteuid() == 0)
        QSKIP("root may write any file; permissions cannot make one read-only");
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("locked.md")), original);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    QVERIFY(session.isReadOnly());
    QVERIFY(!session.isEditable());
    QVERIFY(!session.replace(0, 0, QStringLiteral("x"), EditOrigin::Formatting));
    QVERIFY(!saveAndWait(session));
    QCOMPARE(readAll(path), original);
}

void ArticleSessionEditingTest::gateway_isOneUndoStepWithItsOrigin()
{
    ArticleSession session(testJournal());
    typeAtEnd(session, QStringLiteral("one two three two one"));
    QSignalSpy edited(&session, &ArticleSession::edited);
    QVERIFY(session.apply({{4, 7, QStringLiteral("2")}, {14, 17, QStringLiteral("2")}, {0, 3, QStringLiteral("1")}},
                          EditOrigin::FindReplace));
    QCOMPARE(session.text(), QStringLiteral("1 2 three 2 one"));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.constFirst().constFirst().value<EditOrigin>(), EditOrigin::FindReplace);
    QCOMPARE(session.lastEditOrigin(), EditOrigin::FindReplace);
    session.document()->undo(); // all three at once
    QCOMPARE(session.text(), QStringLiteral("one two three two one"));
}

void ArticleSessionEditingTest::gateway_refusesOverlapsAndReadOnly()
{
    ArticleSession session(testJournal());
    typeAtEnd(session, QStringLiteral("abcdef"));
    QVERIFY(!session.apply({{0, 3, QStringLiteral("x")}, {2, 4, QStringLiteral("y")}}, EditOrigin::Review));
    QVERIFY(!session.replace(4, 20, QStringLiteral("x"), EditOrigin::Review)); // past the end
    QCOMPARE(session.text(), QStringLiteral("abcdef"));
}

void ArticleSessionEditingTest::frontMatterEdit_isOneUndoStepAndAppliesAtOnce()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("column.md")), original);
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    QSignalSpy metadata(&session, &ArticleSession::metadataChanged);
    ArticleSession::FrontMatterProblem problem = ArticleSession::FrontMatterProblem::BrokenFrontMatter;
    QVERIFY(session.editFrontMatter(
        [](Core::FrontMatter &frontMatter) { frontMatter.setValue(QStringLiteral("lang"), QStringLiteral("en-GB")); },
        &problem));
    QCOMPARE(problem, ArticleSession::FrontMatterProblem::None);
    QCOMPARE(session.text(), QStringLiteral("---\ntitle: Column\nlang: en-GB\n---\n\nThe first paragraph.\n"));
    QCOMPARE(session.metadata().lang, QStringLiteral("en-GB")); // without waiting for a render
    QCOMPARE(metadata.size(), 1);
    QCOMPARE(session.lastEditOrigin(), EditOrigin::FrontMatter);
    session.document()->undo();
    QCOMPARE(session.text().toUtf8(), original);
}

void ArticleSessionEditingTest::frontMatterEdit_plainText_isRefused()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("wire.txt")), "Headline\n\nText.\n");
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    ArticleSession::FrontMatterProblem problem = ArticleSession::FrontMatterProblem::None;
    QVERIFY(!session.editFrontMatter([](Core::FrontMatter &) {}, &problem));
    QCOMPARE(problem, ArticleSession::FrontMatterProblem::PlainText);
    QCOMPARE(session.text(), QStringLiteral("Headline\n\nText.\n"));
}

void ArticleSessionEditingTest::largeArticle_arrivesInSlices()
{
    // A 5 MB manuscript: read on a worker, put into the document a slice at a time.
    QTemporaryDir dir;
    QByteArray bytes = "---\ntitle: Manuscript\n---\n\n";
    for (int paragraph = 0; bytes.size() < qsizetype(5) * 1024 * 1024; ++paragraph)
        bytes += "Paragraph " + QByteArray::number(paragraph)
            + " of a long manuscript, with enough words on its line to wrap once or twice in the editor.\n\n";
    const QString path = writeFile(dir.filePath(QStringLiteral("manuscript.md")), bytes);
    ArticleSession session(testJournal());
    QSignalSpy loading(&session, &ArticleSession::loadingChanged);
    int turnsWhileLoading = 0;
    QTimer tick;
    tick.setInterval(0);
    connect(&tick, &QTimer::timeout, &session, [&] {
        if (session.isLoading())
            ++turnsWhileLoading;
    });
    tick.start();
    QVERIFY(openAndWait(session, path));
    QCOMPARE(loading.size(), 2); // on, then off
    QVERIFY2(turnsWhileLoading > 10, qPrintable(QString::number(turnsWhileLoading)));
    QCOMPARE(session.text().size(), QString::fromUtf8(bytes).size());
    QVERIFY(session.text().toUtf8() == bytes);
    QVERIFY(!session.isModified());
    QVERIFY(!session.document()->isUndoAvailable());
}

QTEST_MAIN(ArticleSessionEditingTest)

#include "articlesession_editing_test.moc"
