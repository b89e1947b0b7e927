#include "commitmessage.h"
#include "gitobjects.h"
#include "librarystatus.h"
#include "sharedlibrary.h"

#include <article/article.h>
#include <article/textcodec.h>
#include <library/libraryscanner.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cerrno>

#include <sys/stat.h>

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
    return commitTree(treeId, parent, articles, identity);
}

SharedLibrary::Commit SharedLibrary::commitTree(const git_oid &treeId, git_commit *parent,
                                                const QList<CommitMessage::Article> &articles,
                                                const SharingIdentity &identity)
{
    Commit result;
    git_tree *rawTree = nullptr;
    if (git_tree_lookup(&rawTree, m_repository, &treeId) != 0) {
        result.error = tr("Could not write the library's tree: %1").arg(Git::lastError());
        return result;
    }
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

namespace {

bool sameStat(const struct stat &a, const struct stat &b)
{
    return a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec
        && a.st_ctim.tv_sec == b.st_ctim.tv_sec && a.st_ctim.tv_nsec == b.st_ctim.tv_nsec && a.st_size == b.st_size
        && a.st_ino == b.st_ino && a.st_mode == b.st_mode;
}

// The index entry of a file hashed as `id`. Its stat data is what git compares to know the file
// unchanged, so it is kept only when the file held still while it was read (`before` and
// `after`); else it stays empty and the next look hashes the file again.
git_index_entry entryFor(const git_oid &id, quint32 mode, const struct stat &before, const struct stat &after)
{
    git_index_entry entry {};
    entry.id = id;
    entry.mode = mode;
    if (!sameStat(before, after))
        return entry;
    entry.ctime = {int32_t(before.st_ctim.tv_sec), quint32(before.st_ctim.tv_nsec)};
    entry.mtime = {int32_t(before.st_mtim.tv_sec), quint32(before.st_mtim.tv_nsec)};
    entry.dev = quint32(before.st_dev);
    entry.ino = quint32(before.st_ino);
    entry.uid = before.st_uid;
    entry.gid = before.st_gid;
    entry.file_size = quint32(before.st_size);
    return entry;
}

// Whether git would store these files as they are: no line-ending conversion configured, and
// no attributes file anywhere that could ask for one (or for another filter). Then their blobs
// are hashed from their bytes; else libgit2 applies the filters, which first reads the index.
bool storedAsTheyAre(git_config *config, const QString &root, const QString &gitFolder, const QStringList &paths)
{
    git_buf value = GIT_BUF_INIT;
    bool converts = false;
    if (git_config_get_string_buf(&value, config, "core.autocrlf") == 0)
        converts = qstrcmp(value.ptr, "false") != 0;
    git_buf_dispose(&value);
    if (converts)
        return false;
    QStringList files
        = {QDir(gitFolder).filePath(QStringLiteral("info/attributes")), QStringLiteral("/etc/gitattributes")};
    if (git_config_get_path(&value, config, "core.attributesFile") == 0)
        files.append(QFile::decodeName(value.ptr));
    else
        files.append(QDir(qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config")))
                         .filePath(QStringLiteral("git/attributes")));
    git_buf_dispose(&value);
    QSet<QString> folders = {QString()};
    for (const QString &path : paths) {
        for (qsizetype slash = path.lastIndexOf(QLatin1Char('/')); slash > 0;
             slash = path.lastIndexOf(QLatin1Char('/'), slash - 1))
            folders.insert(path.left(slash));
    }
    for (const QString &folder : std::as_const(folders))
        files.append(QDir(root).filePath(folder.isEmpty() ? QStringLiteral(".gitattributes")
                                                          : folder + QStringLiteral("/.gitattributes")));
    return std::none_of(files.cbegin(), files.cend(), [](const QString &file) { return QFileInfo::exists(file); });
}

} // namespace

SharedLibrary::Commit SharedLibrary::commitPaths(const SharingIdentity &identity, const QStringList &paths,
                                                 IndexWrite write)
{
    Commit result;
    git_reference *rawHead = nullptr;
    const Git::Reference head(git_repository_head(&rawHead, m_repository) == 0 ? rawHead : nullptr);
    const Git::Tree headTree = head ? treeOf(m_repository, git_reference_target(head.get())) : Git::Tree();
    if (!headTree)
        return commitAll(identity, write); // the first commit
    int trustModes = 1;
    bool asTheyAre = false;
    git_config *rawConfig = nullptr;
    if (git_repository_config_snapshot(&rawConfig, m_repository) == 0) {
        const Git::Config config(rawConfig);
        git_config_get_bool(&trustModes, rawConfig, "core.filemode");
        asTheyAre = storedAsTheyAre(rawConfig, m_root, Git::fromUtf8(git_repository_path(m_repository)), paths);
    }

    std::vector<QByteArray> names; // the updates' paths live as long as the updates
    names.reserve(size_t(paths.size()));
    std::vector<git_tree_update> updates;
    std::vector<IndexChange> changes;
    QList<CommitMessage::Article> articles;
    for (const QString &path : paths) {
        const QByteArray &utf8 = names.emplace_back(path.toUtf8());
        const QByteArray local = QFile::encodeName(absolutePath(path));
        git_tree_entry *rawBefore = nullptr;
        git_tree_entry_bypath(&rawBefore, headTree.get(), utf8.constData());
        const Git::TreeEntry before(rawBefore);

        struct stat was
        {
        };
        if (::lstat(local.constData(), &was) != 0 && errno == ENOENT) {
            changes.push_back({utf8, std::nullopt});
            if (before) {
                updates.push_back({GIT_TREE_UPDATE_REMOVE, {}, GIT_FILEMODE_UNREADABLE, utf8.constData()});
                articles.append(describe(path, headBlob(m_repository, headTree.get(), path), true));
            }
            continue;
        }
        if (!S_ISREG(was.st_mode) && !S_ISLNK(was.st_mode))
            return commitAll(identity, write); // a file became a folder: let git sort it out
        // The blob as `git add` makes it (with the repository's filters, a link's target).
        QFile file(absolutePath(path));
        QByteArray bytes;
        if (asTheyAre && S_ISREG(was.st_mode)) {
            if (!file.open(QIODevice::ReadOnly)) {
                result.error = tr("Could not add “%1” to the commit: %2").arg(path, file.errorString());
                return result;
            }
            bytes = file.readAll();
        }
        git_oid id;
        if ((asTheyAre && S_ISREG(was.st_mode)
                 ? git_blob_create_from_buffer(&id, m_repository, bytes.constData(), size_t(bytes.size()))
                 : git_blob_create_from_workdir(&id, m_repository, utf8.constData()))
            != 0) {
            result.error = tr("Could not add “%1” to the commit: %2").arg(path, Git::lastError());
            return result;
        }
        struct stat is
        {
        };
        ::lstat(local.constData(), &is);
        git_filemode_t mode = GIT_FILEMODE_BLOB;
        if (S_ISLNK(was.st_mode))
            mode = GIT_FILEMODE_LINK;
        else if (trustModes ? (was.st_mode & S_IXUSR) != 0
                            : before && git_tree_entry_filemode(before.get()) == GIT_FILEMODE_BLOB_EXECUTABLE)
            mode = GIT_FILEMODE_BLOB_EXECUTABLE;
        changes.push_back({utf8, entryFor(id, quint32(mode), was, is)});
        // Only what changed in content goes into the commit (a file merely touched did not).
        if (before && git_oid_equal(git_tree_entry_id(before.get()), &id)
            && git_tree_entry_filemode(before.get()) == mode)
            continue;
        updates.push_back({GIT_TREE_UPDATE_UPSERT, id, mode, utf8.constData()});
        if (bytes.isNull() && file.open(QIODevice::ReadOnly))
            bytes = file.read(4 * 1024 * 1024);
        articles.append(describe(path, bytes.left(4 * 1024 * 1024), false));
    }

    setIndexChanges(std::move(changes));
    const auto indexWritten = [&](Commit &&done) {
        QString error;
        if (write == IndexWrite::Now && !writeIndex(&error) && done.error.isEmpty())
            done.error = error;
        return std::move(done);
    };
    if (updates.empty())
        return indexWritten(std::move(result)); // only the stat data of files touched, for next time
    git_oid treeId;
    if (git_tree_create_updated(&treeId, m_repository, headTree.get(), updates.size(), updates.data()) != 0) {
        m_indexChanges.clear();
        m_indexWaiting = false;
        result.error = tr("Could not write the library's tree: %1").arg(Git::lastError());
        return result;
    }
    if (git_oid_equal(&treeId, git_tree_id(headTree.get())))
        return indexWritten(std::move(result));
    return indexWritten(commitTree(treeId, parentOf(m_repository, head.get()).get(), articles, identity));
}

} // namespace Byline::Core
