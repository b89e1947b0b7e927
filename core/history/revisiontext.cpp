#include "revisiontext.h"

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
    document.forEachTextBlock(
        [&](cmark_node *node, const QString &blockText) { stats.addBlock(CmarkDocument::statsKind(node), blockText); });
    return stats.result().words;
}

} // namespace

RevisionText::RevisionText(const QString &text, const QString &path)
    : m_text(text)
    , m_format(Article::formatForFileName(path))
{ }

const Article &RevisionText::article()
{
    if (!m_article)
        m_article = Article::fromText(m_text, {}, m_format);
    return *m_article;
}

QString RevisionText::title()
{
    return article().metadata().title;
}

int RevisionText::words()
{
    if (m_words)
        return *m_words;
    const QString &body = article().body();
    const Review review = Review::read(body, CriticMarkup::Start::Body);
    const QString final = review.isEmpty()
        ? body
        : ReviewEdits::apply(body, ReviewEdits::viewEdits(body, review, ReviewEdits::View::Final));
    // cmark is super-linear on some hostile text, which takes seconds only when long: a column is
    // counted at once, a longer text on a thread of its own and, past a limit, as written.
    if (final.size() <= countedAtOnce)
        m_words = wordsOfBlocks(final);
    else if (const auto counted
             = BoundedRender::runWithin([final] { return wordsOfBlocks(final); }, std::chrono::milliseconds(500)))
        m_words = *counted;
    else
        m_words = TextStatsBuilder::countWords(final);
    return *m_words;
}

} // namespace Byline::Core
