#include "markdownhighlighter.h"

#include <ui/common/theme.h>

#include <QElapsedTimer>
#include <QPalette>
#include <QRegularExpression>
#include <QTextDocument>

namespace Byline::WidgetUi {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

// The block state: the WordScanner's in the low bits, CriticMarkup's above it, the sign bit clear.
constexpr int blockBits = Core::LineScanner::State::bits;
constexpr int blockMask = (1 << blockBits) - 1;
static_assert(blockBits + Core::CriticMarkup::State::bits <= 31);

int packState(const Core::WordScanner::State &blocks, const Core::CriticMarkup::State &marks)
{
    return blocks.toInt() | (marks.toInt() << blockBits);
}

Core::WordScanner::State blocksOf(int packed)
{
    return Core::WordScanner::State::fromInt(packed < 0 ? -1 : packed & blockMask);
}

Core::CriticMarkup::State marksOf(int packed)
{
    return Core::CriticMarkup::State::fromInt(packed < 0 ? -1 : packed >> blockBits);
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_recolor.setSingleShot(true);
    connect(&m_recolor, &QTimer::timeout, this, &MarkdownHighlighter::recolorSlice);
    setPalette(QPalette());
}

void MarkdownHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor quiet = Theme::mix(text, base, 0.55);
    const QColor accent = palette.color(QPalette::Link);
    const auto tint = [&](const QColor &colour, double amount) { return Theme::mix(base, colour, amount); };

    Formats f;
    f.markup.setForeground(quiet);
    for (int level = 0; level < 6; ++level) {
        f.heading[size_t(level)].setFontWeight(QFont::Bold);
        f.heading[size_t(level)].setForeground(dark ? QColor(0xf0, 0xc6, 0x74) : QColor(0x8a, 0x3b, 0x12));
        // Headings a little larger, by level, without changing the font family.
        f.heading[size_t(level)].setProperty(QTextFormat::FontSizeAdjustment, std::max(0, 2 - level));
    }
    f.emphasis.setFontItalic(true);
    f.strong.setFontWeight(QFont::Bold);
    f.code.setFontFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    f.code.setForeground(dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x5e, 0x20));
    f.code.setBackground(tint(text, 0.06));
    f.link.setForeground(accent);
    f.link.setFontUnderline(true);
    f.url.setForeground(quiet);
    f.quote.setForeground(Theme::mix(text, base, 0.3));
    f.quote.setFontItalic(true);
    f.listMarker.setForeground(accent);
    f.listMarker.setFontWeight(QFont::Bold);
    f.rule.setForeground(quiet);
    f.frontMatter.setForeground(Theme::mix(text, base, 0.35));
    f.frontMatter.setBackground(tint(text, 0.04));
    f.frontMatterKey = f.frontMatter;
    f.frontMatterKey.setForeground(accent);
    m_formats = f;
    ReviewMarkFormats::Formats marks;
    marks.markup = f.markup;
    marks.addition.setBackground(tint(QColor(0x2e, 0xa0, 0x43), 0.25));
    marks.deletion.setBackground(tint(QColor(0xd0, 0x3a, 0x2f), 0.22));
    marks.deletion.setFontStrikeOut(true);
    marks.comment.setBackground(tint(QColor(0x3b, 0x82, 0xf6), 0.2));
    marks.comment.setFontItalic(true);
    marks.highlight.setBackground(tint(QColor(0xf5, 0xc2, 0x11), 0.35));
    m_markFormats.setFormats(marks);
    m_misspelledColour = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x1f, 0x1f);
    rehighlight();
}

void MarkdownHighlighter::setSpellChecker(std::optional<Core::SpellChecker> checker)
{
    m_checker = std::move(checker);
}

Core::WordScanner::State MarkdownHighlighter::stateAfter(const QTextBlock &block)
{
    return blocksOf(block.isValid() ? block.userState() : -1);
}

Core::CriticMarkup::State MarkdownHighlighter::marksAfter(const QTextBlock &block)
{
    return marksOf(block.isValid() ? block.userState() : -1);
}

QList<Core::WordScanner::Word> MarkdownHighlighter::wordsOf(const QTextBlock &block) const
{
    QList<Core::WordScanner::Word> words;
    Core::WordScanner::State state = stateAfter(block.previous());
    const Core::WordScanner &scanner = m_checker ? m_checker->scanner() : m_scanner;
    const QString text = block.text();
    const Core::WordScanner::LineKind kind = scanner.scanLine(text, block.blockNumber(), state, &words);
    Core::CriticMarkup::State marks = marksAfter(block.previous());
    QList<Core::CriticMarkup::Piece> pieces;
    Core::CriticMarkup::scanLine(text, kind, marks, &pieces);
    keepFinalWords(words, pieces);
    return words;
}

void MarkdownHighlighter::keepFinalWords(QList<Core::WordScanner::Word> &words,
                                         const QList<Core::CriticMarkup::Piece> &pieces)
{
    if (pieces.isEmpty())
        return;
    auto piece = pieces.cbegin();
    words.removeIf([&](const Core::WordScanner::Word &word) {
        while (piece != pieces.cend() && piece->range.end <= word.start)
            ++piece;
        for (auto over = piece; over != pieces.cend() && over->range.start < word.start + word.length; ++over) {
            if (!Core::CriticMarkup::inFinalText(*over))
                return true;
        }
        return false;
    });
}

QList<Core::WordScanner::Word> MarkdownHighlighter::misspellingsOf(const QTextBlock &block) const
{
    if (!m_checker)
        return {};
    QList<Core::WordScanner::Word> words = wordsOf(block);
    const QString text = block.text();
    words.removeIf([&](const Core::WordScanner::Word &word) {
        return !isMisspelled(QStringView(text).sliced(word.start, word.length));
    });
    return words;
}

bool MarkdownHighlighter::showsMisspellings(const QTextBlock &block)
{
    if (!block.layout())
        return false;
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    return std::any_of(formats.cbegin(), formats.cend(), [](const QTextLayout::FormatRange &range) {
        return range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
    });
}

bool MarkdownHighlighter::isMisspelled(QStringView word) const
{
    return m_checker && !m_checker->isCorrect(word);
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    if (m_wordInProgress >= blockStart && m_wordInProgress <= blockStart + int(text.size()))
        m_heldBack = false; // until underlineMisspellings() finds the word wrong
    const int previous = previousBlockState();
    Core::WordScanner::State blocks = blocksOf(previous);
    Core::CriticMarkup::State marks = marksOf(previous);
    m_words.clear();
    m_pieces.clear();
    const Core::WordScanner &scanner = m_checker ? m_checker->scanner() : m_scanner;
    const Core::WordScanner::LineKind kind = scanner.scanLine(text, currentBlock().blockNumber(), blocks, &m_words);
    Core::CriticMarkup::scanLine(text, kind, marks, &m_pieces);
    keepFinalWords(m_words, m_pieces); // a deleted word or a comment is not checked
    setCurrentBlockState(packState(blocks, marks));
    highlightStructure(text, kind);
    // Marks lie over what the line shows (a heading stays bold inside an addition).
    for (const ReviewMarkFormats::Overlay &overlay : m_markFormats.overlays(text, m_pieces))
        mergeFormat(overlay.start, overlay.length, overlay.format);
    if (m_checker && !m_words.isEmpty())
        underlineMisspellings(text, m_words);
}

void MarkdownHighlighter::highlightStructure(const QString &text, Core::WordScanner::LineKind kind)
{
    using Kind = Core::WordScanner::LineKind;
    switch (kind) {
    case Kind::FrontMatterDelimiter:
        setFormat(0, int(text.size()), m_formats.frontMatter);
        return;
    case Kind::FrontMatter:
        highlightFrontMatter(text);
        return;
    case Kind::FenceDelimiter:
        setFormat(0, int(text.size()), m_formats.markup);
        return;
    case Kind::FencedCode:
    case Kind::IndentedCode:
        setFormat(0, int(text.size()), m_formats.code);
        return;
    case Kind::Html:
        setFormat(0, int(text.size()), m_formats.markup);
        return;
    case Kind::Blank:
        return;
    case Kind::Prose:
        break;
    }
    int contentStart = 0;
    if (!highlightLineStart(text, contentStart))
        highlightInline(text, contentStart);
}

void MarkdownHighlighter::setReviewerColors(const QHash<QString, QColor> &colors)
{
    if (!m_markFormats.setReviewerColors(colors))
        return;
    // Only lines with a signed mark change; they are done in slices, so a long article never
    // holds the window up.
    m_recolorFrom = document()->firstBlock().blockNumber();
    if (!m_recolor.isActive())
        m_recolor.start(0);
}

void MarkdownHighlighter::recolorSlice()
{
    constexpr qint64 sliceNs = 6'000'000;
    QElapsedTimer clock;
    clock.start();
    QTextBlock block = document()->findBlockByNumber(m_recolorFrom);
    while (block.isValid() && clock.nsecsElapsed() < sliceNs) {
        if (block.text().contains(QLatin1String("{>>@")))
            rehighlightBlock(block);
        block = block.next();
    }
    if (block.isValid()) {
        m_recolorFrom = block.blockNumber();
        m_recolor.start(0);
    }
}

void MarkdownHighlighter::mergeFormat(int start, int length, const QTextCharFormat &overlay)
{
    const int end = start + length;
    for (int i = start; i < end;) {
        const QTextCharFormat under = format(i);
        int runEnd = i + 1;
        while (runEnd < end && format(runEnd) == under)
            ++runEnd;
        QTextCharFormat merged = under;
        merged.merge(overlay);
        setFormat(i, runEnd - i, merged);
        i = runEnd;
    }
}

void MarkdownHighlighter::underlineMisspellings(const QString &text, const QList<Core::WordScanner::Word> &words)
{
    const int blockStart = currentBlock().position();
    for (const Core::WordScanner::Word &word : words) {
        const int start = int(word.start);
        const int end = int(word.start + word.length);
        if (m_wordInProgress >= blockStart + start && m_wordInProgress <= blockStart + end) {
            m_heldBack = m_heldBack || isMisspelled(QStringView(text).sliced(word.start, word.length));
            continue;
        }
        if (!isMisspelled(QStringView(text).sliced(word.start, word.length)))
            continue;
        for (int i = start; i < end; ++i) {
            QTextCharFormat merged = format(i);
            merged.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            merged.setUnderlineColor(m_misspelledColour);
            setFormat(i, 1, merged);
        }
    }
}

void MarkdownHighlighter::highlightFrontMatter(const QString &text)
{
    setFormat(0, int(text.size()), m_formats.frontMatter);
    static const QRegularExpression key(QStringLiteral("^\\s*([A-Za-z0-9_-]+)\\s*[:=]"));
    const QRegularExpressionMatch match = key.match(text);
    if (match.hasMatch())
        setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)), m_formats.frontMatterKey);
}

// Headings, rules, quotes, list markers. True when the whole line is done.
bool MarkdownHighlighter::highlightLineStart(const QString &text, int &contentStart)
{
    static const QRegularExpression heading(QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+|$)"));
    static const QRegularExpression rule(QStringLiteral("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$"));
    static const QRegularExpression setext(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    static const QRegularExpression quoteOrList(
        QStringLiteral("^(\\s*>[ ]?)+|^\\s*(?:[-*+]|\\d{1,9}[.)])(?:[ \\t]+\\[[ xX]\\])?(?=[ \\t]|$)"));

    if (const auto match = heading.match(text); match.hasMatch()) {
        const int level = int(match.capturedLength(1));
        setFormat(0, int(text.size()), m_formats.heading[size_t(level - 1)]);
        setFormat(0, int(match.capturedEnd(1)), m_formats.markup);
        return true;
    }
    if (rule.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_formats.rule);
        return true;
    }
    if (setext.match(text).hasMatch() && currentBlock().previous().isValid()
        && !currentBlock().previous().text().trimmed().isEmpty()) {
        setFormat(0, int(text.size()), m_formats.markup);
        return true;
    }
    if (const auto match = quoteOrList.match(text); match.hasMatch()) {
        contentStart = int(match.capturedEnd());
        const bool quote = text.trimmed().startsWith(QLatin1Char('>'));
        setFormat(0, contentStart, quote ? m_formats.markup : m_formats.listMarker);
        if (quote)
            setFormat(contentStart, int(text.size()) - contentStart, m_formats.quote);
    }
    return false;
}

void MarkdownHighlighter::highlightInline(const QString &text, int from)
{
    if (from >= text.size())
        return;
    // Code spans first: nothing inside them is markup.
    static const QRegularExpression codeSpan(QStringLiteral("(`+)(?!`)(.+?)(?<!`)\\1(?!`)"));
    QList<std::pair<int, int>> code;
    for (auto it = codeSpan.globalMatch(text, from); it.hasNext();) {
        const auto match = it.next();
        code.append({int(match.capturedStart()), int(match.capturedEnd())});
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_formats.code);
    }
    const auto inCode = [&code](qsizetype position) {
        return std::any_of(code.cbegin(), code.cend(),
                           [position](const auto &span) { return position >= span.first && position < span.second; });
    };
    const auto apply = [&](const QRegularExpression &pattern, auto &&style) {
        for (auto it = pattern.globalMatch(text, from); it.hasNext();) {
            const auto match = it.next();
            if (!inCode(match.capturedStart()))
                style(match);
        }
    };
    const auto markupAround = [&](const QRegularExpressionMatch &match, int inner, const QTextCharFormat &format) {
        const int start = int(match.capturedStart());
        const int end = int(match.capturedEnd());
        const int innerStart = int(match.capturedStart(inner));
        const int innerEnd = int(match.capturedEnd(inner));
        for (int i = innerStart; i < innerEnd; ++i) {
            QTextCharFormat merged = this->format(i);
            merged.merge(format);
            setFormat(i, 1, merged);
        }
        setFormat(start, innerStart - start, m_formats.markup);
        setFormat(innerEnd, end - innerEnd, m_formats.markup);
    };

    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression emphasis(QStringLiteral(
        "(?<![*\\w])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?!\\*)|(?<![_\\w])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![_\\w])"));
    apply(strong, [&](const auto &match) { markupAround(match, 2, m_formats.strong); });
    apply(emphasis,
          [&](const auto &match) { markupAround(match, match.capturedLength(1) > 0 ? 1 : 2, m_formats.emphasis); });

    static const QRegularExpression link(QStringLiteral("(!?\\[)([^\\]]*)(\\]\\()([^)\\s]*(?:\\s+\"[^\"]*\")?)(\\))"));
    apply(link, [&](const auto &match) {
        setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)), m_formats.markup);
        setFormat(int(match.capturedStart(2)), int(match.capturedLength(2)), m_formats.link);
        setFormat(int(match.capturedStart(3)), int(match.capturedLength(3)), m_formats.markup);
        setFormat(int(match.capturedStart(4)), int(match.capturedLength(4)), m_formats.url);
        setFormat(int(match.capturedStart(5)), int(match.capturedLength(5)), m_formats.markup);
    });
    static const QRegularExpression autolink(
        QStringLiteral("<(?:https?|mailto|ftp):[^>\\s]+>|\\bhttps?://[^\\s<>)\\]]+"));
    apply(autolink, [&](const auto &match) {
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_formats.link);
    });
}

} // namespace Byline::WidgetUi
