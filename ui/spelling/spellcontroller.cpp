#include "spellcontroller.h"

#include <ui/common/settings.h>
#include <ui/document/articlesession.h>
#include <ui/editor/markdowneditor.h>
#include <ui/editor/markdownhighlighter.h>

#include <QScrollBar>
#include <QtConcurrent>

namespace Byline::WidgetUi {

namespace {

// Which checker a block was last highlighted with. Highlighting a block lays it out (shapes its
// text), which costs far more than checking its words, so blocks are highlighted again only when
// they come into view: a 5 MB manuscript costs no more than the screenful being read.
class CheckedWith final : public QTextBlockUserData
{
public:
    explicit CheckedWith(int generation)
        : generation(generation)
    { }
    int generation;
};

bool continuesWord(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'\'' || c == u'\u2019' || c == u'-';
}

} // namespace

SpellController::SpellController(MarkdownEditor *editor, Core::SpellService &service, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_highlighter(editor->highlighter())
    , m_service(service)
{
    connect(&m_loading, &QFutureWatcher<std::shared_ptr<Core::Speller>>::finished, this, &SpellController::takeSpeller);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &SpellController::cursorMoved);
    connect(m_editor, &MarkdownEditor::aboutToType, this, &SpellController::startWord);
    // What comes into view (scrolled, the window resized, the text wrapped anew) is brought up to date.
    connect(m_editor, &QPlainTextEdit::updateRequest, this, &SpellController::refreshVisible);
    followSession();
    updateLanguage();
}

SpellController::~SpellController()
{
    m_loading.waitForFinished();
}

void SpellController::followSession()
{
    const ArticleSession &session = m_editor->session();
    // Nothing is checked while a file arrives; then the visible text first.
    connect(&session, &ArticleSession::loadingChanged, this, [this](bool loading) {
        if (loading)
            suspend();
    });
    connect(&session, &ArticleSession::opened, this, [this, &session] {
        const Core::ArticleMetadata metadata = session.metadata();
        setArticle(metadata.lang, metadata.spellingIgnore);
        resume();
    });
    connect(&session, &ArticleSession::metadataChanged, this, [this, &session] {
        // A plain-text article has no front matter: its language and ignored words stay as chosen.
        if (session.isLoading() || session.article().sourceFormat() != Core::Article::SourceFormat::Markdown)
            return;
        const Core::ArticleMetadata metadata = session.metadata();
        setArticle(metadata.lang, metadata.spellingIgnore);
    });
}

void SpellController::apply(const Settings &settings)
{
    m_options.skipAllCaps = settings.skipAllCaps;
    m_defaultLanguage = settings.spellingLanguage;
    m_enabled = settings.checkSpelling;
    updateLanguage();
}

void SpellController::setEnabled(bool on)
{
    if (m_enabled == on)
        return;
    m_enabled = on;
    applyChecker();
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
    return m_defaultLanguage.isEmpty() ? m_service.defaultLanguage() : m_defaultLanguage;
}

bool SpellController::isChecking() const
{
    return m_highlighter->spellChecker().has_value();
}

std::optional<Core::SpellChecker> SpellController::checker() const
{
    return m_highlighter->spellChecker();
}

void SpellController::suspend()
{
    m_suspended = true;
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
    const std::optional<Core::DictionaryInfo> dictionary = m_service.resolve(language);
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
                             m_service.folders().dictionaries);
        Q_EMIT problem(m_problem);
        return;
    }
    m_loading.setFuture(
        QtConcurrent::run([service = &m_service, info = *dictionary] { return service->speller(info); }));
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
    ++m_checkerGeneration; // every block's underlines may be out of date now
    if (!m_suspended)
        refreshVisible();
}

void SpellController::refreshVisible()
{
    for (QTextBlock block : m_editor->visibleBlocks())
        refreshBlock(block);
}

void SpellController::refreshBlock(QTextBlock &block)
{
    auto *checked = static_cast<CheckedWith *>(block.userData());
    if (checked && checked->generation == m_checkerGeneration)
        return;
    if (checked)
        checked->generation = m_checkerGeneration;
    else
        block.setUserData(new CheckedWith(m_checkerGeneration));
    // Only blocks whose underlines change are highlighted again: re-laying out a block is what costs.
    if (MarkdownHighlighter::showsMisspellings(block) || !m_highlighter->misspellingsOf(block).isEmpty())
        m_highlighter->rehighlightBlock(block);
}

void SpellController::startWord(int position)
{
    // The highlighter runs inside the edit this key makes; it must know beforehand.
    m_wordInProgress = position;
    m_wordInProgressBlock = m_editor->document()->findBlock(position).blockNumber();
    m_highlighter->setWordInProgress(m_wordInProgress);
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
    if (block.isValid() && isChecking() && m_highlighter->holdsBackMisspelling())
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

SpellController::Misspelled SpellController::nextMisspelling(int position) const
{
    QTextDocument *document = m_editor->document();
    QTextBlock block = document->findBlock(position);
    for (int visited = 0; visited <= document->blockCount(); ++visited) {
        for (const Core::WordScanner::Word &word : m_highlighter->misspellingsOf(block)) {
            const int start = int(block.position() + word.start);
            if (visited == 0 && start < position)
                continue;
            return {start, int(word.length), block.text().mid(word.start, word.length)};
        }
        block = block.next().isValid() ? block.next() : document->firstBlock();
    }
    return {};
}

bool SpellController::addToDictionary(const QString &word)
{
    if (!m_dictionary)
        return false;
    QString error;
    if (!m_service.addToPersonalDictionary(m_dictionary->code, word, &error)) {
        Q_EMIT problem(tr("“%1” could not be added to the personal dictionary: %2. It is still underlined; free "
                          "some space or check that the folder is writable, then add it again.")
                           .arg(word, error));
        return false;
    }
    applyChecker();
    return true;
}

} // namespace Byline::WidgetUi
