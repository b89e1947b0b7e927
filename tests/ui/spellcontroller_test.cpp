#include "testdesk.h"
#include "testfiles.h"

#include <spell/dictionarycatalog.h>
#include <spell/personaldictionary.h>
#include <spell/spellservice.h>
#include <ui/common/messagebar.h>
#include <ui/common/notices.h>
#include <ui/common/settings.h>
#include <ui/document/articlesession.h>
#include <ui/document/documentbanners.h>
#include <ui/editor/markdowneditor.h>
#include <ui/editor/markdownhighlighter.h>
#include <ui/spelling/languagebutton.h>
#include <ui/spelling/spellcontroller.h>
#include <ui/spelling/spellingmenu.h>

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>

#include <memory>

using namespace Byline;
using namespace Byline::WidgetUi;

namespace {

const QString lookingForSuggestions = QStringLiteral("Looking for suggestions…");

// An article in an editor with spelling wired as the window wires it: the banner (in the editor's
// column, as the window lays it out) and status line that tell the user, the file's own banners
// (opening a file shows its news on the banner), the context menu's entries and the language
// button. The default language is the settings' en-US.
struct SpellDesk
{
    explicit SpellDesk(Core::SpellService &service)
        : spelling(&editor, service)
    {
        Settings settings;
        settings.spellingLanguage = QStringLiteral("en-US");
        spelling.apply(settings);
        editor.resize(700, 500);
        editor.show();
    }

    ArticleSession session {nullptr}; // no recovery journal: nothing here is recovered
    MarkdownEditor editor {session};
    QWidget column;
    MessageBar bar {&column};
    QStatusBar statusBar;
    Notices notices {&bar, &statusBar};
    DocumentBanners banners {session, notices};
    SpellController spelling;
    SpellingMenu menu {spelling, notices};
    LanguageButton languageButton {spelling, menu};
};

QTextCursor find(const SpellDesk &desk, const QString &needle)
{
    const QTextCursor found = desk.editor.document()->find(needle);
    if (found.isNull())
        QTest::qFail(qPrintable(QStringLiteral("“%1” is not in the text").arg(needle)), __FILE__, __LINE__);
    return found;
}

// Whether the line holding `needle` shows spelling underlines.
// Whether the line holding `needle` shows an underline once it is on screen, as the reader sees it.
bool underlined(SpellDesk &desk, const QString &needle)
{
    const QTextBlock block = find(desk, needle).block();
    if (!desk.editor.visibleBlocks().contains(block)) { // the cursor stays where it is
        desk.editor.scrollToLine(block.blockNumber() + 1);
        QCoreApplication::processEvents();
    }
    return MarkdownHighlighter::showsMisspellings(block);
}

// Whether the banner is up, whether or not its column is on screen.
bool bannerShown(const SpellDesk &desk)
{
    return desk.bar.isVisibleTo(&desk.column);
}

int positionOf(const SpellDesk &desk, const QString &needle)
{
    return find(desk, needle).selectionStart();
}

// The dictionary is loaded, and the lines on screen have their underlines.
[[nodiscard]] bool checked(const SpellDesk &desk)
{
    return QTest::qWaitFor([&desk] { return desk.spelling.isChecking(); }, 20000);
}

// The editor's context menu at `position`, built as MarkdownEditor::contextMenuEvent builds it.
std::unique_ptr<QMenu> contextMenuAt(SpellDesk &desk, int position)
{
    std::unique_ptr<QMenu> menu(desk.editor.createStandardContextMenu());
    desk.editor.contextMenu().contribute(menu.get(), position);
    return menu;
}

QAction *entry(const QMenu &menu, const QString &text)
{
    for (QAction *action : menu.actions()) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
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
    void visibleText_isUnderlinedBeforeTheRest();
    void contextMenu_hasTheSpellingEntriesOfAMisspelledWord();
    void contextMenu_opensAtOnceAndTheSuggestionsFollow();
    void suggestion_replacesTheWordInOneUndoStep();
    void ignoreInArticle_writesTheFrontMatterInOneUndoStepAndPersists();
    void addToDictionary_persistsForEveryArticle();
    void lang_switchesDictionaries();
    void missingDictionary_saysWhatToInstallAndKeepsEditing();
    void missingDictionary_leavesTheFilesOwnNewsOnTheBanner();
    void wordBeingTyped_isUnderlinedOnlyWhenLeft();
    void checkSpelling_stepsThroughMisspellings();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Core::SpellService> m_service;
};

void SpellControllerTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("byline-spellcontroller-test"));
    QVERIFY(m_dir.isValid());
    // The test's own dictionaries: the machine's en_US and en_GB and nothing else, so German is
    // missing wherever the test runs; and a personal dictionary of its own.
    const QString dictionaries = m_dir.filePath(QStringLiteral("dictionaries"));
    QVERIFY(QDir().mkpath(dictionaries));
    const Core::DictionaryCatalog machine(Core::DictionaryCatalog::standardFolders({}));
    for (const QString &code : {QStringLiteral("en_US"), QStringLiteral("en_GB")}) {
        const std::optional<Core::DictionaryInfo> info = machine.find(code);
        QVERIFY2(info && info->code == code,
                 qPrintable(QStringLiteral("the %1 dictionary is needed: install %2")
                                .arg(code, Core::SpellService::packageFor(code))));
        QVERIFY(QFile::link(info->affPath, dictionaries + QLatin1Char('/') + code + QLatin1String(".aff")));
        QVERIFY(QFile::link(info->dicPath, dictionaries + QLatin1Char('/') + code + QLatin1String(".dic")));
    }
    m_service = std::make_unique<Core::SpellService>(
        Core::SpellService::Folders {dictionaries, m_dir.filePath(QStringLiteral("personal"))},
        QStringList {dictionaries});
    QCOMPARE(m_service->catalog().dictionaries().size(), 2);
}

void SpellControllerTest::sampleColumn_underlinesItsMisspellingsOnly()
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

void SpellControllerTest::visibleText_isUnderlinedBeforeTheRest()
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

void SpellControllerTest::contextMenu_hasTheSpellingEntriesOfAMisspelledWord()
{
    SpellDesk desk(*m_service);
    desk.editor.setPlainText(QStringLiteral("A sentense with one mistake.\n"));
    QVERIFY(checked(desk));

    // Spelling contributes through the editor's context menu: no event filter, no window.
    const std::unique_ptr<QMenu> menu = contextMenuAt(desk, 5);
    const QStringList texts = actionTexts(menu.get());
    QCOMPARE(texts.value(0), lookingForSuggestions);
    QVERIFY2(texts.contains(QStringLiteral("Add “sentense” to Dictionary")), qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(QStringLiteral("Ignore “sentense” in This Article")));
    QVERIFY(texts.contains(QStringLiteral("Next Misspelling")));
    QVERIFY(texts.contains(QStringLiteral("Spelling Language")));
    // Above the standard entries.
    const std::unique_ptr<QMenu> standard(desk.editor.createStandardContextMenu());
    const QStringList standardTexts = actionTexts(standard.get());
    QVERIFY(!standardTexts.isEmpty());
    QCOMPARE(texts.mid(texts.size() - standardTexts.size()), standardTexts);
    QVERIFY(texts.indexOf(QStringLiteral("Next Misspelling")) < texts.size() - standardTexts.size());

    // A correct word gets the language menu, not a misspelling's entries.
    const QStringList correct = actionTexts(contextMenuAt(desk, 20).get());
    QVERIFY(!correct.contains(lookingForSuggestions));
    QVERIFY(correct.contains(QStringLiteral("Spelling Language")));

    // And the menu the editor itself opens (the keyboard's menu key) is that one.
    QTextCursor cursor(desk.editor.document());
    cursor.setPosition(5);
    desk.editor.setTextCursor(cursor);
    const QPoint at = desk.editor.cursorRect().center();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, desk.editor.viewport()->mapToGlobal(at));
    QApplication::sendEvent(&desk.editor, &event);
    QMenu *opened = nullptr;
    for (QMenu *child : desk.editor.findChildren<QMenu *>(Qt::FindDirectChildrenOnly)) {
        if (child->isVisible())
            opened = child;
    }
    QVERIFY(opened);
    QVERIFY(actionTexts(opened).contains(QStringLiteral("Add “sentense” to Dictionary")));
    closeMenus();
}

void SpellControllerTest::contextMenu_opensAtOnceAndTheSuggestionsFollow()
{
    SpellDesk desk(*m_service);
    desk.editor.setPlainText(QStringLiteral("A sentense with one mistake.\n"));
    QVERIFY(checked(desk));
    const SpellController::Misspelled word = desk.spelling.misspellingAt(4);
    QCOMPARE(word.word, QStringLiteral("sentense"));

    // The entries are there when addWordActions returns; the suggestions are still being found.
    QMenu menu;
    desk.menu.addWordActions(&menu, word, nullptr);
    QAction *placeholder = menu.actions().value(0);
    QVERIFY(placeholder);
    QCOMPARE(placeholder->text(), lookingForSuggestions);
    QVERIFY(!placeholder->isEnabled());
    QVERIFY(placeholder->isVisible());
    QVERIFY(!actionTexts(&menu).contains(QStringLiteral("sentence")));
    QVERIFY(entry(menu, QStringLiteral("Add “sentense” to Dictionary")));

    // They join the open menu above the placeholder, which goes.
    QTRY_VERIFY(!placeholder->isVisible());
    QCOMPARE(menu.actions().constFirst()->text(), QStringLiteral("sentence"));
    QVERIFY(menu.actions().constFirst()->isEnabled());
    QVERIFY(menu.actions().constFirst()->font().bold());
}

void SpellControllerTest::suggestion_replacesTheWordInOneUndoStep()
{
    SpellDesk desk(*m_service);
    desk.editor.setPlainText(QStringLiteral("A sentense with one mistake.\n"));
    QVERIFY(checked(desk));
    QVERIFY(underlined(desk, QStringLiteral("sentense")));
    const SpellController::Misspelled word = desk.spelling.misspellingAt(4);
    QCOMPARE(word.word, QStringLiteral("sentense"));

    // The context menu lists the suggestions first; picking one replaces the word.
    QMenu menu;
    desk.menu.addWordActions(&menu, word, nullptr);
    QTRY_VERIFY(!menu.actions().isEmpty() && menu.actions().constFirst()->isVisible()
                && menu.actions().constFirst()->isEnabled());
    QAction *best = menu.actions().constFirst();
    QCOMPARE(best->text(), QStringLiteral("sentence"));
    QVERIFY(menu.actions().size() <= 7 + 5);
    best->trigger();
    QCOMPARE(desk.session.text(), QStringLiteral("A sentence with one mistake.\n"));
    QCOMPARE(desk.session.lastEditOrigin(), EditOrigin::Spelling);
    QTRY_VERIFY(!underlined(desk, QStringLiteral("sentence")));
    desk.editor.undo();
    QCOMPARE(desk.session.text(), QStringLiteral("A sentense with one mistake.\n"));
    QVERIFY(!desk.editor.document()->isUndoAvailable()); // one step

    // A word that changed while the menu was open is left alone.
    QVERIFY(!desk.menu.replace({word.start, word.length, QStringLiteral("sentnse")}, QStringLiteral("sentence")));
    QCOMPARE(desk.session.text(), QStringLiteral("A sentense with one mistake.\n"));
}

void SpellControllerTest::ignoreInArticle_writesTheFrontMatterInOneUndoStepAndPersists()
{
    const QString path = m_dir.filePath(QStringLiteral("ignore.md"));
    write(path, "---\ntitle: Test\n---\n\nThe oVirt project and oVirt’s team.\n");
    {
        SpellDesk desk(*m_service);
        QVERIFY(openAndWait(desk.session, path));
        QVERIFY(checked(desk));
        QVERIFY(underlined(desk, QStringLiteral("The oVirt")));
        // From the word's context menu.
        const std::unique_ptr<QMenu> menu = contextMenuAt(desk, positionOf(desk, QStringLiteral("oVirt project")) + 1);
        QAction *ignore = entry(*menu, QStringLiteral("Ignore “oVirt” in This Article"));
        QVERIFY(ignore);
        ignore->trigger();
        QVERIFY(desk.session.text().startsWith(
            QLatin1String("---\ntitle: Test\nspelling_ignore: [oVirt]\n---\n\nThe oVirt")));
        QCOMPARE(desk.session.lastEditOrigin(), EditOrigin::FrontMatter);
        QCOMPARE(desk.spelling.ignoredWords(), QStringList {QStringLiteral("oVirt")});
        QTRY_VERIFY(!underlined(desk, QStringLiteral("The oVirt"))); // the possessive too
        desk.editor.undo(); // one step
        QVERIFY(desk.session.text().startsWith(QLatin1String("---\ntitle: Test\n---\n")));
        QVERIFY(!desk.editor.document()->isUndoAvailable());
        QTRY_VERIFY(underlined(desk, QStringLiteral("The oVirt"))); // the list went with the undo
        desk.editor.redo();
        QTRY_VERIFY(!underlined(desk, QStringLiteral("The oVirt")));
        QVERIFY(saveAndWait(desk.session));
    }
    QVERIFY(readAll(path).startsWith("---\ntitle: Test\nspelling_ignore: [oVirt]\n---\n"));
    // An editor opening the same file sees the same result.
    SpellDesk again(*m_service);
    QVERIFY(openAndWait(again.session, path));
    QVERIFY(checked(again));
    QVERIFY(!underlined(again, QStringLiteral("The oVirt")));
}

void SpellControllerTest::addToDictionary_persistsForEveryArticle()
{
    SpellDesk desk(*m_service);
    desk.editor.setPlainText(QStringLiteral("Byline writes Qwzxify plainly.\n"));
    QVERIFY(checked(desk));
    QVERIFY(underlined(desk, QStringLiteral("Qwzxify")));
    const std::unique_ptr<QMenu> menu = contextMenuAt(desk, positionOf(desk, QStringLiteral("Qwzxify")));
    QAction *add = entry(*menu, QStringLiteral("Add “Qwzxify” to Dictionary"));
    QVERIFY(add);
    add->trigger();
    QTRY_VERIFY(!underlined(desk, QStringLiteral("Qwzxify")));
    QCOMPARE(desk.session.text(), QStringLiteral("Byline writes Qwzxify plainly.\n")); // no edit
    Core::PersonalDictionary file(
        Core::PersonalDictionary::pathFor(m_service->folders().personal, QStringLiteral("en_US")));
    QVERIFY(file.load());
    QVERIFY(file.contains(QStringLiteral("Qwzxify")));

    // Another article knows the word too.
    SpellDesk other(*m_service);
    other.editor.setPlainText(QStringLiteral("Qwzxify again, and a mistaek.\n"));
    QVERIFY(checked(other));
    QVERIFY(!other.spelling.misspellingAt(2).isValid());
    QVERIFY(other.spelling.misspellingAt(positionOf(other, QStringLiteral("mistaek"))).isValid());
    QVERIFY(m_service->removeFromPersonalDictionary(QStringLiteral("en_US"), QStringLiteral("Qwzxify")));
}

void SpellControllerTest::lang_switchesDictionaries()
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

void SpellControllerTest::missingDictionary_saysWhatToInstallAndKeepsEditing()
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

void SpellControllerTest::missingDictionary_leavesTheFilesOwnNewsOnTheBanner()
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

void SpellControllerTest::wordBeingTyped_isUnderlinedOnlyWhenLeft()
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
}

void SpellControllerTest::checkSpelling_stepsThroughMisspellings()
{
    SpellDesk desk(*m_service);
    QVERIFY(QTest::qWaitForWindowExposed(&desk.editor));
    desk.editor.setPlainText(QStringLiteral("Frist line is fine.\n\n```\nqwzx code\n```\n\nAnd a secnod one.\n"));
    QVERIFY(checked(desk));
    QTextCursor start = desk.editor.textCursor();
    start.setPosition(1); // after the start of the first mistake: the pass starts after the cursor
    desk.editor.setTextCursor(start);
    QVERIFY(desk.menu.checkNext());
    QCOMPARE(desk.editor.textCursor().selectedText(), QStringLiteral("secnod"));
    closeMenus();
    QVERIFY(desk.menu.checkNext()); // wraps round
    QCOMPARE(desk.editor.textCursor().selectedText(), QStringLiteral("Frist"));
    closeMenus();
    desk.editor.setPlainText(QStringLiteral("All fine here.\n"));
    QVERIFY(checked(desk));
    QVERIFY(!desk.menu.checkNext());
    QCOMPARE(desk.notices.status(), QStringLiteral("No misspellings in this article."));
}

QTEST_MAIN(SpellControllerTest)
#include "spellcontroller_test.moc"
