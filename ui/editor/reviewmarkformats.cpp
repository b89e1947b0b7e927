#include "reviewmarkformats.h"

#include <review/review.h>

namespace Byline::WidgetUi {

bool ReviewMarkFormats::setReviewerColors(const QHash<QString, QColor> &colors)
{
    QHash<QString, QColor> lower;
    for (auto it = colors.cbegin(); it != colors.cend(); ++it)
        lower.insert(it.key().toLower(), it.value());
    if (lower == m_reviewerColors)
        return false;
    m_reviewerColors = lower;
    return true;
}

QList<ReviewMarkFormats::Overlay> ReviewMarkFormats::overlays(const QString &text,
                                                              const QList<Core::CriticMarkup::Piece> &pieces) const
{
    QList<Overlay> result;
    using Part = Core::CriticMarkup::Part;
    qsizetype first = 0;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        // A mark's pieces on this line run from its opening (or the line's start) to its closing.
        if (pieces.at(i).part == Part::Opening)
            first = i;
        const bool ends
            = pieces.at(i).part == Part::Closing || i + 1 == pieces.size() || pieces.at(i + 1).part == Part::Opening;
        if (!ends)
            continue;
        const QColor signer = m_reviewerColors.isEmpty() ? QColor() : signerColor(text, pieces, first, i);
        for (qsizetype j = first; j <= i; ++j) {
            const Core::CriticMarkup::Piece &piece = pieces.at(j);
            QTextCharFormat format = formatOf(piece);
            const bool words
                = piece.part == Part::Content || piece.part == Part::OldText || piece.part == Part::NewText;
            if (signer.isValid() && words)
                format.setForeground(signer);
            result.append({int(piece.range.start), int(piece.range.length()), format});
        }
        first = i + 1;
    }
    return result;
}

QColor ReviewMarkFormats::signerColor(const QString &text, const QList<Core::CriticMarkup::Piece> &pieces,
                                      qsizetype first, qsizetype last) const
{
    using Part = Core::CriticMarkup::Part;
    using Kind = Core::CriticMarkup::Kind;
    // The comment that signs it: the mark itself when it is one, else a comment right after it.
    qsizetype content = -1;
    if (pieces.at(first).kind == Kind::Comment) {
        for (qsizetype j = first; j <= last && content < 0; ++j)
            content = pieces.at(j).part == Part::Content ? j : -1;
    } else if (last + 2 < pieces.size() && pieces.at(last).part == Part::Closing
               && pieces.at(last + 1).kind == Kind::Comment && pieces.at(last + 1).part == Part::Opening
               && pieces.at(last + 1).range.start == pieces.at(last).range.end
               && pieces.at(last + 2).part == Part::Content) {
        content = last + 2;
    }
    if (content < 0)
        return {};
    const Core::CriticMarkup::Range &range = pieces.at(content).range;
    const QStringView said = QStringView(text).sliced(range.start, range.length());
    if (!said.startsWith(u'@'))
        return {};
    const Core::Review::Comment comment = Core::Review::readComment(said);
    return m_reviewerColors.value(comment.by.reviewer.toLower());
}

QTextCharFormat ReviewMarkFormats::formatOf(const Core::CriticMarkup::Piece &piece) const
{
    using Kind = Core::CriticMarkup::Kind;
    using Part = Core::CriticMarkup::Part;
    switch (piece.part) {
    case Part::OldText:
        return m_formats.deletion;
    case Part::NewText:
        return m_formats.addition;
    case Part::Separator:
        return m_formats.markup;
    case Part::Content:
    case Part::Opening:
    case Part::Closing:
        break;
    }
    QTextCharFormat format;
    switch (piece.kind) {
    case Kind::Addition:
        format = m_formats.addition;
        break;
    case Kind::Deletion:
        format = m_formats.deletion;
        break;
    case Kind::Substitution: // its delimiters: `{~~` opens the old text, `~~}` closes the new
        format = piece.part == Part::Opening ? m_formats.deletion : m_formats.addition;
        break;
    case Kind::Comment:
        format = m_formats.comment;
        break;
    case Kind::Highlight:
        format = m_formats.highlight;
        break;
    }
    if (piece.part != Part::Content) {
        format.setFontStrikeOut(false);
        format.merge(m_formats.markup);
    }
    return format;
}

} // namespace Byline::WidgetUi
