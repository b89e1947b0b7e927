#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Byline::Core {

// The message of a commit Byline makes: who, how many articles, and which, by title and status,
// as an editor scanning the history reads it:
//   Maya Okafor: 2 articles — The Last Bus (draft), Libraries After Dark (review)
// The body lists the files, the first pathsListed of them: a library shared for the first time
// is thousands, and a commit is read whole every time it is looked at.
class CommitMessage final
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::CommitMessage)

public:
    struct Article
    {
        QString path; // relative to the library
        QString title; // empty: the file name stands for it
        QString status; // empty when the article has none
        bool deleted = false;
    };

    // At most this many titles in the first line; the rest are counted.
    static constexpr int titlesShown = 4;
    static constexpr int pathsListed = 100;

    [[nodiscard]] static QString make(const QString &author, const QList<Article> &articles);
    // The message of a merge of someone else's changes.
    [[nodiscard]] static QString merge(const QString &author, const QStringList &from, int articles);
};

} // namespace Byline::Core
