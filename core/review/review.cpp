#include "review.h"

#include <QRegularExpression>

#include <algorithm>

namespace Byline::Core {

namespace {

using Kind = CriticMarkup::Kind;

// `@Name Surname 2026-11-20T10:04Z resolved: text`: the name may hold spaces because a time ends it.
const QRegularExpression &timedPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*@(?<name>[^\n@:][^\n@]*?)\s+)"
                       R"((?<time>\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?))"
                       R"((?:\s+(?<verb>resolved|reopened))?\s*(?::[ \t]*(?<text>.*?))?\s*$)"),
        QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

// `@TL` or `@editor on what grounds?`: without a time, the name is one word.
const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*@(?<name>[^\s:@]+):?(?:\s+(?<text>.*?))?\s*$)"),
                                            QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

QDateTime readTime(const QString &text)
{
    QString iso = text;
    iso.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    if (!time.isValid())
        return {};
    // Without a zone the time is taken as UTC, as Byline writes it: a local reading would differ
    // from machine to machine.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

Review::Item::Type typeOf(Kind kind)
{
    switch (kind) {
    case Kind::Addition:
    case Kind::Deletion:
    case Kind::Substitution:
        return Review::Item::Type::Change;
    case Kind::Highlight:
        return Review::Item::Type::Highlight;
    case Kind::Comment:
        break;
    }
    return Review::Item::Type::Thread;
}

bool isBareAttribution(const Review::Comment &comment)
{
    return comment.text.isEmpty() && comment.verb == Review::Verb::None;
}

} // namespace

QString Attribution::toText() const
{
    QString text = QLatin1Char('@') + reviewer;
    if (time.isValid())
        text += QLatin1Char(' ') + time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm")) + QLatin1Char('Z');
    return text;
}

bool Review::Item::isBy(const QString &reviewer) const
{
    return !reviewer.isEmpty() && by.reviewer.compare(reviewer, Qt::CaseInsensitive) == 0;
}

QStringList Review::Item::reviewers() const
{
    QStringList names;
    if (!by.isEmpty())
        names.append(by.reviewer);
    for (const Comment &comment : comments) {
        if (!comment.by.isEmpty() && !names.contains(comment.by.reviewer))
            names.append(comment.by.reviewer);
    }
    return names;
}

Review::Comment Review::readComment(QStringView content)
{
    Comment comment;
    const QString text = content.toString();
    if (!text.trimmed().startsWith(QLatin1Char('@'))) {
        comment.text = text.trimmed();
        return comment;
    }
    if (const QRegularExpressionMatch match = timedPattern().match(text); match.hasMatch()) {
        const QDateTime time = readTime(match.captured(u"time"));
        if (time.isValid()) {
            comment.by = {match.captured(u"name").trimmed(), time};
            const QStringView verb = match.capturedView(u"verb");
            comment.verb = verb == u"resolved" ? Verb::Resolved : verb == u"reopened" ? Verb::Reopened : Verb::None;
            comment.text = match.captured(u"text");
            return comment;
        }
    }
    if (const QRegularExpressionMatch match = namePattern().match(text); match.hasMatch()) {
        comment.by.reviewer = match.captured(u"name");
        comment.text = match.captured(u"text");
        return comment;
    }
    comment.text = text.trimmed();
    return comment;
}

Review Review::read(QStringView text, CriticMarkup::Start start)
{
    Review review;
    if (!text.contains(u'{')) // no mark can open: most articles, read on every render
        return review;
    const CriticMarkup::Result parsed = CriticMarkup::parse(text, start);
    review.m_problems = parsed.problems;
    const QList<CriticMarkup::Mark> &marks = parsed.marks;

    // Lines are counted once, front to back, as the marks come in text order.
    qsizetype counted = 0;
    qsizetype lineStart = 0;
    int line = 1;
    const auto locate = [&](qsizetype position, int &lineOut, int &columnOut) {
        for (; counted < position; ++counted) {
            if (text[counted] == u'\n') {
                ++line;
                lineStart = counted + 1;
            }
        }
        lineOut = line;
        columnOut = int(position - lineStart) + 1;
    };
    const auto noteReviewer = [&review](const Attribution &by) {
        if (!by.isEmpty() && !review.m_reviewers.contains(by.reviewer))
            review.m_reviewers.append(by.reviewer);
    };

    review.m_items.reserve(marks.size());
    for (qsizetype i = 0; i < marks.size();) {
        const CriticMarkup::Mark &mark = marks.at(i);
        Item item;
        item.type = typeOf(mark.kind);
        item.mark = mark;
        item.whole = mark.whole;
        QList<Comment> said;
        qsizetype next = i;
        if (mark.kind != Kind::Comment)
            ++next;
        while (next < marks.size() && marks.at(next).kind == Kind::Comment
               && (next == i || marks.at(next).whole.start == item.whole.end)) {
            Comment comment = readComment(marks.at(next).content.of(text));
            comment.mark = marks.at(next);
            item.whole.end = comment.mark.whole.end;
            said.append(std::move(comment));
            ++next;
        }
        i = next;
        if (item.type == Item::Type::Highlight && !said.isEmpty())
            item.type = Item::Type::Thread;
        if (!said.isEmpty())
            item.by = said.constFirst().by;
        locate(item.whole.start, item.line, item.column);
        for (Comment &comment : said) {
            locate(comment.mark.whole.start, comment.line, comment.column);
            noteReviewer(comment.by);
            if (comment.verb == Verb::Resolved || comment.verb == Verb::Reopened)
                item.resolved = comment.verb == Verb::Resolved;
            if (item.type != Item::Type::Change || !isBareAttribution(comment))
                item.comments.append(std::move(comment));
        }
        review.m_items.append(std::move(item));
    }
    return review;
}

qsizetype Review::changeCount() const
{
    return std::count_if(m_items.cbegin(), m_items.cend(), [](const Item &item) { return item.isChange(); });
}

qsizetype Review::openThreadCount() const
{
    return std::count_if(m_items.cbegin(), m_items.cend(),
                         [](const Item &item) { return item.hasComments() && !item.resolved; });
}

qsizetype Review::itemAt(qsizetype position) const
{
    const auto after = std::upper_bound(m_items.cbegin(), m_items.cend(), position,
                                        [](qsizetype at, const Item &item) { return at < item.whole.start; });
    if (after == m_items.cbegin())
        return -1;
    const auto item = std::prev(after);
    return position <= item->whole.end ? item - m_items.cbegin() : -1;
}

Review Review::moved(qsizetype characters, int lines) const
{
    const auto move = [characters](CriticMarkup::Range &range) {
        range.start += characters;
        range.end += characters;
    };
    const auto moveMark = [&move](CriticMarkup::Mark &mark) {
        move(mark.whole);
        move(mark.content);
        if (mark.kind == Kind::Substitution) { // the sides of the other kinds stay empty
            move(mark.oldText);
            move(mark.newText);
        }
    };
    Review review = *this;
    for (Item &item : review.m_items) {
        moveMark(item.mark);
        move(item.whole);
        item.line += lines;
        for (Comment &comment : item.comments) {
            moveMark(comment.mark);
            comment.line += lines;
        }
    }
    for (CriticMarkup::Problem &problem : review.m_problems) {
        problem.position += characters;
        problem.line += lines;
    }
    return review;
}

} // namespace Byline::Core
