#include "reviewedits.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace Byline::Core {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::ReviewEdits)
};

using Kind = CriticMarkup::Kind;
using View = ReviewEdits::View;
using Decision = ReviewEdits::Decision;

// What a change leaves behind when decided.
QStringView decided(QStringView text, const CriticMarkup::Mark &mark, Decision decision)
{
    const bool accept = decision == Decision::Accept;
    switch (mark.kind) {
    case Kind::Addition:
        return accept ? mark.content.of(text) : QStringView();
    case Kind::Deletion:
        return accept ? QStringView() : mark.content.of(text);
    case Kind::Substitution:
        return accept ? mark.newText.of(text) : mark.oldText.of(text);
    case Kind::Highlight:
        return mark.content.of(text);
    case Kind::Comment:
        break;
    }
    return {};
}

// An item decided, or its comments taken out.
TextEdit settle(QStringView text, const Review::Item &item, Decision decision, bool keepLines)
{
    QString kept = decided(text, item.mark, decision).toString();
    if (keepLines) {
        // Every line break of the item that does not stay, at the end, so the lines after it keep
        // their numbers.
        kept += QString(item.whole.of(text).count(u'\n') - kept.count(u'\n'), QLatin1Char('\n'));
    }
    return {item.whole.start, item.whole.end, kept};
}

// Every item settled as the view has it, seams as they fall.
TextEdits settleAll(QStringView text, const Review &review, View view, bool keepLines)
{
    TextEdits edits;
    if (view == View::Markup)
        return edits;
    const Decision decision = view == View::Final ? Decision::Accept : Decision::Reject;
    edits.reserve(review.items().size());
    for (const Review::Item &item : review.items())
        edits.append(settle(text, item, decision, keepLines));
    return edits;
}

bool closesSentence(QChar c)
{
    return QStringView(u".,;:!?)]").contains(c);
}

// Whether a change or comment by `by` at `whole` reads back from `edited` as one item there.
bool readsBack(QStringView edited, qsizetype position, Review::Item::Type type)
{
    const Review review = Review::read(edited);
    const qsizetype index = review.itemAt(position);
    return index >= 0 && review.items().at(index).type == type;
}

QString insideCode()
{
    return Text::tr("Comments cannot be placed in code, where review marks are plain text; select text outside "
                    "the code");
}

} // namespace

QString ReviewEdits::cleanReviewerName(const QString &name)
{
    QString clean;
    clean.reserve(name.size());
    for (const QChar c : name) {
        if (c.isSpace())
            clean += QLatin1Char(' ');
        else if (!QStringView(u"@{}<>:").contains(c))
            clean += c;
    }
    return clean.simplified();
}

QString ReviewEdits::commentMark(const Attribution &by, const QString &words, Review::Verb verb)
{
    QString content;
    if (!by.isEmpty()) {
        content = Attribution {cleanReviewerName(by.reviewer), by.time}.toText();
        if (verb == Review::Verb::Resolved)
            content += QStringLiteral(" resolved");
        else if (verb == Review::Verb::Reopened)
            content += QStringLiteral(" reopened");
    }
    QString said = words.trimmed();
    // `<<}` would close the comment early and `{>>` cannot open inside it; a space keeps both readable.
    said.replace(QStringLiteral("<<}"), QStringLiteral("<< }"));
    if (!said.isEmpty())
        content += content.isEmpty() ? said : QStringLiteral(": ") + said;
    // A trailing `<` would join the closing delimiter (`<<<}`) and end the mark one character early.
    if (content.endsWith(QLatin1Char('<')))
        content += QLatin1Char(' ');
    return CriticMarkup::opening(Kind::Comment) + content + CriticMarkup::closing(Kind::Comment);
}

TextEdits ReviewEdits::viewEdits(QStringView text, const Review &review, View view, bool keepLines)
{
    return tidySeams(text, settleAll(text, review, view, keepLines));
}

QString ReviewEdits::rawView(QStringView text, View view, CriticMarkup::Start start)
{
    if (view == View::Markup || !text.contains(u'{'))
        return text.toString();
    return apply(text, settleAll(text, Review::read(text, start), view, false));
}

QString ReviewEdits::view(QStringView text, View view, CriticMarkup::Start start, bool keepLines)
{
    if (view == View::Markup || !text.contains(u'{'))
        return text.toString();
    return apply(text, viewEdits(text, Review::read(text, start), view, keepLines));
}

TextEdits ReviewEdits::decide(QStringView text, const Review::Item &item, Decision decision)
{
    return tidySeams(text, {settle(text, item, decision, false)});
}

TextEdits ReviewEdits::decideAll(QStringView text, const Review &review, Decision decision, const QString &reviewer)
{
    TextEdits edits;
    for (const Review::Item &item : review.items()) {
        if (item.isChange() && (reviewer.isEmpty() || item.isBy(reviewer)))
            edits.append(settle(text, item, decision, false));
    }
    return tidySeams(text, std::move(edits));
}

TextEdits ReviewEdits::removeComments(QStringView text, const Review &review, const QString &reviewer)
{
    TextEdits edits;
    for (const Review::Item &item : review.items()) {
        const bool bareHighlight = item.type == Review::Item::Type::Highlight && reviewer.isEmpty();
        if ((!item.hasComments() && !bareHighlight) || (!reviewer.isEmpty() && !item.isBy(reviewer)))
            continue;
        if (item.isChange()) {
            // The change stays, and so does who made it.
            const QString attribution = item.by.isEmpty() ? QString() : commentMark(item.by, {});
            edits.append({item.mark.whole.end, item.whole.end, attribution});
        } else {
            edits.append(settle(text, item, Decision::Accept, false));
        }
    }
    return tidySeams(text, std::move(edits));
}

TextEdits ReviewEdits::reply(QStringView text, const Review::Item &item, const Attribution &by, const QString &words,
                             QString *why)
{
    TextEdits edits {{item.whole.end, item.whole.end, commentMark(by, words)}};
    if (!readsBack(apply(text, edits), item.whole.start,
                   item.type == Review::Item::Type::Highlight ? Review::Item::Type::Thread : item.type)) {
        if (why)
            *why = insideCode();
        return {};
    }
    return edits;
}

TextEdits ReviewEdits::setResolved(QStringView text, const Review::Item &item, const Attribution &by, bool resolved,
                                   QString *why)
{
    if (item.resolved == resolved)
        return {};
    const Review::Verb verb = resolved ? Review::Verb::Resolved : Review::Verb::Reopened;
    TextEdits edits {{item.whole.end, item.whole.end, commentMark(by, {}, verb)}};
    if (!readsBack(apply(text, edits), item.whole.start, item.type)) {
        if (why)
            *why = insideCode();
        return {};
    }
    return edits;
}

TextEdits ReviewEdits::addComment(QStringView text, const Review &review, qsizetype start, qsizetype end,
                                  const Attribution &by, const QString &words, QString *why)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    // The last item the range touches, if any: the comment joins its thread.
    const Review::Item *touched = nullptr;
    for (const Review::Item &item : review.items()) {
        if (item.whole.start > end)
            break;
        const bool touches = start < end
            ? item.whole.start < end && item.whole.end > start
            // A point at a change's start comes before it; at a comment's start it would join it.
            : item.whole.start <= start && start <= item.whole.end
                && (start > item.whole.start || item.mark.kind == Kind::Comment);
        if (touches)
            touched = &item;
    }
    if (touched)
        return reply(text, *touched, by, words, why);

    // A selection's line breaks and surrounding spaces stay outside the highlight.
    QStringView selected = text.sliced(start, end - start);
    while (!selected.isEmpty() && selected.front().isSpace()) {
        selected = selected.sliced(1);
        ++start;
    }
    while (!selected.isEmpty() && selected.back().isSpace()) {
        selected.chop(1);
        --end;
    }
    TextEdits edits;
    if (start == end) {
        edits.append({start, start, commentMark(by, words)});
    } else {
        edits.append({start, start, CriticMarkup::opening(Kind::Highlight).toString()});
        edits.append({end, end, CriticMarkup::closing(Kind::Highlight) + commentMark(by, words)});
    }
    if (!readsBack(apply(text, edits), start, Review::Item::Type::Thread)) {
        if (why)
            *why = insideCode();
        return {};
    }
    return edits;
}

QString ReviewEdits::apply(QStringView text, const TextEdits &edits)
{
    QString result;
    qsizetype grown = 0;
    for (const TextEdit &edit : edits)
        grown += edit.text.size() - (edit.end - edit.start);
    result.reserve(text.size() + std::max<qsizetype>(grown, 0));
    qsizetype at = 0;
    for (const TextEdit &edit : edits) {
        result += text.sliced(at, edit.start - at);
        result += edit.text;
        at = edit.end;
    }
    result += text.sliced(at);
    return result;
}

qsizetype ReviewEdits::mapPosition(qsizetype position, const TextEdits &edits)
{
    qsizetype shift = 0;
    for (const TextEdit &edit : edits) {
        if (edit.start >= position && !(edit.start == position && edit.end == position))
            break;
        if (position < edit.end) // inside a replaced range: to the end of its replacement
            return edit.start + shift + edit.text.size();
        shift += edit.text.size() - (edit.end - edit.start);
    }
    return position + shift;
}

TextEdits ReviewEdits::tidySeams(QStringView text, TextEdits edits)
{
    // Edits that touch become one, so a seam is judged by what really ends up on either side.
    TextEdits merged;
    merged.reserve(edits.size());
    for (TextEdit &edit : edits) {
        if (!merged.isEmpty() && merged.back().end == edit.start) {
            merged.back().end = edit.end;
            merged.back().text += edit.text;
        } else {
            merged.append(std::move(edit));
        }
    }
    for (qsizetype i = 0; i < merged.size(); ++i) {
        TextEdit &edit = merged[i];
        if (!edit.text.isEmpty() || edit.start == edit.end)
            continue;
        const qsizetype previousEnd = i > 0 ? merged.at(i - 1).end : 0;
        const bool spaceBefore = edit.start > previousEnd && text[edit.start - 1] == u' ';
        const bool lineStart = edit.start == 0 || text[edit.start - 1] == u'\n';
        const qsizetype nextStart = i + 1 < merged.size() ? merged.at(i + 1).start : text.size();
        const QChar after = edit.end < text.size() ? text[edit.end] : QChar(u'\n');
        if (spaceBefore && (after == u' ' || after == u'\n' || after == u'\r' || closesSentence(after)))
            --edit.start;
        else if (lineStart && after == u' ' && edit.end < nextStart)
            ++edit.end;
    }
    return merged;
}

} // namespace Byline::Core
