#pragma once

#include "articlemetadata.h"
#include "frontmatter.h"

namespace Byline::Core {

// An article: front matter plus a Markdown body, parsed from the full text of a file.
// Markdown articles write back exactly the text they came from until something is changed;
// plain-text articles (.txt) are read into the same shape and become Markdown when saved as such.
class Article final
{
public:
    enum class SourceFormat { Markdown, PlainText };

    Article() = default;

    // `fileName` (a name or a path) feeds the fallbacks: title from the file name, date from a
    // `YYYY-MM-DD-` prefix. Problems go to `diagnostics`; the article always opens.
    [[nodiscard]] static Article fromText(const QString &text, const QString &fileName = {},
                                          SourceFormat format = SourceFormat::Markdown,
                                          Diagnostics *diagnostics = nullptr);
    [[nodiscard]] static SourceFormat formatForFileName(const QString &fileName);

    [[nodiscard]] SourceFormat sourceFormat() const { return m_format; }
    [[nodiscard]] const FrontMatter &frontMatter() const { return m_frontMatter; }
    [[nodiscard]] FrontMatter &frontMatter();
    // Starts a front-matter block when the article has none yet.
    FrontMatter &ensureFrontMatter(FrontMatter::Format format = FrontMatter::Format::Yaml);

    [[nodiscard]] const QString &body() const { return m_body; }
    void setBody(const QString &body);
    // The line of the source text on which the body starts (1-based), for outline and scroll sync.
    [[nodiscard]] int bodyFirstLine() const { return m_bodyFirstLine; }
    [[nodiscard]] QString fileName() const { return m_fileName; }

    // The metadata as a reader sees it: front matter first, then the fallbacks (title from the
    // first heading, then from the file name; date from the file name).
    [[nodiscard]] ArticleMetadata metadata() const;

    // The full text in the article's own format, byte-identical to the source until edited.
    [[nodiscard]] QString toText() const;
    // The article as Markdown with front matter, for "save as Markdown" of a plain-text article.
    [[nodiscard]] QString toMarkdown() const;

private:
    void parseMarkdown(const QString &text, Diagnostics *diagnostics);
    void parsePlainText(const QString &text);

    SourceFormat m_format = SourceFormat::Markdown;
    FrontMatter m_frontMatter;
    QString m_openingDelimiter;
    QString m_closingDelimiter;
    QString m_body;
    QString m_sourceText; // plain-text articles: the text as read
    int m_bodyFirstLine = 1;
    qsizetype m_titleSearchFrom = 0; // where in the body a heading may stand for the title
    QString m_fileName;
    bool m_edited = false;
};

} // namespace Byline::Core
