#pragma once

#include "spellcontroller.h"

#include <article/frontmatter.h>

#include <QObject>

#include <memory>

class QAction;
class QMenu;

namespace Byline::WidgetUi {

class Notices;

// What can be done about spelling, in menus: a misspelled word's entries in the editor's context
// menu (suggestions, found off the UI thread and added while the menu is open; Add to
// Dictionary; Ignore in This Article; Next Misspelling), the language menu, and Check Spelling
// (F7), which steps from one misspelling to the next. A language chosen or a word ignored is
// written into the article's front matter (`lang:`, `spelling_ignore:`), one undo step, so it
// travels with the article; a fix goes through the session's edit gateway.
class SpellingMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellingMenu)

public:
    SpellingMenu(SpellController &spelling, Notices &notices, QObject *parent = nullptr);
    ~SpellingMenu() override;

    // Edit ▸ Check Spelling (F7), and Edit ▸ Spelling Language as a submenu.
    [[nodiscard]] QList<QAction *> editActions() const { return {m_check, m_languages}; }

    // The entries for a misspelled word, inserted before `before` (or appended).
    void addWordActions(QMenu *menu, const SpellController::Misspelled &word, QAction *before);
    // A new language menu (the status bar's button opens one), and one filled in place.
    [[nodiscard]] QMenu *languageMenu(QWidget *parent);
    void fillLanguageMenu(QMenu *menu);

    // The user's choices; each returns false, with a message, when it could not be done.
    bool replace(const SpellController::Misspelled &word, const QString &replacement);
    bool setArticleLanguage(const QString &languageTag);
    bool ignoreInArticle(const QString &word);
    // Selects the next misspelling after the cursor (wrapping round once) and opens its menu.
    bool checkNext();

private:
    bool editFrontMatter(const std::function<void(Core::FrontMatter &)> &change);

    SpellController &m_spelling;
    Notices &m_notices;
    QAction *m_check;
    std::unique_ptr<QMenu> m_languageMenu; // a menu needs a widget parent, which this is not
    QAction *m_languages;
};

} // namespace Byline::WidgetUi
