#include "linescanner.h"

#include <algorithm>
#include <array>

namespace Byline::Core {

namespace {

// Bits of the packed state.
constexpr int frontMatterMask = 0x3;
constexpr int fenceTildeBit = 1 << 2;
constexpr int fenceLengthShift = 3; // 7 bits
constexpr int maximumFenceLength = 0x7f;
constexpr int codeTicksShift = 10; // 4 bits
constexpr int htmlCommentBit = 1 << 14;
constexpr int rawHtmlBit = 1 << 15;
constexpr int afterBlankBit = 1 << 16;
constexpr int inListBit = 1 << 17;
constexpr int indentedCodeBit = 1 << 18;
constexpr int htmlTagBit = 1 << 19;
static_assert(htmlTagBit < (1 << LineScanner::State::bits));

QStringView trimmedRight(QStringView line)
{
    qsizetype end = line.size();
    while (end > 0 && line[end - 1].isSpace())
        --end;
    return line.first(end);
}

bool isBlank(QStringView line)
{
    return std::all_of(line.begin(), line.end(), [](QChar c) { return c.isSpace(); });
}

// Columns of leading whitespace (a tab reaches the next multiple of 4) and where the text starts.
std::pair<int, qsizetype> indentation(QStringView line)
{
    int columns = 0;
    qsizetype i = 0;
    for (; i < line.size(); ++i) {
        if (line[i] == u' ')
            ++columns;
        else if (line[i] == u'\t')
            columns += 4 - columns % 4;
        else
            break;
    }
    return {columns, i};
}

bool opensRawHtml(QStringView text)
{
    for (const char16_t *tag : {u"<script", u"<style", u"<pre", u"<textarea"}) {
        const QStringView name(tag);
        if (text.startsWith(name, Qt::CaseInsensitive)) {
            const QStringView after = text.sliced(name.size());
            return after.isEmpty() || after.front() == u'>' || after.front().isSpace();
        }
    }
    return false;
}

bool closesRawHtml(QStringView line)
{
    static constexpr std::array<const char16_t *, 4> closers = {u"</script>", u"</style>", u"</pre>", u"</textarea>"};
    return std::any_of(closers.begin(), closers.end(),
                       [line](const char16_t *tag) { return line.contains(QStringView(tag), Qt::CaseInsensitive); });
}

// After the quote markers, list marker and task box of a line: where its text starts, and whether
// it began a list item.
std::pair<qsizetype, bool> skipContainerMarkers(QStringView line, qsizetype at)
{
    qsizetype i = at;
    bool listItem = false;
    for (;;) {
        while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
            ++i;
        if (i < line.size() && line[i] == u'>') {
            ++i;
            continue;
        }
        qsizetype marker = i;
        if (i < line.size() && (line[i] == u'-' || line[i] == u'*' || line[i] == u'+')) {
            marker = i + 1;
        } else {
            while (marker < line.size() && marker - i < 9 && line[marker].isDigit() && line[marker].unicode() < 128)
                ++marker;
            if (marker == i || marker >= line.size() || (line[marker] != u'.' && line[marker] != u')'))
                return {i, listItem};
            ++marker;
        }
        if (marker < line.size() && line[marker] != u' ' && line[marker] != u'\t')
            return {i, listItem};
        listItem = true;
        i = marker;
        while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
            ++i;
        // A task box: `[ ]`, `[x]`.
        if (i + 2 < line.size() && line[i] == u'[' && line[i + 2] == u']'
            && (line[i + 1] == u' ' || line[i + 1] == u'x' || line[i + 1] == u'X'))
            i += 3;
    }
}

// `#` markers of an ATX heading, `[label]:` of a reference definition and `[^note]:` of a
// footnote: where the prose starts.
qsizetype skipLineStart(QStringView line, qsizetype at)
{
    qsizetype i = at;
    if (i < line.size() && line[i] == u'#') {
        const qsizetype hashes = LineScanner::runLength(line, i, u'#');
        if (hashes <= 6 && (i + hashes == line.size() || line[i + hashes].isSpace()))
            return i + hashes;
    }
    if (i < line.size() && line[i] == u'[') {
        const qsizetype close = line.indexOf(u"]:", i);
        if (close < 0)
            return i;
        if (i + 1 < line.size() && line[i + 1] == u'^')
            return close + 2;
        // A reference definition: the destination is an address; a title after it is prose.
        qsizetype j = close + 2;
        while (j < line.size() && line[j].isSpace())
            ++j;
        while (j < line.size() && !line[j].isSpace())
            ++j;
        return j;
    }
    return i;
}

} // namespace

void LineScanner::State::setOpenCodeTicks(qsizetype ticks)
{
    m_codeTicks = int(std::min<qsizetype>(ticks, maximumCodeTicks));
}

LineScanner::State LineScanner::State::fromInt(int packed)
{
    State state;
    if (packed < 0)
        return state;
    state.m_frontMatter = packed & frontMatterMask;
    state.m_fenceTilde = (packed & fenceTildeBit) != 0;
    state.m_fenceLength = (packed >> fenceLengthShift) & maximumFenceLength;
    state.m_codeTicks = (packed >> codeTicksShift) & maximumCodeTicks;
    state.m_htmlComment = (packed & htmlCommentBit) != 0;
    state.m_htmlTag = (packed & htmlTagBit) != 0;
    state.m_rawHtml = (packed & rawHtmlBit) != 0;
    state.m_afterBlank = (packed & afterBlankBit) != 0;
    state.m_inList = (packed & inListBit) != 0;
    state.m_indentedCode = (packed & indentedCodeBit) != 0;
    return state;
}

int LineScanner::State::toInt() const
{
    return m_frontMatter | (m_fenceTilde ? fenceTildeBit : 0) | (m_fenceLength << fenceLengthShift)
        | (m_codeTicks << codeTicksShift) | (m_htmlComment ? htmlCommentBit : 0) | (m_htmlTag ? htmlTagBit : 0)
        | (m_rawHtml ? rawHtmlBit : 0) | (m_afterBlank ? afterBlankBit : 0) | (m_inList ? inListBit : 0)
        | (m_indentedCode ? indentedCodeBit : 0);
}

LineScanner::Line LineScanner::scanLine(QStringView line, int lineNumber, State &state)
{
    const QStringView trimmed = trimmedRight(line);
    if (lineNumber == 0 && (trimmed == u"---" || trimmed == u"+++")) {
        state = State();
        state.m_frontMatter = trimmed == u"---" ? 1 : 2;
        return {LineKind::FrontMatterDelimiter};
    }
    if (state.m_frontMatter != 0) {
        const bool closes = state.m_frontMatter == 1 ? (trimmed == u"---" || trimmed == u"...") : trimmed == u"+++";
        if (!closes)
            return {LineKind::FrontMatter};
        state.m_frontMatter = 0;
        state.m_afterBlank = true;
        return {LineKind::FrontMatterDelimiter};
    }
    if (state.m_fenceLength != 0) {
        const auto [columns, start] = indentation(line);
        const QChar fence = state.m_fenceTilde ? u'~' : u'`';
        const qsizetype run = runLength(line, start, fence);
        if ((columns <= 3 || state.m_inList) && run >= state.m_fenceLength && isBlank(line.sliced(start + run))) {
            state.m_fenceLength = 0;
            state.m_afterBlank = false;
            return {LineKind::FenceDelimiter};
        }
        return {LineKind::FencedCode};
    }
    if (state.m_rawHtml) {
        state.m_rawHtml = !closesRawHtml(line);
        return {LineKind::Html};
    }
    return scanBlockLine(line, state);
}

LineScanner::Line LineScanner::scanBlockLine(QStringView line, State &state)
{
    if (isBlank(line)) {
        state.m_codeTicks = 0; // a code span cannot cross a blank line, nor can a tag
        state.m_htmlTag = false;
        state.m_afterBlank = true;
        return {LineKind::Blank};
    }
    const auto [columns, start] = indentation(line);
    // Inside a comment or a tag that went on from an earlier line: prose resumes after its end.
    if (state.m_htmlComment || state.m_htmlTag) {
        const QStringView closer = state.m_htmlComment ? QStringView(u"-->") : QStringView(u">");
        const qsizetype end = line.indexOf(closer);
        if (end < 0)
            return {LineKind::Html};
        state.m_htmlComment = false;
        state.m_htmlTag = false;
        state.m_afterBlank = false;
        return {LineKind::Prose, end + closer.size()};
    }
    if (columns >= 4 && state.m_codeTicks == 0 && (state.m_indentedCode || (state.m_afterBlank && !state.m_inList))) {
        state.m_indentedCode = true;
        state.m_afterBlank = false;
        return {LineKind::IndentedCode};
    }
    state.m_indentedCode = false;

    if (state.m_codeTicks == 0 && (columns <= 3 || state.m_inList)) {
        const QChar first = start < line.size() ? line[start] : QChar();
        const qsizetype run = (first == u'`' || first == u'~') ? runLength(line, start, first) : 0;
        // A backtick fence's info string may not hold backticks; then it is a code span.
        if (run >= 3 && (first == u'~' || !line.sliced(start + run).contains(u'`'))) {
            state.m_fenceTilde = first == u'~';
            state.m_fenceLength = int(std::min<qsizetype>(run, maximumFenceLength));
            state.m_afterBlank = false;
            return {LineKind::FenceDelimiter};
        }
        if (first == u'<' && opensRawHtml(line.sliced(start))) {
            state.m_rawHtml = !closesRawHtml(line);
            state.m_afterBlank = false;
            return {LineKind::Html};
        }
    }

    qsizetype textStart = start;
    if (state.m_codeTicks == 0) {
        const auto [afterMarkers, listItem] = skipContainerMarkers(line, start);
        if (listItem)
            state.m_inList = true;
        else if (columns == 0 && state.m_afterBlank)
            state.m_inList = false; // a paragraph after the list ends it
        textStart = skipLineStart(line, afterMarkers);
    }
    state.m_afterBlank = false;
    return {LineKind::Prose, textStart};
}

qsizetype LineScanner::runLength(QStringView line, qsizetype at, QChar c)
{
    qsizetype end = at;
    while (end < line.size() && line[end] == c)
        ++end;
    return end - at;
}

} // namespace Byline::Core
