#include "suggestedit.h"

#include <QCoreApplication>

#include <algorithm>

namespace Byline::Core {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::SuggestEdit)
};

using Kind = CriticMarkup::Kind;
using Item = Review::Item;
using Result = SuggestEdit::Result;

QString tagOf(const Attribution &by)
{
    return by.isEmpty() ? QString() : ReviewEdits::commentMark(by, {});
}

QString wrapped(Kind kind, QStringView content, const Attribution &by)
{
    return CriticMarkup::opening(kind) + content + CriticMarkup::closing(kind) + tagOf(by);
}

bool within(qsizetype position, const CriticMarkup::Range &range)
{
    return position >= range.start && position <= range.end;
}

class Suggestion final
{
public:
    Suggestion(QStringView text, const Review &review, Attribution by, CriticMarkup::Start start)
        : m_text(text)
        , m_review(review)
        , m_by(std::move(by))
        , m_start(start)
    { }

    Result insert(qsizetype at, const QString &inserted)
    {
        const auto plain = [&](qsizetype position) {
            return done({{position, position, inserted}}, position + inserted.size());
        };
        if (const Item *item = around(at)) {
            const CriticMarkup::Mark &mark = item->mark;
            if (mark.kind == Kind::Addition && within(at, mark.content)) {
                if (item->isBy(m_by.reviewer))
                    return plain(at);
                if (at == mark.content.start)
                    return addition(item->whole.start, inserted);
                if (at == mark.content.end)
                    return addition(item->whole.end, inserted);
                return splitAddition(*item, at, inserted);
            }
            if (mark.kind == Kind::Substitution && within(at, mark.newText) && item->isBy(m_by.reviewer))
                return plain(at);
            // Deleted or replaced text, a comment, a delimiter: the words go after the mark.
            return addition(item->whole.end, inserted);
        }
        // At the edge of your own addition or substitution, typing goes on inside it.
        if (const Item *before = endingAt(at); before && before->isBy(m_by.reviewer)) {
            if (before->kind() == Kind::Addition)
                return plain(before->mark.content.end);
            if (before->kind() == Kind::Substitution)
                return plain(before->mark.newText.end);
        }
        if (const Item *after = startingAt(at); after && after->isBy(m_by.reviewer) && after->kind() == Kind::Addition)
            return plain(after->mark.content.start);
        return addition(at, inserted);
    }

    Result remove(qsizetype start, qsizetype end)
    {
        // Inside your own addition, or your substitution's new text, characters simply go.
        if (const Item *item = around(start); item && item->isBy(m_by.reviewer)) {
            const CriticMarkup::Mark &mark = item->mark;
            if (mark.kind == Kind::Addition && within(start, mark.content) && within(end, mark.content)) {
                if (start == mark.content.start && end == mark.content.end)
                    return done({{item->whole.start, item->whole.end, {}}}, item->whole.start);
                return done({{start, end, {}}}, start);
            }
            if (mark.kind == Kind::Substitution && within(start, mark.newText) && within(end, mark.newText)) {
                if (start == mark.newText.start && end == mark.newText.end) {
                    // Nothing new left: what remains is a deletion of the old text.
                    const TextEdits edits {
                        {mark.whole.start, mark.whole.end, wrapped(Kind::Deletion, mark.oldText.of(m_text), {})}};
                    return done(edits, mark.whole.start);
                }
                return done({{start, end, {}}}, start);
            }
        }
        TextEdits edits;
        qsizetype at = start;
        qsizetype touchedStart = start;
        qsizetype touchedEnd = end;
        for (const Item &item : m_review.items()) {
            if (item.whole.end <= start)
                continue;
            if (item.whole.start >= end)
                break;
            touchedStart = std::min(touchedStart, item.whole.start);
            touchedEnd = std::max(touchedEnd, item.whole.end);
            if (item.whole.start > at)
                deletePlain(at, item.whole.start, edits);
            if (const QString why
                = removeFrom(item, std::max(start, item.whole.start), std::min(end, item.whole.end), edits);
                !why.isEmpty())
                return refuse(why);
            at = std::max(at, item.whole.end);
        }
        if (at < end)
            deletePlain(at, end, edits);
        if (edits.isEmpty()) {
            // Only marks, deleted text or comments: nothing to delete; the cursor steps over them.
            Result result;
            result.cursorBefore = touchedStart;
            result.cursorAfter = touchedEnd;
            return result;
        }
        return done(edits, start, end);
    }

    Result replace(qsizetype start, qsizetype end, const QString &inserted)
    {
        // Over plain text only: a substitution. Elsewhere, the deletion and then the addition.
        const bool plainText = std::none_of(m_review.items().cbegin(), m_review.items().cend(), [&](const Item &item) {
            return item.whole.start < end && item.whole.end > start;
        });
        const Item *item = around(start);
        const bool ownAddition = item && item->isBy(m_by.reviewer) && item->kind() == Kind::Addition
            && within(start, item->mark.content) && within(end, item->mark.content);
        if (ownAddition)
            return done({{start, end, inserted}}, start + inserted.size());
        if (plainText) {
            const QString mark = CriticMarkup::opening(Kind::Substitution) + m_text.sliced(start, end - start)
                + QStringLiteral("~>") + inserted;
            const TextEdits edits {{start, end, mark + CriticMarkup::closing(Kind::Substitution) + tagOf(m_by)}};
            return done(edits, start + mark.size());
        }
        Result removed = remove(start, end);
        if (removed.refused())
            return removed;
        // The new words go after what was deleted, as an addition of their own.
        const qsizetype after = removed.cursorAfter;
        const QString text = ReviewEdits::apply(m_text, removed.edits);
        const Review review = Review::read(text, m_start);
        Result added = Suggestion(text, review, m_by, m_start).insert(after, inserted);
        if (added.refused())
            return added;
        return combine(removed.edits, added);
    }

private:
    Result combine(const TextEdits &first, const Result &second) const
    {
        // Both as one set of edits on the original text: the second set is on the text after the
        // first, so it is applied to that and the whole is one replacement of the span touched.
        const QString once = ReviewEdits::apply(m_text, first);
        const QString twice = ReviewEdits::apply(once, second.edits);
        qsizetype head = 0;
        while (head < m_text.size() && head < twice.size() && m_text[head] == twice[head])
            ++head;
        qsizetype tail = 0;
        while (tail < m_text.size() - head && tail < twice.size() - head
               && m_text[m_text.size() - 1 - tail] == twice[twice.size() - 1 - tail])
            ++tail;
        Result result;
        result.edits = {{head, m_text.size() - tail, twice.sliced(head, twice.size() - tail - head)}};
        result.cursorBefore = second.cursorBefore;
        result.cursorAfter = second.cursorAfter;
        return checked(result);
    }

    // A new addition of yours at `at`, the cursor after its words.
    Result addition(qsizetype at, const QString &inserted)
    {
        const qsizetype cursor = at + CriticMarkup::opening(Kind::Addition).size() + inserted.size();
        return done({{at, at, wrapped(Kind::Addition, inserted, m_by)}}, cursor);
    }

    // Yours inside another reviewer's addition: theirs closes before and opens again after.
    Result splitAddition(const Item &item, qsizetype at, const QString &inserted)
    {
        const QString close = CriticMarkup::closing(Kind::Addition) + tagOf(item.by);
        const QString mine = wrapped(Kind::Addition, inserted, m_by);
        const QString reopen = CriticMarkup::opening(Kind::Addition).toString();
        const qsizetype cursor = at + close.size() + CriticMarkup::opening(Kind::Addition).size() + inserted.size();
        return done({{at, at, close + mine + reopen}}, cursor);
    }

    // Plain text [start, end) into a deletion of yours, joined to one of yours right beside it.
    void deletePlain(qsizetype start, qsizetype end, TextEdits &edits) const
    {
        const QStringView removed = m_text.sliced(start, end - start);
        if (const Item *before = endingAt(start);
            before && before->isBy(m_by.reviewer) && before->kind() == Kind::Deletion && !overlapsLast(edits, before)) {
            edits.append({before->mark.content.end, before->mark.content.end, removed.toString()});
            edits.append({start, end, {}});
            return;
        }
        if (const Item *after = startingAt(end);
            after && after->isBy(m_by.reviewer) && after->kind() == Kind::Deletion) {
            edits.append({start, end, {}});
            edits.append({after->mark.content.start, after->mark.content.start, removed.toString()});
            return;
        }
        edits.append({start, end, wrapped(Kind::Deletion, removed, m_by)});
    }

    static bool overlapsLast(const TextEdits &edits, const Item *item)
    {
        return !edits.isEmpty() && edits.back().end > item->mark.content.end;
    }

    // The part [start, end) of `item` deleted; the reason when it cannot be.
    QString removeFrom(const Item &item, qsizetype start, qsizetype end, TextEdits &edits) const
    {
        const CriticMarkup::Mark &mark = item.mark;
        const auto overlap = [&](const CriticMarkup::Range &range) {
            return CriticMarkup::Range {std::max(start, range.start), std::min(end, range.end)};
        };
        switch (mark.kind) {
        case Kind::Deletion:
        case Kind::Comment:
            return {}; // deleted already; comments are not deleted by editing
        case Kind::Addition: {
            const CriticMarkup::Range part = overlap(mark.content);
            if (part.length() <= 0)
                return {};
            if (!item.isBy(m_by.reviewer))
                return othersSuggestion(item);
            if (part == mark.content)
                edits.append({item.whole.start, item.whole.end, {}});
            else
                edits.append({part.start, part.end, {}});
            return {};
        }
        case Kind::Substitution: {
            const CriticMarkup::Range part = overlap(mark.newText);
            if (part.length() <= 0)
                return {};
            if (!item.isBy(m_by.reviewer))
                return othersSuggestion(item);
            if (part == mark.newText)
                edits.append({mark.whole.start, mark.whole.end, wrapped(Kind::Deletion, mark.oldText.of(m_text), {})});
            else
                edits.append({part.start, part.end, {}});
            return {};
        }
        case Kind::Highlight:
            if (overlap(mark.content).length() <= 0)
                return {};
            return Text::tr("This text has a comment on it; resolve or remove the comment before suggesting a deletion "
                            "here");
        }
        return {};
    }

    static QString othersSuggestion(const Item &item)
    {
        if (item.by.isEmpty())
            return Text::tr("This is another suggestion; accept or reject it before changing it");
        return Text::tr("This is %1's suggestion; accept or reject it before changing it").arg(item.by.reviewer);
    }

    Result done(const TextEdits &edits, qsizetype cursor) const
    {
        Result result;
        result.edits = edits;
        result.cursorBefore = result.cursorAfter = cursor;
        return checked(result);
    }

    Result done(TextEdits edits, qsizetype start, qsizetype end) const
    {
        std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) {
            return a.start < b.start || (a.start == b.start && a.end < b.end);
        });
        Result result;
        result.edits = std::move(edits);
        result.cursorBefore = ReviewEdits::mapPosition(start, result.edits);
        result.cursorAfter = ReviewEdits::mapPosition(end, result.edits);
        return checked(result);
    }

    // A suggestion never changes the original: what every reviewer's rejection gives stays.
    Result checked(Result result) const
    {
        const QString edited = ReviewEdits::apply(m_text, result.edits);
        if (ReviewEdits::rawView(edited, ReviewEdits::View::Original, m_start)
            != ReviewEdits::rawView(m_text, ReviewEdits::View::Original, m_start))
            return refuse(Text::tr("This edit cannot be suggested here: review marks are plain text in code and "
                                   "front matter, and the edit would change the original. Turn off Suggest Changes "
                                   "to make it"));
        return result;
    }

    static Result refuse(const QString &why)
    {
        Result result;
        result.refusal = why;
        return result;
    }

    // The item `position` lies strictly inside of.
    const Item *around(qsizetype position) const
    {
        const qsizetype index = m_review.itemAt(position);
        if (index < 0)
            return nullptr;
        const Item &item = m_review.items().at(index);
        return item.whole.start < position && position < item.whole.end ? &item : nullptr;
    }

    const Item *endingAt(qsizetype position) const { return find(&CriticMarkup::Range::end, position); }
    const Item *startingAt(qsizetype position) const { return find(&CriticMarkup::Range::start, position); }

    // The item whose whole range has `edge` (its start or end) at `position`.
    const Item *find(qsizetype CriticMarkup::Range::*edge, qsizetype position) const
    {
        const auto found = std::find_if(m_review.items().cbegin(), m_review.items().cend(),
                                        [&](const Item &item) { return item.whole.*edge == position; });
        return found == m_review.items().cend() ? nullptr : &*found;
    }

    QStringView m_text;
    const Review &m_review;
    Attribution m_by;
    CriticMarkup::Start m_start;
};

bool holdsMarks(const QString &text)
{
    for (const Kind kind : {Kind::Addition, Kind::Deletion, Kind::Substitution, Kind::Comment, Kind::Highlight}) {
        if (text.contains(CriticMarkup::opening(kind)) || text.contains(CriticMarkup::closing(kind)))
            return true;
    }
    return text.contains(QStringLiteral("~>"));
}

} // namespace

SuggestEdit::Result SuggestEdit::make(QStringView text, const Review &review, qsizetype start, qsizetype end,
                                      const QString &inserted, const Attribution &by, CriticMarkup::Start textStart)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    if (holdsMarks(inserted)) {
        Result refused;
        refused.refusal = Text::tr("Text with review marks cannot become a suggestion; turn off Suggest Changes to "
                                   "insert it as it is");
        return refused;
    }
    Suggestion suggestion(text, review, by, textStart);
    if (start == end)
        return inserted.isEmpty() ? Result {{}, start, start, {}} : suggestion.insert(start, inserted);
    if (inserted.isEmpty())
        return suggestion.remove(start, end);
    return suggestion.replace(start, end, inserted);
}

} // namespace Byline::Core
