#include "article.h"

#include "../markdown/outline.h"
#include "plaintextimport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace Byline::Core {

namespace {

// A delimiter line is the marker alone, optionally followed by spaces.
bool isDelimiter(QStringView line, QStringView marker)
{
    return line.startsWith(marker) && line.sliced(marker.size()).trimmed().isEmpty();
}

QString titleFromFileName(const QString &fileName)
{
    QString base = QFileInfo(fileName).completeBaseName();
    static const QRegularExpression datePrefix(QStringLiteral(R"(^\d{4}-\d{1,2}-\d{1,2}[-_ ])"));
    base.remove(datePrefix);
    base.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    base = base.simplified();
    if (!base.isEmpty())
        base[0] = base.at(0).toUpper();
    return base;
}

} // namespace

Article Article::fromText(const QString &text, const QString &fileName, SourceFormat format, Diagnostics *diagnostics)
{
    Article article;
    article.m_format = format;
    article.m_fileName = fileName;
    if (format == SourceFormat::PlainText)
        article.parsePlainText(text);
    else
        article.parseMarkdown(text, diagnostics);
    if (diagnostics)
        (void)ArticleMetadata::fromFrontMatter(article.m_frontMatter, diagnostics);
    return article;
}

Article::SourceFormat Article::formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("text") ? SourceFormat::PlainText
                                                                             : SourceFormat::Markdown;
}

void Article::parseMarkdown(const QString &text, Diagnostics *diagnostics)
{
    m_body = text;
    const qsizetype firstEnd = text.indexOf(QLatin1Char('\n'));
    if (firstEnd < 0)
        return;
    const QStringView firstLine = QStringView(text).first(firstEnd);
    FrontMatter::Format format = FrontMatter::Format::None;
    QStringList closers;
    if (isDelimiter(firstLine, u"---")) {
        format = FrontMatter::Format::Yaml;
        closers = {QStringLiteral("---"), QStringLiteral("...")};
    } else if (isDelimiter(firstLine, u"+++")) {
        format = FrontMatter::Format::Toml;
        closers = {QStringLiteral("+++")};
    } else {
        return;
    }

    // Find the closing delimiter line.
    qsizetype lineStart = firstEnd + 1;
    int lineNumber = 2;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = QStringView(text).sliced(lineStart, lineEnd - lineStart);
        const bool closes = std::any_of(closers.cbegin(), closers.cend(),
                                        [&line](const QString &closer) { return isDelimiter(line, closer); });
        if (closes) {
            const QString block = text.mid(firstEnd + 1, lineStart - firstEnd - 1);
            auto parsed = FrontMatter::parse(format, block, 2, diagnostics);
            if (!parsed) {
                // Malformed: the whole text stays the body and the error names the line. Its lines
                // would read as a setext heading, so the title is looked for after them.
                m_titleSearchFrom = std::min(lineEnd + 1, text.size());
                return;
            }
            m_frontMatter = std::move(*parsed);
            m_openingDelimiter = firstLine.toString();
            m_closingDelimiter = line.toString() + (lineEnd < text.size() ? QStringLiteral("\n") : QString());
            m_body = lineEnd < text.size() ? text.mid(lineEnd + 1) : QString();
            m_bodyFirstLine = lineNumber + 1;
            return;
        }
        if (lineEnd >= text.size())
            break;
        lineStart = lineEnd + 1;
        ++lineNumber;
    }
    // A lone `---` opening a document is also a thematic break; only a key on the next line
    // says that front matter was meant.
    static const QRegularExpression keyLine(QStringLiteral(R"(^\s*[\w"'-]+\s*[:=])"));
    const QString nextLine = text.mid(firstEnd + 1, text.indexOf(QLatin1Char('\n'), firstEnd + 1) - firstEnd - 1);
    if (diagnostics && keyLine.match(nextLine).hasMatch()) {
        diagnostics->append({Diagnostic::Severity::Error, 1,
                             QCoreApplication::translate("Byline::Core::Article",
                                                         "the front matter opened here is never closed with a "
                                                         "`%1` line; the article is opened with the whole text "
                                                         "as its body")
                                 .arg(closers.constFirst())});
    }
}

void Article::parsePlainText(const QString &text)
{
    m_sourceText = text;
    PlainTextImport imported = PlainTextImport::convert(text);
    m_body = imported.markdownBody;
    m_frontMatter = FrontMatter(FrontMatter::Format::Yaml);
    imported.metadata.writeTo(m_frontMatter);
}

FrontMatter &Article::frontMatter()
{
    m_edited = true;
    return m_frontMatter;
}

FrontMatter &Article::ensureFrontMatter(FrontMatter::Format format)
{
    m_edited = true;
    if (m_frontMatter.isNull()) {
        m_frontMatter = FrontMatter(format);
        m_openingDelimiter = m_frontMatter.delimiter();
        m_closingDelimiter = m_frontMatter.delimiter() + QLatin1Char('\n');
    }
    return m_frontMatter;
}

void Article::setBody(const QString &body)
{
    m_edited = true;
    m_body = body;
    m_titleSearchFrom = 0;
}

ArticleMetadata Article::metadata() const
{
    ArticleMetadata meta = ArticleMetadata::fromFrontMatter(m_frontMatter);
    if (meta.title.isEmpty())
        meta.title = OutlineText::leadingHeading(m_body.mid(m_titleSearchFrom));
    if (meta.title.isEmpty())
        meta.title = titleFromFileName(m_fileName);
    if (!meta.date) {
        if (const auto date = DateParser::fromFileName(QFileInfo(m_fileName).fileName()))
            meta.date = ArticleDate {*date, {}};
    }
    return meta;
}

QString Article::toText() const
{
    if (m_format == SourceFormat::PlainText && !m_edited)
        return m_sourceText;
    if (m_format == SourceFormat::PlainText)
        return toMarkdown();
    if (m_frontMatter.isNull())
        return m_body;
    const QString open = m_openingDelimiter.isEmpty() ? m_frontMatter.delimiter() : m_openingDelimiter;
    const QString close
        = m_closingDelimiter.isEmpty() ? m_frontMatter.delimiter() + QLatin1Char('\n') : m_closingDelimiter;
    return open + QLatin1Char('\n') + m_frontMatter.text() + close + m_body;
}

QString Article::toMarkdown() const
{
    if (m_format == SourceFormat::Markdown)
        return toText();
    // The imported body keeps the text's line numbers with empty lines; Markdown needs only one.
    static const QRegularExpression blankRuns(QStringLiteral("\n{3,}"));
    QString body = m_body;
    body.replace(blankRuns, QStringLiteral("\n\n"));
    while (body.startsWith(QLatin1Char('\n')))
        body.remove(0, 1);
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return m_frontMatter.toFileText() + QLatin1Char('\n') + body;
}

} // namespace Byline::Core
