// Articles with YAML or TOML front matter, read through Article as every command and the window
// read them. Checks: an article writes back exactly the text it came from; and an edit through
// FrontMatterEdit, read again, gives the value set, with every other key's value unchanged.
#include "fuzzcheck.h"

#include <article/article.h>
#include <article/frontmatteredit.h>

#include <cmath>

using namespace Byline::Core;

namespace {

const QString fileName = QStringLiteral("column.md");
const QString statusKey = QStringLiteral("status");

// Values a status menu could write, picked by the input: plain, and ones YAML or TOML would read as
// something else when written bare.
QString statusFor(size_t size)
{
    static const QStringList statuses = {
        QStringLiteral("review"),     QStringLiteral("in review: second read"),
        QStringLiteral("#1"),         QStringLiteral("'quoted'"),
        QStringLiteral("\"double\""), QStringLiteral("yes"),
        QStringLiteral("null"),       QStringLiteral("~"),
        QStringLiteral(" padded "),   QStringLiteral("Überarbeitung"),
        QStringLiteral("[draft]"),    QStringLiteral("- draft"),
        QStringLiteral("a\\b"),       QStringLiteral("1.5"),
        QStringLiteral("{x}"),        QStringLiteral("draft # not a comment"),
        QStringLiteral("&anchor"),    QStringLiteral("*alias"),
        QStringLiteral("!tag"),       QStringLiteral("@home"),
        QStringLiteral("`code`"),     QStringLiteral("| block"),
        QStringLiteral("> folded"),   QStringLiteral("%percent"),
    };
    return statuses.at(qsizetype(size % size_t(statuses.size())));
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double && std::isnan(a.toDouble()))
        return std::isnan(b.toDouble());
    return a == b;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzCheck::text(data, size);
    // A file with a NUL byte opens as binary (TextCodec), so no such text reaches the front matter;
    // yaml-cpp would read it as the end of the block.
    if (text.contains(QChar(0)))
        return 0;
    Diagnostics diagnostics;
    const Article article = Article::fromText(text, fileName, Article::SourceFormat::Markdown, &diagnostics);
    FUZZ_CHECK(article.toText() == text);
    (void)article.metadata();

    const QString status = statusFor(size);
    const FrontMatterEdit::Result edit = FrontMatterEdit::edit(
        text, fileName, [&status](FrontMatter &frontMatter) { frontMatter.setValue(statusKey, status); });
    if (!edit.ok())
        return 0;
    const Article edited = Article::fromText(edit.appliedTo(text), fileName);
    FUZZ_CHECK(edited.frontMatter().value(statusKey).toString() == status);
    for (const QString &key : article.frontMatter().keys()) {
        if (key != statusKey)
            FUZZ_CHECK(sameValue(edited.frontMatter().value(key), article.frontMatter().value(key)));
    }
    return 0;
}
