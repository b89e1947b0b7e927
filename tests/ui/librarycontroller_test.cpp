#include "testdesk.h"
#include "testfiles.h"

#include <library/librarylocations.h>
#include <safety/recoveryjournal.h>
#include <ui/common/messagebar.h>
#include <ui/common/notices.h>
#include <ui/common/settingsstore.h>
#include <ui/document/documentcontroller.h>
#include <ui/editor/markdowneditor.h>
#include <ui/export/exportcontroller.h>
#include <ui/library/articleactions.h>
#include <ui/library/librarycontroller.h>
#include <ui/library/librarymodel.h>
#include <ui/library/librarypanel.h>
#include <ui/library/libraryservice.h>
#include <ui/library/newarticledialog.h>
#include <ui/shell/deskservices.h>

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Byline::WidgetUi;
using Byline::Core::LibraryLocations;

namespace {

// The library's side of the desk on an article session, without a window: the sidebar, the
// editor (for the cursor), the banner and status line, the document's and the library's
// controllers, and export's section of the context menu as the window adds it. Questions are
// answered by `prompts`.
struct LibraryDesk
{
    SettingsStore settings;
    std::shared_ptr<Byline::Core::RecoveryJournal> journal
        = std::make_shared<Byline::Core::RecoveryJournal>(DeskServices::recoveryFolder());
    ScriptedPrompts prompts;
    ArticleSession session {journal};
    LibraryService library;
    QWidget host; // goes before the session and the library its widgets show
    MessageBar *bar = new MessageBar(&host);
    QStatusBar *statusBar = new QStatusBar(&host);
    Notices notices {bar, statusBar};
    MarkdownEditor *editor = new MarkdownEditor(session, &host);
    LibraryPanel *panel = new LibraryPanel(library, &host);
    DocumentController document {session, prompts, notices};
    LibraryController controller {library, panel, document, editor, prompts, notices, settings};
    ExportController exporting {editor, prompts, notices, [this] { return library.folder(); }, &host};

    LibraryDesk()
    {
        auto *layout = new QVBoxLayout(&host);
        layout->addWidget(panel);
        layout->addWidget(bar);
        layout->addWidget(editor, 1);
        layout->addWidget(statusBar);
        controller.addMenuSection(
            [this](QMenu *menu, const ArticleSelection &selection) { exporting.addLibraryEntries(menu, selection); });
        host.resize(900, 900);
        host.show();
    }
    Q_DISABLE_COPY_MOVE(LibraryDesk)
    ~LibraryDesk() = default;

    [[nodiscard]] ArticleActions &articles() const { return controller.articles(); }
    // Opens the library as File ▸ Open Folder as Library does, once indexed and its first
    // article shown.
    void openLibrary(const QString &folder)
    {
        controller.openFolder(folder);
        QTRY_VERIFY_WITH_TIMEOUT(library.isIndexed(), 10000);
        QTRY_VERIFY(!session.isUntitled() && !session.isLoading());
    }
    bool open(const QString &path) { return openAndWait(session, path); }
    // Types `text` at the end of the article, as the user writes on.
    void typeAtEnd(const QString &text) const
    {
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, text);
    }
};

} // namespace

// The library's file operations on an article session over a real folder, index and desktop
// trash: new article, rename, move, trash, status, the context menu, recent libraries.
class LibraryControllerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void newArticle_fromTheDialog_opensReadyToWrite();
    void newArticle_followsTheLibrarysTemplate();
    void rename_ofTheOpenArticle_keepsTextAndUndo();
    void move_intoANewSubfolder();
    void trash_asksFirst_andClosesTheOpenArticle();
    void status_fromTheContextMenu_writesTheFrontMatter();
    void status_ofTheOpenArticle_isOneUndoStep();
    void contextMenu_listsTheSectionsOtherFeaturesAdd();
    void failures_showWhyAndChangeNothing();
    void failedRename_leavesTheOpenArticleAsItWas();
    void recentLibraries_switchTheLibrary();
    void emptyLibrary_saysSo();

private:
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_library;
    QString path(const QString &name) const { return m_library->filePath(name); }
};

void LibraryControllerTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-librarycontroller-test"));
}

void LibraryControllerTest::init()
{
    m_library = std::make_unique<QTemporaryDir>();
    write(path(QStringLiteral("first.md")),
          "---\ntitle: First\nstatus: draft\ndate: 2026-01-02\n---\n\nThe first text.\n");
    write(path(QStringLiteral("columns/second.md")),
          "---\ntitle: Second\nstatus: review\ndate: 2026-01-01\n---\n\nThe second text.\n");
}

void LibraryControllerTest::newArticle_fromTheDialog_opensReadyToWrite()
{
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    desk.settings.update([](Settings &settings) { settings.authorName.clear(); });
    QString fileName;
    desk.prompts.answerDialog([&fileName](QDialog &shown) {
        auto *dialog = qobject_cast<NewArticleDialog *>(&shown);
        if (!dialog)
            return false;
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Rain, again?"));
        dialog->authorEdit()->setText(QStringLiteral("Ann Lee"));
        dialog->folderBox()->setEditText(QStringLiteral("columns"));
        fileName = dialog->fileNameText();
        return true;
    });
    desk.articles().chooseNewArticle();
    QVERIFY(desk.prompts.allAnswered());
    QCOMPARE(desk.prompts.asked().constLast().text, QStringLiteral("Byline::WidgetUi::NewArticleDialog"));
    QCOMPARE(fileName, QStringLiteral("columns/rain-again.md"));
    const QString created = path(QStringLiteral("columns/rain-again.md"));
    QTRY_COMPARE(desk.session.path(), created);
    QTRY_VERIFY(!desk.session.isLoading());
    const QByteArray bytes = readAll(created);
    QVERIFY2(bytes.startsWith("---\ntitle: Rain, again?\nauthor: Ann Lee\ndate: "), bytes.constData());
    QVERIFY(bytes.contains("\nstatus: draft\n"));
    QVERIFY(bytes.contains(QDate::currentDate().toString(Qt::ISODate).toUtf8()));
    QCOMPARE(desk.editor->textCursor().position(), desk.editor->document()->characterCount() - 1);
    QCOMPARE(desk.notices.status(), QStringLiteral("Created columns/rain-again.md"));
    // The author typed is remembered for the next article
    QCOMPARE(desk.settings.settings().authorName, QStringLiteral("Ann Lee"));
    QTRY_COMPARE(desk.library.statusOf(created), QStringLiteral("draft"));
    QVERIFY(desk.panel->files().contains(created));
    // The new article is the one selected in the table, once the index lists it
    QTRY_COMPARE(desk.panel->table()->currentIndex().data(LibraryModel::PathRole).toString(),
                 QStringLiteral("columns/rain-again.md"));

    // A dialog cancelled creates nothing.
    desk.prompts.answerDialog([](QDialog &) { return false; });
    desk.articles().chooseNewArticle();
    QCOMPARE(desk.session.path(), created);
    QCOMPARE(QDir(path(QStringLiteral("columns"))).entryList(QDir::Files).size(), 2);
}

void LibraryControllerTest::newArticle_followsTheLibrarysTemplate()
{
    write(path(QStringLiteral(".byline/template.md")),
          "---\ntitle: Placeholder\nsection: Opinion\n---\n\nThe lede goes here.\n");
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    desk.prompts.answerDialog([](QDialog &shown) {
        auto *dialog = qobject_cast<NewArticleDialog *>(&shown);
        if (!dialog)
            return false;
        dialog->titleEdit()->setText(QStringLiteral("Tide Tables"));
        dialog->authorEdit()->setText(QStringLiteral("Ann Lee"));
        return true;
    });
    desk.articles().chooseNewArticle(path(QStringLiteral("columns")));
    const QString created = path(QStringLiteral("columns/tide-tables.md"));
    QTRY_COMPARE(desk.session.path(), created);
    const QByteArray bytes = readAll(created);
    QVERIFY2(bytes.contains("title: Tide Tables\n"), bytes.constData());
    QVERIFY(bytes.contains("section: Opinion\n"));
    QVERIFY(bytes.contains("\nstatus: draft\n"));
    QVERIFY(bytes.contains("The lede goes here."));
    QVERIFY(!bytes.contains("Placeholder"));
    // The template itself is no article of the library.
    QTRY_VERIFY(desk.panel->files().contains(created));
    QVERIFY(!desk.panel->files().contains(path(QStringLiteral(".byline/template.md"))));
}

void LibraryControllerTest::rename_ofTheOpenArticle_keepsTextAndUndo()
{
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    QVERIFY(desk.open(path(QStringLiteral("first.md"))));
    desk.typeAtEnd(QStringLiteral("Unsaved "));
    QVERIFY(desk.session.isModified());
    QVERIFY(finished(
        [&](auto done) { desk.articles().renameArticle(desk.session.path(), QStringLiteral("the first"), done); }));
    const QString renamed = path(QStringLiteral("the first.md"));
    QCOMPARE(desk.session.path(), renamed);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("first.md"))));
    QVERIFY(readAll(renamed).contains("Unsaved ")); // saved before the rename
    QCOMPARE(desk.session.displayName(), QStringLiteral("the first.md"));
    QCOMPARE(desk.notices.status(), QStringLiteral("Renamed to the first.md"));
    desk.editor->undo();
    QVERIFY(!desk.session.text().contains(QLatin1String("Unsaved ")));
    QTRY_VERIFY(desk.panel->files().contains(renamed));
    QVERIFY(!desk.panel->files().contains(path(QStringLiteral("first.md"))));
    // Saving goes to the new name, and nothing reports the old file as deleted
    QVERIFY(finished([&](auto done) { desk.document.save(done); }));
    QVERIFY(!readAll(renamed).contains("Unsaved "));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("first.md"))));
    QVERIFY2(!desk.bar->isVisible(), qPrintable(desk.bar->text()));

    // The question: the proposed name is the file's own; keeping it changes nothing.
    desk.prompts.answerText(QStringLiteral("the first.md"));
    desk.articles().chooseRename(renamed);
    QVERIFY(desk.prompts.allAnswered());
    QCOMPARE(desk.prompts.asked().constLast().kind, QStringLiteral("text"));
    QVERIFY(desk.prompts.lastText().contains(QLatin1String("the first.md")));
    QCOMPARE(desk.session.path(), renamed);
    // A name typed there renames it.
    desk.prompts.answerText(QStringLiteral("first again.md"));
    desk.articles().chooseRename(renamed);
    QTRY_COMPARE(desk.session.path(), path(QStringLiteral("first again.md")));
    QVERIFY(!QFileInfo::exists(renamed));
    // Cancelled, it stays.
    desk.prompts.answerText(std::nullopt);
    desk.articles().chooseRename(desk.session.path());
    QCOMPARE(desk.session.path(), path(QStringLiteral("first again.md")));
}

void LibraryControllerTest::move_intoANewSubfolder()
{
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    QVERIFY(desk.open(path(QStringLiteral("first.md"))));
    QVERIFY(finished([&](auto done) {
        desk.articles().moveArticle(path(QStringLiteral("first.md")), QStringLiteral("2026/january"), done);
    }));
    const QString moved = path(QStringLiteral("2026/january/first.md"));
    QCOMPARE(desk.session.path(), moved);
    QVERIFY(QFileInfo::exists(moved));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("first.md"))));
    QTRY_VERIFY(desk.library.folders().contains(QStringLiteral("2026/january")));
    // And back to the top of the library
    QVERIFY(finished([&](auto done) { desk.articles().moveArticle(moved, QString(), done); }));
    QCOMPARE(desk.session.path(), path(QStringLiteral("first.md")));

    // Through the question: the folders offered, one typed that is new.
    desk.prompts.answerText(QStringLiteral("columns"));
    desk.articles().chooseMove(path(QStringLiteral("first.md")));
    QVERIFY(desk.prompts.allAnswered());
    QCOMPARE(desk.prompts.asked().constLast().kind, QStringLiteral("item"));
    QVERIFY(desk.prompts.lastText().contains(QLatin1String("first.md")));
    QTRY_COMPARE(desk.session.path(), path(QStringLiteral("columns/first.md")));
    desk.prompts.answerText(QStringLiteral("(top of the library)"));
    desk.articles().chooseMove(desk.session.path());
    QTRY_COMPARE(desk.session.path(), path(QStringLiteral("first.md")));
    QTRY_VERIFY(desk.panel->files().contains(path(QStringLiteral("first.md"))));
}

void LibraryControllerTest::trash_asksFirst_andClosesTheOpenArticle()
{
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    const QString first = path(QStringLiteral("first.md"));
    QVERIFY(desk.open(first));
    desk.prompts.answer(QStringLiteral("cancel"));
    desk.articles().confirmTrash(first);
    QVERIFY(desk.prompts.allAnswered());
    QVERIFY(desk.prompts.lastText().contains(QStringLiteral("Move “first.md” to the trash?")));
    QVERIFY(QFileInfo::exists(first));
    QCOMPARE(desk.session.path(), first);

    desk.prompts.answer(QStringLiteral("trash"));
    desk.articles().confirmTrash(first);
    QTRY_VERIFY(!QFileInfo::exists(first));
    QTRY_VERIFY(desk.session.path().isEmpty());
    const QString trashed = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Trash/files/first.md");
    QVERIFY(readAll(trashed).contains("The first text."));
    QTRY_VERIFY(!desk.panel->files().contains(first));
    QFile::remove(trashed);
}

void LibraryControllerTest::status_fromTheContextMenu_writesTheFrontMatter()
{
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    const QString second = path(QStringLiteral("columns/second.md"));
    QVERIFY(desk.open(path(QStringLiteral("first.md"))));
    QMenu *menu = desk.controller.contextMenu(desk.panel->selectionFor(second), desk.panel);
    QCOMPARE(
        actionTexts(menu),
        (QStringList {QStringLiteral("Open"), QString(), QStringLiteral("New Article Here…"), QStringLiteral("Rename…"),
                      QStringLiteral("Move to Folder…"), QStringLiteral("Status"),
                      QStringLiteral("Show in File Manager"), QString(), QStringLiteral("Export…"),
                      QStringLiteral("Export All 2 Listed Articles…"), QString(), QStringLiteral("Move to Trash…")}));
    QMenu *statuses = menu->actions().at(5)->menu();
    QCOMPARE(actionTexts(statuses),
             (QStringList {QStringLiteral("draft"), QStringLiteral("review"), QStringLiteral("approved"),
                           QStringLiteral("published")}));
    QVERIFY(statuses->actions().at(1)->isChecked()); // review, as the file says
    statuses->actions().at(2)->trigger();
    QCOMPARE(readAll(second),
             QByteArray("---\ntitle: Second\nstatus: approved\ndate: 2026-01-01\n---\n\nThe second text.\n"));
    QTRY_COMPARE(desk.library.statusOf(second), QStringLiteral("approved"));
    QCOMPARE(desk.session.path(), path(QStringLiteral("first.md"))); // the open article stays
    delete menu;
}

void LibraryControllerTest::status_ofTheOpenArticle_isOneUndoStep()
{
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    const QString first = path(QStringLiteral("first.md"));
    QVERIFY(desk.open(first));
    desk.typeAtEnd(QStringLiteral("Typed "));
    QVERIFY(finished([&](auto done) { desk.articles().setArticleStatus(first, QStringLiteral("review"), done); }));
    QVERIFY(desk.session.text().contains(QLatin1String("status: review")));
    QVERIFY(readAll(first).contains("status: review"));
    QVERIFY(readAll(first).contains("Typed "));
    QVERIFY(!desk.session.isModified());
    QVERIFY(!desk.editor->document()->isModified());
    desk.editor->undo();
    QVERIFY(desk.session.text().contains(QLatin1String("status: draft")));
    QVERIFY(desk.session.text().contains(QLatin1String("Typed ")));
    QTRY_COMPARE(desk.library.statusOf(first), QStringLiteral("review"));
    QCOMPARE(desk.notices.status(), QStringLiteral("first.md is now review"));
}

void LibraryControllerTest::contextMenu_listsTheSectionsOtherFeaturesAdd()
{
    LibraryDesk desk;
    ArticleSelection seen;
    desk.controller.addMenuSection([&seen](QMenu *menu, const ArticleSelection &selection) {
        seen = selection;
        menu->addAction(QStringLiteral("Section of a test"));
    });
    desk.openLibrary(m_library->path());
    const QString first = path(QStringLiteral("first.md"));
    const QString second = path(QStringLiteral("columns/second.md"));

    // Several articles selected: export offers them, and then all those listed.
    desk.panel->table()->selectAll();
    QCOMPARE(desk.panel->selectedFiles(), (QStringList {first, second}));
    std::unique_ptr<QMenu> menu(desk.controller.contextMenu(desk.panel->selectionFor(second), desk.panel));
    QStringList texts = actionTexts(menu.get());
    QCOMPARE(
        texts.mid(texts.indexOf(QStringLiteral("Show in File Manager"))),
        (QStringList {QStringLiteral("Show in File Manager"), QString(), QStringLiteral("Export 2 Selected Articles…"),
                      QStringLiteral("Export All 2 Listed Articles…"), QString(), QStringLiteral("Section of a test"),
                      QString(), QStringLiteral("Move to Trash…")}));
    QCOMPARE(seen.clicked, second);
    QCOMPARE(seen.selected, (QStringList {first, second}));
    QCOMPARE(seen.listed, (QStringList {first, second}));
    QVERIFY(!seen.listedAreResults);
    QCOMPARE(seen.library, m_library->path());

    // The list's background: a new article, the sections, nothing to trash.
    menu.reset(desk.controller.contextMenu(desk.panel->selectionFor(QString()), desk.panel));
    QCOMPARE(
        actionTexts(menu.get()),
        (QStringList {QStringLiteral("New Article Here…"), QString(), QStringLiteral("Export All 2 Listed Articles…"),
                      QString(), QStringLiteral("Section of a test")}));
    QVERIFY(seen.clicked.isEmpty());

    // Search results are what is listed while they are shown.
    desk.panel->searchBox()->setText(QStringLiteral("text"));
    QTRY_COMPARE(desk.panel->results()->count(), 2);
    menu.reset(desk.controller.contextMenu(desk.panel->selectionFor(first), desk.panel));
    QVERIFY2(actionTexts(menu.get()).contains(QStringLiteral("Export All 2 Results…")),
             qPrintable(actionTexts(menu.get()).join(QLatin1Char('|'))));
    QVERIFY(seen.listedAreResults);

    // The export entry opens the export dialog for the article clicked.
    QAction *exportOne = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Export…"))
            exportOne = action;
    }
    QVERIFY(exportOne);
    desk.prompts.answerDialog([](QDialog &) { return false; });
    exportOne->trigger();
    QVERIFY(desk.prompts.allAnswered());
    QCOMPARE(desk.prompts.asked().constLast().text, QStringLiteral("Byline::WidgetUi::ExportDialog"));
}

void LibraryControllerTest::failures_showWhyAndChangeNothing()
{
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    const QString first = path(QStringLiteral("first.md"));
    const QString second = path(QStringLiteral("columns/second.md"));
    QVERIFY(finished([&](auto done) { desk.articles().moveArticle(second, QString(), done); }));
    QVERIFY(!finished([&](auto done) {
        desk.articles().renameArticle(path(QStringLiteral("second.md")), QStringLiteral("first"), done);
    }));
    QVERIFY2(desk.prompts.lastText().contains(QStringLiteral("already a file named “first.md”")),
             qPrintable(desk.prompts.lastText()));
    QVERIFY(desk.bar->text().contains(QStringLiteral("already a file named “first.md”")));
    QCOMPARE(desk.bar->level(), MessageBar::Level::Error);
    QVERIFY(readAll(first).contains("The first text."));
    QVERIFY(readAll(path(QStringLiteral("second.md"))).contains("The second text."));

    const QByteArray broken = "---\ntitle: [unclosed\n---\nBody.\n";
    write(path(QStringLiteral("broken.md")), broken);
    QVERIFY(!finished([&](auto done) {
        desk.articles().setArticleStatus(path(QStringLiteral("broken.md")), QStringLiteral("review"), done);
    }));
    QVERIFY2(desk.prompts.lastText().contains(QLatin1String("front matter has an error")),
             qPrintable(desk.prompts.lastText()));
    QCOMPARE(readAll(path(QStringLiteral("broken.md"))), broken);

    // A file that is gone: said so, nothing created.
    QVERIFY(!finished([&](auto done) {
        desk.articles().moveArticle(path(QStringLiteral("gone.md")), QStringLiteral("columns"), done);
    }));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("columns/gone.md"))));
    QVERIFY(!desk.prompts.lastText().isEmpty());
}

void LibraryControllerTest::failedRename_leavesTheOpenArticleAsItWas()
{
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    const QString first = path(QStringLiteral("first.md"));
    write(path(QStringLiteral("taken.md")), "# Taken\n");
    QVERIFY(desk.open(first));
    desk.typeAtEnd(QStringLiteral("Kept "));
    const QString text = desk.session.text();
    const int cursor = desk.editor->textCursor().position();
    QSignalSpy pathChanged(&desk.session, &ArticleSession::pathChanged);
    QVERIFY(!finished([&](auto done) { desk.articles().renameArticle(first, QStringLiteral("taken"), done); }));
    QVERIFY2(desk.prompts.lastText().contains(QStringLiteral("already a file named “taken.md”")),
             qPrintable(desk.prompts.lastText()));
    // The article is where it was, with its text, its cursor and its undo history.
    QCOMPARE(desk.session.path(), first);
    QCOMPARE(desk.session.displayName(), QStringLiteral("first.md"));
    QVERIFY(pathChanged.isEmpty());
    QCOMPARE(desk.session.text(), text);
    QCOMPARE(desk.editor->textCursor().position(), cursor);
    QCOMPARE(readAll(path(QStringLiteral("taken.md"))), QByteArray("# Taken\n"));
    QVERIFY(readAll(first).contains("Kept ")); // saved first, as every change of the open article is
    desk.editor->undo();
    QVERIFY(!desk.session.text().contains(QLatin1String("Kept ")));
    // and typing goes on into the same file
    desk.typeAtEnd(QStringLiteral("Again "));
    QVERIFY(finished([&](auto done) { desk.document.save(done); }));
    QVERIFY(readAll(first).contains("Again "));
    QVERIFY(QFileInfo::exists(path(QStringLiteral("taken.md"))));
}

void LibraryControllerTest::recentLibraries_switchTheLibrary()
{
    QTemporaryDir other;
    write(other.filePath(QStringLiteral("elsewhere.md")), "# Elsewhere\n");
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    desk.openLibrary(other.path());
    QTRY_COMPARE(desk.session.path(), other.filePath(QStringLiteral("elsewhere.md")));
    QCOMPARE(LibraryLocations::current(), other.path());
    QCOMPARE(LibraryLocations::recent().mid(0, 2), (QStringList {other.path(), m_library->path()}));
    QMenu *recent = nullptr;
    for (QAction *action : desk.controller.fileActions()) {
        if (action->menu() && action->text().remove(QLatin1Char('&')) == QLatin1String("Recent Libraries"))
            recent = action->menu();
    }
    QVERIFY(recent);
    Q_EMIT recent->aboutToShow();
    QVERIFY(recent->actions().size() >= 2);
    QVERIFY(recent->actions().at(0)->isChecked());
    QCOMPARE(recent->actions().at(1)->toolTip(), m_library->path());
    recent->actions().at(1)->trigger();
    QCOMPARE(desk.library.folder(), m_library->path());
    QCOMPARE(LibraryLocations::current(), m_library->path());
    QTRY_VERIFY(desk.session.path().startsWith(m_library->path())); // its first article, once listed
}

void LibraryControllerTest::emptyLibrary_saysSo()
{
    QTemporaryDir empty;
    LibraryDesk desk;
    desk.controller.openFolder(empty.path());
    QTRY_VERIFY(desk.bar->isVisible());
    QVERIFY(desk.bar->text().contains(QLatin1String("holds no Markdown or text articles yet")));
    QVERIFY(desk.session.path().isEmpty());
    // The first article written there is listed and opens
    QVERIFY(finished([&](auto done) {
        desk.articles().createArticle(empty.path(), {QStringLiteral("First words"), {}, QDate(2026, 11, 25), {}}, done);
    }));
    QCOMPARE(desk.session.path(), empty.filePath(QStringLiteral("first-words.md")));
    QTRY_COMPARE(desk.panel->files(), QStringList {empty.filePath(QStringLiteral("first-words.md"))});
}

QTEST_MAIN(LibraryControllerTest)
#include "librarycontroller_test.moc"
