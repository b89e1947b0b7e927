#include "wordscanner.h"

#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace Byline::Core {

namespace {

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02bc';
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

// Characters that join words into something that is not prose: file.md, ovirt.org, snake_case,
// and/or, C:\path, name@example.com.
bool isTechnicalJoiner(QChar c)
{
    return c == u'.' || c == u'_' || c == u'/' || c == u'\\' || c == u'@';
}

// The next run of exactly `length` backticks at or after `from`; -1 when none.
qsizetype findTickRun(QStringView line, qsizetype from, qsizetype length)
{
    for (qsizetype i = from; i < line.size();) {
        if (line[i] != u'`') {
            ++i;
            continue;
        }
        const qsizetype run = LineScanner::runLength(line, i, u'`');
        if (run == length)
            return i;
        i += run;
    }
    return -1;
}

// A tag whose attributes go on to the next line (`<img src="…"` then `alt="…">`).
constexpr qsizetype tagContinues = -2;

// The end (one past `>`) of an HTML tag or autolink starting at `at`; -1 when it is not one,
// tagContinues when it is a tag left open at the end of the line.
qsizetype tagEnd(QStringView line, qsizetype at)
{
    if (at + 1 >= line.size())
        return -1;
    const QChar first = line[at + 1];
    if (!(first.isLetter() && first.unicode() < 128) && first != u'/' && first != u'!' && first != u'?')
        return -1;
    QChar quote;
    for (qsizetype i = at + 1; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i + 1;
        } else if (c == u'<') {
            return -1;
        }
    }
    qsizetype name = at + 1;
    while (name < line.size() && line[name].isLetterOrNumber() && line[name].unicode() < 128)
        ++name;
    const bool namedTag = first.isLetter() && (name == line.size() || line[name].isSpace());
    return namedTag ? tagContinues : -1;
}

// Where the brackets of one line close, found once for the line: a line full of `](` or `[^` left
// open is then read once, not once for every opening.
class LineClosers
{
public:
    explicit LineClosers(QStringView line)
        : m_line(line)
    { }

    // One past the `)` that closes the link destination `(…)` opening at `at`, parentheses
    // balanced and escaped characters skipped; -1 when it is left open.
    qsizetype destinationEnd(qsizetype at)
    {
        if (!m_matched)
            matchParentheses();
        const auto found = std::lower_bound(m_opens.cbegin(), m_opens.cend(), at);
        if (found == m_opens.cend() || *found != at)
            return -1;
        const qsizetype close = m_closes.at(found - m_opens.cbegin());
        return close < 0 ? -1 : close + 1;
    }

    // The first `]` after `at`; -1 when there is none.
    qsizetype bracketAfter(qsizetype at)
    {
        // The last answer holds for a later `at` until that `at` passes it.
        if (m_bracketFrom < 0 || at < m_bracketFrom || (m_bracket >= 0 && m_bracket <= at)) {
            m_bracketFrom = at;
            m_bracket = m_line.indexOf(u']', at + 1);
        }
        return m_bracket;
    }

private:
    // Pairs every `(` with its `)`, as a stack does; one left open keeps -1.
    void matchParentheses()
    {
        m_matched = true;
        std::vector<qsizetype> open; // indexes into m_opens
        for (qsizetype i = 0; i < m_line.size(); ++i) {
            const QChar c = m_line[i];
            if (c == u'\\') {
                ++i;
            } else if (c == u'(') {
                open.push_back(qsizetype(m_opens.size()));
                m_opens.push_back(i);
                m_closes.push_back(-1);
            } else if (c == u')' && !open.empty()) {
                m_closes[std::size_t(open.back())] = i;
                open.pop_back();
            }
        }
    }

    QStringView m_line;
    bool m_matched = false;
    std::vector<qsizetype> m_opens; // positions of `(`, in order
    std::vector<qsizetype> m_closes; // the `)` closing each, or -1
    qsizetype m_bracketFrom = -1;
    qsizetype m_bracket = -1;
};

// Where an address that starts with `scheme` ends: `https://…`, `mailto:…`, `www.…`; -1 when
// the token is not an address.
qsizetype addressEnd(QStringView line, qsizetype start, qsizetype schemeEnd)
{
    const QStringView scheme = line.sliced(start, schemeEnd - start);
    const QStringView rest = line.sliced(schemeEnd);
    const bool address = rest.startsWith(u"://")
        || (rest.startsWith(u':') && scheme.compare(u"mailto", Qt::CaseInsensitive) == 0)
        || (rest.startsWith(u'.') && scheme.compare(u"www", Qt::CaseInsensitive) == 0);
    if (!address)
        return -1;
    qsizetype end = schemeEnd;
    while (end < line.size() && !line[end].isSpace() && line[end] != u'<')
        ++end;
    return end;
}

} // namespace

WordScanner::WordScanner(Options options)
    : m_options(options)
{ }

WordScanner::LineKind WordScanner::scanLine(QStringView line, int lineNumber, State &state, QList<Word> *words) const
{
    const LineScanner::Line scanned = LineScanner::scanLine(line, lineNumber, state);
    if (scanned.kind == LineKind::Prose)
        scanInline(line, scanned.textStart, state, words);
    return scanned.kind;
}

void WordScanner::scanInline(QStringView line, qsizetype from, State &state, QList<Word> *words) const
{
    qsizetype i = from;
    if (const int ticks = state.openCodeTicks(); ticks != 0) {
        const qsizetype close = findTickRun(line, i, ticks);
        if (close < 0)
            return;
        i = close + ticks;
        state.setOpenCodeTicks(0);
    }
    const qsizetype size = line.size();
    LineClosers closers(line);
    while (i < size) {
        const QChar c = line[i];
        const QChar next = i + 1 < size ? line[i + 1] : QChar();
        if (c == u'\\' && next.unicode() < 128 && next.isPunct()) {
            i += 2; // an escaped character is never markup
        } else if (c == u'`') {
            const qsizetype run = LineScanner::runLength(line, i, u'`');
            const qsizetype close = findTickRun(line, i + run, run);
            if (close < 0) {
                // Open until a closing run on a later line of the paragraph. Should none come,
                // Markdown reads the backticks literally; missing a word or two is the safe error.
                state.setOpenCodeTicks(run);
                return;
            }
            i = close + run;
        } else if (c == u'<' && line.sliced(i).startsWith(u"<!--")) {
            const qsizetype end = line.indexOf(u"-->", i + 4);
            if (end < 0) {
                state.setInHtmlComment(true);
                return;
            }
            i = end + 3;
        } else if (c == u'<') {
            const qsizetype end = tagEnd(line, i);
            if (end == tagContinues) {
                state.setInHtmlTag(true);
                return;
            }
            i = end < 0 ? i + 1 : end;
        } else if (c == u'&') {
            qsizetype end = i + 1;
            while (end < size && end - i < 32 && (line[end].isLetterOrNumber() || line[end] == u'#'))
                ++end;
            i = (end < size && line[end] == u';' && end > i + 1) ? end + 1 : i + 1;
        } else if (c == u']' && next == u'(') {
            const qsizetype end = closers.destinationEnd(i + 1);
            i = end < 0 ? i + 1 : end;
        } else if ((c == u']' && next == u'[') || (c == u'[' && next == u'^')) {
            const qsizetype end = closers.bracketAfter(i);
            i = end < 0 ? i + 1 : end + 1;
        } else if (isWordChar(c)) {
            i = scanToken(line, i, words);
        } else {
            ++i;
        }
    }
}

qsizetype WordScanner::scanToken(QStringView line, qsizetype start, QList<Word> *words) const
{
    const qsizetype size = line.size();
    qsizetype i = start;
    qsizetype partStart = start;
    bool technical = false;
    QVarLengthArray<std::pair<qsizetype, qsizetype>, 4> parts;
    while (i < size && isWordChar(line[i]))
        ++i;
    if (i < size && (line[i] == u':' || line[i] == u'.')) {
        if (const qsizetype address = addressEnd(line, start, i); address >= 0)
            return address;
    }
    for (;;) {
        while (i < size && isWordChar(line[i]))
            ++i;
        if (i + 1 >= size || !isWordChar(line[i + 1]))
            break;
        const QChar c = line[i];
        if (isApostrophe(c) && line[i + 1].isLetter()) {
            ++i;
        } else if (isHyphen(c)) {
            parts.append({partStart, i});
            partStart = ++i;
        } else if (isTechnicalJoiner(c)) {
            technical = true;
            ++i;
        } else {
            break;
        }
    }
    if (technical)
        return i;
    const bool compound = !parts.isEmpty();
    parts.append({partStart, i});
    for (const auto &[from, to] : std::as_const(parts))
        addPart(line, from, to, compound, words);
    return i;
}

void WordScanner::addPart(QStringView line, qsizetype start, qsizetype end, bool inCompound, QList<Word> *words) const
{
    int letters = 0;
    int lower = 0;
    for (qsizetype i = start; i < end; ++i) {
        const QChar c = line[i];
        if (c.isNumber())
            return; // x86, 2000's, mp3
        if (c.isLetter()) {
            ++letters;
            lower += c.isLower() || !c.isUpper() ? 1 : 0;
        }
    }
    if (letters == 0 || (inCompound && letters == 1))
        return; // the `e` of e-mail, the `T` of T-shirt
    // RHEL, NATO, and acronyms in the plural: APIs, CPUs.
    const bool pluralAcronym = lower == 1 && letters > 2 && line[end - 1] == u's';
    if (m_options.skipAllCaps && letters > 1 && (lower == 0 || pluralAcronym))
        return;
    if (words)
        words->append({start, end - start});
}

QList<WordScanner::TextWord> WordScanner::scanText(QStringView text) const
{
    QList<TextWord> result;
    State state;
    QList<Word> words;
    LineScanner::forEachLine(text, [&](QStringView line, int lineNumber, qsizetype lineStart) {
        words.clear();
        scanLine(line, lineNumber, state, &words);
        for (const Word &word : std::as_const(words))
            result.append({lineNumber + 1, lineStart, lineStart + word.start, word.length});
    });
    return result;
}

int WordScanner::columnOf(QStringView text, qsizetype lineStart, qsizetype position)
{
    int column = 1;
    for (qsizetype i = lineStart; i < position; ++i) {
        if (!text[i].isLowSurrogate())
            ++column;
    }
    return column;
}

} // namespace Byline::Core
