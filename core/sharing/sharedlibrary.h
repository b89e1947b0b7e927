#pragma once

#include "commitmessage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

#include <git2/index.h>

struct git_commit;
struct git_index;
struct git_repository;
struct git_tree;

namespace Byline::Core {

// Who commits: the name and e-mail from Preferences, else git's own configuration.
struct SharingIdentity
{
    QString name;
    QString email;
};

// A library folder that is a git repository: its status article by article, and commits of
// everything changed in it. One object per thread (libgit2's objects are not shared between
// threads); LibrarySync drives fetch, merge and push on top of it.
class SharedLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::SharedLibrary)

public:
    enum class State : quint8 {
        Unchanged,
        ChangedHere, // edited here, not yet sent
        NewHere, // a new article, not yet sent
        DeletedHere, // deleted here, not yet sent
        ChangedThere, // changed by someone else, fetched and not yet merged
        ChangedBoth, // both: the next sync merges them word by word
        Suggestions, // the last sync turned changes of the same words into suggestions
    };

    struct Status
    {
        QHash<QString, State> articles; // path relative to the library, '/'-separated; Unchanged left out
        int toSend = 0; // articles changed here, committed or not, that the remote does not have
        int toReceive = 0; // articles changed on the remote, fetched and not yet merged
        QString branch;
        QString remoteUrl; // empty: no remote yet
        QDateTime lastSync; // UTC; invalid when never synced
        QString lastError; // what the last sync said, when it failed; translated
        QString error; // when the status could not be read; translated

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    ~SharedLibrary();
    SharedLibrary(const SharedLibrary &) = delete;
    SharedLibrary &operator=(const SharedLibrary &) = delete;

    // Whether `folder` is the top of a git repository (a quick look, no repository opened).
    [[nodiscard]] static bool isShared(const QString &folder);
    // The repository at the top of `folder`; nothing, with `error`, when there is none.
    [[nodiscard]] static std::unique_ptr<SharedLibrary> open(const QString &folder, QString *error);
    // Makes `folder` a repository (branch `main`), or opens the one it is.
    [[nodiscard]] static std::unique_ptr<SharedLibrary> create(const QString &folder, QString *error);

    [[nodiscard]] QString root() const { return m_root; }
    [[nodiscard]] Status status() const;

    [[nodiscard]] QString remoteUrl() const;
    // Adds the remote `origin`, or points it at `url`.
    bool setRemoteUrl(const QString &url, QString *error);

    // The identity to commit with: `preferred` where it is set, git's `user.name` and
    // `user.email` where not, else the account's name and user@host.
    [[nodiscard]] SharingIdentity identity(const SharingIdentity &preferred) const;

    struct Commit
    {
        QStringList paths; // the articles it holds, relative
        QString message;
        QString id; // empty: nothing had changed
        QString error;
    };
    // Commits every change in the folder (new, edited, deleted files; .gitignore respected) with a
    // message naming the articles, their titles and statuses. Nothing when nothing changed.
    // The index is written (with git's checksum over all of it) before the commit returns, or,
    // with Later, by writeIndex(), before anything else reads it.
    enum class IndexWrite : quint8 { Now, Later };
    [[nodiscard]] Commit commitAll(const SharingIdentity &identity, IndexWrite write = IndexWrite::Now);
    // The same for these files only (relative paths), when it is known nothing else changed:
    // no status of the whole library is taken, and the index is not read: the commit's tree is
    // HEAD's with these files' blobs put in, and the index learns of them in writeIndex() (a
    // sync's on another thread, while the commit is being sent: takeIndexChanges()).
    [[nodiscard]] Commit commitPaths(const SharingIdentity &identity, const QStringList &paths,
                                     IndexWrite write = IndexWrite::Now);
    // Writes the index a commit with IndexWrite::Later left waiting; false, with `error`, when
    // it cannot be written. Nothing to do when none is waiting.
    bool writeIndex(QString *error);

    // A file's entry in the index as commitPaths() committed it, or none when it was deleted.
    struct IndexChange
    {
        QByteArray path; // relative, UTF-8
        std::optional<git_index_entry> entry; // its path is set when it goes into the index
    };
    // The index entries commitPaths() left waiting, taken away for another SharedLibrary of the
    // same folder (on another thread) to write; nothing when the index waiting is this one's
    // own, in memory (commitAll() with IndexWrite::Later), or none is.
    [[nodiscard]] std::optional<std::vector<IndexChange>> takeIndexChanges();
    void setIndexChanges(std::vector<IndexChange> changes);
    // Reads the index now, so that writeIndex() later only puts the changes in.
    void readIndex();

    // Where the last sync's outcome is kept (inside the repository's .git folder).
    struct Record
    {
        QDateTime lastSync;
        QStringList suggestions; // articles holding suggestions made by a sync
        QString lastError;
    };
    [[nodiscard]] Record record() const;
    void setRecord(const Record &record) const;

    [[nodiscard]] git_repository *handle() const { return m_repository; }
    // `path` (relative, '/'-separated) as an absolute path in the library.
    [[nodiscard]] QString absolutePath(const QString &path) const;

private:
    SharedLibrary(git_repository *repository, const QString &root);
    // Writes the index as a tree and commits it over `parent`, unless it is `headTree` already.
    [[nodiscard]] Commit commitIndex(git_index *index, git_tree *headTree, git_commit *parent,
                                     const QList<CommitMessage::Article> &articles, const SharingIdentity &identity,
                                     IndexWrite write);
    // Commits the tree `treeId` over `parent`, moving HEAD, with a message naming `articles`.
    [[nodiscard]] Commit commitTree(const git_oid &treeId, git_commit *parent,
                                    const QList<CommitMessage::Article> &articles, const SharingIdentity &identity);

    git_repository *m_repository = nullptr;
    QString m_root;
    bool m_indexWaiting = false;
    std::vector<IndexChange> m_indexChanges; // for writeIndex(), when commitPaths() made them
};

} // namespace Byline::Core
