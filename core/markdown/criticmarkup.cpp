#include "criticmarkup.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace Byline::Core {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::CriticMarkup)
};

using Kind = CriticMarkup::Kind;
using Part = CriticMarkup::Part;

constexpr qsizetype delimiterLength = 3;
constexpr qsizetype separatorLength = 2;

// The character a kind's closing delimiter doubles: `++}`, `<<}`.
QChar closingCharacter(Kind kind)
{
    return CriticMarkup::closing(kind).front();
}

// The kind of mark whose opening delimiter starts at `at`; 0 when none does.
quint8 openingAt(QStringView line, qsizetype at)
{
    if (at + delimiterLength > line.size() || line[at] != u'{' || line[at + 1] != line[at + 2])
        return 0;
    switch (line[at + 1].unicode()) {
    case u'+':
        return quint8(Kind::Addition);
    case u'-':
        return quint8(Kind::Deletion);
    case u'~':
        return quint8(Kind::Substitution);
    case u'>':
        return quint8(Kind::Comment);
    case u'=':
        return quint8(Kind::Highlight);
    default:
        return 0;
    }
}

// CommonMark's ASCII punctuation, which a backslash escapes; Unicode files `` ` ``, `+` and `~` under
// symbols, not punctuation.
bool isEscapable(QChar c)
{
    return c.unicode() < 128 && (c.isPunct() || c.isSymbol());
}

// The code spans of one line, as CommonMark finds them: a run of backticks opens a span that ends
// at the next run of exactly as many; with no such run the backticks are plain text. The runs are
// collected once and looked up by length, so a line of many unmatched runs stays linear.
class LineCodeSpans final
{
public:
    explicit LineCodeSpans(QStringView line)
        : m_line(line)
    { }

    // Where reading goes on after the backtick at `at`: past the code span it opens, or past its
    // run of backticks when nothing closes them.
    qsizetype skip(qsizetype at)
    {
        collectRuns();
        const qsizetype runEnd = at + LineScanner::runLength(m_line, at, u'`');
        const qsizetype length = runEnd - at;
        const auto close = std::lower_bound(m_runs.cbegin(), m_runs.cend(), Run {length, runEnd});
        if (close != m_runs.cend() && close->first == length)
            return close->second + length;
        return runEnd;
    }

private:
    using Run = std::pair<qsizetype, qsizetype>; // length, start

    void collectRuns()
    {
        if (m_collected)
            return;
        m_collected = true;
        for (qsizetype i = m_line.indexOf(u'`'); i >= 0; i = m_line.indexOf(u'`', i)) {
            const qsizetype length = LineScanner::runLength(m_line, i, u'`');
            m_runs.emplace_back(length, i);
            i += length;
        }
        std::sort(m_runs.begin(), m_runs.end());
    }

    QStringView m_line;
    std::vector<Run> m_runs; // by length, then position
    bool m_collected = false;
};

// What reading a line found, in line order.
struct Event
{
    enum class Type { Open, Separator, Close, Drop };

    Type type = Type::Open;
    Kind kind = Kind::Addition;
    qsizetype at = 0; // in the line
};
using Events = QVarLengthArray<Event, 8>;

// Inside a mark from `from`: finds its `~>` (a substitution's first) and its closing delimiter.
// Returns where reading goes on: after the mark, or the end of the line while it stays open.
qsizetype readInside(QStringView line, qsizetype from, quint8 &open, bool &passedSeparator, Events &events)
{
    const Kind kind = Kind(open);
    const QChar c = closingCharacter(kind);
    const bool substitution = kind == Kind::Substitution;
    for (qsizetype i = from; i + 1 < line.size(); ++i) {
        if (substitution && !passedSeparator && line[i] == u'~' && line[i + 1] == u'>') {
            events.append({Event::Type::Separator, kind, i});
            passedSeparator = true;
            ++i;
        } else if (line[i] == c && line[i + 1] == c && i + 2 < line.size() && line[i + 2] == u'}') {
            const bool valid = !substitution || passedSeparator;
            events.append({valid ? Event::Type::Close : Event::Type::Drop, kind, i});
            open = 0;
            passedSeparator = false;
            return i + delimiterLength;
        }
    }
    return line.size();
}

// Reads one line: the one reader behind both APIs, so they cannot disagree.
void readLine(QStringView line, bool opensMarks, quint8 &open, bool &passedSeparator, Events &events)
{
    LineCodeSpans codeSpans(line);
    qsizetype i = 0;
    while (i < line.size()) {
        if (open != 0) {
            i = readInside(line, i, open, passedSeparator, events);
            continue;
        }
        if (!opensMarks)
            return;
        const QChar c = line[i];
        if (c == u'\\' && i + 1 < line.size() && isEscapable(line[i + 1])) {
            i += 2;
        } else if (c == u'`') {
            i = codeSpans.skip(i);
        } else if (const quint8 kind = openingAt(line, i); kind != 0) {
            events.append({Event::Type::Open, Kind(kind), i});
            open = kind;
            i += delimiterLength;
        } else {
            ++i;
        }
    }
}

Part contentPart(Kind kind, bool passedSeparator)
{
    if (kind != Kind::Substitution)
        return Part::Content;
    return passedSeparator ? Part::NewText : Part::OldText;
}

// Turns one line's events into pieces, starting from the state the line began with.
void appendPieces(qsizetype lineLength, const CriticMarkup::State &before, const Events &events,
                  QList<CriticMarkup::Piece> &pieces)
{
    bool open = before.isOpen();
    Kind kind = open ? before.openKind() : Kind::Addition;
    Part part = contentPart(kind, before.passedSeparator());
    qsizetype from = 0; // where the current part began on this line
    qsizetype markPieces = pieces.size(); // the current mark's first piece on this line
    const auto add = [&](Part piecePart, qsizetype start, qsizetype end) {
        if (end > start)
            pieces.append({kind, piecePart, {start, end}});
    };
    for (const Event &event : events) {
        switch (event.type) {
        case Event::Type::Open:
            open = true;
            kind = event.kind;
            markPieces = pieces.size();
            add(Part::Opening, event.at, event.at + delimiterLength);
            part = contentPart(kind, false);
            from = event.at + delimiterLength;
            break;
        case Event::Type::Separator:
            add(part, from, event.at);
            add(Part::Separator, event.at, event.at + separatorLength);
            part = Part::NewText;
            from = event.at + separatorLength;
            break;
        case Event::Type::Close:
            add(part, from, event.at);
            add(Part::Closing, event.at, event.at + delimiterLength);
            open = false;
            break;
        case Event::Type::Drop:
            pieces.resize(markPieces); // plain text after all
            open = false;
            break;
        }
    }
    if (open)
        add(part, from, lineLength);
}

CriticMarkup::Problem problem(CriticMarkup::Problem::Type type, const CriticMarkup::Mark &mark, int line)
{
    QString message;
    if (type == CriticMarkup::Problem::Type::Unclosed) {
        message = Text::tr("the mark `%1` is never closed with `%2`, so it and all the text after it read as "
                           "plain text; add `%2` where the mark should end, or remove `%1`")
                      .arg(CriticMarkup::opening(mark.kind), CriticMarkup::closing(mark.kind));
    } else {
        message = Text::tr("the substitution `{~~` closes without `~>`, so it reads as plain text; put `~>` "
                           "between the old text and the new");
    }
    return {type, mark.kind, mark.whole.start, line, message};
}

} // namespace

CriticMarkup::Result CriticMarkup::parse(QStringView text, Start start)
{
    Result result;
    LineScanner::State blocks;
    State state;
    Events events;
    Mark mark; // the one open, if any
    int markLine = 0;
    // LineScanner opens front matter on line 0 only; a body's first line is not the file's.
    const int lineNumberOffset = start == Start::Body ? 1 : 0;
    LineScanner::forEachLine(text, [&](QStringView line, int index, qsizetype lineStart) {
        const int lineNumber = index + 1;
        const LineScanner::Line scanned = LineScanner::scanLine(line, lineNumber - 1 + lineNumberOffset, blocks);
        events.clear();
        readLine(line, opensMarks(scanned.kind), state.m_open, state.m_passedSeparator, events);
        for (const Event &event : std::as_const(events)) {
            const qsizetype at = lineStart + event.at;
            switch (event.type) {
            case Event::Type::Open:
                mark = {event.kind, {at, -1}, {at + delimiterLength, -1}, {}, {}};
                markLine = lineNumber;
                break;
            case Event::Type::Separator:
                mark.oldText = {mark.content.start, at};
                mark.newText = {at + separatorLength, -1};
                break;
            case Event::Type::Close:
                mark.whole.end = at + delimiterLength;
                mark.content.end = at;
                if (mark.kind == Kind::Substitution)
                    mark.newText.end = at;
                result.marks.append(mark);
                break;
            case Event::Type::Drop:
                result.problems.append(problem(Problem::Type::SubstitutionWithoutSeparator, mark, markLine));
                break;
            }
        }
    });
    if (state.isOpen())
        result.problems.append(problem(Problem::Type::Unclosed, mark, markLine));
    return result;
}

CriticMarkup::State CriticMarkup::State::fromInt(int packed)
{
    State state;
    const int kind = packed & kindMask;
    if (packed < 0 || kind > int(Kind::Highlight))
        return state;
    state.m_open = quint8(kind);
    state.m_passedSeparator = kind == int(Kind::Substitution) && (packed & separatorBit) != 0;
    return state;
}

void CriticMarkup::scanLine(QStringView line, LineScanner::LineKind kind, State &state, QList<Piece> *pieces)
{
    const State before = state;
    Events events;
    readLine(line, opensMarks(kind), state.m_open, state.m_passedSeparator, events);
    if (pieces)
        appendPieces(line.size(), before, events, *pieces);
}

bool CriticMarkup::inFinalText(const Piece &piece)
{
    switch (piece.part) {
    case Part::Content:
        return piece.kind == Kind::Addition || piece.kind == Kind::Highlight;
    case Part::NewText:
        return true;
    case Part::Opening:
    case Part::OldText:
    case Part::Separator:
    case Part::Closing:
        break;
    }
    return false;
}

QList<CriticMarkup::Range> CriticMarkup::outsideFinalText(const Result &result)
{
    QList<Range> ranges;
    ranges.reserve(result.marks.size() * 2);
    for (const Mark &mark : result.marks) {
        switch (mark.kind) {
        case Kind::Addition:
        case Kind::Highlight:
            ranges.append({mark.whole.start, mark.content.start});
            ranges.append({mark.content.end, mark.whole.end});
            break;
        case Kind::Substitution:
            ranges.append({mark.whole.start, mark.newText.start});
            ranges.append({mark.newText.end, mark.whole.end});
            break;
        case Kind::Deletion:
        case Kind::Comment:
            ranges.append(mark.whole);
            break;
        }
    }
    return ranges;
}

bool CriticMarkup::opensMarks(LineScanner::LineKind kind)
{
    using LineKind = LineScanner::LineKind;
    switch (kind) {
    case LineKind::Prose:
    case LineKind::Blank:
    case LineKind::Html:
        return true;
    case LineKind::FrontMatterDelimiter:
    case LineKind::FrontMatter:
    case LineKind::FenceDelimiter:
    case LineKind::FencedCode:
    case LineKind::IndentedCode:
        break;
    }
    return false;
}

QStringView CriticMarkup::opening(Kind kind)
{
    static constexpr std::array<QStringView, 5> openings = {u"{++", u"{--", u"{~~", u"{>>", u"{=="};
    return openings.at(size_t(kind) - 1);
}

QStringView CriticMarkup::closing(Kind kind)
{
    static constexpr std::array<QStringView, 5> closings = {u"++}", u"--}", u"~~}", u"<<}", u"==}"};
    return closings.at(size_t(kind) - 1);
}

} // namespace Byline::Core
