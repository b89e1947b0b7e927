#include <article/articlefile.h>

#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

#include <common/messagebar.h>
#include <editor/markdowneditor.h>
#include <editor/markdownhighlighter.h>
#include <shell/mainwindow.h>
#include <spell/personaldictionary.h>
#include <spelling/spellcontroller.h>

using namespace Byline::WidgetUi;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        qFatal("cannot write the test file %s", qPrintable(path));
    return path;
}

// The block holding `needle`, and whether it shows spelling underlines.
bool underlined(MainWindow &window, const QString &needle)
{
    const QTextBlock block = window.editor()->document()->find(needle).block();
    return MarkdownHighlighter::showsMisspellings(block);
}

int positionOf(MainWindow &window, const QString &needle)
{
    return window.editor()->document()->find(needle).selectionStart();
}

void waitUntilChecked(MainWindow &window)
{
    QTRY_VERIFY(window.spelling()->isChecking());
    QTRY_VERIFY(!window.spelling()->isSweeping());
}

void closeMenus()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *menu = qobject_cast<QMenu *>(widget); menu && menu->isVisible())
            menu->close();
    }
}

} // namespace

class SpellControllerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sampleColumn_underlinesItsMisspellingsOnly();
    void suggestion_replacesTheWordInOneUndoStep();
    void ignoreInArticle_writesTheFrontMatterAndPersists();
    void addToDictionary_persistsForEveryArticle();
    void lang_switchesDictionaries();
    void missingDictionary_saysWhatToInstallAndKeepsEditing();
    void wordBeingTyped_isUnderlinedOnlyWhenFinished();
    void checkSpelling_stepsThroughMisspellings();

private:
    QTemporaryDir m_dir;
};

void SpellControllerTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("byline-spellcontroller-test"));
    QDir(SpellController::service().folders().personal).removeRecursively();
    QVERIFY(m_dir.isValid());
}

void SpellControllerTest::sampleColumn_underlinesItsMisspellingsOnly()
{
    MainWindow window;
    QVERIFY(window.openFile(QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    waitUntilChecked(window);
    QCOMPARE(window.languageButton()->text(), QStringLiteral("English (United States)"));
    QVERIFY(underlined(window, QStringLiteral("moniker Linspire")));
    QVERIFY(underlined(window, QStringLiteral("rebrand and productize")));
    // Nothing in the front matter, though its title says oVirt.
    QVERIFY(!underlined(window, QStringLiteral("title: \"oVirt at Last\"")));
    QVERIFY(!underlined(window, QStringLiteral("author: Jason Brooks")));
    // The word under the mouse is found with its range.
    const int at = positionOf(window, QStringLiteral("productize")) + 3;
    const SpellController::Misspelled word = window.spelling()->misspellingAt(at);
    QCOMPARE(word.word, QStringLiteral("productize"));
    QCOMPARE(word.start, at - 3);
    QVERIFY(!window.spelling()->misspellingAt(positionOf(window, QStringLiteral("Walmart computers")) + 12).isValid());
}

void SpellControllerTest::suggestion_replacesTheWordInOneUndoStep()
{
    MainWindow window;
    window.show();
    window.editor()->setPlainText(QStringLiteral("A sentense with one mistake.\n"));
    waitUntilChecked(window);
    QVERIFY(underlined(window, QStringLiteral("sentense")));
    const SpellController::Misspelled word = window.spelling()->misspellingAt(4);
    QCOMPARE(word.word, QStringLiteral("sentense"));

    // The context menu lists the suggestions first; picking one replaces the word.
    QMenu menu;
    window.spelling()->addSpellingActions(&menu, word, nullptr);
    QTRY_VERIFY(!menu.actions().isEmpty() && menu.actions().constFirst()->isVisible()
                && menu.actions().constFirst()->isEnabled());
    QAction *best = menu.actions().constFirst();
    QCOMPARE(best->text(), QStringLiteral("sentence"));
    QVERIFY(menu.actions().size() <= 7 + 5);
    best->trigger();
    QCOMPARE(window.editor()->toPlainText(), QStringLiteral("A sentence with one mistake.\n"));
    QTRY_VERIFY(!underlined(window, QStringLiteral("sentence")));
    window.editor()->undo();
    QCOMPARE(window.editor()->toPlainText(), QStringLiteral("A sentense with one mistake.\n"));
}

void SpellControllerTest::ignoreInArticle_writesTheFrontMatterAndPersists()
{
    const QString path = writeFile(m_dir, QStringLiteral("ignore.md"),
                                   QStringLiteral("---\ntitle: Test\n---\n\nThe oVirt project and oVirt’s team.\n"));
    {
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.show();
        waitUntilChecked(window);
        QVERIFY(underlined(window, QStringLiteral("The oVirt")));
        QVERIFY(window.ignoreInArticle(QStringLiteral("oVirt")));
        QVERIFY(window.editor()->toPlainText().startsWith(
            QLatin1String("---\ntitle: Test\nspelling_ignore: [oVirt]\n---\n\nThe oVirt")));
        QTRY_VERIFY(!underlined(window, QStringLiteral("The oVirt"))); // the possessive too
        window.editor()->undo(); // one step
        QVERIFY(window.editor()->toPlainText().startsWith(QLatin1String("---\ntitle: Test\n---\n")));
        window.editor()->redo();
        QVERIFY(window.save());
    }
    // An editor opening the same file sees the same result.
    MainWindow again;
    QVERIFY(again.openFile(path));
    again.show();
    waitUntilChecked(again);
    QVERIFY(!underlined(again, QStringLiteral("The oVirt")));
}

void SpellControllerTest::addToDictionary_persistsForEveryArticle()
{
    MainWindow window;
    window.show();
    window.editor()->setPlainText(QStringLiteral("Byline writes Qwzxify plainly.\n"));
    waitUntilChecked(window);
    QVERIFY(underlined(window, QStringLiteral("Qwzxify")));
    window.spelling()->addToDictionary(QStringLiteral("Qwzxify"));
    QTRY_VERIFY(!underlined(window, QStringLiteral("Qwzxify")));
    Byline::Core::PersonalDictionary file(Byline::Core::PersonalDictionary::pathFor(
        SpellController::service().folders().personal, QStringLiteral("en_US")));
    QVERIFY(file.load());
    QVERIFY(file.contains(QStringLiteral("Qwzxify")));
    QVERIFY(
        SpellController::service().removeFromPersonalDictionary(QStringLiteral("en_US"), QStringLiteral("Qwzxify")));
}

void SpellControllerTest::lang_switchesDictionaries()
{
    MainWindow window;
    window.show();
    window.editor()->setPlainText(QStringLiteral("---\nlang: en-GB\n---\n\nThe colour of the color.\n"));
    QTRY_COMPARE(window.languageButton()->text(), QStringLiteral("English (United Kingdom)"));
    waitUntilChecked(window);
    QCOMPARE(window.spelling()->misspellingAt(positionOf(window, QStringLiteral("color."))).word,
             QStringLiteral("color"));
    QVERIFY(!window.spelling()->misspellingAt(positionOf(window, QStringLiteral("colour"))).isValid());

    // Switching from the status bar writes `lang:`.
    QVERIFY(window.setArticleLanguage(QStringLiteral("en-US")));
    QVERIFY(window.editor()->toPlainText().startsWith(QLatin1String("---\nlang: en-US\n---\n")));
    QTRY_COMPARE(window.languageButton()->text(), QStringLiteral("English (United States)"));
    waitUntilChecked(window);
    QCOMPARE(window.spelling()->misspellingAt(positionOf(window, QStringLiteral("colour"))).word,
             QStringLiteral("colour"));
}

void SpellControllerTest::missingDictionary_saysWhatToInstallAndKeepsEditing()
{
    MainWindow window;
    window.show();
    window.editor()->setPlainText(QStringLiteral("---\nlang: de\n---\n\nDas ist ein Tesst.\n"));
    QTRY_VERIFY(window.messageBar()->isVisible());
    QTRY_VERIFY(window.messageBar()->text().contains(QLatin1String("hunspell-de-de")));
    QVERIFY(window.messageBar()->text().contains(QLatin1String("German")));
    QVERIFY(window.languageButton()->text().contains(QLatin1String("no dictionary")));
    QVERIFY(!window.spelling()->isChecking());
    QVERIFY(!underlined(window, QStringLiteral("Tesst")));
    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor(), QStringLiteral("Weiter"));
    QVERIFY(window.editor()->toPlainText().endsWith(QLatin1String("Weiter")));

    // Opened from a file, too (opening replaces the banner with the file's own news).
    MainWindow opened;
    QVERIFY(opened.openFile(writeFile(m_dir, QStringLiteral("german.md"), window.editor()->toPlainText())));
    opened.show();
    QVERIFY(opened.messageBar()->isVisible());
    QVERIFY(opened.messageBar()->text().contains(QLatin1String("hunspell-de-de")));
}

void SpellControllerTest::wordBeingTyped_isUnderlinedOnlyWhenFinished()
{
    MainWindow window;
    window.show();
    window.editor()->setPlainText(QStringLiteral("Start\n"));
    waitUntilChecked(window);
    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor(), QStringLiteral("A wrod"));
    QVERIFY(!underlined(window, QStringLiteral("wrod"))); // still being typed
    QTest::keyClicks(window.editor(), QStringLiteral(" "));
    QVERIFY(underlined(window, QStringLiteral("wrod")));
}

void SpellControllerTest::checkSpelling_stepsThroughMisspellings()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.editor()->setPlainText(QStringLiteral("Frist line is fine.\n\n```\nqwzx code\n```\n\nAnd a secnod one.\n"));
    waitUntilChecked(window);
    QTextCursor start = window.editor()->textCursor();
    start.setPosition(1); // after the start of the first mistake: the pass starts after the cursor
    window.editor()->setTextCursor(start);
    QVERIFY(window.spelling()->checkNext());
    QCOMPARE(window.editor()->textCursor().selectedText(), QStringLiteral("secnod"));
    closeMenus();
    QVERIFY(window.spelling()->checkNext()); // wraps round
    QCOMPARE(window.editor()->textCursor().selectedText(), QStringLiteral("Frist"));
    closeMenus();
    window.editor()->setPlainText(QStringLiteral("All fine here.\n"));
    waitUntilChecked(window);
    QVERIFY(!window.spelling()->checkNext());
}

QTEST_MAIN(SpellControllerTest)
#include "spellcontroller_test.moc"
