#include "librarysync.h"
#include "remotesession.h"
#include "syncer.h"

// Syncer's push: the commit sent on the sync's own thread, a refused push told apart from a
// failed one, and what went out counted.
namespace Byline::Core {

namespace {

// What a push came to.
struct PushOutcome
{
    int code = 0;
    bool rejected = false;
    bool unreachable = false;
    bool cancelled = false;
    QString failure;
    std::optional<SharingPrompts::Login> login;
};

PushOutcome pushFrom(git_repository *repository, const QString &branch, const SyncControl &control,
                     const std::optional<SharingPrompts::Login> &known)
{
    PushOutcome outcome;
    git_remote *rawRemote = nullptr;
    if (git_remote_lookup(&rawRemote, repository, "origin") != 0) {
        outcome.code = -1;
        outcome.failure = LibrarySync::tr("The library's remote cannot be read: %1").arg(Git::lastError());
        return outcome;
    }
    const Git::Remote remote(rawRemote);
    RemoteSession session(Git::fromUtf8(git_remote_url(rawRemote)), control, SyncProgress::Step::Pushing);
    session.setKnownLogin(known);
    git_push_options options = GIT_PUSH_OPTIONS_INIT;
    options.callbacks = session.callbacks();
    const QByteArray refspec = QStringLiteral("refs/heads/%1:refs/heads/%1").arg(branch).toUtf8();
    char *refspecs[] = {const_cast<char *>(refspec.constData())};
    const git_strarray specs = {refspecs, 1};
    control.report({SyncProgress::Step::Pushing, 0, 0});
    outcome.code = git_remote_push(rawRemote, &specs, &options);
    session.finish(outcome.code == 0);
    outcome.login = session.login();
    if (outcome.code == GIT_ENONFASTFORWARD || (outcome.code == 0 && !session.rejected().isEmpty())) {
        outcome.rejected = true;
    } else if (outcome.code != 0) {
        // A server that refuses a push it cannot fast-forward says so in its message.
        const QString message = Git::lastError();
        outcome.rejected
            = message.contains(QLatin1String("non-fast-forward")) || message.contains(QLatin1String("fetch first"));
        outcome.unreachable = session.unreachable(outcome.code);
        outcome.cancelled = session.cancelled();
        outcome.failure = session.failure(outcome.code);
    }
    return outcome;
}

} // namespace

Syncer::Push Syncer::push(git_commit *ours, git_commit *theirs)
{
    const QString name = branch();
    // A commit of everything changed left its index in memory here: on disk before it goes out
    // (one of named files has it written aside meanwhile).
    QString error;
    if (!m_library.writeIndex(&error)) {
        fail(error);
        return Push::Failed;
    }
    const PushOutcome outcome = pushFrom(m_repository, name, m_control, m_login);
    if (outcome.login)
        m_login = outcome.login;
    if (outcome.rejected)
        return Push::Rejected;
    if (outcome.code != 0) {
        m_report.offline = outcome.unreachable;
        m_report.cancelled = outcome.cancelled;
        fail(outcome.failure);
        return Push::Failed;
    }
    // Count what went out: the commits the remote did not have.
    git_revwalk *raw = nullptr;
    if (git_revwalk_new(&raw, m_repository) == 0) {
        const Git::Revwalk walk(raw);
        git_revwalk_push(raw, git_commit_id(ours));
        if (theirs)
            git_revwalk_hide(raw, git_commit_id(theirs));
        git_oid id;
        while (git_revwalk_next(&id, raw) == 0)
            ++m_report.commitsSent;
    }
    git_reference *local = nullptr;
    if (git_branch_lookup(&local, m_repository, name.toUtf8().constData(), GIT_BRANCH_LOCAL) == 0) {
        git_branch_set_upstream(local, QStringLiteral("origin/%1").arg(name).toUtf8().constData());
        git_reference_free(local);
    }
    return Push::Done;
}

} // namespace Byline::Core
