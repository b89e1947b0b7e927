#include "reviewrender.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>

#include <array>

namespace Byline::Core {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::ReviewRender)
};

using Kind = CriticMarkup::Kind;
using View = ReviewEdits::View;

// Where a line's inline text starts after indentation and block markers (`> `, `- `, `1. `, `# `),
// so a marker put there keeps the line's block.
qsizetype blockPrefixLength(QStringView line)
{
    static const QRegularExpression prefix(
        QStringLiteral(R"(^[ \t]*(?:(?:>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+|#{1,6}[ \t]+)[ \t]*)*)"));
    return prefix.match(line).capturedLength();
}

bool isFenceDelimiter(QStringView rest)
{
    return rest.startsWith(u"```") || rest.startsWith(u"~~~");
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString signature(const Attribution &by)
{
    if (by.isEmpty())
        return Text::tr("not signed");
    if (!by.time.isValid())
        return by.reviewer;
    return Text::tr("%1, %2").arg(by.reviewer, ReviewRender::displayTime(by.time));
}

QString changeTitle(Kind kind, const Attribution &by)
{
    switch (kind) {
    case Kind::Addition:
        return Text::tr("Added: %1").arg(signature(by));
    case Kind::Deletion:
        return Text::tr("Deleted: %1").arg(signature(by));
    case Kind::Substitution:
        return Text::tr("Replaced: %1").arg(signature(by));
    case Kind::Highlight:
    case Kind::Comment:
        break;
    }
    return signature(by);
}

// A thread as one note: each comment with who said it and when.
QString noteHtml(const Review::Item &item, const QString &color)
{
    QStringList said;
    for (const Review::Comment &comment : item.comments) {
        QString line = QStringLiteral("<b>%1</b>")
                           .arg(escaped(comment.by.isEmpty() ? Text::tr("Comment") : comment.by.reviewer));
        if (comment.by.time.isValid())
            line += QLatin1Char(' ') + escaped(ReviewRender::displayTime(comment.by.time));
        if (comment.verb == Review::Verb::Resolved)
            line += QLatin1Char(' ') + escaped(Text::tr("resolved the thread"));
        else if (comment.verb == Review::Verb::Reopened)
            line += QLatin1Char(' ') + escaped(Text::tr("reopened the thread"));
        if (!comment.text.isEmpty())
            line += QStringLiteral(": ") + escaped(comment.text.simplified());
        said.append(line);
    }
    return QStringLiteral("<span class=\"critic-comment%1\" style=\"background-color:#fff4d6;color:#4a3b12;"
                          "font-size:small;border-left:3px solid %2\">&#x2009;%3&#x2009;</span>")
        .arg(item.resolved ? QStringLiteral(" resolved") : QString(), color, said.join(QStringLiteral(" &#x21b3; ")));
}

// A thread as plain text: `{>>Ed Brooks, 20 Nov 2026 10:04: Wednesday? ↳ Maya Okafor, …<<}`.
QString notePlainText(const Review::Item &item)
{
    QStringList said;
    for (const Review::Comment &comment : item.comments) {
        QString line = signature(comment.by);
        if (comment.verb == Review::Verb::Resolved)
            line += QLatin1Char(' ') + Text::tr("resolved the thread");
        else if (comment.verb == Review::Verb::Reopened)
            line += QLatin1Char(' ') + Text::tr("reopened the thread");
        if (!comment.text.isEmpty())
            line += QStringLiteral(": ") + comment.text.simplified();
        said.append(line);
    }
    return CriticMarkup::opening(Kind::Comment) + said.join(QStringLiteral(" \u21b3 "))
        + CriticMarkup::closing(Kind::Comment);
}

class Decorator final
{
public:
    Decorator(QStringView body, const Review &review, bool showResolved, InlineDecorations &decorations)
        : m_body(body)
        , m_review(review)
        , m_showResolved(showResolved)
        , m_decorations(decorations)
    {
        m_out.reserve(body.size() + body.size() / 8);
    }

    bool run()
    {
        m_keepLine = m_decorations.add({});
        for (const Review::Item &item : m_review.items()) {
            copyTo(item.whole.start);
            if (!decorate(item))
                return false;
            m_at = item.whole.end;
        }
        copyTo(m_body.size());
        return m_keepLine >= 0;
    }

    QString result() { return std::move(m_out); }

private:
    void copyTo(qsizetype position)
    {
        m_out += m_body.sliced(m_at, position - m_at);
        m_at = position;
    }

    bool decorate(const Review::Item &item)
    {
        const qsizetype reviewer = m_review.reviewers().indexOf(item.by.reviewer);
        const QString color = ReviewRender::reviewerColor(item.by.isEmpty() ? -1 : reviewer);
        const QString title = escaped(changeTitle(item.kind(), item.by));
        const qsizetype index = &item - m_review.items().constData();
        using Role = InlineDecorations::Decoration::Role;
        const auto change = [&](const QString &kindClass, const QString &style, bool counted) {
            const Kind plain = counted ? Kind::Addition : Kind::Deletion; // a substitution's sides as both
            return m_decorations.add({QStringLiteral("<span class=\"%1\" style=\"color:%2;%3\" title=\"%4\">")
                                          .arg(kindClass, color, style, title),
                                      QStringLiteral("</span>"), counted, CriticMarkup::opening(plain).toString(),
                                      CriticMarkup::closing(plain).toString(),
                                      counted ? Role::Insertion : Role::Deletion, index});
        };
        const bool shown = !(item.resolved && !m_showResolved);
        const CriticMarkup::Mark &mark = item.mark;
        switch (mark.kind) {
        case Kind::Addition:
            if (!span(mark.content,
                      change(QStringLiteral("critic-ins"), QStringLiteral("text-decoration:underline"), true)))
                return false;
            break;
        case Kind::Deletion:
            if (!span(mark.content,
                      change(QStringLiteral("critic-del"), QStringLiteral("text-decoration:line-through"), false)))
                return false;
            break;
        case Kind::Substitution:
            if (!span(mark.oldText,
                      change(QStringLiteral("critic-del"), QStringLiteral("text-decoration:line-through"), false))
                || !span(mark.newText,
                         change(QStringLiteral("critic-ins"), QStringLiteral("text-decoration:underline"), true)))
                return false;
            break;
        case Kind::Highlight:
            if (shown) {
                const qsizetype highlight = m_decorations.add(
                    {QStringLiteral("<span class=\"critic-mark\" style=\"background-color:#fff2a8;color:#1d1d1d\">"),
                     QStringLiteral("</span>"), true, CriticMarkup::opening(Kind::Highlight).toString(),
                     CriticMarkup::closing(Kind::Highlight).toString(), Role::Highlight, index});
                if (!span(mark.content, highlight))
                    return false;
            } else {
                m_out += mark.content.of(m_body);
            }
            break;
        case Kind::Comment:
            break;
        }
        if (item.hasComments() && shown) {
            const qsizetype note
                = m_decorations.add({noteHtml(item, color), {}, false, notePlainText(item), {}, Role::Note, index});
            if (note < 0)
                return false;
            m_out += InlineDecorations::opening(note);
        }
        // The comments' line breaks stay, each followed by a marker so that no line of them reads as
        // blank and ends a paragraph: the lines after keep their numbers.
        const qsizetype commentsStart = mark.kind == Kind::Comment ? item.whole.start : mark.whole.end;
        const qsizetype breaks = item.whole.of(m_body).sliced(commentsStart - item.whole.start).count(u'\n');
        for (qsizetype i = 0; i < breaks; ++i)
            m_out += QLatin1Char('\n') + InlineDecorations::opening(m_keepLine);
        return true;
    }

    // The text of `range` with decoration `index` around it, opened and closed on each line.
    bool span(const CriticMarkup::Range &range, qsizetype index)
    {
        if (index < 0)
            return false;
        qsizetype start = range.start;
        while (true) {
            const qsizetype newline = m_body.indexOf(u'\n', start);
            const bool last = newline < 0 || newline >= range.end;
            qsizetype end = last ? range.end : newline;
            if (!last && end > start && m_body[end - 1] == u'\r')
                --end;
            const QStringView before = m_out.sliced(m_out.lastIndexOf(u'\n') + 1);
            const bool atLineStart = before.trimmed().isEmpty();
            QStringView piece = m_body.sliced(start, end - start);
            if (atLineStart) {
                const qsizetype prefix = blockPrefixLength(piece);
                m_out += piece.first(prefix);
                piece = piece.sliced(prefix);
            }
            if (piece.trimmed().isEmpty() || (atLineStart && isFenceDelimiter(piece)))
                m_out += piece;
            else
                m_out += InlineDecorations::opening(index) + piece + InlineDecorations::closing(index);
            if (last)
                return true;
            m_out += m_body.sliced(end, newline + 1 - end);
            start = newline + 1;
        }
    }

    QStringView m_body;
    const Review &m_review;
    bool m_showResolved = false;
    InlineDecorations &m_decorations;
    QString m_out;
    qsizetype m_at = 0;
    qsizetype m_keepLine = -1;
};

} // namespace

QString ReviewRender::reviewerColor(qsizetype index)
{
    static constexpr std::array<const char16_t *, 8> colors
        = {u"#1565c0", u"#c62828", u"#2e7d32", u"#6a1b9a", u"#e65100", u"#00838f", u"#ad1457", u"#5d4037"};
    if (index < 0)
        return QStringLiteral("#546e7a");
    return QString::fromUtf16(colors.at(size_t(index) % colors.size()));
}

QString ReviewRender::displayTime(const QDateTime &time)
{
    static constexpr qint64 quarterHourMs = 15 * 60 * 1000;
    static constexpr std::array<const char *, 12> months
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    thread_local QHash<qint64, int> offsets; // seconds east of UTC, by quarter hour since the epoch
    thread_local QElapsedTimer age; // forgotten after a minute: the computer's zone may change
    if (!time.isValid())
        return {};
    if (!age.isValid() || age.hasExpired(60 * 1000)) {
        offsets.clear();
        age.start();
    }
    const qint64 msecs = time.toMSecsSinceEpoch();
    const qint64 quarter = msecs >= 0 ? msecs / quarterHourMs : (msecs - quarterHourMs + 1) / quarterHourMs;
    auto offset = offsets.constFind(quarter);
    if (offset == offsets.cend()) {
        if (offsets.size() >= 4096)
            offsets.clear();
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(quarter * quarterHourMs, Qt::UTC);
        offset = offsets.insert(quarter, start.toLocalTime().offsetFromUtc());
    }
    // The local wall clock, read as if it were UTC: no time zone to consult for its fields.
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msecs + qint64(*offset) * 1000, Qt::UTC);
    const QDate date = local.date();
    const QTime clock = local.time();
    QString text;
    text.reserve(20);
    const auto twoDigits = [&text](int n) {
        text += QChar(u'0' + n / 10);
        text += QChar(u'0' + n % 10);
    };
    text += QString::number(date.day()) + QLatin1Char(' ') + QLatin1String(months.at(size_t(date.month() - 1)))
        + QLatin1Char(' ') + QString::number(date.year()) + QLatin1Char(' ');
    twoDigits(clock.hour());
    text += QLatin1Char(':');
    twoDigits(clock.minute());
    return text;
}

std::optional<QString> ReviewRender::decorate(QStringView body, const Review &review, bool showResolved,
                                              InlineDecorations &decorations)
{
    Decorator decorator(body, review, showResolved, decorations);
    if (!decorator.run())
        return std::nullopt;
    return decorator.result();
}

RenderResult ReviewRender::render(const QString &body, const RenderOptions &options, const Options &review)
{
    return render(body, Review::read(body, CriticMarkup::Start::Body), options, review);
}

RenderResult ReviewRender::render(const QString &body, const Review &read, const RenderOptions &options,
                                  const Options &review)
{
    if (read.isEmpty())
        return Renderer::render(body, options);
    const auto viewText
        = [&](View view) { return ReviewEdits::apply(body, ReviewEdits::viewEdits(body, read, view, true)); };
    switch (review.view) {
    case View::Markup: {
        RenderOptions decorated = options;
        if (const std::optional<QString> text = decorate(body, read, review.showResolved, decorated.decorations))
            return Renderer::render(*text, decorated);
        break; // too many marks to draw: the final text
    }
    case View::Original: {
        RenderResult result = Renderer::render(viewText(View::Original), options);
        RenderOptions statsOnly = options;
        statsOnly.splitBlocks = false;
        statsOnly.sourceAnchors = false;
        result.stats = Renderer::render(viewText(View::Final), statsOnly).stats;
        return result;
    }
    case View::Final:
        break;
    }
    return Renderer::render(viewText(View::Final), options);
}

} // namespace Byline::Core
