#include "comparison.h"

#include <article/article.h>

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

#include <review/diffsuggestions.h>

namespace Byline::WidgetUi {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::WidgetUi::Comparison)
};

// Long enough to recognise a phrase in the list, short enough that "old → new" fits a row.
constexpr qsizetype excerptLength = 40;

// A change's words on one line for the list: runs of white space as one space, a line break as ¶
// (a paragraph joined or split shows as that), long runs cut short.
QString excerptOf(QStringView words)
{
    if (words.isEmpty())
        return {};
    if (words.trimmed().isEmpty())
        return words.contains(u'\n') ? QStringLiteral("¶") : Text::tr("(space)");
    QString shown;
    shown.reserve(std::min(words.size(), excerptLength + 1));
    bool space = false;
    for (const QChar c : words) {
        if (shown.size() > excerptLength)
            break;
        if (c == u'\n') {
            shown += shown.isEmpty() || shown.endsWith(u' ') ? QStringLiteral("¶ ") : QStringLiteral(" ¶ ");
            space = false;
        } else if (c.isSpace()) {
            space = !shown.isEmpty();
        } else {
            if (space && !shown.endsWith(u' '))
                shown += u' ';
            space = false;
            shown += c;
        }
    }
    shown = shown.trimmed();
    if (shown.size() > excerptLength) {
        // Cut at a word's end where there is one not too far back.
        qsizetype cut = shown.lastIndexOf(u' ', excerptLength - 1);
        if (cut < excerptLength / 2)
            cut = excerptLength - 1;
        shown = shown.left(cut).trimmed() + u'…';
    }
    return shown;
}

// Edits in the order of the text; a moved paragraph's empty place can touch another change, and
// those become one edit (in the order given), so no two edits meet at one position, where they
// would have no one order.
QList<TextEdit> inTextOrder(QList<TextEdit> edits)
{
    std::ranges::stable_sort(edits, {}, &TextEdit::from);
    QList<TextEdit> merged;
    merged.reserve(edits.size());
    for (TextEdit &edit : edits) {
        if (!merged.isEmpty() && edit.from <= merged.last().to) {
            merged.last().to = std::max(merged.last().to, edit.to);
            merged.last().text += edit.text;
        } else {
            merged.append(std::move(edit));
        }
    }
    return merged;
}

QString firstAuthor(const Core::Article &article)
{
    const QStringList authors = article.metadata().authors;
    return authors.isEmpty() ? QString() : authors.constFirst();
}

} // namespace

Comparison Comparison::make(const QString &before, const QString &after)
{
    Comparison made;
    made.m_before = before;
    made.m_after = after;
    made.m_beforeBody = Core::DiffSuggestions::bodyStart(before);
    made.m_afterBody = Core::DiffSuggestions::bodyStart(after);
    made.m_diff = Core::WordDiff::compare(before, after, made.m_beforeBody, made.m_afterBody);
    // The front matter alone is parsed: the bodies are compared word by word.
    const Core::Article old = Core::Article::fromText(before.first(made.m_beforeBody));
    const Core::Article current = Core::Article::fromText(after.first(made.m_afterBody));
    made.m_frontMatter = Core::FrontMatterDiff::compare(old.frontMatter(), current.frontMatter());
    made.m_beforeAuthor = firstAuthor(old);
    made.m_afterAuthor = firstAuthor(current);
    made.m_lines = Core::LineStarts(after);
    made.makeEntries();
    return made;
}

void Comparison::makeEntries()
{
    const QList<Change> &all = changes();
    m_entries.reserve(all.size());
    for (const Change &change : all) {
        Entry entry;
        const QString was = excerptOf(change.before.of(m_before));
        const QString is = excerptOf(change.after.of(m_after));
        entry.line = lineOf(change.after.start);
        if (change.isMove()) {
            const Change &other = all.at(change.movedWith);
            entry.kind
                = change.kind() == Core::WordDiff::Kind::Deleted ? Entry::Kind::MovedAway : Entry::Kind::MovedHere;
            entry.otherLine = lineOf(other.after.start);
            entry.excerpt = entry.kind == Entry::Kind::MovedAway ? was : is;
        } else {
            switch (change.kind()) {
            case Core::WordDiff::Kind::Added:
                entry.kind = Entry::Kind::Added;
                entry.excerpt = is;
                break;
            case Core::WordDiff::Kind::Deleted:
                entry.kind = Entry::Kind::Deleted;
                entry.excerpt = was;
                break;
            case Core::WordDiff::Kind::Replaced:
                entry.kind = Entry::Kind::Replaced;
                entry.excerpt = was + QStringLiteral(" → ") + is;
                break;
            }
        }
        m_entries.append(entry);
    }
}

int Comparison::lineOf(qsizetype afterPosition) const
{
    return int(m_lines.lineOf(afterPosition));
}

qsizetype Comparison::toAfter(qsizetype beforePosition) const
{
    const QList<Change> &all = changes();
    const auto next = std::upper_bound(all.cbegin(), all.cend(), beforePosition,
                                       [](qsizetype p, const Change &change) { return p < change.before.start; });
    qsizetype mapped = 0;
    if (next == all.cbegin()) {
        // Front matter is compared key by key, not word by word: its start stands for all of it.
        mapped = beforePosition < m_beforeBody ? 0 : beforePosition - m_beforeBody + m_afterBody;
    } else {
        const Change &change = *std::prev(next);
        mapped = beforePosition < change.before.end ? change.after.start
                                                    : change.after.end + beforePosition - change.before.end;
    }
    return std::clamp<qsizetype>(mapped, 0, m_after.size());
}

qsizetype Comparison::toBefore(qsizetype afterPosition) const
{
    const QList<Change> &all = changes();
    const auto next = std::upper_bound(all.cbegin(), all.cend(), afterPosition,
                                       [](qsizetype p, const Change &change) { return p < change.after.start; });
    qsizetype mapped = 0;
    if (next == all.cbegin()) {
        mapped = afterPosition < m_afterBody ? 0 : afterPosition - m_afterBody + m_beforeBody;
    } else {
        const Change &change = *std::prev(next);
        mapped = afterPosition < change.after.end ? change.before.start
                                                  : change.before.end + afterPosition - change.after.end;
    }
    return std::clamp<qsizetype>(mapped, 0, m_before.size());
}

qsizetype Comparison::changeAtOrBefore(qsizetype afterPosition) const
{
    const QList<Change> &all = changes();
    const auto next = std::upper_bound(all.cbegin(), all.cend(), afterPosition,
                                       [](qsizetype p, const Change &change) { return p < change.after.start; });
    return qsizetype(next - all.cbegin()) - 1;
}

bool Comparison::isParagraphBreak(const Change &change) const
{
    const QStringView was = change.before.of(m_before);
    const QStringView is = change.after.of(m_after);
    return (was.contains(u'\n') || is.contains(u'\n')) && was.trimmed().isEmpty() && is.trimmed().isEmpty();
}

QList<TextEdit> Comparison::edits(const QList<qsizetype> &indexes, bool currentIsAfter) const
{
    QList<TextEdit> made;
    made.reserve(indexes.size());
    for (const qsizetype index : indexes) {
        const Change &change = changes().at(index);
        const Range &mine = currentIsAfter ? change.after : change.before;
        const QStringView theirs = currentIsAfter ? change.before.of(m_before) : change.after.of(m_after);
        made.append({int(mine.start), int(mine.end), theirs.toString()});
    }
    return made;
}

QList<TextEdit> Comparison::restoring(qsizetype index, bool currentIsAfter) const
{
    if (index < 0 || index >= changes().size())
        return {};
    const Change &change = changes().at(index);
    if (!change.isMove())
        return edits({index}, currentIsAfter);
    // A moved paragraph goes back where it was: both of its places, with the paragraph breaks
    // that moved with it (changes of their own, touching either place).
    QList<qsizetype> indexes {index, change.movedWith};
    for (const qsizetype half : {index, change.movedWith}) {
        const Range &place = currentIsAfter ? changes().at(half).after : changes().at(half).before;
        for (const qsizetype next : {half - 1, half + 1}) {
            if (next < 0 || next >= changes().size() || indexes.contains(next))
                continue;
            const Change &neighbour = changes().at(next);
            const Range &near = currentIsAfter ? neighbour.after : neighbour.before;
            if (isParagraphBreak(neighbour) && (near.end == place.start || near.start == place.end))
                indexes.append(next);
        }
    }
    return inTextOrder(edits(indexes, currentIsAfter));
}

QList<TextEdit> Comparison::restoringAll(bool currentIsAfter) const
{
    const QString &current = currentIsAfter ? m_after : m_before;
    const QString &other = currentIsAfter ? m_before : m_after;
    const qsizetype currentBody = currentIsAfter ? m_afterBody : m_beforeBody;
    const qsizetype otherBody = currentIsAfter ? m_beforeBody : m_afterBody;
    QList<qsizetype> indexes(changes().size());
    std::iota(indexes.begin(), indexes.end(), 0);
    QList<TextEdit> all = edits(indexes, currentIsAfter);
    if (QStringView(current).first(currentBody) != QStringView(other).first(otherBody))
        all.prepend({0, int(currentBody), other.first(otherBody)});
    all = inTextOrder(std::move(all));
    // The edits are checked against the text they must give; should they ever not give it, the
    // whole text is replaced, which always does.
    QString result;
    result.reserve(other.size());
    qsizetype at = 0;
    for (const TextEdit &edit : std::as_const(all)) {
        if (edit.from < at)
            return {{0, int(current.size()), other}};
        result += QStringView(current).sliced(at, edit.from - at);
        result += edit.text;
        at = edit.to;
    }
    result += QStringView(current).sliced(at);
    if (result != other)
        return {{0, int(current.size()), other}};
    return all;
}

} // namespace Byline::WidgetUi
