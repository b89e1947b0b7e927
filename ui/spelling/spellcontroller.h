#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <optional>

#include <spell/spellservice.h>
#include <spell/wordscanner.h>

class QAction;
class QMenu;
class QTextBlock;

namespace Byline::WidgetUi {

class MarkdownEditor;
class MarkdownHighlighter;

// Spelling in the editor: picks the article's dictionary (its `lang:`, else the default), loads
// it off the UI thread, hands the highlighter a checker with the article's ignore list, and keeps
// the underlines right: the visible text first, the rest in small slices while the user is idle.
// The word being typed is not underlined until the cursor leaves it. The context menu of a
// misspelled word offers suggestions, "Add to Dictionary", "Ignore in This Article" and the
// language; F7 steps from one misspelling to the next.
class SpellController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellController)

public:
    explicit SpellController(MarkdownEditor *editor, QObject *parent = nullptr);
    ~SpellController() override;

    // One for the whole process: dictionaries are loaded once.
    [[nodiscard]] static Core::SpellService &service();

    void setEnabled(bool on);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    void setOptions(const Core::WordScannerOptions &options);
    // The language of articles that name none; empty: the service's default.
    void setDefaultLanguage(const QString &language);
    // The article's `lang:` and `spelling_ignore:`, on opening and after every render; cheap
    // when nothing changed.
    void setArticle(const QString &language, const QStringList &ignoredWords);

    // Around replacing the whole text: nothing is checked while it loads, then the visible text
    // first.
    void suspend();
    void resume();

    // The dictionary in use, or std::nullopt when none is installed for the language.
    [[nodiscard]] const std::optional<Core::DictionaryInfo> &dictionary() const { return m_dictionary; }
    [[nodiscard]] QString articleLanguage() const { return m_articleLanguage; }
    [[nodiscard]] QStringList ignoredWords() const { return m_ignored; }
    // The language asked for (the article's or the default), as written.
    [[nodiscard]] QString requestedLanguage() const;
    // True once the dictionary is loaded and underlines are being drawn.
    [[nodiscard]] bool isChecking() const;
    [[nodiscard]] bool isSweeping() const { return m_sweepTimer.isActive(); }
    // Why spelling is not checked (no dictionary, an unusable one); empty when it is.
    [[nodiscard]] QString problemText() const { return m_problem; }

    struct Misspelled
    {
        int start = -1; // document position
        int length = 0;
        QString word;
        [[nodiscard]] bool isValid() const { return start >= 0; }
    };
    [[nodiscard]] Misspelled misspellingAt(int position) const;

    // The spelling part of a context menu for `word`, inserted before `before` (or appended).
    void addSpellingActions(QMenu *menu, const Misspelled &word, QAction *before);
    [[nodiscard]] QMenu *languageMenu(QWidget *parent);
    // Fills `menu` (emptied first) with the installed languages and the as-you-type switch.
    void fillLanguageMenu(QMenu *menu);
    void replace(const Misspelled &word, const QString &replacement);
    void addToDictionary(const QString &word);

    // F7: selects the next misspelling after the cursor (wrapping round once) and opens its menu.
    bool checkNext();

Q_SIGNALS:
    void languageChanged();
    // Something the user must know: no dictionary, a personal dictionary that cannot be saved.
    void problem(const QString &message);
    void information(const QString &message);
    // The user chose a language or to ignore a word; the window writes it into the front matter.
    void languageChosen(const QString &languageTag);
    void ignoreRequested(const QString &word);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateLanguage();
    void takeSpeller();
    void applyChecker();
    void startSweep();
    void sweepStep();
    void refreshBlock(const QTextBlock &block);
    void cursorMoved();
    bool showContextMenu(const QPoint &globalPosition, int documentPosition);

    MarkdownEditor *m_editor;
    MarkdownHighlighter *m_highlighter;
    bool m_enabled = true;
    bool m_suspended = false;
    Core::WordScannerOptions m_options;
    QString m_defaultLanguage;
    QString m_articleLanguage;
    QStringList m_ignored;
    std::optional<Core::DictionaryInfo> m_dictionary;
    std::shared_ptr<Core::Speller> m_speller;
    QFutureWatcher<std::shared_ptr<Core::Speller>> m_loading;
    QTimer m_sweepTimer;
    int m_sweepBlock = 0;
    QString m_problem;
    int m_wordInProgress = -1;
    int m_wordInProgressBlock = -1;
};

} // namespace Byline::WidgetUi
