#pragma once

#include "markdown/criticmarkup.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Byline::Core {

// Who made a change or wrote a comment, and when. Byline writes it at the start of a comment, in a
// form every CriticMarkup tool still reads as a plain comment:
//
//   {++new words++}{>>@Maya Okafor 2026-11-20T10:04Z<<}        an addition by Maya
//   {--very--}{>>@Ed Brooks 2026-11-20T10:05Z: weak<<}         a deletion by Ed, with a reason
//   {==this==}{>>@Ed Brooks 2026-11-20T10:06Z: source?<<}      a comment on a range
//   {>>@Maya Okafor 2026-11-20T11:00Z: added<<}                a reply (right after a comment)
//   {>>@Maya Okafor 2026-11-20T11:01Z resolved<<}              the thread resolved (`reopened` undoes it)
//
// The name runs from `@` to the time (UTC, ISO 8601, minutes or seconds; an offset is read too);
// a comment without a time names one word (`{>>@TL<<}`, as Emacs cm-mode writes it).
struct Attribution
{
    QString reviewer; // empty when nobody is named
    QDateTime time; // UTC; invalid when none is given

    [[nodiscard]] bool isEmpty() const { return reviewer.isEmpty(); }
    // `@Name 2026-11-20T10:04Z`, as written at the start of a comment.
    [[nodiscard]] QString toText() const;
    friend bool operator==(const Attribution &, const Attribution &) = default;
};

// The review an article's text carries: its changes and comment threads in text order, each with
// its reviewer and time, read from CriticMarkup (see CriticMarkup for the marks, Attribution for who
// and when). Pure and linear in the length of the text.
//
// - A change (addition, deletion, substitution) followed directly by comments owns them: the
//   first names its reviewer and time; any text in them is a discussion of the change.
// - A comment directly after another comment is a reply; a run of them is a thread. A thread on a
//   highlight comments that range; a thread after plain text comments a point.
// - A thread is resolved when its last `resolved` or `reopened` comment says so; those comments
//   carry no text of their own.
class Review final
{
public:
    enum class Verb : quint8 { None, Resolved, Reopened };

    struct Comment
    {
        CriticMarkup::Mark mark;
        Attribution by;
        QString text; // without the attribution
        Verb verb = Verb::None;
        int line = 0; // 1-based, where the comment's mark starts
        int column = 0; // 1-based, in UTF-16 code units
    };

    struct Item
    {
        enum class Type : quint8 {
            Change, // an addition, deletion or substitution, and the comments on it
            Thread, // comments on a highlighted range or a point
            Highlight, // a highlight nobody commented on
        };

        Type type = Type::Change;
        CriticMarkup::Mark mark; // the change or highlight; a point thread's first comment
        CriticMarkup::Range whole; // the mark and every comment it owns
        Attribution by; // of the change, or of the thread's first comment
        QList<Comment> comments; // what was said, in order; a bare attribution is not listed
        bool resolved = false;
        int line = 0; // 1-based, where `whole` starts
        int column = 0; // 1-based, in UTF-16 code units

        [[nodiscard]] CriticMarkup::Kind kind() const { return mark.kind; }
        [[nodiscard]] bool isChange() const { return type == Type::Change; }
        [[nodiscard]] bool hasComments() const { return !comments.isEmpty(); }
        // Whether `reviewer` (a name, compared without regard to case) made it; never for an empty name.
        [[nodiscard]] bool isBy(const QString &reviewer) const;
        // Every reviewer who changed or said something here, the author first.
        [[nodiscard]] QStringList reviewers() const;
    };

    [[nodiscard]] static Review read(QStringView text,
                                     CriticMarkup::Start start = CriticMarkup::Start::MayHaveFrontMatter);

    // What a comment's text says: its attribution, verb and own words.
    [[nodiscard]] static Comment readComment(QStringView content);

    [[nodiscard]] const QList<Item> &items() const { return m_items; }
    [[nodiscard]] const QList<CriticMarkup::Problem> &problems() const { return m_problems; }
    // Everybody named, in order of first appearance: the order of reviewer colours.
    [[nodiscard]] const QStringList &reviewers() const { return m_reviewers; }

    [[nodiscard]] qsizetype changeCount() const;
    // Threads not resolved, and comments on changes.
    [[nodiscard]] qsizetype openThreadCount() const;
    [[nodiscard]] bool isEmpty() const { return m_items.isEmpty(); }

    // The item whose `whole` contains `position` (or ends at it), or -1.
    [[nodiscard]] qsizetype itemAt(qsizetype position) const;

    // This review with every position `characters` and every line `lines` further on (back when
    // negative), as the review of a file becomes that of its body, which starts further on.
    [[nodiscard]] Review moved(qsizetype characters, int lines) const;

private:
    QList<Item> m_items;
    QList<CriticMarkup::Problem> m_problems;
    QStringList m_reviewers;
};

} // namespace Byline::Core
