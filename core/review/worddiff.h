#pragma once

#include "diffscript.h"
#include "markdown/criticmarkup.h"
#include "markdown/linestarts.h"

#include <QList>
#include <QStringView>

namespace Byline::Core {

// What changed between two drafts, word by word: the edit script a reader follows, each change a
// range of the old text replaced by a range of the new. Tokens are words (letters, digits and an
// apostrophe inside a word), runs of white space, and punctuation (a run of one character, so `**`
// and `...` are one token each); a change never splits a word.
//
// The shortest edit script comes from dtl (Wu, Manber, Myers and Miller's O(NP) algorithm), run
// twice: first over the lines of both texts, so unchanged paragraphs anchor the comparison, then
// over the tokens of each stretch of changed lines. Tokens and lines are compared by a 64-bit
// hash, never copied, which keeps a 100,000-word comparison to a few milliseconds and megabytes.
// A stretch too large to compare token by token in good time (two unrelated halves of a book) is
// compared line by line with its partner line instead: still correct, only less minimal.
//
// A paragraph deleted in one place and inserted unchanged in another is a move: the two changes
// name each other.
class WordDiff final
{
public:
    using Range = CriticMarkup::Range;

    enum class Kind : quint8 { Added, Deleted, Replaced };

    struct Change
    {
        Range before; // in the old text; empty where added words go
        Range after; // in the new text; empty where deleted words were
        qsizetype movedWith = -1; // a moved paragraph: the change at its other place

        [[nodiscard]] Kind kind() const;
        [[nodiscard]] bool isMove() const { return movedWith >= 0; }
        friend bool operator==(const Change &, const Change &) = default;
    };

    // A text made ready for comparing from `from` on (its body, past the front matter): its lines
    // found and hashed. A caller that reads two drafts at once prepares each where it is read,
    // and the comparison starts from there. It refers to the text's characters, which must
    // outlive it (moving a QString keeps them in place).
    class Prepared final
    {
    public:
        Prepared() = default;
        explicit Prepared(QStringView text, qsizetype from = 0);
        // The same where the lines of the whole text are known already.
        Prepared(QStringView text, qsizetype from, const LineStarts &lines);

    private:
        QStringView m_text; // the whole text
        qsizetype m_from = 0;
        DiffScript::Pieces m_lines; // of the text from `m_from`, their positions counted from there

        friend class WordDiff;
    };

    [[nodiscard]] static WordDiff compare(QStringView before, QStringView after);
    // Only the texts from `beforeStart` and `afterStart` on (their bodies, past the front matter),
    // with the changes' ranges still in the whole texts.
    [[nodiscard]] static WordDiff compare(QStringView before, QStringView after, qsizetype beforeStart,
                                          qsizetype afterStart);
    [[nodiscard]] static WordDiff compare(const Prepared &before, const Prepared &after);

    // In the order of both texts (each change lies after the one before it in both).
    [[nodiscard]] const QList<Change> &changes() const { return m_changes; }
    [[nodiscard]] bool isEmpty() const { return m_changes.isEmpty(); }

    // Words (not spaces or punctuation) the changes take out and put in.
    [[nodiscard]] qsizetype wordsDeleted() const { return m_wordsDeleted; }
    [[nodiscard]] qsizetype wordsAdded() const { return m_wordsAdded; }

    // Whether a character belongs in a word token (letters, digits, combining marks).
    [[nodiscard]] static bool isWordCharacter(QChar c);

private:
    [[nodiscard]] static WordDiff wholeChange(QStringView before, QStringView after);
    void shift(qsizetype beforeStart, qsizetype afterStart);

    QList<Change> m_changes;
    qsizetype m_wordsDeleted = 0;
    qsizetype m_wordsAdded = 0;

    friend class WordDiffBuilder;
};

} // namespace Byline::Core
