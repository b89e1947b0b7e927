#include "plaintextimport.h"

#include <QRegularExpression>

namespace Byline::Core {

namespace {

constexpr int maxSubheadingWords = 10;
constexpr int maxSubheadingLength = 80;
constexpr int maxNameWords = 6;

struct Byline
{
    QStringList authors;
    std::optional<ArticleDate> date;
};

QStringList splitAuthors(const QString &names)
{
    static const QRegularExpression separators(QStringLiteral(R"(\s*(?:,|&|\band\b)\s*)"));
    QStringList authors;
    for (const QString &name : names.split(separators, Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            authors.append(name.trimmed());
    }
    return authors;
}

bool looksLikeName(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || !trimmed.at(0).isUpper())
        return false;
    const qsizetype words = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    static const QRegularExpression sentencePunctuation(QStringLiteral(R"([.!?;:]\s*$)"));
    return words <= maxNameWords && !sentencePunctuation.match(trimmed).hasMatch();
}

// The date part of a byline may carry a label: "Posted 2011-11-15", "Published on Nov 15, 2011".
std::optional<ArticleDate> bylineDate(QString text)
{
    static const QRegularExpression label(QStringLiteral(R"(^(?:posted|published|updated|filed)?\s*(?:on\s+)?:?\s*)"),
                                          QRegularExpression::CaseInsensitiveOption);
    text.remove(label);
    return DateParser::parse(text);
}

struct NameAndDate
{
    QString name;
    ArticleDate date;
};

// "Ann Lee, November 15, 2011": the first comma after which a date follows.
std::optional<NameAndDate> splitAtDate(const QString &text)
{
    for (qsizetype comma = text.indexOf(QLatin1Char(',')); comma > 0;
         comma = text.indexOf(QLatin1Char(','), comma + 1)) {
        if (auto date = bylineDate(text.mid(comma + 1)))
            return NameAndDate {text.left(comma).trimmed(), *date};
    }
    return std::nullopt;
}

std::optional<Byline> parseByline(QString line)
{
    line.replace(QChar(0x00A0), QLatin1Char(' '));
    line = line.simplified();
    static const QRegularExpression by(QStringLiteral(R"(^by\s+(.+)$)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separator(QStringLiteral(R"(\s*(?:\||•|·|—|–|\s-\s)\s*)"));

    if (const auto m = by.match(line); m.hasMatch()) { // "By NAME", "By NAME | Posted DATE", "By NAME, DATE"
        QString rest = m.captured(1);
        Byline byline;
        if (const auto bar = separator.match(rest); bar.hasMatch() && bar.capturedStart() > 0) {
            byline.date = bylineDate(rest.mid(bar.capturedEnd()));
            rest = rest.left(bar.capturedStart());
        } else if (const auto split = splitAtDate(rest)) {
            byline.date = split->date;
            rest = split->name;
        }
        byline.authors = splitAuthors(rest);
        if (byline.authors.isEmpty())
            return std::nullopt;
        return byline;
    }
    if (const auto bar = separator.match(line); bar.hasMatch() && bar.capturedStart() > 0) { // "NAME | DATE"
        const QString name = line.left(bar.capturedStart());
        if (auto date = bylineDate(line.mid(bar.capturedEnd())); date && looksLikeName(name))
            return Byline {splitAuthors(name), date};
    }
    if (const auto split = splitAtDate(line); split && looksLikeName(split->name)) // "NAME, DATE"
        return Byline {splitAuthors(split->name), split->date};
    if (auto date = bylineDate(line)) // "Posted 2011-11-15", "November 15, 2011"
        return Byline {{}, date};
    return std::nullopt;
}

bool isSubheading(const QString &line)
{
    const QString text = line.trimmed();
    if (text.isEmpty() || text.size() > maxSubheadingLength || !text.at(0).isLetterOrNumber())
        return false;
    static const QRegularExpression terminal(QStringLiteral(R"([.,;:!?…"'”’)\]]$)"));
    if (terminal.match(text).hasMatch())
        return false;
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= maxSubheadingWords;
}

} // namespace

QString PlainTextImport::escapeMarkdown(const QString &line)
{
    QString out;
    out.reserve(line.size() + 8);
    for (const QChar c : line) {
        switch (c.unicode()) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '&':
            out += QLatin1Char('\\');
            break;
        default:
            break;
        }
        out += c;
    }
    // Block markers only count at the start of a line.
    static const QRegularExpression blockStart(
        QStringLiteral(R"(^(#|[+-](?=\s|$)|=+\s*$|-+\s*$|\d+(?=[.)](?:\s|$))))"));
    if (const auto m = blockStart.match(out); m.hasMatch()) {
        if (m.captured(1).at(0).isDigit())
            out.insert(m.capturedEnd(1), QLatin1Char('\\'));
        else
            out.insert(0, QLatin1Char('\\'));
    }
    return out;
}

PlainTextImport PlainTextImport::convert(const QString &text)
{
    PlainTextImport result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList out;
    out.reserve(lines.size());

    qsizetype i = 0;
    while (i < lines.size() && lines.at(i).trimmed().isEmpty())
        out.append(QString()), ++i;
    if (i < lines.size()) {
        result.metadata.title = lines.at(i).simplified();
        out.append(QLatin1String("# ") + escapeMarkdown(result.metadata.title));
        ++i;
    }
    // The byline, if any, is the first non-empty line after the headline.
    qsizetype next = i;
    while (next < lines.size() && lines.at(next).trimmed().isEmpty())
        ++next;
    std::optional<Byline> byline;
    if (next < lines.size()
        && (next + 1 >= lines.size() || lines.at(next + 1).trimmed().isEmpty())) // a line of its own
        byline = parseByline(lines.at(next));
    if (byline) {
        result.metadata.authors = byline->authors;
        result.metadata.date = byline->date;
    }

    for (; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (byline && i == next) {
            out.append(QString());
            continue;
        }
        if (line.trimmed().isEmpty()) {
            out.append(QString());
            continue;
        }
        const bool standsAlone
            = lines.value(i - 1).trimmed().isEmpty() && (i + 1 >= lines.size() || lines.at(i + 1).trimmed().isEmpty());
        if (standsAlone && isSubheading(line))
            out.append(QLatin1String("## ") + escapeMarkdown(line.simplified()));
        else
            out.append(escapeMarkdown(line.trimmed()));
    }
    result.markdownBody = out.join(QLatin1Char('\n'));
    return result;
}

} // namespace Byline::Core
