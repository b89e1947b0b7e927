#include "githistory.h"

#include "gitobjects.h"

#include <article/textcodec.h>
#include <markdown/textstats.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Byline::Core {

namespace {

using Git::blobIn;

// Where `path` was before `commit` renamed it: the parent's file with the same blob, found by a
// diff of the two trees with renames; empty when it was not renamed there.
QByteArray renamedFrom(git_repository *repository, git_commit *commit, git_commit *parent, const QByteArray &path)
{
    git_tree *rawNew = nullptr;
    git_tree *rawOld = nullptr;
    git_commit_tree(&rawNew, commit);
    git_commit_tree(&rawOld, parent);
    const Git::Tree newTree(rawNew);
    const Git::Tree oldTree(rawOld);
    git_diff *raw = nullptr;
    if (git_diff_tree_to_tree(&raw, repository, rawOld, rawNew, nullptr) != 0)
        return {};
    const Git::Diff diff(raw);
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    find.flags = GIT_DIFF_FIND_RENAMES;
    git_diff_find_similar(raw, &find);
    for (size_t i = 0; i < git_diff_num_deltas(raw); ++i) {
        const git_diff_delta *delta = git_diff_get_delta(raw, i);
        if (delta->status == GIT_DELTA_RENAMED && path == delta->new_file.path)
            return QByteArray(delta->old_file.path);
    }
    return {};
}

} // namespace

GitHistory::GitHistory(git_repository *repository, const QString &root)
    : m_repository(repository)
    , m_root(root)
{ }

GitHistory::~GitHistory()
{
    git_repository_free(m_repository);
}

std::unique_ptr<GitHistory> GitHistory::forFile(const QString &filePath)
{
    Git::initialize();
    git_repository *repository = nullptr;
    const QByteArray start = QFile::encodeName(QFileInfo(filePath).absolutePath());
    if (git_repository_open_ext(&repository, start.constData(), 0, nullptr) != 0)
        return {};
    if (git_repository_is_bare(repository) || !git_repository_workdir(repository)) {
        git_repository_free(repository);
        return {};
    }
    const QString root = QDir::cleanPath(QFile::decodeName(git_repository_workdir(repository)));
    return std::unique_ptr<GitHistory>(new GitHistory(repository, root));
}

QString GitHistory::relative(const QString &filePath) const
{
    const QFileInfo info(filePath);
    const QString canonical = QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString folder = canonical.isEmpty() ? info.absolutePath() : canonical;
    const QString root
        = QFileInfo(m_root).canonicalFilePath().isEmpty() ? m_root : QFileInfo(m_root).canonicalFilePath();
    return QDir(root).relativeFilePath(QDir(folder).filePath(info.fileName()));
}

QList<Revision> GitHistory::revisions(const QString &filePath) const
{
    QList<Revision> revisions;
    QByteArray path = relative(filePath).toUtf8();
    if (path.startsWith("../"))
        return revisions;
    git_revwalk *rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, m_repository) != 0 || git_revwalk_push_head(rawWalk) != 0) {
        git_revwalk_free(rawWalk);
        return revisions;
    }
    const Git::Revwalk walk(rawWalk);
    git_revwalk_sorting(rawWalk, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    git_oid id;
    for (int walked = 0; walked < maxCommitsWalked && git_revwalk_next(&id, rawWalk) == 0; ++walked) {
        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, m_repository, &id) != 0)
            continue;
        const Git::Commit commit(rawCommit);
        const std::optional<git_oid> now = blobIn(rawCommit, path);
        if (!now)
            continue;
        git_commit *rawParent = nullptr;
        git_commit_parent(&rawParent, rawCommit, 0);
        const Git::Commit parent(rawParent);
        const std::optional<git_oid> before = blobIn(rawParent, path);
        if (before && git_oid_equal(&*now, &*before))
            continue; // this commit did not touch it
        // A merge that took one side's version unchanged is not a revision of its own.
        if (before && git_commit_parentcount(rawCommit) > 1) {
            git_commit *rawSecond = nullptr;
            git_commit_parent(&rawSecond, rawCommit, 1);
            const Git::Commit second(rawSecond);
            const std::optional<git_oid> other = blobIn(rawSecond, path);
            if (other && git_oid_equal(&*now, &*other))
                continue;
        }
        const git_signature *author = git_commit_author(rawCommit);
        Revision revision;
        revision.id = QString::fromLatin1(git_oid_tostr_s(&id)).left(12);
        revision.time = QDateTime::fromSecsSinceEpoch(author->when.time, Qt::UTC);
        revision.author = Git::fromUtf8(author->name);
        revision.message = Git::fromUtf8(git_commit_summary(rawCommit));
        revision.reason = Revision::Reason::Commit;
        revision.source = Revision::Source::Git;
        git_blob *rawBlob = nullptr;
        if (git_blob_lookup(&rawBlob, m_repository, &*now) == 0) {
            const Git::Blob blob(rawBlob);
            const DecodedText decoded = TextCodec::decode(QByteArray::fromRawData(
                static_cast<const char *>(git_blob_rawcontent(rawBlob)), qsizetype(git_blob_rawsize(rawBlob))));
            if (!decoded.binary)
                revision.words = int(TextStatsBuilder::countWords(decoded.text));
        }
        revisions.append(revision);
        if (!before && rawParent) { // new here: renamed from another path, or added
            const QByteArray from = renamedFrom(m_repository, rawCommit, rawParent, path);
            if (from.isEmpty())
                break;
            path = from;
        }
    }
    return revisions;
}

std::optional<QString> GitHistory::text(const QString &filePath, const QString &revisionId, QString *error) const
{
    git_object *raw = nullptr;
    if (git_revparse_single(&raw, m_repository, revisionId.toUtf8().constData()) != 0
        || git_object_type(raw) != GIT_OBJECT_COMMIT) {
        git_object_free(raw);
        if (error)
            *error = tr("The library's git history has no commit %1.").arg(revisionId);
        return std::nullopt;
    }
    const Git::Object object(raw);
    auto *commit = reinterpret_cast<git_commit *>(raw);
    const QByteArray path = relative(filePath).toUtf8();
    std::optional<git_oid> blobId = blobIn(commit, path);
    if (!blobId) {
        // Renamed since: follow the name back from the newest commit to this one, as revisions() does.
        QByteArray walked = path;
        git_revwalk *rawWalk = nullptr;
        if (git_revwalk_new(&rawWalk, m_repository) == 0 && git_revwalk_push_head(rawWalk) == 0) {
            const Git::Revwalk walk(rawWalk);
            git_revwalk_sorting(rawWalk, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
            git_oid id;
            while (!blobId && git_revwalk_next(&id, rawWalk) == 0) {
                git_commit *rawCommit = nullptr;
                if (git_commit_lookup(&rawCommit, m_repository, &id) != 0)
                    continue;
                const Git::Commit step(rawCommit);
                git_commit *rawParent = nullptr;
                git_commit_parent(&rawParent, rawCommit, 0);
                const Git::Commit parent(rawParent);
                if (blobIn(rawCommit, walked) && rawParent && !blobIn(rawParent, walked)) {
                    const QByteArray from = renamedFrom(m_repository, rawCommit, rawParent, walked);
                    if (!from.isEmpty())
                        walked = from;
                }
                if (git_oid_equal(&id, git_commit_id(commit)))
                    blobId = blobIn(commit, walked);
            }
        }
    }
    git_blob *rawBlob = nullptr;
    if (!blobId || git_blob_lookup(&rawBlob, m_repository, &*blobId) != 0) {
        if (error)
            *error = tr("Commit %1 holds no version of %2.").arg(revisionId, QDir::toNativeSeparators(filePath));
        return std::nullopt;
    }
    const Git::Blob blob(rawBlob);
    const DecodedText decoded = TextCodec::decode(
        QByteArray(static_cast<const char *>(git_blob_rawcontent(rawBlob)), qsizetype(git_blob_rawsize(rawBlob))));
    if (decoded.binary) {
        if (error)
            *error
                = tr("The version of %1 in commit %2 is not text.").arg(QDir::toNativeSeparators(filePath), revisionId);
        return std::nullopt;
    }
    return decoded.text;
}

} // namespace Byline::Core
