#include "revisiontext.h"

#include "../article/article.h"
#include "../markdown/boundedrender.h"
#include "../markdown/cmarkdocument.h"
#include "../review/reviewedits.h"

namespace Byline::Core {

namespace {

// About 3,000 words of prose; cmark's worst case on that many characters is a fraction of a second.
constexpr qsizetype countedAtOnce = qsizetype(16) * 1024;

int wordsOfBlocks(const QString &body)
{
    const CmarkDocument document(body.toUtf8(), CMARK_OPT_DEFAULT);
    TextStatsBuilder stats(TextStatsBuilder::Detail::Counts);
    document.forEachTextBlock([&](cmark_node *node, const QString &blockText) {
        const cmark_node_type type = cmark_node_get_type(node);
        stats.addBlock(type == CMARK_NODE_CODE_BLOCK    ? TextStatsBuilder::BlockKind::Code
                           : type == CMARK_NODE_HEADING ? TextStatsBuilder::BlockKind::Heading
                                                        : TextStatsBuilder::BlockKind::Paragraph,
                       blockText);
    });
    return stats.result().words;
}

} // namespace

int RevisionText::countWords(const QString &text)
{
    const Article article = Article::fromText(text);
    const QString &body = article.body();
    const Review review = Review::read(body, CriticMarkup::Start::Body);
    const QString final = review.isEmpty()
        ? body
        : ReviewEdits::apply(body, ReviewEdits::viewEdits(body, review, ReviewEdits::View::Final));
    // cmark is super-linear on some hostile text, which takes seconds only when long: a column is
    // counted at once, a longer text on a thread of its own and, past a limit, as written.
    if (final.size() <= countedAtOnce)
        return wordsOfBlocks(final);
    if (const auto words
        = BoundedRender::runWithin([final] { return wordsOfBlocks(final); }, std::chrono::milliseconds(500)))
        return *words;
    return TextStatsBuilder::countWords(final);
}

QString RevisionText::titleOf(const QString &text, const QString &path)
{
    return Article::fromText(text, {}, Article::formatForFileName(path)).metadata().title;
}

} // namespace Byline::Core
