#pragma once

#include "reviewmarkformats.h"

#include <markdown/criticmarkup.h>
#include <spell/spellchecker.h>

#include <QHash>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTimer>

#include <array>
#include <optional>

namespace Byline::WidgetUi {

// Markdown highlighting for the editor, one line at a time so a keystroke re-highlights only its
// own line (and the lines after it only when it opens or closes a fence, front matter or a
// CriticMarkup mark). Knows: ATX and setext headings, emphasis, strong, inline code, fenced and
// indented code, links, images and autolinks, block quotes, list markers, horizontal rules, the
// front matter block (YAML `---` or TOML `+++`) and CriticMarkup (`{++ ++}`, `{-- --}`,
// `{~~ ~> ~~}`, `{>> <<}`, `{== ==}`). Colours come from the palette it is given, so it follows
// light and dark themes.
//
// Block structure (front matter, fences, indented code, raw HTML) comes from the spelling's
// WordScanner, whose state is the block state, so both always agree on what is prose. With a
// SpellChecker set, misspelled words of prose get the standard wavy underline.
//
// CriticMarkup comes from Core::CriticMarkup's line API, its state packed into the block state
// above the WordScanner's, so a mark spanning lines and paragraphs shows on every line it covers.
// It reads the WordScanner's line kinds, which in rare cases differ from what CriticMarkup::parse()
// reads: a line that would open a fence or indented code, or start a list item, while a code span
// or HTML comment left open on an earlier line goes on (the spelling lets those win).
class MarkdownHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownHighlighter)

public:
    explicit MarkdownHighlighter(QTextDocument *document);

    void setPalette(const QPalette &palette);

    // Underlines what `checker` rejects from the next highlight on; std::nullopt stops checking.
    // Re-highlighting is the caller's choice (see SpellController's sweep).
    void setSpellChecker(std::optional<Core::SpellChecker> checker);
    [[nodiscard]] const std::optional<Core::SpellChecker> &spellChecker() const { return m_checker; }
    // The word touching this document position is not underlined (it is being typed); -1: none.
    void setWordInProgress(int position) { m_wordInProgress = position; }
    // Whether the word in progress was misspelled when its line was last highlighted: only then
    // does finishing it change the line. (Highlighting a line that has any format again lays it out
    // again, whatever changed.)
    [[nodiscard]] bool holdsBackMisspelling() const { return m_heldBack; }
    // Each reviewer's colour, by name (compared without regard to case): a mark signed by a
    // reviewer on the same line shows its words in their colour, a comment likewise. Re-highlights
    // when the colours change.
    void setReviewerColors(const QHash<QString, QColor> &colors);

    // What the WordScanner found at the end of `block`.
    [[nodiscard]] static Core::WordScanner::State stateAfter(const QTextBlock &block);
    // The CriticMarkup mark open at the end of `block`, if any.
    [[nodiscard]] static Core::CriticMarkup::State marksAfter(const QTextBlock &block);
    // The words of `block` the checker rejects now (none without a checker).
    [[nodiscard]] QList<Core::WordScanner::Word> misspellingsOf(const QTextBlock &block) const;
    // Whether `block` shows spelling underlines at the moment.
    [[nodiscard]] static bool showsMisspellings(const QTextBlock &block);

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightStructure(const QString &text, Core::WordScanner::LineKind kind);
    [[nodiscard]] QList<Core::WordScanner::Word> wordsOf(const QTextBlock &block) const;
    void highlightInline(const QString &text, int from);
    void highlightFrontMatter(const QString &text);
    bool highlightLineStart(const QString &text, int &contentStart);
    void recolorSlice();
    // Leaves out the words that are not part of the final text (deleted, replaced, comments).
    static void keepFinalWords(QList<Core::WordScanner::Word> &words, const QList<Core::CriticMarkup::Piece> &pieces);
    void mergeFormat(int start, int length, const QTextCharFormat &overlay);
    void underlineMisspellings(const QString &text, const QList<Core::WordScanner::Word> &words);
    [[nodiscard]] bool isMisspelled(QStringView word) const;

    struct Formats
    {
        QTextCharFormat markup; // the Markdown characters themselves, quiet
        std::array<QTextCharFormat, 6> heading;
        QTextCharFormat emphasis;
        QTextCharFormat strong;
        QTextCharFormat code;
        QTextCharFormat link;
        QTextCharFormat url;
        QTextCharFormat quote;
        QTextCharFormat listMarker;
        QTextCharFormat rule;
        QTextCharFormat frontMatterKey;
        QTextCharFormat frontMatter;
    } m_formats;
    ReviewMarkFormats m_markFormats;
    Core::WordScanner m_scanner; // block structure only, when no checker is set
    std::optional<Core::SpellChecker> m_checker;
    QColor m_misspelledColour;
    int m_wordInProgress = -1;
    bool m_heldBack = false; // see holdsBackMisspelling()
    QTimer m_recolor; // lines with signed marks, again, in slices
    int m_recolorFrom = 0;
    QList<Core::WordScanner::Word> m_words; // reused, to spare an allocation per line
    QList<Core::CriticMarkup::Piece> m_pieces; // likewise
};

} // namespace Byline::WidgetUi
