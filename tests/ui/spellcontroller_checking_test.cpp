#include "spelldesk.h"
#include "testdesk.h"
#include "testfiles.h"

#include <ui/document/articlesession.h>
#include <ui/editor/markdowneditor.h>
#include <ui/editor/markdownhighlighter.h>
#include <ui/spelling/languagebutton.h>
#include <ui/spelling/spellcontroller.h>
#include <ui/spelling/spellingmenu.h>

#include <QCoreApplication>
#include <QMenu>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>

#include <memory>

using namespace Byline;
using namespace Byline::WidgetUi;

namespace {

// Whether the banner is up, whether or not its column is on screen.
bool bannerShown(const SpellDesk &desk)
{
    return desk.bar.isVisibleTo(&desk.column);
}

} // namespace

// What spelling checks and shows: the underlines of an article (in front matter none, on screen
// first, a word being typed once it is left), the language its front matter names, and a missing
// dictionary. What the user does about a misspelling, in spellcontroller_corrections_test.
class SpellControllerCheckingTest final
    : public QObject
    , private TestSpellService
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sampleColumn_underlinesItsMisspellingsOnly();
    void visibleText_isUnderlinedBeforeTheRest();
    void lang_switchesDictionaries();
    void missingDictionary_saysWhatToInstallAndKeepsEditing();
    void missingDictionary_leavesTheFilesOwnNewsOnTheBanner();
    void wordBeingTyped_isUnderlinedOnlyWhenLeft();
};

void SpellControllerCheckingTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("byline-spellcontroller-checking-test"));
    setUpDictionaries();
}

void SpellControllerCheckingTest::sampleColumn_underlinesItsMisspellingsOnly()
{
    SpellDesk desk(*m_service);
    QVERIFY(openAndWait(desk.session, QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md")));
    QVERIFY(checked(desk));
    QCOMPARE(desk.languageButton.text(), QStringLiteral("English (United States)"));
    QVERIFY(underlined(desk, QStringLiteral("moniker Linspire")));
    QVERIFY(underlined(desk, QStringLiteral("rebrand and productize")));
    // Nothing in the front matter, though its title says oVirt.
    QVERIFY(!underlined(desk, QStringLiteral("title: \"oVirt at Last\"")));
    QVERIFY(!underlined(desk, QStringLiteral("author: Jason Brooks")));
    // The word under the mouse is found with its range.
    const int at = positionOf(desk, QStringLiteral("productize")) + 3;
    const SpellController::Misspelled word = desk.spelling.misspellingAt(at);
    QCOMPARE(word.word, QStringLiteral("productize"));
    QCOMPARE(word.start, at - 3);
    QVERIFY(!desk.spelling.misspellingAt(positionOf(desk, QStringLiteral("Walmart computers")) + 12).isValid());
    QVERIFY(!bannerShown(desk)); // nothing to tell
}

void SpellControllerCheckingTest::visibleText_isUnderlinedBeforeTheRest()
{
    SpellDesk desk(*m_service);
    QStringList lines;
    for (int i = 1; i <= 3000; ++i)
        lines.append(QStringLiteral("Line %1 has a mistaek.").arg(i));
    desk.editor.setPlainText(lines.join(QLatin1Char('\n')));
    QVERIFY(QTest::qWaitForWindowExposed(&desk.editor));
    QVERIFY(checked(desk));
    const QTextDocument *document = desk.editor.document();
    // At once: the lines on screen, and nothing else (laying out what nobody sees is what costs).
    const QList<QTextBlock> visible = desk.editor.visibleBlocks();
    QVERIFY(visible.size() > 5);
    for (const QTextBlock &block : visible)
        QVERIFY2(MarkdownHighlighter::showsMisspellings(block), qPrintable(block.text()));
    QVERIFY(!MarkdownHighlighter::showsMisspellings(document->findBlockByNumber(1499)));
    QVERIFY(!MarkdownHighlighter::showsMisspellings(document->lastBlock()));

    // What scrolls into view is brought up to date before it is painted.
    desk.editor.scrollToLine(1500);
    QCoreApplication::processEvents();
    QVERIFY(MarkdownHighlighter::showsMisspellings(document->findBlockByNumber(1499)));

    // A checker that changes (turned off here; a dictionary arriving is the same) changes what is
    // on screen at once, and the rest when it comes into view.
    desk.spelling.setEnabled(false);
    QVERIFY(!desk.spelling.isChecking());
    QVERIFY(!MarkdownHighlighter::showsMisspellings(document->findBlockByNumber(1499)));
    QVERIFY(MarkdownHighlighter::showsMisspellings(document->firstBlock()));
    desk.editor.scrollToLine(1);
    QCoreApplication::processEvents();
    QVERIFY(!MarkdownHighlighter::showsMisspellings(document->firstBlock()));
    desk.spelling.setEnabled(true);
    QVERIFY(MarkdownHighlighter::showsMisspellings(document->firstBlock()));
}

void SpellControllerCheckingTest::lang_switchesDictionaries()
{
    SpellDesk desk(*m_service);
    desk.editor.setPlainText(QStringLiteral("---\nlang: en-GB\n---\n\nThe colour of the color.\n"));
    QTRY_COMPARE(desk.languageButton.text(), QStringLiteral("English (United Kingdom)"));
    QVERIFY(checked(desk));
    QCOMPARE(desk.spelling.misspellingAt(positionOf(desk, QStringLiteral("color."))).word, QStringLiteral("color"));
    QVERIFY(!desk.spelling.misspellingAt(positionOf(desk, QStringLiteral("colour"))).isValid());

    // Switching from the status bar's language menu writes `lang:`, one undo step.
    const std::unique_ptr<QMenu> languages(desk.menu.languageMenu(nullptr));
    QAction *american = entry(*languages, QStringLiteral("English (United States) (en-US)"));
    QVERIFY2(american, qPrintable(actionTexts(languages.get()).join(u'|')));
    QAction *british = entry(*languages, QStringLiteral("English (United Kingdom) (en-GB)"));
    QVERIFY(british && british->isChecked());
    american->trigger();
    QVERIFY(desk.session.text().startsWith(QLatin1String("---\nlang: en-US\n---\n")));
    QCOMPARE(desk.session.lastEditOrigin(), EditOrigin::FrontMatter);
    QTRY_COMPARE(desk.languageButton.text(), QStringLiteral("English (United States)"));
    QVERIFY(checked(desk));
    QCOMPARE(desk.spelling.misspellingAt(positionOf(desk, QStringLiteral("colour"))).word, QStringLiteral("colour"));
    QVERIFY(!desk.spelling.misspellingAt(positionOf(desk, QStringLiteral("color."))).isValid());
}

void SpellControllerCheckingTest::missingDictionary_saysWhatToInstallAndKeepsEditing()
{
    SpellDesk desk(*m_service);
    desk.editor.setPlainText(QStringLiteral("---\nlang: de\n---\n\nDas ist ein Tesst.\n"));
    QTRY_VERIFY(bannerShown(desk));
    QTRY_VERIFY(desk.bar.text().contains(QLatin1String("hunspell-de-de")));
    QVERIFY(desk.bar.text().contains(QLatin1String("German")));
    QVERIFY(desk.languageButton.text().contains(QLatin1String("no dictionary")));
    QVERIFY(!desk.spelling.isChecking());
    QVERIFY(!underlined(desk, QStringLiteral("Tesst")));
    QVERIFY(!desk.menu.checkNext());
    QCOMPARE(desk.notices.status(), QStringLiteral("Spelling is not being checked: there is no dictionary for de."));
    desk.editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&desk.editor, QStringLiteral("Weiter"));
    QVERIFY(desk.session.text().endsWith(QLatin1String("Weiter")));

    // Opened from a file, too (opening replaces the banner with the file's own news).
    const QString path = m_dir.filePath(QStringLiteral("german.md"));
    write(path, desk.session.text().toUtf8());
    SpellDesk opened(*m_service);
    QVERIFY(openAndWait(opened.session, path));
    QVERIFY(bannerShown(opened));
    QVERIFY(opened.bar.text().contains(QLatin1String("hunspell-de-de")));
    QVERIFY(opened.languageButton.text().contains(QLatin1String("no dictionary")));
    QVERIFY(!opened.editor.isReadOnly());
}

void SpellControllerCheckingTest::missingDictionary_leavesTheFilesOwnNewsOnTheBanner()
{
    const QString path = m_dir.filePath(QStringLiteral("german-dated.md"));
    write(path, "---\nlang: de\ndate: someday\n---\n\nDas ist ein Tesst.\n");
    // The editor's column is out of sight (reader mode, a window not shown yet): the banner is
    // still the file's, and the language button says what is missing.
    SpellDesk desk(*m_service);
    QVERIFY(openAndWait(desk.session, path));
    QVERIFY(bannerShown(desk));
    QVERIFY2(desk.bar.text().contains(QLatin1String("someday")), qPrintable(desk.bar.text()));
    QVERIFY(desk.languageButton.text().contains(QLatin1String("no dictionary")));
    QVERIFY(!desk.spelling.problemText().isEmpty());
}

void SpellControllerCheckingTest::wordBeingTyped_isUnderlinedOnlyWhenLeft()
{
    SpellDesk desk(*m_service);
    desk.editor.setPlainText(QStringLiteral("Start\n"));
    QVERIFY(checked(desk));
    desk.editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&desk.editor, QStringLiteral("A wrod"));
    QVERIFY(!underlined(desk, QStringLiteral("wrod"))); // still being typed
    QTest::keyClicks(&desk.editor, QStringLiteral(" "));
    QVERIFY(underlined(desk, QStringLiteral("wrod")));

    // Leaving a word with the cursor finishes it too.
    desk.editor.setPlainText(QStringLiteral("Start\n"));
    QVERIFY(checked(desk));
    desk.editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&desk.editor, QStringLiteral("speling"));
    QVERIFY(!underlined(desk, QStringLiteral("speling")));
    QTest::keyClick(&desk.editor, Qt::Key_Up);
    QVERIFY(underlined(desk, QStringLiteral("speling")));

    // A wrong word put right while typing in it, in a line with formats of its own, stays clean.
    desk.editor.setPlainText(QStringLiteral("Start\nA *bold* wrd here\n"));
    QVERIFY(checked(desk));
    QVERIFY(underlined(desk, QStringLiteral("wrd")));
    QTextCursor inWord = desk.editor.document()->find(QStringLiteral("wrd"));
    inWord.setPosition(inWord.selectionStart() + 1);
    desk.editor.setTextCursor(inWord);
    QTest::keyClicks(&desk.editor, QStringLiteral("o"));
    QVERIFY(!underlined(desk, QStringLiteral("word")));
    QTest::keyClick(&desk.editor, Qt::Key_End);
    QVERIFY(!underlined(desk, QStringLiteral("word")));
    QTest::keyClicks(&desk.editor, QStringLiteral(" and mroe"));
    QTest::keyClick(&desk.editor, Qt::Key_Home);
    QVERIFY(underlined(desk, QStringLiteral("mroe")));
}

QTEST_MAIN(SpellControllerCheckingTest)
#include "spellcontroller_checking_test.moc"
