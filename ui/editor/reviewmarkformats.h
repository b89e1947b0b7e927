#pragma once

#include <markdown/criticmarkup.h>

#include <QColor>
#include <QHash>
#include <QList>
#include <QTextCharFormat>

namespace Byline::WidgetUi {

// How review marks look in the editor: additions on green, deletions struck through on red,
// comments in italics on blue, highlights on yellow, their delimiters quiet so that the words being
// changed stand out, and the words of a mark a reviewer signed (in a comment right after it, or
// the comment itself) in that reviewer's colour.
class ReviewMarkFormats final
{
public:
    struct Formats
    {
        QTextCharFormat markup; // the delimiters
        QTextCharFormat addition;
        QTextCharFormat deletion;
        QTextCharFormat comment;
        QTextCharFormat highlight;
    };
    void setFormats(const Formats &formats) { m_formats = formats; }

    // Each reviewer's colour, by name, compared without regard to case; whether they changed.
    bool setReviewerColors(const QHash<QString, QColor> &colors);

    // What one line's mark pieces (CriticMarkup::scanLine) lay over its text, in order.
    struct Overlay
    {
        int start = 0;
        int length = 0;
        QTextCharFormat format;
    };
    [[nodiscard]] QList<Overlay> overlays(const QString &text, const QList<Core::CriticMarkup::Piece> &pieces) const;

private:
    [[nodiscard]] QTextCharFormat formatOf(const Core::CriticMarkup::Piece &piece) const;
    // The colour of the reviewer who signed the mark whose pieces run from `first` to `last`;
    // invalid when unknown.
    [[nodiscard]] QColor signerColor(const QString &text, const QList<Core::CriticMarkup::Piece> &pieces,
                                     qsizetype first, qsizetype last) const;

    Formats m_formats;
    QHash<QString, QColor> m_reviewerColors; // by lower-case name
};

} // namespace Byline::WidgetUi
