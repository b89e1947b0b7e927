#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

struct git_index;
struct git_repository;

namespace Byline::Core {

// A quick answer to "did anything change in the library since the last sync?", so a sync with
// nothing to send does not ask libgit2 for a full status (which reads and checks the whole
// index, then compares every file: the most of a sync that finds nothing to do). It keeps, in
// the repository's folder, the stat data (modification and change times, size, inode) of every
// tracked file and every folder as they were when the library was last found clean; unchanged()
// compares them with the disk, on two threads. Anything it cannot vouch for — a file changed in
// the same instant the stamps were taken, a new or removed file (its folder's time moves), the
// branch moved, the index rewritten by git — says "changed", and the sync looks properly.
class WorktreeStamps final
{
public:
    // `gitFolder` is the repository's .git folder; `root` the library.
    WorktreeStamps(const QString &root, const QString &gitFolder);

    struct Parsed;
    struct Check
    {
        QByteArray head; // the HEAD the stamps were taken at; empty when there are none
        std::shared_ptr<const Parsed> parsed; // the stamps as read, for update()
        bool foldersHold = false; // no file was added or removed anywhere, git's own state unchanged
        QStringList changed; // tracked files whose stamps no longer hold, relative

        // Nothing at all changed since the stamps were taken at `current`.
        [[nodiscard]] bool clean(const QByteArray &current) const
        {
            return !head.isEmpty() && head == current && foldersHold && changed.isEmpty();
        }
        // Only these tracked files may have changed: no full status is needed to find them.
        [[nodiscard]] bool onlyFiles(const QByteArray &current) const
        {
            return !head.isEmpty() && head == current && foldersHold;
        }
    };
    // Compares every stamp with the disk. Needs no repository open, so it can run while
    // libgit2 starts and fetches.
    [[nodiscard]] Check check() const;
    // Takes the stamps of the tracked files from `index` (which matches HEAD `head` and the disk,
    // as a status or a checkout just made sure: its entries hold each file's stat data) and
    // of their folders. Nothing is kept when a file is too new to vouch for.
    void record(git_repository *repository, git_index *index, const QByteArray &head) const;
    // The same after a commit of just the files `before` named: their stamps are taken again
    // from `index`, the rest kept as `before` read them.
    void update(git_repository *repository, git_index *index, const Check &before, const QByteArray &head) const;
    void forget() const;

private:
    [[nodiscard]] QString file() const;

    QString m_root;
    QString m_gitFolder;
};

} // namespace Byline::Core
