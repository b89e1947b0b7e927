#include "spellcontroller.h"

#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QtConcurrent>

#include <editor/markdowneditor.h>
#include <editor/markdownhighlighter.h>

namespace Byline::WidgetUi {

namespace {

// A slice of the background sweep; short enough that typing never waits for it.
constexpr qint64 sweepSliceNs = 4'000'000;

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

} // namespace Byline::WidgetUi
