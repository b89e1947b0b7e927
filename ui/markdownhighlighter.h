#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace Byline::WidgetUi {

// Markdown highlighting for the editor, one line at a time so a keystroke re-highlights only its
// own line (and the lines after it only when it opens or closes a fence or front matter).
// Knows: ATX and setext headings, emphasis, strong, inline code, fenced and indented code, links,
// images and autolinks, block quotes, list markers, horizontal rules, the front matter block
// (YAML `---` or TOML `+++`) and CriticMarkup (`{++ ++}`, `{-- --}`, `{~~ ~> ~~}`, `{>> <<}`,
// `{== ==}`). Colours come from the palette it is given, so it follows light and dark themes.
class MarkdownHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownHighlighter)

public:
    explicit MarkdownHighlighter(QTextDocument *document);

    void setPalette(const QPalette &palette);

    // Line states, exposed for tests: what the line after this one continues.
    enum State : int {
        Normal = 0,
        FrontMatterYaml = 1,
        FrontMatterToml = 2,
        FenceBase = 0x100, // | 0x80 for `~` fences | fence length
    };

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightInline(const QString &text, int from);
    void highlightFrontMatter(const QString &text);
    bool highlightFence(const QString &text, int state);
    bool highlightLineStart(const QString &text, int &contentStart);

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
        QTextCharFormat addition;
        QTextCharFormat deletion;
        QTextCharFormat comment;
        QTextCharFormat highlight;
    } m_formats;
};

} // namespace Byline::WidgetUi
