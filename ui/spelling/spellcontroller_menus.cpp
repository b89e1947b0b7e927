// The menus of spelling: the context menu of a misspelled word, the language menu, and the F7
// pass from one misspelling to the next.
#include "spellcontroller.h"

#include <QDeadlineTimer>
#include <QMenu>
#include <QThread>
#include <QtConcurrent>

#include <editor/markdowneditor.h>
#include <editor/markdownhighlighter.h>

namespace Byline::WidgetUi {

namespace {

// How long the context menu waits for suggestions before it opens without them (they are added
// while it is open).
constexpr int suggestionWaitMs = 42;

} // namespace

bool SpellController::showContextMenu(const QPoint &globalPosition, int documentPosition)
{
    QMenu *menu = m_editor->createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *first = menu->actions().value(0);
    const Misspelled word = misspellingAt(documentPosition);
    if (word.isValid())
        addSpellingActions(menu, word, first);
    QMenu *languages = languageMenu(menu);
    menu->insertMenu(first, languages);
    menu->insertSeparator(first);
    menu->popup(globalPosition);
    return true;
}

void SpellController::addSpellingActions(QMenu *menu, const Misspelled &word, QAction *before)
{
    const Core::SpellChecker checker = *m_highlighter->spellChecker();
    QFuture<QStringList> suggestions
        = QtConcurrent::run([checker, spelling = word.word] { return checker.suggestions(spelling); });
    // Most words take 20–40 ms; a rare long one takes longer, and the menu does not wait for it.
    const QDeadlineTimer deadline(suggestionWaitMs);
    while (!suggestions.isFinished() && !deadline.hasExpired())
        QThread::usleep(500);

    auto *placeholder = new QAction(tr("Looking for suggestions…"), menu);
    placeholder->setEnabled(false);
    menu->insertAction(before, placeholder);
    const auto fill = [this, menu, placeholder, word](const QStringList &found) {
        for (const QString &suggestion : found) {
            auto *action = new QAction(suggestion, menu);
            QFont font = action->font();
            font.setBold(true);
            action->setFont(font);
            connect(action, &QAction::triggered, this, [this, word, suggestion] { replace(word, suggestion); });
            menu->insertAction(placeholder, action);
        }
        if (found.isEmpty())
            placeholder->setText(tr("(No suggestions)"));
        else
            placeholder->setVisible(false);
    };
    if (suggestions.isFinished()) {
        fill(suggestions.result());
    } else {
        auto *watcher = new QFutureWatcher<QStringList>(menu);
        connect(watcher, &QFutureWatcher<QStringList>::finished, menu, [watcher, fill] { fill(watcher->result()); });
        watcher->setFuture(suggestions);
    }
    menu->insertSeparator(before);
    QAction *add = menu->addAction(tr("Add “%1” to Dictionary").arg(word.word));
    connect(add, &QAction::triggered, this, [this, spelling = word.word] { addToDictionary(spelling); });
    QAction *ignore = menu->addAction(tr("Ignore “%1” in This Article").arg(word.word));
    connect(ignore, &QAction::triggered, this, [this, spelling = word.word] { Q_EMIT ignoreRequested(spelling); });
    menu->insertActions(before, {add, ignore});
    QAction *next = menu->addAction(tr("Next Misspelling"));
    next->setShortcut(QKeySequence(Qt::Key_F7));
    connect(
        next, &QAction::triggered, this, [this] { checkNext(); }, Qt::QueuedConnection);
    menu->insertAction(before, next);
}

QMenu *SpellController::languageMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Spelling Language"), parent);
    fillLanguageMenu(menu);
    return menu;
}

void SpellController::fillLanguageMenu(QMenu *menu)
{
    menu->clear();
    const QList<Core::DictionaryInfo> &installed = service().catalog().dictionaries();
    for (const Core::DictionaryInfo &info : installed) {
        QAction *action = menu->addAction(QStringLiteral("%1 (%2)").arg(info.languageName(), info.languageTag()));
        action->setCheckable(true);
        action->setChecked(m_dictionary && m_dictionary->affPath == info.affPath);
        connect(action, &QAction::triggered, this, [this, tag = info.languageTag()] { Q_EMIT languageChosen(tag); });
    }
    if (installed.isEmpty())
        menu->addAction(tr("No dictionaries installed"))->setEnabled(false);
    menu->addSeparator();
    QAction *enabled = menu->addAction(tr("Check Spelling as You Type"));
    enabled->setCheckable(true);
    enabled->setChecked(m_enabled);
    connect(enabled, &QAction::toggled, this, &SpellController::setEnabled);
}

void SpellController::replace(const Misspelled &word, const QString &replacement)
{
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(word.start);
    cursor.setPosition(word.start + word.length, QTextCursor::KeepAnchor);
    if (cursor.selectedText() != word.word)
        return; // the text changed while the menu was open
    cursor.insertText(replacement); // one undo step
    m_editor->setTextCursor(cursor);
}

bool SpellController::checkNext()
{
    if (!isChecking()) {
        Q_EMIT information(
            m_dictionary
                ? tr("The dictionary is still loading; try again in a moment.")
                : tr("Spelling is not being checked: there is no dictionary for %1.").arg(requestedLanguage()));
        return false;
    }
    const QTextCursor cursor = m_editor->textCursor();
    const int from = cursor.selectionEnd();
    QTextDocument *document = m_editor->document();
    const QTextBlock start = document->findBlock(from);
    QTextBlock block = start;
    for (int visited = 0; visited <= document->blockCount(); ++visited) {
        for (const Core::WordScanner::Word &word : m_highlighter->misspellingsOf(block)) {
            const int position = int(block.position() + word.start);
            if (visited == 0 && position < from)
                continue;
            QTextCursor found(document);
            found.setPosition(position);
            found.setPosition(position + int(word.length), QTextCursor::KeepAnchor);
            m_editor->setTextCursor(found);
            m_editor->ensureCursorVisible();
            auto *menu = new QMenu(m_editor);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            addSpellingActions(menu, {position, int(word.length), block.text().mid(word.start, word.length)}, nullptr);
            menu->popup(m_editor->viewport()->mapToGlobal(m_editor->cursorRect(found).bottomLeft()));
            return true;
        }
        block = block.next().isValid() ? block.next() : document->firstBlock();
    }
    Q_EMIT information(tr("No misspellings in this article."));
    return false;
}

} // namespace Byline::WidgetUi
