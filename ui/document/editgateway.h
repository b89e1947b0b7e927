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

// The session's edit gateway: edits to the open document, each call one undo step, applied as
// they are or, while suggest mode is on and they come from the writer (typing, formatting,
// find/replace, spelling, restoring compared words), made suggestions attributed to the reviewer
// (Core::SuggestBatch). A suggestion reads the paragraphs around its edits rather than the whole
// article, and a typed run (characters typed, or deleted, one after another) is one undo step, as
// typing is without suggest mode. Remembers the last edits it made, so the editor can put the
// cursor where they left it.
class EditGateway final
{
public:
    EditGateway(QTextDocument &document, const DocumentText &text);
    ~EditGateway();
    EditGateway(const EditGateway &) = delete;
    EditGateway &operator=(const EditGateway &) = delete;

    struct Result
    {
        bool done = false; // every edit was made (as a suggestion while suggesting), or stepped over
        bool changed = false; // the text changed
        QString refusal; // why some edits could not be suggested (and were not made)
    };
    Result apply(const QList<TextEdit> &edits, EditOrigin origin);

    // Suggest mode on or off, signed with `reviewer`; whether it was switched.
    bool setSuggesting(bool on, const QString &reviewer);
    [[nodiscard]] bool isSuggesting() const { return m_suggesting; }
    [[nodiscard]] const QString &reviewer() const { return m_reviewer; }

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
    Result suggest(const QList<TextEdit> &edits, EditOrigin origin);

    QTextDocument &m_document;
    const DocumentText &m_text;
    std::unique_ptr<Core::SuggestBatch> m_last; // of the last apply()
    int m_lastWindow = 0; // where the text it read began
    CleanRange m_cleanRange;
    bool m_suggesting = false;
    QString m_reviewer;
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
