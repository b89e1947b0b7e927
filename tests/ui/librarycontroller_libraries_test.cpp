#include "librarydesk.h"
#include "testdesk.h"
#include "testfiles.h"

#include <library/librarylocations.h>
#include <ui/common/messagebar.h>
#include <ui/common/notices.h>
#include <ui/common/settingsstore.h>
#include <ui/editor/markdowneditor.h>
#include <ui/library/articleactions.h>
#include <ui/library/librarycontroller.h>
#include <ui/library/librarymodel.h>
#include <ui/library/librarypanel.h>
#include <ui/library/libraryservice.h>
#include <ui/library/newarticledialog.h>

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Byline::WidgetUi;
using Byline::Core::LibraryLocations;

// Libraries as the user opens and fills them, on an article session over real folders and an
// index: new articles (from the dialog, after the library's template, the first of an empty
// library), the recent libraries, and the sections of the library's context menu. What the
// library does to its articles' files, in librarycontroller_fileactions_test.
class LibraryControllerLibrariesTest final
    : public QObject
    , private TwoArticleLibrary
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void newArticle_fromTheDialog_opensReadyToWrite();
    void newArticle_followsTheLibrarysTemplate();
    void contextMenu_listsTheSectionsOtherFeaturesAdd();
    void recentLibraries_switchTheLibrary();
    void emptyLibrary_saysSo();
};

void LibraryControllerLibrariesTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-librarycontroller-libraries-test"));
}

void LibraryControllerLibrariesTest::init()
{
    writeLibrary();
}

void LibraryControllerLibrariesTest::newArticle_fromTheDialog_opensReadyToWrite()
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

void LibraryControllerLibrariesTest::newArticle_followsTheLibrarysTemplate()
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

void LibraryControllerLibrariesTest::contextMenu_listsTheSectionsOtherFeaturesAdd()
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

void LibraryControllerLibrariesTest::recentLibraries_switchTheLibrary()
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

void LibraryControllerLibrariesTest::emptyLibrary_saysSo()
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

QTEST_MAIN(LibraryControllerLibrariesTest)
#include "librarycontroller_libraries_test.moc"
