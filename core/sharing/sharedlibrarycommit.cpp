#include "commitmessage.h"
#include "gitobjects.h"
#include "librarystatus.h"
#include "sharedlibrary.h"

#include <article/article.h>
#include <article/textcodec.h>
#include <library/libraryscanner.h>

#include <QFile>
#include <QFileInfo>

// SharedLibrary's commits: of everything changed in the library, or of files known to be the
// only ones changed.
namespace Byline::Core {

namespace {

using LibraryStatus::pathOf;
using LibraryStatus::stateOf;
using LibraryStatus::treeOf;

CommitMessage::Article describe(const QString &path, const QByteArray &bytes, bool deleted)
{
    CommitMessage::Article article {path, {}, {}, deleted};
    if (!LibraryScanner::isArticleFile(path))
        return article;
    const DecodedText decoded = TextCodec::decode(bytes);
    if (decoded.binary)
        return article;
    const ArticleMetadata metadata = Article::fromText(decoded.text, path, Article::formatForFileName(path)).metadata();
    article.title = metadata.title;
    article.status = metadata.status;
    return article;
}

QByteArray headBlob(git_repository *repository, git_tree *head, const QString &path)
{
    if (!head)
        return {};
    git_tree_entry *entry = nullptr;
    if (git_tree_entry_bypath(&entry, head, path.toUtf8().constData()) != 0)
        return {};
    git_blob *blob = nullptr;
    const int failed = git_blob_lookup(&blob, repository, git_tree_entry_id(entry));
    git_tree_entry_free(entry);
    if (failed)
        return {};
    const Git::Blob owned(blob);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
}

Git::Commit parentOf(git_repository *repository, git_reference *head)
{
    git_commit *parent = nullptr;
    if (head)
        git_commit_lookup(&parent, repository, git_reference_target(head));
    return Git::Commit(parent);
}

// The repository's index, read again if git changed it on disk; null, with `error`, when it
// cannot be read.
Git::Index loadIndex(git_repository *repository, QString *error)
{
    git_index *raw = nullptr;
    if (git_repository_index(&raw, repository) != 0) {
        *error = SharedLibrary::tr("Could not read the library's git index: %1").arg(Git::lastError());
        return {};
    }
    git_index_read(raw, 0);
    return Git::Index(raw);
}

} // namespace

SharedLibrary::Commit SharedLibrary::commitAll(const SharingIdentity &identity, IndexWrite write)
{
    Commit result;
    const Git::Index index = loadIndex(m_repository, &result.error);
    git_index *rawIndex = index.get();
    if (!rawIndex)
        return result;

    // Files whose stat data went stale (touched, or too new when last indexed) are looked at
    // once and their stat data kept, so the next sync can trust the stamps (WorktreeStamps).
    const Git::StatusList list = LibraryStatus::take(m_repository, true);
    git_status_list *rawList = list.get();
    if (!rawList) {
        result.error = tr("Could not read the state of the library's files: %1").arg(Git::lastError());
        return result;
    }

    git_reference *rawHead = nullptr;
    Git::Reference head(git_repository_head(&rawHead, m_repository) == 0 ? rawHead : nullptr);
    const Git::Tree headTree = head ? treeOf(m_repository, git_reference_target(head.get())) : Git::Tree();

    QList<CommitMessage::Article> articles;
    const size_t count = git_status_list_entrycount(rawList);
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry *entry = git_status_byindex(rawList, i);
        if (entry->status == GIT_STATUS_CURRENT || (entry->status & GIT_STATUS_IGNORED))
            continue;
        const QString path = pathOf(entry);
        const QByteArray utf8 = path.toUtf8();
        const bool deleted = stateOf(entry->status) == State::DeletedHere && !QFileInfo::exists(absolutePath(path));
        int failed = 0;
        if (deleted) {
            failed = git_index_remove_bypath(rawIndex, utf8.constData());
            articles.append(describe(path, headBlob(m_repository, headTree.get(), path), true));
        } else {
            failed = git_index_add_bypath(rawIndex, utf8.constData());
            QFile file(absolutePath(path));
            articles.append(
                describe(path, file.open(QIODevice::ReadOnly) ? file.read(4 * 1024 * 1024) : QByteArray(), false));
        }
        if (failed) {
            result.error = tr("Could not add “%1” to the commit: %2").arg(path, Git::lastError());
            return result;
        }
    }

    return commitIndex(rawIndex, headTree.get(), parentOf(m_repository, head.get()).get(), articles, identity, write);
}

SharedLibrary::Commit SharedLibrary::commitIndex(git_index *rawIndex, git_tree *headTree, git_commit *parent,
                                                 const QList<CommitMessage::Article> &articles,
                                                 const SharingIdentity &identity, IndexWrite write)
{
    Commit result;
    git_oid treeId;
    if (git_index_write_tree(&treeId, rawIndex) != 0) {
        result.error = tr("Could not write the library's tree: %1").arg(Git::lastError());
        return result;
    }
    if (headTree && git_oid_equal(&treeId, git_tree_id(headTree)))
        return result; // nothing changed
    if (!headTree && articles.isEmpty())
        return result;
    if (write == IndexWrite::Now && git_index_write(rawIndex) != 0) {
        result.error = tr("Could not write the library's git index: %1").arg(Git::lastError());
        return result;
    }
    m_indexWaiting = write == IndexWrite::Later;

    git_tree *rawTree = nullptr;
    git_tree_lookup(&rawTree, m_repository, &treeId);
    const Git::Tree tree(rawTree);
    git_signature *rawSignature = nullptr;
    if (git_signature_now(&rawSignature, identity.name.toUtf8().constData(), identity.email.toUtf8().constData())
        != 0) {
        result.error = tr("“%1 <%2>” cannot sign a commit: %3").arg(identity.name, identity.email, Git::lastError());
        return result;
    }
    const Git::Signature signature(rawSignature);
    const git_commit *parents[] = {parent};

    result.message = CommitMessage::make(identity.name, articles);
    for (const CommitMessage::Article &article : articles)
        result.paths.append(article.path);
    git_oid commitId;
    if (git_commit_create(&commitId, m_repository, "HEAD", rawSignature, rawSignature, "UTF-8",
                          result.message.toUtf8().constData(), rawTree, parent ? 1 : 0, parents)
        != 0) {
        result.error = tr("Could not commit the changed articles: %1").arg(Git::lastError());
        return result;
    }
    result.id = Git::fromUtf8(git_oid_tostr_s(&commitId));
    return result;
}

SharedLibrary::Commit SharedLibrary::commitPaths(const SharingIdentity &identity, const QStringList &paths,
                                                 IndexWrite write)
{
    Commit result;
    const Git::Index index = loadIndex(m_repository, &result.error);
    git_index *rawIndex = index.get();
    if (!rawIndex)
        return result;
    git_reference *rawHead = nullptr;
    Git::Reference head(git_repository_head(&rawHead, m_repository) == 0 ? rawHead : nullptr);
    const Git::Tree headTree = head ? treeOf(m_repository, git_reference_target(head.get())) : Git::Tree();
    QList<CommitMessage::Article> articles;
    for (const QString &path : paths) {
        const QByteArray utf8 = path.toUtf8();
        QFile file(absolutePath(path));
        const bool deleted = !file.exists();
        if ((deleted ? git_index_remove_bypath(rawIndex, utf8.constData())
                     : git_index_add_bypath(rawIndex, utf8.constData()))
            != 0) {
            result.error = tr("Could not add “%1” to the commit: %2").arg(path, Git::lastError());
            return result;
        }
        // Only what changed in content goes into the message (a file merely touched did not).
        const git_index_entry *entry = git_index_get_bypath(rawIndex, utf8.constData(), 0);
        git_tree_entry *before = nullptr;
        const bool same = entry && headTree && git_tree_entry_bypath(&before, headTree.get(), utf8.constData()) == 0
            && git_oid_equal(git_tree_entry_id(before), &entry->id);
        git_tree_entry_free(before);
        if (same)
            continue;
        articles.append(
            deleted
                ? describe(path, headBlob(m_repository, headTree.get(), path), true)
                : describe(path, file.open(QIODevice::ReadOnly) ? file.read(4 * 1024 * 1024) : QByteArray(), false));
    }
    if (articles.isEmpty()) {
        git_index_write(rawIndex); // the stat data of files touched but not changed, for next time
        return result;
    }
    return commitIndex(rawIndex, headTree.get(), parentOf(m_repository, head.get()).get(), articles, identity, write);
}

bool SharedLibrary::writeIndex(QString *error)
{
    if (!std::exchange(m_indexWaiting, false))
        return true;
    git_index *raw = nullptr;
    if (git_repository_index(&raw, m_repository) != 0 || git_index_write(raw) != 0) {
        git_index_free(raw);
        if (error)
            *error = tr("Could not write the library's git index: %1").arg(Git::lastError());
        return false;
    }
    git_index_free(raw);
    return true;
}

} // namespace Byline::Core
