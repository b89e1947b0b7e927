#pragma once

#include <article/frontmatterdiff.h>
#include <markdown/linestarts.h>
#include <ui/document/textedit.h>

#include <QList>
#include <QString>

#include <vector>

#include <review/worddiff.h>

namespace Byline::WidgetUi {

// One side of a comparison as its caller hands it over: what the window's header calls it
// ("Draft filed 3 Dec 14:02", "Current text", a file's name) and its whole text, front matter
// included.
struct CompareSide
{
    QString label;
    QString text;
};

// Two drafts compared: the word diff of their bodies, their front matter key by key, and what the
// compare window lists and shows of it. Made on a worker thread (a 100,000-word pair takes a few
// milliseconds); a value, so the UI thread keeps the one it shows while the next is made.
//
// Positions are in the two whole texts. Lines are counted in the new text (`after`): the one a
// writer compares against, whichever side is the current text.
class Comparison final
{
public:
    using Change = Core::WordDiff::Change;
    using Range = Core::WordDiff::Range;

    // A row of the list of changes.
    struct Entry
    {
        enum class Kind : quint8 { Added, Deleted, Replaced, MovedAway, MovedHere };
        Kind kind = Kind::Replaced;
        QString excerpt; // "said → insisted", on one line
        int line = 0; // where it is in the new text, 1-based
        int otherLine = 0; // a moved paragraph: where its other half is in the new text
    };

    Comparison() = default;
    [[nodiscard]] static Comparison make(const QString &before, const QString &after);

    [[nodiscard]] const QString &before() const { return m_before; }
    [[nodiscard]] const QString &after() const { return m_after; }
    [[nodiscard]] bool isSame() const { return m_before == m_after; }
    // Where each body starts, past its front matter.
    [[nodiscard]] qsizetype beforeBody() const { return m_beforeBody; }
    [[nodiscard]] qsizetype afterBody() const { return m_afterBody; }

    [[nodiscard]] const QList<Change> &changes() const { return m_diff.changes(); }
    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    [[nodiscard]] qsizetype wordsDeleted() const { return m_diff.wordsDeleted(); }
    [[nodiscard]] qsizetype wordsAdded() const { return m_diff.wordsAdded(); }
    [[nodiscard]] const QList<Core::FrontMatterDiff::Field> &frontMatter() const { return m_frontMatter; }
    // The article's author as the new (or old) text's front matter names it; empty when none.
    [[nodiscard]] const QString &beforeAuthor() const { return m_beforeAuthor; }
    [[nodiscard]] const QString &afterAuthor() const { return m_afterAuthor; }

    // Where a position of one text stands in the other: past the last change before it, as far
    // from its end as from that change's end in the other text; inside a change, at its start.
    [[nodiscard]] qsizetype toAfter(qsizetype beforePosition) const;
    [[nodiscard]] qsizetype toBefore(qsizetype afterPosition) const;
    // The change a position of the new text lies in or after; -1 before the first.
    [[nodiscard]] qsizetype changeAtOrBefore(qsizetype afterPosition) const;

    // The edits that make the current text read as the other side's at change `index` (at both
    // places of a moved paragraph), with positions in the current text: `currentIsAfter` when the
    // current text is the new side. Empty when `index` is out of range.
    [[nodiscard]] QList<TextEdit> restoring(qsizetype index, bool currentIsAfter) const;
    // The edits that make the whole current text the other side's, front matter included.
    [[nodiscard]] QList<TextEdit> restoringAll(bool currentIsAfter) const;

private:
    [[nodiscard]] QList<TextEdit> edits(const QList<qsizetype> &indexes, bool currentIsAfter) const;
    // Only line breaks and spaces changed: a paragraph split or joined.
    [[nodiscard]] bool isParagraphBreak(const Change &change) const;
    [[nodiscard]] int lineOf(qsizetype afterPosition) const;
    void makeEntries();

    QString m_before;
    QString m_after;
    qsizetype m_beforeBody = 0;
    qsizetype m_afterBody = 0;
    Core::WordDiff m_diff;
    QList<Entry> m_entries;
    QList<Core::FrontMatterDiff::Field> m_frontMatter;
    QString m_beforeAuthor;
    QString m_afterAuthor;
    Core::LineStarts m_lines {QStringView()}; // of the new text
};

} // namespace Byline::WidgetUi
