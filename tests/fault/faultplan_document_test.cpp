#include "faultplan.h"
#include "ui/librarydesk.h"

#include <ui/document/documentguard.h>

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Byline;
using namespace Byline::WidgetUi;

namespace {

const QByteArray original = "---\ntitle: A column\nstatus: draft\n---\n\nThe text as it was saved.\n";
const QString typed = QStringLiteral(" Words typed and not yet saved.");

} // namespace

// Every way the window writes an article — Save, autosave, Save As, an untitled draft, a status
// change, a new article, a rename or a move — with each fault of AtomicFile's plan: the file on disk stays byte for
// byte (or is never created), no temporary file is left, the text stays in the editor marked
// unsaved and in the recovery journal, and the message names the file and says what to do.
class FaultPlanDocumentTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void save_data() { addFaultRows(); }
    void save();
    void autosave_data() { addFaultRows(); }
    void autosave();
    void saveAs_data() { addFaultRows(); }
    void saveAs();
    void untitledDraft_data() { addFaultRows(); }
    void untitledDraft();
    void statusOfTheOpenArticle_data() { addFaultRows(); }
    void statusOfTheOpenArticle();
    void statusOfAnotherArticle_data() { addFaultRows(); }
    void statusOfAnotherArticle();
    void newArticle_data() { addFaultRows(); }
    void newArticle();
    void recoveryJournal_data() { addFaultRows(); }
    void recoveryJournal();
    void renameTheOpenArticle_data() { addMoveFaultRows(FolderRow::Without); }
    void renameTheOpenArticle();
    void moveTheOpenArticle_data() { addMoveFaultRows(FolderRow::With); }
    void moveTheOpenArticle();

private:
    // After a rename or a move that failed: the article where it was, as saved, still open with its
    // text, nothing at the new name, and a message naming the file, the reason and what to do.
    void verifyNotMoved(LibraryDesk &desk, const QString &movedTo) const;
    // The open article's unsaved text, after a write that failed: nothing lost, and said so.
    void verifyTextKept(LibraryDesk &desk, const QString &path, const QString &message) const;
    // The article on disk after a write that failed: as it was, alone in its folder.
    void verifyFileKept(const QString &path, const QByteArray &bytes) const;

    QString folder() const { return m_library->filePath(QStringLiteral("columns")); }
    QString article() const { return m_library->filePath(QStringLiteral("columns/column.md")); }

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_library;
};

void FaultPlanDocumentTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-faultplan-document-test"));
}

void FaultPlanDocumentTest::init()
{
    m_library = std::make_unique<QTemporaryDir>();
    write(article(), original);
}

void FaultPlanDocumentTest::cleanup()
{
    clearFaults();
}

void FaultPlanDocumentTest::verifyTextKept(LibraryDesk &desk, const QString &path, const QString &message) const
{
    QFETCH(QString, reason);
    QVERIFY(desk.session.text().contains(typed));
    QVERIFY(desk.session.isModified());
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)) && message.contains(reason) && saysWhatToDo(message),
             qPrintable(message));
    desk.session.guard().journalNow();
    QCOMPARE(journalEntriesHolding(desk.journal->sessionFolder(), typed), 1);
}

void FaultPlanDocumentTest::verifyFileKept(const QString &path, const QByteArray &bytes) const
{
    QFETCH(FaultStage, stage);
    const QString folder = QFileInfo(path).path();
    if (stage == FaultStage::Vanish) {
        QVERIFY(!QFileInfo::exists(folder)); // gone with the folder, and nothing half-written came back
        return;
    }
    QCOMPARE(readAll(path), bytes);
    QCOMPARE(filesIn(folder), QStringList {QFileInfo(path).fileName()});
}

void FaultPlanDocumentTest::save()
{
    QFETCH(FaultStage, stage);
    QFETCH(int, error);
    LibraryDesk desk;
    QVERIFY(desk.open(article()));
    desk.typeAtEnd(typed);
    injectFault(stage, error, QStringLiteral("columns/column.md"));

    QVERIFY(!finished([&](auto done) { desk.document.save(done); }));
    verifyFileKept(article(), original);
    verifyTextKept(desk, article(), desk.prompts.lastText());
    QVERIFY2(desk.bar->text().contains(article()), qPrintable(desk.bar->text()));
    desk.session.discardChanges();
}

void FaultPlanDocumentTest::autosave()
{
    QFETCH(FaultStage, stage);
    QFETCH(int, error);
    LibraryDesk desk;
    QVERIFY(desk.open(article()));
    desk.typeAtEnd(typed);
    injectFault(stage, error, QStringLiteral("columns/column.md"));

    QSignalSpy failed(&desk.session, &ArticleSession::saveFailed);
    Q_EMIT desk.session.guard().autosaveDue();
    QVERIFY(failed.wait());
    verifyFileKept(article(), original);
    verifyTextKept(desk, article(), desk.bar->text());
    QVERIFY(desk.prompts.asked().isEmpty()); // an autosave never interrupts with a question
    desk.session.discardChanges();
}

void FaultPlanDocumentTest::saveAs()
{
    QFETCH(FaultStage, stage);
    QFETCH(int, error);
    LibraryDesk desk;
    QVERIFY(desk.open(article()));
    desk.typeAtEnd(typed);
    const QString copy = m_library->filePath(QStringLiteral("columns/copy.md"));
    injectFault(stage, error, QStringLiteral("columns/copy.md"));

    QVERIFY(!finished([&](auto done) { desk.session.saveAs(copy, done); }));
    QVERIFY(!QFileInfo::exists(copy));
    if (stage != FaultStage::Vanish)
        verifyFileKept(article(), original);
    QCOMPARE(desk.session.path(), article()); // still the article it was
    verifyTextKept(desk, copy, desk.prompts.lastText());
    desk.session.discardChanges();
}

void FaultPlanDocumentTest::untitledDraft()
{
    QFETCH(FaultStage, stage);
    QFETCH(int, error);
    LibraryDesk desk;
    desk.session.startUntitled();
    desk.typeAtEnd(typed);
    injectFault(stage, error, QStringLiteral("Drafts/Untitled"));

    QSignalSpy failed(&desk.session, &ArticleSession::saveFailed);
    desk.session.autosave();
    QVERIFY(failed.wait());
    const QString draft = desk.session.draftPath();
    QVERIFY(!QFileInfo::exists(draft));
    if (stage != FaultStage::Vanish)
        QCOMPARE(filesIn(QFileInfo(draft).path()), QStringList());
    QVERIFY(desk.session.text().contains(typed));
    QVERIFY(desk.session.isModified());
    QFETCH(QString, reason);
    const QString message = desk.bar->text();
    QVERIFY2(message.contains(draft) && message.contains(reason) && saysWhatToDo(message), qPrintable(message));
    desk.session.discardChanges();
}

void FaultPlanDocumentTest::statusOfTheOpenArticle()
{
    QFETCH(FaultStage, stage);
    QFETCH(int, error);
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    QVERIFY(desk.open(article()));
    desk.typeAtEnd(typed);
    injectFault(stage, error, QStringLiteral("columns/column.md"));

    QVERIFY(!finished([&](auto done) { desk.articles().setArticleStatus(article(), QStringLiteral("review"), done); }));
    QVERIFY(desk.session.text().contains(QLatin1String("status: review"))); // in the editor, unsaved
    verifyFileKept(article(), original);
    verifyTextKept(desk, article(), desk.prompts.lastText());
    desk.session.discardChanges();
}

void FaultPlanDocumentTest::statusOfAnotherArticle()
{
    QFETCH(FaultStage, stage);
    QFETCH(int, error);
    QFETCH(QString, reason);
    const QString other = m_library->filePath(QStringLiteral("columns/other.md"));
    write(other, original);
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    QVERIFY(desk.open(article()));
    injectFault(stage, error, QStringLiteral("columns/other.md"));

    QVERIFY(!finished([&](auto done) { desk.articles().setArticleStatus(other, QStringLiteral("review"), done); }));
    if (stage == FaultStage::Vanish) {
        QVERIFY(!QFileInfo::exists(folder()));
    } else {
        QCOMPARE(readAll(other), original);
        QCOMPARE(filesIn(folder()), (QStringList {QStringLiteral("column.md"), QStringLiteral("other.md")}));
    }
    const QString message = desk.prompts.lastText();
    QVERIFY2(message.contains(other) && message.contains(reason) && saysWhatToDo(message), qPrintable(message));
}

void FaultPlanDocumentTest::newArticle()
{
    QFETCH(FaultStage, stage);
    QFETCH(int, error);
    QFETCH(QString, reason);
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    const QString opened = desk.session.path();
    injectFault(stage, error, QStringLiteral("a-new-column"));

    Core::NewArticle fresh;
    fresh.title = QStringLiteral("A new column");
    QVERIFY(!finished([&](auto done) { desk.articles().createArticle(folder(), fresh, done); }));
    const QString path = QDir(folder()).filePath(QStringLiteral("a-new-column.md"));
    QVERIFY(!QFileInfo::exists(path));
    verifyFileKept(article(), original);
    QCOMPARE(desk.session.path(), opened); // the open article stays open
    const QString message = desk.prompts.lastText();
    QVERIFY2(message.contains(path) && message.contains(reason) && saysWhatToDo(message), qPrintable(message));
}

void FaultPlanDocumentTest::recoveryJournal()
{
    QFETCH(FaultStage, stage);
    QFETCH(int, error);
    QFETCH(QString, reason);
    LibraryDesk desk;
    QVERIFY(desk.open(article()));
    desk.typeAtEnd(typed);
    const QString entry
        = QDir(desk.journal->sessionFolder()).filePath(desk.session.guard().journalId() + QLatin1String(".journal"));
    Core::AtomicFile::setFaults({{stage, error, QStringLiteral(".journal"), -1}});

    desk.session.guard().journalNow();
    QTRY_VERIFY(!desk.session.guard().journalError().isEmpty());
    const QString message = desk.bar->text();
    QVERIFY2(message.contains(entry) && message.contains(reason) && message.contains(QLatin1String("Save it now")),
             qPrintable(message));
    QVERIFY(desk.session.text().contains(typed));
    QVERIFY(desk.session.isModified());
    QVERIFY(desk.prompts.asked().isEmpty()); // told, never interrupted

    // An autosave that fails too no longer promises the journal has the text.
    Core::AtomicFile::setFaults({{FaultStage::Commit, ENOSPC, QStringLiteral("columns/column.md"), -1},
                                 {stage, error, QStringLiteral(".journal"), -1}});
    QSignalSpy failed(&desk.session, &ArticleSession::saveFailed);
    Q_EMIT desk.session.guard().autosaveDue();
    QVERIFY(failed.wait());
    QVERIFY2(desk.bar->text().contains(QLatin1String("but not in the recovery journal")), qPrintable(desk.bar->text()));
    if (stage != FaultStage::Vanish) {
        clearFaults(); // room again: the next entry is written, and the failure forgotten
        desk.session.guard().journalNow();
        QTRY_VERIFY(desk.session.guard().journalError().isEmpty());
        QCOMPARE(journalEntriesHolding(desk.journal->sessionFolder(), typed), 1);
    }
    desk.session.discardChanges();
}

void FaultPlanDocumentTest::verifyNotMoved(LibraryDesk &desk, const QString &movedTo) const
{
    QFETCH(FaultStage, stage);
    QFETCH(QString, reason);
    QVERIFY(!QFileInfo::exists(movedTo));
    QCOMPARE(readAll(article()), desk.session.text().toUtf8()); // saved first, and left where it was
    QCOMPARE(filesIn(folder()), QStringList {QStringLiteral("column.md")});
    QCOMPARE(desk.session.path(), article());
    QVERIFY(desk.session.text().contains(typed));
    const QString message = desk.prompts.lastText();
    QVERIFY2(message.contains(QDir::toNativeSeparators(article())) && message.contains(reason)
                 && message.contains(QLatin1String("Nothing was changed")),
             qPrintable(message));
    if (stage == FaultStage::Vanish)
        QVERIFY2(message.contains(QLatin1String("choose a folder that exists")), qPrintable(message));
}

void FaultPlanDocumentTest::renameTheOpenArticle()
{
    QFETCH(FaultStage, stage);
    QFETCH(int, error);
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    QVERIFY(desk.open(article()));
    desk.typeAtEnd(typed);
    const QString renamed = QDir(folder()).filePath(QStringLiteral("renamed.md"));
    injectFault(stage, error, QStringLiteral("columns/renamed.md"));

    QVERIFY(!finished([&](auto done) { desk.articles().renameArticle(article(), QStringLiteral("renamed"), done); }));
    verifyNotMoved(desk, renamed);
}

void FaultPlanDocumentTest::moveTheOpenArticle()
{
    QFETCH(FaultStage, stage);
    QFETCH(int, error);
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    QVERIFY(desk.open(article()));
    desk.typeAtEnd(typed);
    const QString moved = m_library->filePath(QStringLiteral("published/column.md"));
    injectFault(stage, error, QStringLiteral("published/column.md"));

    QVERIFY(!finished([&](auto done) { desk.articles().moveArticle(article(), QStringLiteral("published"), done); }));
    verifyNotMoved(desk, moved);
}

QTEST_MAIN(FaultPlanDocumentTest)

#include "faultplan_document_test.moc"
