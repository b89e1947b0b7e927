#include "plaintextexporter.h"

#include "htmlexporter.h"

#include <markdown/cmarkdocument.h>

#include <QCoreApplication>

#include <cmark.h>
#include <review/reviewrender.h>

namespace Byline::Core {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::PlainTextExporter)
};

// What stands before a block's text: a bullet or number for the first block of a list item,
// indentation for the rest of it and for quotes.
QString prefixOf(cmark_node *block)
{
    QString prefix;
    for (cmark_node *node = cmark_node_parent(block); node; node = cmark_node_parent(node)) {
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_BLOCK_QUOTE) {
            prefix.prepend(QStringLiteral("    "));
        } else if (type == CMARK_NODE_ITEM) {
            cmark_node *list = cmark_node_parent(node);
            const bool firstBlock = cmark_node_first_child(node) == block;
            QString marker = QStringLiteral("•");
            if (cmark_node_get_list_type(list) == CMARK_ORDERED_LIST) {
                int number = cmark_node_get_list_start(list);
                for (cmark_node *item = cmark_node_first_child(list); item && item != node;
                     item = cmark_node_next(item))
                    ++number;
                marker = QString::number(number) + QLatin1Char('.');
            }
            prefix.prepend(firstBlock && prefix.isEmpty() ? marker + QLatin1Char(' ')
                                                          : QString(marker.size() + 1, QLatin1Char(' ')));
            block = node; // an outer item's marker only if this item is its first block
        }
    }
    return prefix;
}

} // namespace

QString PlainTextExporter::text(const ArticleMetadata &metadata, const QString &markdownBody, ReviewEdits::View view)
{
    // The review is read once; markup is drawn from it, or (with too many marks to draw) the final text.
    const Review review = Review::read(markdownBody, CriticMarkup::Start::Body);
    InlineDecorations decorations;
    std::optional<QString> marked;
    if (view == ReviewEdits::View::Markup)
        marked = ReviewRender::decorate(markdownBody, review, false, decorations);
    if (!marked)
        decorations = {};
    const QString body = marked
        ? *std::move(marked)
        : ReviewEdits::apply(
            markdownBody,
            ReviewEdits::viewEdits(markdownBody, review,
                                   view == ReviewEdits::View::Original ? view : ReviewEdits::View::Final));
    QStringList blocks;
    if (!metadata.title.isEmpty())
        blocks.append(metadata.title);
    QStringList byline;
    if (!metadata.authors.isEmpty())
        byline.append(Text::tr("By %1").arg(metadata.authorLine()));
    if (metadata.date)
        byline.append(HtmlExporter::displayDate(metadata.date->date, metadata.lang));
    if (!byline.isEmpty())
        blocks.append(byline.join(QStringLiteral(" · ")));
    const CmarkDocument document(body.toUtf8(), CMARK_OPT_SMART);
    bool skippedHeadline = false;
    document.forEachTextBlock([&](cmark_node *node, const QString &marked) {
        const QString text = decorations.isEmpty() ? marked : decorations.toPlainText(marked);
        // The headline is printed above already.
        if (!skippedHeadline && cmark_node_get_type(node) == CMARK_NODE_HEADING && blocks.size() <= 2
            && text.simplified().compare(metadata.title.simplified(), Qt::CaseInsensitive) == 0) {
            skippedHeadline = true;
            return;
        }
        skippedHeadline = true;
        const QString prefix = prefixOf(node);
        if (cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK) {
            QStringList lines = text.split(QLatin1Char('\n'));
            while (!lines.isEmpty() && lines.constLast().isEmpty())
                lines.removeLast();
            for (QString &line : lines)
                line.prepend(prefix + QStringLiteral("    "));
            blocks.append(lines.join(QLatin1Char('\n')));
            return;
        }
        blocks.append(prefix + text.simplified());
    });
    return blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace Byline::Core
