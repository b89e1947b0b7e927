#pragma once

#include "gitobjects.h"
#include "sharedlibrary.h"
#include "syncprogress.h"
#include "syncreport.h"
#include "worktreestamps.h"

#include <QSet>

#include <future>
#include <optional>

namespace Byline::Core {

// One sync's work on an open library, for LibrarySync: commit what changed here, fetch, merge
// (fast-forward, or TreeMerge), push, and again while the remote keeps moving.
class Syncer final
{
public:
    Syncer(SharedLibrary &library, const SyncControl &control, SyncReport &report)
        : m_library(library)
        , m_repository(library.handle())
        , m_control(control)
        , m_report(report)
    { }

    // `stamps` says, from another thread, whether the library is as the last sync left it.
    bool run(const SharingIdentity &identity, std::future<WorktreeStamps::Check> stamps);
    // Whatever way the sync ended, the index of its commit is on disk.
    ~Syncer();
    Syncer(const Syncer &) = delete;
    Syncer &operator=(const Syncer &) = delete;

    using IndexChanges = std::optional<std::vector<SharedLibrary::IndexChange>>;
    // What the index written aside came to (see indexAside()).
    struct Indexed
    {
        bool stamped = false;
        IndexChanges unwritten; // for the sync's own handle to write
        QString error;
    };

private:
    enum class Push { Done, Rejected, Failed };

    bool fetch(git_remote *remote);
    bool integrate(const SharingIdentity &identity);
    Push push(git_commit *ours, git_commit *theirs);
    // Writes the index a commit left waiting (before anything reads or checks out over it):
    // waits for the one written aside, or writes this handle's.
    bool writeIndex();
    [[nodiscard]] QStringList unsent(git_commit *ours, git_commit *theirs) const;
    void keepStamps(bool clean);
    bool moveTo(git_commit *target, git_tree *from);
    QString branch() const;
    bool fail(const QString &message)
    {
        m_report.error = message;
        return false;
    }

    SharedLibrary &m_library;
    git_repository *m_repository;
    const SyncControl &m_control;
    SyncReport &m_report;
    QSet<QString> m_received;
    std::optional<SharingPrompts::Login> m_login; // one that worked, for the next talk with the remote
    std::future<Indexed> m_indexing; // the index of a commit of named files, written aside
    bool m_stamped = false; // and the stamps taken there
};

} // namespace Byline::Core
