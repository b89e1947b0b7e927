#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Byline::Core {

// HTML that a Markdown text carries through cmark as private-use characters (U+F0000 onwards,
// which cmark neither escapes nor reads as punctuation): a decoration's opening marker stands
// where its HTML opens, its closing marker where it closes. After rendering, toHtml() puts the
// HTML in their place, closing and reopening a decoration around every tag inside it, so the
// result nests properly whatever cmark made of the text between. The review's markup view is
// drawn this way, for cmark's smart punctuation would otherwise read `{--` as a dash.
//
// A decoration may leave its text out of the statistics and outline (a deletion is not part of the
// article's length). Its markers should open and close on one line; a decoration over several
// lines is opened and closed again on each.
class InlineDecorations final
{
public:
    struct Decoration
    {
        QString open; // HTML
        QString close; // HTML; empty for a decoration at a point (a comment's bubble)
        bool counted = true; // whether the text inside counts as the article's text
        // The same as plain text (`{++`, `++}`), for exports without markup.
        QString plainOpen;
        QString plainClose;
        // What it stands for, for exports that draw a review in their own terms (a Word
        // document's tracked changes and comments): the part of a review item, and the item's
        // index in Review::items().
        enum class Role : quint8 { None, Insertion, Deletion, Highlight, Note };
        Role role = Role::None;
        qsizetype item = -1;
    };

    static constexpr int maximum = 0x7ffe; // decorations in one text (U+FFFFF is no character)

    // The index of the decoration, or -1 when the text holds the maximum already.
    qsizetype add(Decoration decoration);
    [[nodiscard]] qsizetype size() const { return m_decorations.size(); }
    [[nodiscard]] bool isEmpty() const { return m_decorations.isEmpty(); }

    // The markers to put into the text.
    [[nodiscard]] static QString opening(qsizetype index);
    [[nodiscard]] static QString closing(qsizetype index);

    [[nodiscard]] const Decoration &at(qsizetype index) const { return m_decorations.at(index); }

    // Calls onText(QStringView) for each stretch of `text` between markers and
    // onMarker(index, closing) for each marker, in order.
    template<typename OnText, typename OnMarker>
    static void split(QStringView text, OnText onText, OnMarker onMarker);

    // Rendered HTML with every marker replaced; markers inside a tag (an image's description) go.
    [[nodiscard]] QString toHtml(QStringView html) const;
    // Text with every marker replaced by its plain text.
    [[nodiscard]] QString toPlainText(QStringView text) const;
    // Text as the reader sees it: markers out, and the text of decorations that do not count.
    [[nodiscard]] QString visibleText(QStringView text) const;

private:
    // Whether `text` may hold a marker (it holds a character outside the BMP).
    [[nodiscard]] static bool holdsMarkers(QStringView text);
    // The marker at `at` (a surrogate pair), as 2 × index + (closing ? 1 : 0), or -1.
    [[nodiscard]] static qsizetype markerAt(QStringView text, qsizetype at);

    QList<Decoration> m_decorations;
};

template<typename OnText, typename OnMarker>
void InlineDecorations::split(QStringView text, OnText onText, OnMarker onMarker)
{
    if (!holdsMarkers(text)) {
        onText(text);
        return;
    }
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype code = markerAt(text, i);
        if (code < 0)
            continue;
        if (i > from)
            onText(text.sliced(from, i - from));
        onMarker(code / 2, code % 2 == 1);
        ++i;
        from = i + 1;
    }
    if (from < text.size())
        onText(text.sliced(from));
}

} // namespace Byline::Core
