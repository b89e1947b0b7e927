#include "frontmatteredit.h"

#include "article.h"

#include <QCoreApplication>

#include <algorithm>

namespace Byline::Core {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::FrontMatterEdit)
};

QString firstError(const Diagnostics &diagnostics)
{
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity == Diagnostic::Severity::Error)
            return diagnostic.line > 0 ? Text::tr("line %1: %2").arg(diagnostic.line).arg(diagnostic.message)
                                       : diagnostic.message;
    }
    return {};
}

} // namespace

QString FrontMatterEdit::Result::appliedTo(const QString &text) const
{
    return head + QStringView(text).sliced(replacedLength);
}

FrontMatterEdit::Result FrontMatterEdit::edit(const QString &text, const QString &fileName,
                                              const std::function<void(FrontMatter &)> &change)
{
    Result result;
    if (Article::formatForFileName(fileName) == Article::SourceFormat::PlainText) {
        result.problem = Problem::PlainText;
        return result;
    }
    Diagnostics diagnostics;
    Article article = Article::fromText(text, fileName, Article::SourceFormat::Markdown, &diagnostics);
    if (hasErrors(diagnostics)) {
        result.problem = Problem::BrokenFrontMatter;
        result.detail = firstError(diagnostics);
        return result;
    }
    const bool hadFrontMatter = !article.frontMatter().isNull();
    result.replacedLength = text.size() - article.body().size();
    change(article.ensureFrontMatter());
    result.head = article.toText();
    result.head.chop(article.body().size());
    // A blank line between a new block and the text, as written by hand.
    if (!hadFrontMatter && !article.body().startsWith(QLatin1Char('\n')))
        result.head += QLatin1Char('\n');
    // Read back, the block must say what was set. A parser's quirk (yaml-cpp reads some stray
    // punctuation as nothing) could otherwise report a change the file does not hold.
    const Article reread = Article::fromText(result.appliedTo(text), fileName);
    const FrontMatter &wanted = article.frontMatter();
    const QStringList keys = wanted.keys();
    const bool same = !wanted.refusedAnEdit() && !reread.frontMatter().isNull() && reread.frontMatter().keys() == keys
        && std::all_of(keys.cbegin(), keys.cend(),
                       [&](const QString &key) { return reread.frontMatter().value(key) == wanted.value(key); });
    if (!same) {
        result.problem = Problem::BrokenFrontMatter;
        result.detail = Text::tr("Byline cannot change this front matter without changing what else it says; "
                                 "correct it by hand");
        result.head.clear();
        result.replacedLength = 0;
    }
    return result;
}

} // namespace Byline::Core
