#include "spellcontroller.h"

#include "markdowneditor.h"
#include "markdownhighlighter.h"

#include <QContextMenuEvent>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMenu>
#include <QScrollBar>
#include <QThread>
#include <QtConcurrent>

namespace Byline::WidgetUi {

namespace {

// A slice of the background sweep; short enough that typing never waits for it.
constexpr qint64 sweepSliceNs = 4'000'000;
// How long the context menu waits for suggestions before it opens without them (they are added
// while it is open).
constexpr int suggestionWaitMs = 42;

bool continuesWord(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'\'' || c == u'\u2019' || c == u'-';
}

} // namespace

SpellController::SpellController(MarkdownEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_highlighter(editor->highlighter())
{
    m_sweepTimer.setInterval(0);
    connect(&m_sweepTimer, &QTimer::timeout, this, &SpellController::sweepStep);
    connect(&m_loading, &QFutureWatcher<std::shared_ptr<Core::Speller>>::finished, this, &SpellController::takeSpeller);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &SpellController::cursorMoved);
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_sweepTimer.isActive()) // what scrolls into view is checked before the rest
            for (const QTextBlock &block : m_editor->visibleBlocks())
                refreshBlock(block);
    });
    m_editor->installEventFilter(this);
    m_editor->viewport()->installEventFilter(this);
    updateLanguage();
}

SpellController::~SpellController()
{
    m_loading.waitForFinished();
}

Core::SpellService &SpellController::service()
{
    static Core::SpellService shared;
    return shared;
}

void SpellController::setEnabled(bool on)
{
    if (m_enabled == on)
        return;
    m_enabled = on;
    applyChecker();
}

void SpellController::setOptions(const Core::WordScannerOptions &options)
{
    if (m_options.skipAllCaps == options.skipAllCaps)
        return;
    m_options = options;
    applyChecker();
}

void SpellController::setDefaultLanguage(const QString &language)
{
    if (m_defaultLanguage == language)
        return;
    m_defaultLanguage = language;
    updateLanguage();
}

void SpellController::setArticle(const QString &language, const QStringList &ignoredWords)
{
    const bool ignoreChanged = ignoredWords != m_ignored;
    m_ignored = ignoredWords;
    if (language.trimmed() != m_articleLanguage) {
        m_articleLanguage = language.trimmed();
        updateLanguage(); // applies the ignore list too, once the dictionary is there
    } else if (ignoreChanged) {
        applyChecker();
    }
}

QString SpellController::requestedLanguage() const
{
    if (!m_articleLanguage.isEmpty())
        return m_articleLanguage;
    return m_defaultLanguage.isEmpty() ? service().defaultLanguage() : m_defaultLanguage;
}

bool SpellController::isChecking() const
{
    return m_highlighter->spellChecker().has_value();
}

void SpellController::suspend()
{
    m_suspended = true;
    m_sweepTimer.stop();
    m_highlighter->setSpellChecker(std::nullopt);
}

void SpellController::resume()
{
    m_suspended = false;
    applyChecker();
}

void SpellController::updateLanguage()
{
    const QString language = requestedLanguage();
    const std::optional<Core::DictionaryInfo> dictionary = service().resolve(language);
    const bool same = dictionary && m_dictionary && dictionary->affPath == m_dictionary->affPath;
    m_dictionary = dictionary;
    if (same) {
        applyChecker();
        return;
    }
    m_speller.reset();
    m_problem.clear();
    applyChecker(); // clears the old language's underlines at once
    Q_EMIT languageChanged();
    if (!dictionary) {
        const QString code = Core::DictionaryCatalog::normalizedCode(language);
        const QString name = Core::DictionaryInfo {code, {}, {}}.languageName();
        m_problem = tr("There is no spelling dictionary for %1 (%2), so spelling is not checked; everything "
                       "else works. Install the package %3 (<code>sudo apt install %3</code>), or put %4.aff "
                       "and %4.dic in %5, then reopen the article.")
                        .arg(name, language, Core::SpellService::packageFor(language), code,
                             service().folders().dictionaries);
        Q_EMIT problem(m_problem);
        return;
    }
    m_loading.setFuture(QtConcurrent::run([info = *dictionary] { return service().speller(info); }));
}

void SpellController::takeSpeller()
{
    const std::shared_ptr<Core::Speller> speller = m_loading.result();
    if (!m_dictionary || speller->dictionary().affPath != m_dictionary->affPath)
        return; // the language changed while it loaded
    if (!speller->isValid()) {
        m_problem = tr("The spelling dictionary %1 cannot be used: %2. Spelling is not checked.")
                        .arg(m_dictionary->languageName(), speller->errorString());
        Q_EMIT problem(m_problem);
        return;
    }
    m_speller = speller;
    applyChecker();
}

void SpellController::applyChecker()
{
    if (m_enabled && !m_suspended && m_speller) {
        Core::SpellChecker checker(m_speller, m_options);
        checker.setIgnoredWords(m_ignored);
        m_highlighter->setSpellChecker(std::move(checker));
    } else {
        m_highlighter->setSpellChecker(std::nullopt);
    }
    if (!m_suspended)
        startSweep();
}

void SpellController::startSweep()
{
    for (const QTextBlock &block : m_editor->visibleBlocks())
        refreshBlock(block);
    m_sweepBlock = 0;
    m_sweepTimer.start();
}

void SpellController::sweepStep()
{
    QElapsedTimer timer;
    timer.start();
    QTextBlock block = m_editor->document()->findBlockByNumber(m_sweepBlock);
    while (block.isValid() && timer.nsecsElapsed() < sweepSliceNs) {
        refreshBlock(block);
        block = block.next();
    }
    if (!block.isValid()) {
        m_sweepTimer.stop();
        Q_EMIT sweepFinished();
        return;
    }
    m_sweepBlock = block.blockNumber();
}

void SpellController::refreshBlock(const QTextBlock &block)
{
    // Only blocks whose underlines change are highlighted again: re-laying out a block is what costs.
    if (MarkdownHighlighter::showsMisspellings(block) || !m_highlighter->misspellingsOf(block).isEmpty())
        m_highlighter->rehighlightBlock(block);
}

bool SpellController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && watched == m_editor) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!key->text().isEmpty() && key->text().front().isPrint() && !m_editor->isReadOnly()) {
            // The highlighter runs inside the edit this key makes; it must know beforehand.
            m_wordInProgress = m_editor->textCursor().selectionStart();
            m_wordInProgressBlock = m_editor->textCursor().blockNumber();
            m_highlighter->setWordInProgress(m_wordInProgress);
        }
    } else if (event->type() == QEvent::ContextMenu) {
        const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        const bool keyboard = menuEvent->reason() == QContextMenuEvent::Keyboard;
        const QTextCursor cursor = keyboard ? m_editor->textCursor()
                                            : m_editor->cursorForPosition(m_editor->viewport()->mapFrom(
                                                static_cast<QWidget *>(watched), menuEvent->pos()));
        const QPoint where = keyboard ? m_editor->viewport()->mapToGlobal(m_editor->cursorRect().bottomLeft())
                                      : menuEvent->globalPos();
        return showContextMenu(where, cursor.position());
    }
    return QObject::eventFilter(watched, event);
}

void SpellController::cursorMoved()
{
    if (m_wordInProgress < 0)
        return;
    const QTextCursor cursor = m_editor->textCursor();
    const int inBlock = cursor.positionInBlock();
    const QString text = cursor.block().text();
    if (cursor.blockNumber() == m_wordInProgressBlock && !cursor.hasSelection() && inBlock > 0
        && continuesWord(text.at(inBlock - 1))) {
        m_wordInProgress = cursor.position();
        m_highlighter->setWordInProgress(m_wordInProgress);
        return;
    }
    // The word is finished: underline it now if it is wrong.
    m_wordInProgress = -1;
    m_highlighter->setWordInProgress(-1);
    const QTextBlock block = m_editor->document()->findBlockByNumber(m_wordInProgressBlock);
    if (block.isValid() && isChecking())
        m_highlighter->rehighlightBlock(block);
}

SpellController::Misspelled SpellController::misspellingAt(int position) const
{
    const QTextBlock block = m_editor->document()->findBlock(position);
    const int inBlock = position - block.position();
    for (const Core::WordScanner::Word &word : m_highlighter->misspellingsOf(block)) {
        if (inBlock >= word.start && inBlock <= word.start + word.length)
            return {int(block.position() + word.start), int(word.length), block.text().mid(word.start, word.length)};
    }
    return {};
}

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

void SpellController::addToDictionary(const QString &word)
{
    if (!m_dictionary)
        return;
    QString error;
    if (!service().addToPersonalDictionary(m_dictionary->code, word, &error)) {
        Q_EMIT problem(tr("“%1” could not be added to the personal dictionary: %2. It is still underlined; check "
                          "that the folder is writable.")
                           .arg(word, error));
        return;
    }
    applyChecker();
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
