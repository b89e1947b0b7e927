#include "spelldesk.h"
#include "testdesk.h"
#include "testfiles.h"

#include <spell/personaldictionary.h>
#include <spell/spellservice.h>
#include <ui/document/articlesession.h>
#include <ui/editor/markdowneditor.h>
#include <ui/spelling/spellcontroller.h>
#include <ui/spelling/spellingmenu.h>

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Byline;
using namespace Byline::WidgetUi;

namespace {

const QString lookingForSuggestions = QStringLiteral("Looking for suggestions…");

// The editor's context menu at `position`, built as MarkdownEditor::contextMenuEvent builds it.
std::unique_ptr<QMenu> contextMenuAt(SpellDesk &desk, int position)
{
    std::unique_ptr<QMenu> menu(desk.editor.createStandardContextMenu());
    desk.editor.contextMenu().contribute(menu.get(), position);
    return menu;
}

void closeMenus()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *menu = qobject_cast<QMenu *>(widget); menu && menu->isVisible())
            menu->close();
    }
}

} // namespace

// What the user does about a misspelling: the context menu's entries, and its suggestions that
// follow; replacing the word, ignoring it in the article, adding it to the dictionary; stepping
// from one misspelling to the next. What spelling checks and shows, in
// spellcontroller_checking_test.
class SpellControllerCorrectionsTest final
    : public QObject
    , private TestSpellService
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contextMenu_hasTheSpellingEntriesOfAMisspelledWord();
    void contextMenu_opensAtOnceAndTheSuggestionsFollow();
    void suggestion_replacesTheWordInOneUndoStep();
    void ignoreInArticle_writesTheFrontMatterInOneUndoStepAndPersists();
    void addToDictionary_persistsForEveryArticle();
    void checkSpelling_stepsThroughMisspellings();
};

void SpellControllerCorrectionsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("byline-spellcontroller-corrections-test"));
    setUpDictionaries();
}

void SpellControllerCorrectionsTest::contextMenu_hasTheSpellingEntriesOfAMisspelledWord()
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

void SpellControllerCorrectionsTest::contextMenu_opensAtOnceAndTheSuggestionsFollow()
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

void SpellControllerCorrectionsTest::suggestion_replacesTheWordInOneUndoStep()
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

void SpellControllerCorrectionsTest::ignoreInArticle_writesTheFrontMatterInOneUndoStepAndPersists()
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

void SpellControllerCorrectionsTest::addToDictionary_persistsForEveryArticle()
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

void SpellControllerCorrectionsTest::checkSpelling_stepsThroughMisspellings()
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

QTEST_MAIN(SpellControllerCorrectionsTest)
#include "spellcontroller_corrections_test.moc"
