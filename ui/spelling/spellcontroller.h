#pragma once

#include <spell/spellchecker.h>
#include <spell/spellservice.h>
#include <spell/wordscanner.h>

#include <QFutureWatcher>
#include <QObject>

#include <optional>

class QTextBlock;

namespace Byline::WidgetUi {

class MarkdownEditor;
class MarkdownHighlighter;
struct Settings;

// Spelling in the editor: picks the article's dictionary (its `lang:`, else the default), loads
// it off the UI thread, hands the highlighter a checker with the article's ignore list, and keeps
// the underlines right where the user can see them: the text on screen at once when the checker
// changes, and the rest as it comes into view (highlighting a block lays it out, which is what
// costs). The word being typed is not underlined until the cursor leaves it. It follows the open article
// by itself: its language and ignored words as they are parsed, nothing checked while a file
// loads. SpellingMenu offers what can be done about a misspelling.
class SpellController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellController)

public:
    SpellController(MarkdownEditor *editor, Core::SpellService &service, QObject *parent = nullptr);
    ~SpellController() override;

    [[nodiscard]] Core::SpellService &service() const { return m_service; }
    [[nodiscard]] MarkdownEditor *editor() const { return m_editor; }

    // Checking on or off, the options and the default language, from the settings.
    void apply(const Settings &settings);
    void setEnabled(bool on);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    // The article's `lang:` and `spelling_ignore:`; cheap when nothing changed. A plain-text
    // article, which has no front matter, keeps what was chosen for it until it is closed.
    void setArticle(const QString &language, const QStringList &ignoredWords);

    // The dictionary in use, or std::nullopt when none is installed for the language.
    [[nodiscard]] const std::optional<Core::DictionaryInfo> &dictionary() const { return m_dictionary; }
    [[nodiscard]] QString articleLanguage() const { return m_articleLanguage; }
    [[nodiscard]] QStringList ignoredWords() const { return m_ignored; }
    // The language asked for (the article's or the default), as written.
    [[nodiscard]] QString requestedLanguage() const;
    // True once the dictionary is loaded and underlines are being drawn.
    [[nodiscard]] bool isChecking() const;
    // Why spelling is not checked (no dictionary, an unusable one); empty when it is.
    [[nodiscard]] QString problemText() const { return m_problem; }
    // The checker in use, when checking.
    [[nodiscard]] std::optional<Core::SpellChecker> checker() const;

    struct Misspelled
    {
        int start = -1; // document position
        int length = 0;
        QString word;
        [[nodiscard]] bool isValid() const { return start >= 0; }
    };
    [[nodiscard]] Misspelled misspellingAt(int position) const;
    // The first misspelling at or after `position`, wrapping round the end once.
    [[nodiscard]] Misspelled nextMisspelling(int position) const;

    // Adds `word` to the personal dictionary (on disk) and stops underlining it; false, with a
    // problem() message, when the dictionary cannot be written.
    bool addToDictionary(const QString &word);

Q_SIGNALS:
    void languageChanged();
    // Something the user must know: no dictionary, a personal dictionary that cannot be saved.
    void problem(const QString &message);

private:
    void followSession();
    void updateLanguage();
    void takeSpeller();
    void applyChecker();
    void suspend();
    void resume();
    // Brings the underlines on screen up to date with the checker.
    void refreshVisible();
    void refreshBlock(QTextBlock &block);
    void startWord(int position);
    void cursorMoved();

    MarkdownEditor *m_editor;
    MarkdownHighlighter *m_highlighter;
    Core::SpellService &m_service;
    bool m_enabled = true;
    bool m_suspended = false;
    Core::WordScannerOptions m_options;
    QString m_defaultLanguage;
    QString m_articleLanguage;
    QStringList m_ignored;
    std::optional<Core::DictionaryInfo> m_dictionary;
    std::shared_ptr<Core::Speller> m_speller;
    QFutureWatcher<std::shared_ptr<Core::Speller>> m_loading;
    int m_checkerGeneration = 0; // changes whenever the checker does
    QString m_problem;
    int m_wordInProgress = -1;
    int m_wordInProgressBlock = -1;
};

} // namespace Byline::WidgetUi
