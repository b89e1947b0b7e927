#include "testdesk.h"
#include "testfiles.h"

#include <article/frontmatter.h>
#include <safety/recoveryjournal.h>
#include <ui/document/articlesession.h>
#include <ui/document/documentguard.h>
#include <ui/shell/deskservices.h>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include <unistd.h>

using namespace Byline;
using namespace Byline::WidgetUi;

namespace {

const QByteArray original = "---\ntitle: Column\n---\n\nThe first paragraph.\n";

// The journal entries of this process's session.
QStringList journalEntries()
{
    return QDir(testJournal()->sessionFolder()).entryList({QStringLiteral("*.journal")}, QDir::Files);
}

} // namespace

// The open article without a window: opening and saving off the UI thread, the exact text, the
// edit gateway, the guard's journal, autosave and disk watching.
class ArticleSessionTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void open_showsTheTextUnmodified();
    void open_missingFile_saysWhyAndChangesNothing();
    void open_replacedByAnother_reportsTheFirstAsNotOpened();
    void nonBreakingSpaces_surviveOpeningAndSaving();
    void savedText_leavesNothingToRecover();
    void typingDuringASave_staysUnsaved();
    void externalChange_isNeverOverwrittenByAutosave();
    void deletedFile_keepsTheTextModified();
    void autosave_writesAtomicallyAndFollowsFocus();
    void untitled_autosavesAsADraft();
    void saveAs_unwritableTarget_keepsEverything();
    void saveAs_switchesToTheNewFileKeepingUndo();
    void saveAs_plainTextAsMarkdown_getsFrontMatter();
    void readOnlyFile_isNotEditable();
    void gateway_isOneUndoStepWithItsOrigin();
    void gateway_refusesOverlapsAndReadOnly();
    void frontMatterEdit_isOneUndoStepAndAppliesAtOnce();
    void frontMatterEdit_plainText_isRefused();
    void largeArticle_arrivesInSlices();
};

void ArticleSessionTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("byline-articlesession-test"));
    QDir(DeskServices::recoveryFolder()).removeRecursively();
}

void ArticleSessionTest::open_showsTheTextUnmodified()
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

void ArticleSessionTest::open_missingFile_saysWhyAndChangesNothing()
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

void ArticleSessionTest::open_replacedByAnother_reportsTheFirstAsNotOpened()
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

void ArticleSessionTest::nonBreakingSpaces_surviveOpeningAndSaving()
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

void ArticleSessionTest::savedText_leavesNothingToRecover()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("saved.md")), original);
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    typeAtEnd(session, QStringLiteral("More."));
    session.guard().journalNow();
    QCOMPARE(journalEntries().size(), 1);
    QVERIFY(saveAndWait(session));
    session.guard().waitForJournal();
    QVERIFY(journalEntries().isEmpty());
    QVERIFY(readAll(path).endsWith("More."));
}

void ArticleSessionTest::typingDuringASave_staysUnsaved()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("busy.md")), original);
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    typeAtEnd(session, QStringLiteral("Saved."));
    bool saved = false;
    session.save([&saved](bool ok) { saved = ok; });
    QVERIFY(session.isSaving());
    typeAtEnd(session, QStringLiteral(" Typed while it was written.")); // the save took a copy before this
    QTRY_VERIFY(saved);
    QVERIFY(readAll(path).endsWith("Saved."));
    QVERIFY(session.isModified());
    QSignalSpy checked(&session.guard(), &DocumentGuard::checked);
    session.guard().checkDisk(); // our own write is not someone else's change
    QVERIFY(checked.wait());
    QVERIFY(!session.guard().hasExternalChange());
    QVERIFY(saveAndWait(session));
    QVERIFY(readAll(path).endsWith("Saved. Typed while it was written."));
    QVERIFY(!session.isModified());
}

void ArticleSessionTest::externalChange_isNeverOverwrittenByAutosave()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("shared.md")), original);
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    typeAtEnd(session, QStringLiteral("Mine."));
    const QByteArray theirs = "---\ntitle: Column\n---\n\nThe editor's version.\n";
    writeFile(path, theirs);
    QTRY_VERIFY(session.guard().hasExternalChange());
    Q_EMIT session.guard().autosaveDue();
    QVERIFY(!session.isSaving());
    QCOMPARE(readAll(path), theirs);
    session.keepMine();
    QVERIFY(!session.guard().hasExternalChange());
    QVERIFY(session.isModified());
    QVERIFY(saveAndWait(session)); // the user chose: now it may
    QVERIFY(readAll(path).endsWith("Mine."));
}

void ArticleSessionTest::deletedFile_keepsTheTextModified()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("gone.md")), original);
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    QVERIFY(QFile::remove(path));
    QTRY_VERIFY(session.guard().isDeleted());
    QCOMPARE(session.text().toUtf8(), original);
    QVERIFY(session.isModified()); // closing would ask
    Q_EMIT session.guard().autosaveDue();
    QVERIFY(!session.isSaving());
    QVERIFY(!QFile::exists(path)); // autosave does not quietly bring it back
    QVERIFY(saveAndWait(session)); // Save does, when asked
    QCOMPARE(readAll(path), original);
}

void ArticleSessionTest::autosave_writesAtomicallyAndFollowsFocus()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("auto.md")), original);
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    QCOMPARE(session.guard().autosaveInterval(), 30);
    QSignalSpy saved(&session, &ArticleSession::saved);
    typeAtEnd(session, QStringLiteral("Autosaved words."));
    Q_EMIT session.guard().autosaveDue();
    QVERIFY(saved.wait());
    QCOMPARE(saved.constFirst().at(1).value<ArticleSession::SaveKind>(), ArticleSession::SaveKind::Autosave);
    QVERIFY(readAll(path).endsWith("Autosaved words."));
    QVERIFY(!session.isModified());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary file left
    QSignalSpy checked(&session.guard(), &DocumentGuard::checked);
    session.guard().checkDisk();
    QVERIFY(checked.wait());
    QVERIFY(!session.guard().hasExternalChange());

    // Leaving the application saves too.
    typeAtEnd(session, QStringLiteral(" Then the window lost focus."));
    Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationInactive);
    QVERIFY(saved.wait());
    QVERIFY(readAll(path).endsWith("Then the window lost focus."));
}

void ArticleSessionTest::untitled_autosavesAsADraft()
{
    ArticleSession session(testJournal());
    QVERIFY(session.isUntitled());
    QSignalSpy saved(&session, &ArticleSession::saved);
    typeAtEnd(session, QStringLiteral("An untitled idea."));
    Q_EMIT session.guard().autosaveDue();
    QVERIFY(saved.wait());
    QVERIFY(!session.draftPath().isEmpty());
    QCOMPARE(readAll(session.draftPath()), QByteArray("An untitled idea."));
    QVERIFY(session.isModified()); // still untitled: closing asks where to keep it
    const QString draft = session.draftPath();
    session.discardChanges();
    QVERIFY(!QFile::exists(draft));
    QVERIFY(!session.isModified());
}

void ArticleSessionTest::saveAs_unwritableTarget_keepsEverything()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("draft.md")), original);
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    typeAtEnd(session, QStringLiteral("Unsaved."));
    // A target nobody may write, not even root: a read-only file system.
    const QString target = QStringLiteral("/proc/version");
    const QByteArray before = readAll(target);
    QSignalSpy failed(&session, &ArticleSession::saveFailed);
    QVERIFY(!finished([&](auto done) { session.saveAs(target, done); }));
    QCOMPARE(failed.size(), 1);
    const auto result = failed.constFirst().at(1).value<Core::SaveResult>();
    QVERIFY2(result.error.contains(target), qPrintable(result.error));
    QCOMPARE(readAll(target), before);
    QCOMPARE(session.path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(session.text().endsWith(QLatin1String("Unsaved.")));
    QVERIFY(session.isModified());
}

void ArticleSessionTest::saveAs_switchesToTheNewFileKeepingUndo()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("first.md")), original);
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    typeAtEnd(session, QStringLiteral("Edited."));
    const QString copy = dir.filePath(QStringLiteral("copy.md"));
    QSignalSpy moved(&session, &ArticleSession::pathChanged);
    QVERIFY(finished([&](auto done) { session.saveAs(copy, done); }));
    QCOMPARE(session.path(), QFileInfo(copy).absoluteFilePath());
    QCOMPARE(moved.size(), 1);
    QVERIFY(!session.isModified());
    QCOMPARE(readAll(path), original); // the old file stays as it was
    QVERIFY(readAll(copy).endsWith("Edited."));
    QVERIFY(session.document()->isUndoAvailable()); // the same text, still undoable
}

void ArticleSessionTest::saveAs_plainTextAsMarkdown_getsFrontMatter()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("wire.txt")),
                                   "Harbour Wall Falls\nBy Ann Lee | Posted 2011-11-15\n\nThe wall fell.\n");
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    const QString markdown = dir.filePath(QStringLiteral("wire.md"));
    QVERIFY(finished([&](auto done) { session.saveAs(markdown, done); }));
    QCOMPARE(session.path(), QFileInfo(markdown).absoluteFilePath());
    QVERIFY2(session.text().startsWith(QLatin1String("---\n")), qPrintable(session.text()));
    QCOMPARE(session.metadata().title, QStringLiteral("Harbour Wall Falls"));
    QCOMPARE(readAll(markdown), session.text().toUtf8());
}

void ArticleSessionTest::readOnlyFile_isNotEditable()
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

void ArticleSessionTest::gateway_isOneUndoStepWithItsOrigin()
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

void ArticleSessionTest::gateway_refusesOverlapsAndReadOnly()
{
    ArticleSession session(testJournal());
    typeAtEnd(session, QStringLiteral("abcdef"));
    QVERIFY(!session.apply({{0, 3, QStringLiteral("x")}, {2, 4, QStringLiteral("y")}}, EditOrigin::Review));
    QVERIFY(!session.replace(4, 20, QStringLiteral("x"), EditOrigin::Review)); // past the end
    QCOMPARE(session.text(), QStringLiteral("abcdef"));
}

void ArticleSessionTest::frontMatterEdit_isOneUndoStepAndAppliesAtOnce()
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

void ArticleSessionTest::frontMatterEdit_plainText_isRefused()
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

void ArticleSessionTest::largeArticle_arrivesInSlices()
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

QTEST_MAIN(ArticleSessionTest)

#include "articlesession_test.moc"
