#include "searchquery.h"

#include "libraryscanner.h"

#include <QCoreApplication>

#include <algorithm>

namespace Byline::Core {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::SearchQuery)
};

// One whitespace-separated piece of the query, with its quoting undone.
struct Token
{
    QString field; // lower case; empty for a plain term
    QString text;
    bool negated = false;
    bool phrase = false; // was quoted
    bool prefix = false; // ended with *
    bool isOr = false; // the bare word OR
};

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto readQuoted = [&](Token &token) {
        ++i; // the opening quote
        const qsizetype start = i;
        while (i < n && text.at(i) != QLatin1Char('"'))
            ++i;
        token.text = text.mid(start, i - start).toString();
        token.phrase = true;
        if (i < n)
            ++i; // the closing quote; an unbalanced one runs to the end
        if (i < n && text.at(i) == QLatin1Char('*')) {
            token.prefix = true;
            while (i < n && !text.at(i).isSpace())
                ++i;
        }
    };
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        Token token;
        if (text.at(i) == QLatin1Char('-') && i + 1 < n && !text.at(i + 1).isSpace()) {
            token.negated = true;
            ++i;
        }
        if (text.at(i) == QLatin1Char('"')) {
            readQuoted(token);
            tokens.append(token);
            continue;
        }
        const qsizetype start = i;
        while (i < n && !text.at(i).isSpace() && text.at(i) != QLatin1Char('"'))
            ++i;
        QString word = text.mid(start, i - start).toString();
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        static const QStringList fields
            = {QStringLiteral("title"),   QStringLiteral("author"), QStringLiteral("by"),   QStringLiteral("tag"),
               QStringLiteral("tags"),    QStringLiteral("status"), QStringLiteral("lang"), QStringLiteral("language"),
               QStringLiteral("after"),   QStringLiteral("before"), QStringLiteral("sort"), QStringLiteral("has"),
               QStringLiteral("reviewer")};
        if (colon > 0 && fields.contains(word.left(colon).toLower())) {
            token.field = word.left(colon).toLower();
            word = word.mid(colon + 1);
            if (word.isEmpty() && i < n && text.at(i) == QLatin1Char('"')) {
                readQuoted(token);
                tokens.append(token);
                continue;
            }
        } else if (i < n && text.at(i) == QLatin1Char('"')) {
            // a quote inside a word (`foo"bar`) is part of the word
            while (i < n && !text.at(i).isSpace())
                ++i;
            word = text.mid(start, i - start).toString();
        }
        if (word.endsWith(QLatin1Char('*'))) {
            token.prefix = true;
            while (word.endsWith(QLatin1Char('*')))
                word.chop(1);
        }
        token.isOr = word == QLatin1String("OR") && token.field.isEmpty() && !token.negated && !token.prefix;
        token.text = word;
        tokens.append(token);
    }
    return tokens;
}

bool hasWordCharacter(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// A full date, a year-month or a year, as its first day: `after:2011` is from 1 January 2011 on,
// `before:2012` up to 31 December 2011.
std::optional<QDate> parseDay(const QString &text)
{
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-M-d"), QStringLiteral("yyyy-MM"),
                                  QStringLiteral("yyyy")}) {
        if (const QDate day = QDate::fromString(text, format); day.isValid())
            return day;
    }
    return std::nullopt;
}

} // namespace

bool SearchQuery::isEmpty() const
{
    return match.isEmpty() && exclude.isEmpty() && !hasFilters();
}

bool SearchQuery::hasFilters() const
{
    return !statuses.isEmpty() || !notStatuses.isEmpty() || !langs.isEmpty() || !notLangs.isEmpty() || after.isValid()
        || before.isValid() || !has.isEmpty() || !hasNot.isEmpty() || !reviewers.isEmpty() || !notReviewers.isEmpty();
}

QString SearchQuery::quoted(QStringView text)
{
    QString escaped = LibraryScanner::separateIdeographs(text.trimmed());
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    // FTS5 reads its expression as a C string: a NUL would end it inside the quotes.
    escaped.replace(QChar(0), QLatin1Char(' '));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString SearchQuery::normalizedLanguage(QStringView lang)
{
    return lang.trimmed().toString().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

SearchQuery SearchQuery::parse(QStringView text)
{
    SearchQuery query;
    QStringList groups; // AND-ed; each an FTS5 term or a parenthesised OR of terms
    QStringList excluded;
    bool joinNext = false;
    const QList<Token> tokens = tokenize(text);
    for (qsizetype index = 0; index < tokens.size(); ++index) {
        const Token &token = tokens.at(index);
        if (token.isOr) {
            joinNext = !groups.isEmpty() && index + 1 < tokens.size();
            continue;
        }
        const QString &field = token.field;
        if (field == QLatin1String("status")) {
            if (!token.text.trimmed().isEmpty())
                (token.negated ? query.notStatuses : query.statuses).append(token.text.trimmed().toLower());
            continue;
        }
        if (field == QLatin1String("lang") || field == QLatin1String("language")) {
            if (!token.text.trimmed().isEmpty())
                (token.negated ? query.notLangs : query.langs).append(normalizedLanguage(token.text));
            continue;
        }
        if (field == QLatin1String("has")) {
            const QString what = token.text.trimmed().toLower();
            std::optional<Has> kind;
            if (what == u"suggestions" || what == u"suggestion" || what == u"changes" || what == u"change")
                kind = Has::Suggestions;
            else if (what == u"comments" || what == u"comment")
                kind = Has::Comments;
            if (kind)
                (token.negated ? query.hasNot : query.has).append(*kind);
            else if (!what.isEmpty())
                query.notes.append(Text::tr("has: takes suggestions or comments"));
            continue;
        }
        if (field == QLatin1String("reviewer")) {
            if (!token.text.trimmed().isEmpty())
                (token.negated ? query.notReviewers : query.reviewers).append(token.text.simplified());
            continue;
        }
        if (field == QLatin1String("sort")) {
            if (token.text.compare(QLatin1String("date"), Qt::CaseInsensitive) == 0)
                query.sort = Sort::Date;
            else if (token.text.compare(QLatin1String("relevance"), Qt::CaseInsensitive) == 0)
                query.sort = Sort::Relevance;
            else if (!token.text.isEmpty())
                query.notes.append(Text::tr("sort: takes date or relevance"));
            continue;
        }
        if (field == QLatin1String("after") || field == QLatin1String("before")) {
            if (token.text.isEmpty())
                continue;
            const bool before = field == QLatin1String("before");
            if (const auto day = parseDay(token.text))
                (before ? query.before : query.after) = *day;
            else
                query.notes.append(Text::tr("%1: needs a date like 2011-01-01, 2011-06 or 2011").arg(field));
            continue;
        }
        if (!hasWordCharacter(token.text)) {
            if (!token.text.isEmpty())
                query.notes.append(Text::tr("“%1” has no letters or digits to search for").arg(token.text));
            joinNext = false;
            continue;
        }
        QString term = quoted(token.text);
        if (token.prefix)
            term += QLatin1String(" *");
        if (field == QLatin1String("title"))
            term = QLatin1String("title : ") + term;
        else if (field == QLatin1String("author") || field == QLatin1String("by"))
            term = QLatin1String("author : ") + term;
        else if (field == QLatin1String("tag") || field == QLatin1String("tags"))
            term = QLatin1String("tags : ") + term;
        if (token.negated) {
            excluded.append(term);
            joinNext = false;
            continue;
        }
        if (!token.prefix)
            query.literals.append(token.text.trimmed());
        if (joinNext) {
            QString &last = groups.last();
            if (last.startsWith(QLatin1Char('(')))
                last.insert(last.size() - 1, QLatin1String(" OR ") + term);
            else
                last = QLatin1Char('(') + last + QLatin1String(" OR ") + term + QLatin1Char(')');
            joinNext = false;
            continue;
        }
        groups.append(term);
    }
    // FTS5 ANDs phrases written side by side, but a parenthesised OR only with an explicit AND.
    const bool hasOr = std::any_of(groups.cbegin(), groups.cend(),
                                   [](const QString &group) { return group.startsWith(QLatin1Char('(')); });
    query.match = groups.join(hasOr ? QLatin1String(" AND ") : QLatin1String(" "));
    query.exclude = excluded.join(QLatin1String(" OR "));
    return query;
}

} // namespace Byline::Core
