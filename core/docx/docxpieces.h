#pragma once

#include "markdown/criticmarkup.h"
#include "review/review.h"

#include <QList>
#include <QString>

#include <optional>

class QXmlStreamAttributes;

// The pieces a Word document's paragraphs are read into, and the escaping their text needs to
// read as written in Markdown. Private to core/docx.
namespace Byline::Core::Docx {

using Kind = CriticMarkup::Kind;

// A tracked change the text is in: its kind, and who made it when.
struct Change
{
    Kind kind = Kind::Addition; // Addition or Deletion
    Attribution by;

    friend bool operator==(const Change &, const Change &) = default;
};

// One piece of a paragraph: text with its formatting, a break, an image, or where a comment's
// range starts or ends.
struct Piece
{
    enum class Type : quint8 { Text, Break, Image, CommentStart, CommentEnd, CommentReference };
    Type type = Type::Text;
    QString text; // the text; an image's description; a comment's id
    QString target; // a link's URL; an image's relationship id
    bool bold = false;
    bool italic = false;
    bool code = false;
    std::optional<Change> change;

    [[nodiscard]] bool sameLook(const Piece &other) const
    {
        return type == Type::Text && other.type == Type::Text && bold == other.bold && italic == other.italic
            && code == other.code && target == other.target && change == other.change;
    }
};

struct Paragraph
{
    QString style; // its style id
    int level = -1; // list level, when numbered
    int numbering = 0;
    QList<Piece> pieces;
};

// Markdown's and CriticMarkup's own characters escaped, so that the text reads as written; and
// typographic quotes, dashes and ellipses as the ASCII Byline's smart punctuation prints them so
// (a document Byline wrote comes back as the article was typed, and compares with it word for
// word).
[[nodiscard]] QString escaped(const QString &text);
// A line of a paragraph with what would start another block escaped: a heading, quote, list item
// or setext underline ("\\# 1", "2026\\. The year").
[[nodiscard]] QString safeLineStart(const QString &line);
// Every line of a paragraph kept in it: a line after a break may start a block as well.
[[nodiscard]] QString safeLines(const QString &text);
// Who made a change or comment (w:author, w:date): to the minute, as CriticMarkup signs;
// nobody for an unsigned one (isUnsignedAuthor() without a date).
[[nodiscard]] Attribution attributionOf(const QXmlStreamAttributes &attributes);
// A comment's text as CriticMarkup holds it: no closing delimiter, no blank line.
[[nodiscard]] QString commentText(const QString &text);

} // namespace Byline::Core::Docx
