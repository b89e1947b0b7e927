#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

class QTextDocument;

namespace Byline::WidgetUi {

// Where a change to the text came from, so observers (and later suggest mode) can tell typing
// from a replace-all or a spelling fix.
enum class EditOrigin {
    Typing,
    Formatting, // Bold, headings, lists, list continuation
    FindReplace,
    Spelling,
    FrontMatter, // language, ignored words, status
    Recovery,
    Review,
    Merge,
    Restore, // older words put back from a compared version: the writer's edit, suggested in suggest mode
};

// One replacement in the text: the characters from `from` up to `to` (document positions) become
// `text`. An insertion has from == to, a deletion an empty text.
struct TextEdit
{
    int from = 0;
    int to = 0;
    QString text;
};

// The edits ordered from the end of the text to its start, so each applies at positions the ones
// before it left alone; nothing when one falls outside 0…`end` or two overlap (no one meaning).
[[nodiscard]] std::optional<QList<TextEdit>> backToFront(const QList<TextEdit> &edits, int end);

// The document's text exactly as written. QTextDocument::toPlainText() turns non-breaking spaces
// into spaces and line separators into line breaks, which would change an article on save.
[[nodiscard]] QString textOf(const QTextDocument &document);

} // namespace Byline::WidgetUi

Q_DECLARE_METATYPE(Byline::WidgetUi::EditOrigin)
