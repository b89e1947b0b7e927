#pragma once

#include "textedit.h"

#include <QString>

#include <functional>
#include <memory>
#include <utility>

class QTextDocument;

namespace Byline::Core {
class SuggestBatch;
}

namespace Byline::WidgetUi {

class DocumentText;

// Suggest mode's side of the session's edit gateway: plain edits to the open document made
// suggestions attributed to a reviewer (Core::SuggestBatch), read on the paragraphs around them
// rather than the whole article, and a typed run (characters typed, or deleted, one after
// another) kept as one undo step, as typing is without suggest mode. Remembers the last edits it
// made, so the editor can put the cursor where they left it.
class SuggestingEdits final
{
public:
    SuggestingEdits(QTextDocument &document, const DocumentText &text);
    ~SuggestingEdits();
    SuggestingEdits(const SuggestingEdits &) = delete;
    SuggestingEdits &operator=(const SuggestingEdits &) = delete;

    struct Result
    {
        bool done = false; // every edit was suggested, or there was nothing to do
        bool changed = false; // the text changed
        QString refusal; // why some edits could not be suggested (and were not made)
    };
    Result apply(const QList<TextEdit> &edits, EditOrigin origin, const QString &reviewer);

    // The last edits are history: nothing to place, and no typed run goes on.
    void forget();

    // Where a position in the text the last apply() asked for lies in the text it made.
    enum class Placement : quint8 {
        Typing, // beside inserted words, inside their suggestion; past a deletion (Delete)
        Backspace, // before a deletion
        Around, // outside the suggestion at the edges of inserted words (text between two markers)
    };
    [[nodiscard]] int placed(int position, Placement placement = Placement::Typing) const;
    // How many of the last apply()'s edits could not be suggested.
    [[nodiscard]] int refusedEdits() const;

    // Where an edit of [from, to) may be read around: a range no review mark, code block or front
    // matter crosses, starting at a paragraph; {0, -1} to read the whole text.
    using CleanRange = std::function<std::pair<int, int>(int from, int to)>;
    void setCleanRange(CleanRange range) { m_cleanRange = std::move(range); }

private:
    QTextDocument &m_document;
    const DocumentText &m_text;
    std::unique_ptr<Core::SuggestBatch> m_last; // of the last apply()
    int m_lastWindow = 0; // where the text it read began
    CleanRange m_cleanRange;
    // The typed run: where it goes on, and the document's revision after it.
    struct TypedRun
    {
        bool deleting = false;
        int before = -1; // the cursor after Backspace
        int after = -1; // after Delete, or typing
        int revision = -1;
    };
    TypedRun m_run;
};

} // namespace Byline::WidgetUi
