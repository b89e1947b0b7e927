#include "diffsuggestions.h"

#include "reviewedits.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>
#include <vector>

namespace Byline::Core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::DiffSuggestions)
};

using Range = CriticMarkup::Range;
using Change = WordDiff::Change;

// A line of a body as marks see it: in a code block (where no mark can open), or holding a
// backtick (a code span may stand around the change).
struct LineInfo
{
    qsizetype start = 0;
    qsizetype end = 0; // before the line break
    bool codeBlock = false;
    bool backtick = false;
};

std::vector<LineInfo> scanBody(QStringView body)
{
    std::vector<LineInfo> lines;
    LineScanner::State state;
    LineScanner::forEachLine(body, [&](QStringView line, int, qsizetype start) {
        // Line 0 is the only one that can open front matter; the body's first line is never it.
        const LineScanner::LineKind kind = LineScanner::scanLine(line, 1, state).kind;
        const bool code = kind == LineScanner::LineKind::FenceDelimiter || kind == LineScanner::LineKind::FencedCode
            || kind == LineScanner::LineKind::IndentedCode;
        lines.push_back({start, start + line.size(), code, line.contains(u'`')});
    });
    return lines;
}

// The stretch of a body a change at [from, to] must cover so a mark around it is read as one:
// whole code blocks, with the line break before them (the mark opens on the line before the
// fence, so the fence still starts its line), and whole lines holding code spans.
Range neededRange(const std::vector<LineInfo> &lines, qsizetype length, qsizetype from, qsizetype to)
{
    Range needed {from, to};
    const auto first = std::lower_bound(lines.cbegin(), lines.cend(), from,
                                        [](const LineInfo &line, qsizetype p) { return line.end < p; });
    for (auto line = first; line != lines.cend() && line->start <= to; ++line) {
        if (line->codeBlock) {
            auto blockStart = line;
            while (blockStart != lines.cbegin() && std::prev(blockStart)->codeBlock)
                --blockStart;
            auto blockEnd = line;
            while (std::next(blockEnd) != lines.cend() && std::next(blockEnd)->codeBlock)
                ++blockEnd;
            needed.start = std::min(needed.start, std::max<qsizetype>(blockStart->start - 1, 0));
            needed.end = std::max(needed.end, std::min(blockEnd->end + 1, length));
            line = blockEnd;
        } else if (line->backtick) {
            needed.start = std::min(needed.start, line->start);
            needed.end = std::max(needed.end, line->end);
        }
    }
    return needed;
}

// Whole lines: the fallback where a narrower mark would not read back.
Range wholeLines(QStringView text, qsizetype from, qsizetype to)
{
    const qsizetype start = from == 0 ? 0 : text.lastIndexOf(u'\n', from - 1) + 1;
    const qsizetype newline = text.indexOf(u'\n', to);
    return {start, newline < 0 ? text.size() : newline};
}

// Grows the changes to what each needs, merging those that come to overlap, until none grows.
template<typename Need>
void widen(QList<Change> &changes, qsizetype beforeLength, Need need)
{
    bool grew = true;
    while (grew) {
        grew = false;
        for (qsizetype k = 0; k < changes.size(); ++k) {
            Change &change = changes[k];
            const Range after = need(change.after, false);
            const Range before = need(change.before, true);
            const qsizetype left = std::max(change.after.start - after.start, change.before.start - before.start);
            const qsizetype right = std::max(after.end - change.after.end, before.end - change.before.end);
            if (left == 0 && right == 0)
                continue;
            grew = true;
            const qsizetype room = change.before.start - (k > 0 ? changes[k - 1].before.end : 0);
            if (left > room && k > 0) {
                Change &previous = changes[k - 1];
                previous.before.end = change.before.end;
                previous.after.end = change.after.end;
                previous.movedWith = -1;
                changes.removeAt(k);
                break;
            }
            const qsizetype roomAfter
                = (k + 1 < changes.size() ? changes[k + 1].before.start : beforeLength) - change.before.end;
            if (right > roomAfter && k + 1 < changes.size()) {
                change.before.end = changes[k + 1].before.end;
                change.after.end = changes[k + 1].after.end;
                change.movedWith = -1;
                changes.removeAt(k + 1);
                break;
            }
            const qsizetype l = std::min(left, room);
            const qsizetype r = std::min(right, roomAfter);
            change.before = {change.before.start - l, change.before.end + r};
            change.after = {change.after.start - l, change.after.end + r};
        }
    }
}

// `text` as pieces that each read back whole inside a mark closing with `closer`: cut just after
// the first character of any `closer` that would end the mark early.
QList<QStringView> safePieces(QStringView text, QStringView closer)
{
    QList<QStringView> pieces;
    while (!text.isEmpty()) {
        const QString probe = text.toString() + closer;
        const qsizetype early = probe.indexOf(closer);
        if (early >= text.size()) {
            pieces.append(text);
            break;
        }
        pieces.append(text.first(early + 1));
        text = text.sliced(early + 1);
    }
    return pieces;
}

bool readsAsSubstitution(QStringView oldText, QStringView newText)
{
    const QString probe = oldText + u"~>" + newText + u"~~}";
    return probe.indexOf(u"~>") == oldText.size() && probe.indexOf(u"~~}") == probe.size() - 3;
}

class Writer final
{
public:
    Writer(QStringView before, QStringView after, const Attribution &by)
        : m_before(before)
        , m_after(after)
        , m_attribution(by.isEmpty() ? QString() : ReviewEdits::commentMark(by, {}))
    { }

    QString write(const QList<Change> &changes)
    {
        m_out.clear();
        m_out.reserve(m_after.size() + changes.size() * (16 + m_attribution.size()));
        m_openers.clear();
        qsizetype at = 0; // in `after`
        for (const Change &change : changes) {
            m_out += m_after.sliced(at, change.after.start - at);
            writeChange(change.before.of(m_before), change.after.of(m_after));
            at = change.after.end;
        }
        m_out += m_after.sliced(at);
        return m_out;
    }

    [[nodiscard]] qsizetype marks() const { return m_openers.size(); }
    // Where each mark written opens, in the text written.
    [[nodiscard]] const QList<qsizetype> &openers() const { return m_openers; }

private:
    void writeChange(QStringView oldText, QStringView newText)
    {
        if (!oldText.isEmpty() && !newText.isEmpty() && readsAsSubstitution(oldText, newText)) {
            m_openers.append(m_out.size());
            m_out += u"{~~" + oldText + u"~>" + newText + u"~~}";
            attribute();
            return;
        }
        for (const QStringView piece : safePieces(oldText, u"--}"))
            writeMark(u"{--", piece, u"--}");
        for (const QStringView piece : safePieces(newText, u"++}"))
            writeMark(u"{++", piece, u"++}");
    }

    void writeMark(QStringView opener, QStringView content, QStringView closer)
    {
        m_openers.append(m_out.size());
        m_out += opener + content + closer;
        attribute();
    }

    void attribute() { m_out += m_attribution; }

    QStringView m_before;
    QStringView m_after;
    QString m_attribution;
    QString m_out;
    QList<qsizetype> m_openers;
};

// Whether the whole marked text (front matter and all, read as the editor and the command line read
// it) reads back: each of the marks written (those opening at `ours`) accepted gives `after`,
// rejected `before`. Marks the drafts held already stay as they are.
bool readsBack(const QString &marked, const QList<qsizetype> &ours, QStringView before, QStringView after)
{
    const Review review = Review::read(marked);
    QList<const Review::Item *> items;
    for (const Review::Item &item : review.items()) {
        if (std::binary_search(ours.cbegin(), ours.cend(), item.mark.whole.start))
            items.append(&item);
    }
    if (items.size() != ours.size())
        return false;
    const bool onlyOurs = items.size() == review.items().size();
    const auto decided = [&](ReviewEdits::Decision decision) {
        // What `byline review --accept-all` and Accept All do, seams tidied as they tidy them.
        if (onlyOurs)
            return ReviewEdits::apply(marked, ReviewEdits::decideAll(marked, review, decision));
        TextEdits edits;
        for (const Review::Item *item : std::as_const(items))
            edits += ReviewEdits::decide(marked, *item, decision);
        return ReviewEdits::apply(marked, edits);
    };
    return decided(ReviewEdits::Decision::Accept) == after && decided(ReviewEdits::Decision::Reject) == before;
}

} // namespace

qsizetype DiffSuggestions::bodyStart(QStringView text)
{
    // Line by line only as far as the front matter goes: the body may be a book.
    LineScanner::State state;
    qsizetype start = 0;
    for (int number = 0; start < text.size(); ++number) {
        const qsizetype newline = text.indexOf(u'\n', start);
        const qsizetype end = newline < 0 ? text.size() : newline;
        QStringView line = text.sliced(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const LineScanner::LineKind kind = LineScanner::scanLine(line, number, state).kind;
        if (number == 0 && kind != LineScanner::LineKind::FrontMatterDelimiter)
            return 0;
        if (number > 0 && kind == LineScanner::LineKind::FrontMatterDelimiter)
            return std::min(end + 1, text.size());
        if (newline < 0)
            break;
        start = end + 1;
    }
    return 0;
}

DiffSuggestions::Result DiffSuggestions::make(QStringView before, QStringView after, const Attribution &by)
{
    Result result;
    const qsizetype beforeBody = bodyStart(before);
    const qsizetype afterBody = bodyStart(after);
    const QStringView oldBody = before.sliced(beforeBody);
    const QStringView newBody = after.sliced(afterBody);
    result.frontMatterChanged = before.first(beforeBody) != after.first(afterBody);

    QList<Change> changes = WordDiff::compare(oldBody, newBody).changes();
    for (Change &change : changes)
        change.movedWith = -1;
    const std::vector<LineInfo> oldLines = scanBody(oldBody);
    const std::vector<LineInfo> newLines = scanBody(newBody);
    widen(changes, oldBody.size(), [&](Range range, bool old) {
        return old ? neededRange(oldLines, oldBody.size(), range.start, range.end)
                   : neededRange(newLines, newBody.size(), range.start, range.end);
    });

    // The marks are checked in the whole text: where its front matter ends is the reader's call.
    const QStringView newFront = after.first(afterBody);
    const QString oldText = newFront + oldBody;
    Writer writer(oldBody, newBody, by);
    const auto attempt = [&] {
        const QString marked = newFront + writer.write(changes);
        QList<qsizetype> openers = writer.openers();
        for (qsizetype &opener : openers)
            opener += afterBody;
        return readsBack(marked, openers, oldText, after) ? std::optional<QString>(marked) : std::nullopt;
    };
    std::optional<QString> marked = attempt();
    if (!marked) {
        widen(changes, oldBody.size(),
              [&](Range range, bool old) { return wholeLines(old ? oldBody : newBody, range.start, range.end); });
        marked = attempt();
        if (!marked) {
            result.error = Text::tr("The difference cannot be written as suggestions: the drafts hold review marks "
                                    "that the changes cut through. Accept or reject the marks in both first.");
            return result;
        }
    }
    result.text = *marked;
    result.suggestions = writer.marks();
    return result;
}

} // namespace Byline::Core
