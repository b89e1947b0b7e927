#pragma once

#include "comparison.h"

#include <QColor>
#include <QFont>

#include <memory>

class QTextDocument;
class QThread;
class QWidget;

namespace Byline::WidgetUi {

// How the compare views draw a difference: deleted words struck through in red, added words
// underlined in green, a moved paragraph in a colour of its own (both halves). Taken from a
// widget's palette and font on the UI thread, so the documents can be built on a worker.
struct CompareStyle
{
    QFont font;
    QColor deleted;
    QColor deletedBackground;
    QColor added;
    QColor addedBackground;
    QColor moved;
    QColor movedBackground;
    QColor note; // "moved to line 12"

    // Light or dark after the widget's base colour, so both themes read well.
    [[nodiscard]] static CompareStyle of(const QWidget &widget);
};

// The documents the compare views show, built on a worker and handed to the UI thread, where
// setting one into a view costs a few milliseconds: setting a 100,000-word text there (or HTML
// into a QTextBrowser) would stall the window for a good part of a second. They are plain-text
// documents (QPlainTextDocumentLayout), which lay out only the paragraphs on screen.
//
// The inline document is the new text with each deleted run put back, struck through, before
// the words that replaced it; the side-by-side documents are the two texts as they are, with
// the changed words marked on each.
struct CompareDocuments
{
    std::shared_ptr<QTextDocument> inlineText;
    std::shared_ptr<QTextDocument> before;
    std::shared_ptr<QTextDocument> after;
    QList<Comparison::Range> inlineRanges; // each change's deleted and added words in inlineText

    // Builds them on the calling thread and gives them to `home`, the thread that shows them.
    [[nodiscard]] static CompareDocuments build(const Comparison &comparison, const CompareStyle &style, QThread *home);

    // Where a position of the new text stands in the inline document, and back.
    [[nodiscard]] qsizetype inlinePosition(const Comparison &comparison, qsizetype afterPosition) const;
    [[nodiscard]] qsizetype afterPosition(const Comparison &comparison, qsizetype inlinePosition) const;
};

} // namespace Byline::WidgetUi
