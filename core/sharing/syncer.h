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

private:
    enum class Push { Done, Rejected, Failed };

    bool fetch(git_remote *remote);
    bool integrate(const SharingIdentity &identity);
    // Sends `ours` from a thread of its own while the commit's index is written here.
    Push push(git_commit *ours, git_commit *theirs);
    // Writes the index a commit left waiting (before anything reads or checks out over it).
    bool writeIndex()
    {
        QString error;
        return m_library.writeIndex(&error) || fail(error);
    }
    [[nodiscard]] QStringList unsent(git_commit *ours, git_commit *theirs) const;
    void keepStamps(bool clean, const WorktreeStamps::Check &checked, bool onlyChecked);
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
};

} // namespace Byline::Core
