#include "spellingmenu.h"

#include <ui/common/notices.h>
#include <ui/document/articlesession.h>
#include <ui/editor/markdowneditor.h>

#include <QAction>
#include <QFutureWatcher>
#include <QMenu>
#include <QtConcurrent/QtConcurrentRun>

namespace Byline::WidgetUi {

SpellingMenu::SpellingMenu(SpellController &spelling, Notices &notices, QObject *parent)
    : QObject(parent)
    , m_spelling(spelling)
    , m_notices(notices)
    , m_check(new QAction(tr("Check &Spelling"), this))
    , m_languageMenu(std::make_unique<QMenu>(tr("Spelling &Language")))
    , m_languages(m_languageMenu->menuAction())
{
    m_check->setShortcut(QKeySequence(Qt::Key_F7));
    connect(m_check, &QAction::triggered, this, &SpellingMenu::checkNext);
    connect(m_languageMenu.get(), &QMenu::aboutToShow, this, [this] { fillLanguageMenu(m_languageMenu.get()); });
    connect(&m_spelling, &SpellController::problem, this,
            [this](const QString &message) { m_notices.banner(message, MessageBar::Level::Warning); });
    MarkdownEditor *editor = m_spelling.editor();
    editor->contextMenu().add(this, [this](QMenu *menu, int position, QAction *before) {
        if (const SpellController::Misspelled word = m_spelling.misspellingAt(position); word.isValid())
            addWordActions(menu, word, before);
        menu->insertMenu(before, languageMenu(menu));
    });
    // A file opened with no dictionary for its language says so again once the file's own news is
    // shown, unless that news is on the bar. Hidden, not invisible: the bar's column may be out of
    // sight (reader mode), and the file's news must not be replaced there either.
    connect(&editor->session(), &ArticleSession::opened, this, [this] {
        if (!m_spelling.problemText().isEmpty() && m_notices.bar().isHidden())
            m_notices.banner(m_spelling.problemText(), MessageBar::Level::Warning);
    });
}

SpellingMenu::~SpellingMenu() = default;

void SpellingMenu::addWordActions(QMenu *menu, const SpellController::Misspelled &word, QAction *before)
{
    // Suggestions take 20–40 ms, a rare word longer: the menu opens at once and they join it.
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
    if (const std::optional<Core::SpellChecker> checker = m_spelling.checker()) {
        auto *watcher = new QFutureWatcher<QStringList>(menu);
        connect(watcher, &QFutureWatcher<QStringList>::finished, menu, [watcher, fill] { fill(watcher->result()); });
        watcher->setFuture(
            QtConcurrent::run([checker = *checker, spelling = word.word] { return checker.suggestions(spelling); }));
    } else {
        fill({});
    }
    menu->insertSeparator(before);
    auto *add = new QAction(tr("Add “%1” to Dictionary").arg(word.word), menu);
    connect(add, &QAction::triggered, this, [this, spelling = word.word] { m_spelling.addToDictionary(spelling); });
    auto *ignore = new QAction(tr("Ignore “%1” in This Article").arg(word.word), menu);
    connect(ignore, &QAction::triggered, this, [this, spelling = word.word] { ignoreInArticle(spelling); });
    auto *next = new QAction(tr("Next Misspelling"), menu);
    next->setShortcut(QKeySequence(Qt::Key_F7));
    connect(next, &QAction::triggered, this, &SpellingMenu::checkNext, Qt::QueuedConnection);
    menu->insertActions(before, {add, ignore, next});
}

QMenu *SpellingMenu::languageMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Spelling Language"), parent);
    fillLanguageMenu(menu);
    return menu;
}

void SpellingMenu::fillLanguageMenu(QMenu *menu)
{
    menu->clear();
    const QList<Core::DictionaryInfo> &installed = m_spelling.service().catalog().dictionaries();
    const std::optional<Core::DictionaryInfo> &current = m_spelling.dictionary();
    for (const Core::DictionaryInfo &info : installed) {
        QAction *action = menu->addAction(QStringLiteral("%1 (%2)").arg(info.languageName(), info.languageTag()));
        action->setCheckable(true);
        action->setChecked(current && current->affPath == info.affPath);
        connect(action, &QAction::triggered, this, [this, tag = info.languageTag()] { setArticleLanguage(tag); });
    }
    if (installed.isEmpty())
        menu->addAction(tr("No dictionaries installed"))->setEnabled(false);
    menu->addSeparator();
    QAction *enabled = menu->addAction(tr("Check Spelling as You Type"));
    enabled->setCheckable(true);
    enabled->setChecked(m_spelling.isEnabled());
    connect(enabled, &QAction::toggled, &m_spelling, &SpellController::setEnabled);
}

bool SpellingMenu::replace(const SpellController::Misspelled &word, const QString &replacement)
{
    MarkdownEditor *editor = m_spelling.editor();
    QTextCursor cursor(editor->document());
    cursor.setPosition(word.start);
    cursor.setPosition(word.start + word.length, QTextCursor::KeepAnchor);
    if (cursor.selectedText() != word.word)
        return false; // the text changed while the menu was open
    if (!editor->session().replace(word.start, word.start + word.length, replacement, EditOrigin::Spelling))
        return false;
    cursor.setPosition(word.start + int(replacement.size()));
    editor->setTextCursor(cursor);
    return true;
}

bool SpellingMenu::editFrontMatter(const std::function<void(Core::FrontMatter &)> &change)
{
    ArticleSession::FrontMatterProblem problem = ArticleSession::FrontMatterProblem::None;
    if (m_spelling.editor()->session().editFrontMatter(change, &problem))
        return true;
    switch (problem) {
    case ArticleSession::FrontMatterProblem::ReadOnly:
        m_notices.banner(tr("This article is read-only; save a copy to change it."), MessageBar::Level::Warning);
        break;
    case ArticleSession::FrontMatterProblem::PlainText:
        m_notices.banner(tr("A plain-text article has no front matter to keep this in; it applies until the article "
                            "is closed. Save it as Markdown (.md) to keep it."),
                         MessageBar::Level::Info);
        break;
    case ArticleSession::FrontMatterProblem::BrokenFrontMatter:
    case ArticleSession::FrontMatterProblem::None:
        m_notices.banner(tr("The front matter has an error, so Byline does not change it; fix it first (see the "
                            "message above the text)."),
                         MessageBar::Level::Warning);
        break;
    }
    return false;
}

bool SpellingMenu::setArticleLanguage(const QString &languageTag)
{
    const bool written = editFrontMatter([&languageTag](Core::FrontMatter &frontMatter) {
        // An article may say `language:`; that key is kept and changed rather than doubled.
        const QString key
            = !frontMatter.contains(QStringLiteral("lang")) && frontMatter.contains(QStringLiteral("language"))
            ? QStringLiteral("language")
            : QStringLiteral("lang");
        frontMatter.setValue(key, languageTag);
    });
    if (!written)
        m_spelling.setArticle(languageTag, m_spelling.ignoredWords()); // for as long as it is open
    return written;
}

bool SpellingMenu::ignoreInArticle(const QString &word)
{
    const bool written = editFrontMatter([&word](Core::FrontMatter &frontMatter) {
        QStringList ignored = Core::ArticleMetadata::fromFrontMatter(frontMatter).spellingIgnore;
        if (!ignored.contains(word))
            ignored.append(word);
        frontMatter.setValue(QStringLiteral("spelling_ignore"), ignored);
    });
    if (!written)
        m_spelling.setArticle(m_spelling.articleLanguage(), m_spelling.ignoredWords() + QStringList {word});
    return written;
}

bool SpellingMenu::checkNext()
{
    if (!m_spelling.isChecking()) {
        m_notices.showStatus(m_spelling.dictionary()
                                 ? tr("The dictionary is still loading; try again in a moment.")
                                 : tr("Spelling is not being checked: there is no dictionary for %1.")
                                       .arg(m_spelling.requestedLanguage()));
        return false;
    }
    MarkdownEditor *editor = m_spelling.editor();
    const SpellController::Misspelled word = m_spelling.nextMisspelling(editor->textCursor().selectionEnd());
    if (!word.isValid()) {
        m_notices.showStatus(tr("No misspellings in this article."));
        return false;
    }
    QTextCursor found(editor->document());
    found.setPosition(word.start);
    found.setPosition(word.start + word.length, QTextCursor::KeepAnchor);
    editor->setTextCursor(found);
    editor->ensureCursorVisible();
    auto *menu = new QMenu(editor);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    addWordActions(menu, word, nullptr);
    menu->popup(editor->viewport()->mapToGlobal(editor->cursorRect(found).bottomLeft()));
    return true;
}

} // namespace Byline::WidgetUi
