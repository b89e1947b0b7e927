#include "editgateway.h"

#include "documenttext.h"

#include <QDateTime>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <utility>

#include <review/suggestbatch.h>

namespace Byline::WidgetUi {

EditGateway::EditGateway(QTextDocument &document, const DocumentText &text)
    : m_document(document)
    , m_text(text)
{ }

EditGateway::~EditGateway() = default;

void EditGateway::forget()
{
    m_last.reset();
    m_run = {};
}

int EditGateway::placed(int position, Placement placement) const
{
    if (!m_last || position < m_lastWindow)
        return position;
    using Bias = Core::SuggestBatch::Bias;
    const Bias bias = placement == Placement::Backspace ? Bias::Backspace
        : placement == Placement::Around                ? Bias::Around
                                                        : Bias::Typing;
    return int(m_last->place(position - m_lastWindow, bias)) + m_lastWindow;
}

int EditGateway::refusedEdits() const
{
    return m_last ? int(m_last->refusedCount()) : 0;
}

bool EditGateway::setSuggesting(bool on, const QString &reviewer)
{
    m_reviewer = Core::ReviewEdits::cleanReviewerName(reviewer);
    forget();
    return std::exchange(m_suggesting, on) != on;
}

EditGateway::Result EditGateway::apply(const QList<TextEdit> &edits, EditOrigin origin)
{
    const bool suggestable = origin == EditOrigin::Typing || origin == EditOrigin::Formatting
        || origin == EditOrigin::FindReplace || origin == EditOrigin::Spelling || origin == EditOrigin::Restore;
    if (m_suggesting && suggestable)
        return suggest(edits, origin);
    forget();
    const std::optional<QList<TextEdit>> ordered = backToFront(edits, m_document.characterCount() - 1);
    if (edits.isEmpty() || !ordered)
        return {};
    QTextCursor cursor(&m_document);
    cursor.beginEditBlock();
    for (const TextEdit &edit : *ordered) {
        cursor.setPosition(edit.from);
        cursor.setPosition(edit.to, QTextCursor::KeepAnchor);
        cursor.insertText(edit.text);
    }
    cursor.endEditBlock();
    return {true, true, {}};
}

EditGateway::Result EditGateway::suggest(const QList<TextEdit> &edits, EditOrigin origin)
{
    m_last.reset();
    const int end = m_document.characterCount() - 1;
    if (edits.isEmpty() || !backToFront(edits, end))
        return {};
    // The paragraphs around the edits, not the whole article, when the editor can say where
    // they begin and end.
    int windowStart = 0;
    int windowEnd = end;
    if (m_cleanRange) {
        const int lowest = std::ranges::min(edits, {}, &TextEdit::from).from;
        const int highest = std::ranges::max(edits, {}, &TextEdit::to).to;
        const auto [start, stop] = m_cleanRange(lowest, highest);
        if (start >= 0 && start <= lowest && stop >= highest && stop <= end) {
            windowStart = start;
            windowEnd = stop;
        }
    }
    // From the text the session keeps, not through a cursor: a cursor set outside an edit block
    // measures where it stands on screen, laying its line out.
    const QString &text = m_text.text();
    if (text.size() != end)
        return {}; // the kept text lags the document (it never should): nothing is done blind
    const QString window
        = windowStart == 0 && windowEnd == end ? text : text.sliced(windowStart, windowEnd - windowStart);
    Core::TextEdits plain;
    plain.reserve(edits.size());
    for (const TextEdit &edit : edits) {
        if (edit.from < windowStart || edit.to > windowEnd)
            return {}; // the range given does not hold the edit: nothing is done blind
        plain.append({edit.from - windowStart, edit.to - windowStart, edit.text});
    }
    const Core::Attribution by {m_reviewer, QDateTime::currentDateTimeUtc()};
    const Core::CriticMarkup::Start start
        = windowStart == 0 ? Core::CriticMarkup::Start::MayHaveFrontMatter : Core::CriticMarkup::Start::Body;
    auto batch = std::make_unique<Core::SuggestBatch>(Core::SuggestBatch::make(window, plain, by, start));
    m_lastWindow = windowStart;
    Result result;
    if (batch->refusedCount() > 0)
        result.refusal = batch->refusal();
    const bool typed = origin == EditOrigin::Typing && edits.size() == 1 && !edits.front().text.contains(u'\n');
    const bool deleting = typed && edits.front().text.isEmpty();
    if (batch->isEmpty()) {
        result.done = batch->refusedCount() == 0; // stepping over deleted text is done; a refusal is not
        m_last = std::move(batch);
        return result;
    }
    // A typed run goes on where the last keystroke left it, with nothing done in between: one
    // undo step, as typing is without suggest mode.
    const TextEdit &first = edits.front();
    const auto touches = [&first](int position) { return first.from == position || first.to == position; };
    const bool continues = typed && m_run.revision == m_document.revision() && m_run.deleting == deleting
        && (touches(m_run.before) || touches(m_run.after));
    QTextCursor cursor(&m_document);
    if (continues)
        cursor.joinPreviousEditBlock();
    else
        cursor.beginEditBlock();
    for (const Core::TextEdits &step : batch->steps()) {
        for (auto edit = step.crbegin(); edit != step.crend(); ++edit) {
            cursor.setPosition(windowStart + int(edit->start));
            cursor.setPosition(windowStart + int(edit->end), QTextCursor::KeepAnchor);
            cursor.insertText(edit->text);
        }
    }
    cursor.endEditBlock();
    m_last = std::move(batch);
    if (typed) {
        const int at = deleting ? first.from : first.from + int(first.text.size());
        m_run = {deleting, placed(at, Placement::Backspace), placed(at), m_document.revision()};
    } else {
        m_run = {};
    }
    result.done = true;
    result.changed = true;
    return result;
}

} // namespace Byline::WidgetUi
