// Plain-text articles (.txt) as CMSs and wire services hand them out. Checks: the Markdown body has
// the text's line numbering; the article writes back the text it came from; and saved as Markdown,
// it reads back with the same headline, byline and date.
#include "fuzzcheck.h"

#include <article/article.h>
#include <article/plaintextimport.h>

using namespace Byline::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzCheck::text(data, size);
    const PlainTextImport imported = PlainTextImport::convert(text);
    FUZZ_CHECK(imported.markdownBody.count(QLatin1Char('\n')) == text.count(QLatin1Char('\n')));
    FUZZ_CHECK(!imported.metadata.title.contains(QLatin1Char('\n')));

    const Article article = Article::fromText(text, QStringLiteral("column.txt"), Article::SourceFormat::PlainText);
    FUZZ_CHECK(article.toText() == text);
    const ArticleMetadata metadata = article.metadata();
    const ArticleMetadata asMarkdown = Article::fromText(article.toMarkdown(), QStringLiteral("column.md")).metadata();
    FUZZ_CHECK(asMarkdown.title == metadata.title);
    FUZZ_CHECK(asMarkdown.authors == metadata.authors);
    FUZZ_CHECK(asMarkdown.date.has_value() == metadata.date.has_value());
    if (metadata.date)
        FUZZ_CHECK(asMarkdown.date->date == metadata.date->date);
    return 0;
}
