#include "sharedlibrary.h"

#include "commitmessage.h"
#include "gitobjects.h"
#include "treechanges.h"

#include <article/article.h>
#include <article/textcodec.h>
#include <library/libraryscanner.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace Byline::Core {

namespace {

const char *const recordFile = "byline-sync.json";

// Paths the repository gives, as the library's relative paths.
QString pathOf(const git_status_entry *entry)
{
    const git_diff_delta *delta = entry->index_to_workdir ? entry->index_to_workdir : entry->head_to_index;
    if (!delta)
        return {};
    return Git::fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path);
}

SharedLibrary::State stateOf(unsigned int flags)
{
    if (flags & (GIT_STATUS_WT_NEW | GIT_STATUS_INDEX_NEW))
        return SharedLibrary::State::NewHere;
    if (flags & (GIT_STATUS_WT_DELETED | GIT_STATUS_INDEX_DELETED))
        return SharedLibrary::State::DeletedHere;
    return SharedLibrary::State::ChangedHere;
}

Git::Tree treeOf(git_repository *repository, const git_oid *commitId)
{
    git_commit *commit = nullptr;
    if (!commitId || git_commit_lookup(&commit, repository, commitId) != 0)
        return {};
    const Git::Commit owned(commit);
    git_tree *tree = nullptr;
    git_commit_tree(&tree, commit);
    return Git::Tree(tree);
}

bool stillHoldsSuggestions(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.read(64 * 1024 * 1024);
    return bytes.contains("{~~") || bytes.contains("{++") || bytes.contains("{--");
}

// Title and status of an article for the commit message, from its text.
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

} // namespace

SharedLibrary::SharedLibrary(git_repository *repository, const QString &root)
    : m_repository(repository)
    , m_root(root)
{ }

SharedLibrary::~SharedLibrary()
{
    git_repository_free(m_repository);
}

bool SharedLibrary::isShared(const QString &folder)
{
    return !folder.isEmpty() && QFileInfo::exists(QDir(folder).filePath(QStringLiteral(".git")));
}

std::unique_ptr<SharedLibrary> SharedLibrary::open(const QString &folder, QString *error)
{
    Git::initialize();
    git_repository *repository = nullptr;
    const QByteArray path = QFile::encodeName(QDir(folder).absolutePath());
    if (git_repository_open_ext(&repository, path.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0) {
        if (error)
            *error = tr("“%1” is not a shared library (no git repository at its top): %2")
                         .arg(QDir::toNativeSeparators(folder), Git::lastError());
        return {};
    }
    if (git_repository_is_bare(repository)) {
        git_repository_free(repository);
        if (error)
            *error = tr("“%1” is a bare repository, which has no articles to edit. Clone it instead.")
                         .arg(QDir::toNativeSeparators(folder));
        return {};
    }
    return std::unique_ptr<SharedLibrary>(new SharedLibrary(repository, QDir(folder).absolutePath()));
}

std::unique_ptr<SharedLibrary> SharedLibrary::create(const QString &folder, QString *error)
{
    if (isShared(folder))
        return open(folder, error);
    Git::initialize();
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Could not create the folder “%1”.").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    options.flags = GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;
    options.initial_head = "main";
    git_repository *repository = nullptr;
    const QByteArray path = QFile::encodeName(QDir(folder).absolutePath());
    if (git_repository_init_ext(&repository, path.constData(), &options) != 0) {
        if (error)
            *error = tr("Could not make “%1” a shared library: %2")
                         .arg(QDir::toNativeSeparators(folder), Git::lastError());
        return {};
    }
    return std::unique_ptr<SharedLibrary>(new SharedLibrary(repository, QDir(folder).absolutePath()));
}

QString SharedLibrary::absolutePath(const QString &path) const
{
    return QDir(m_root).filePath(path);
}

QString SharedLibrary::remoteUrl() const
{
    git_remote *raw = nullptr;
    if (git_remote_lookup(&raw, m_repository, "origin") != 0)
        return {};
    const Git::Remote remote(raw);
    return Git::fromUtf8(git_remote_url(raw));
}

bool SharedLibrary::setRemoteUrl(const QString &url, QString *error)
{
    const QByteArray bytes = url.toUtf8();
    git_remote *raw = nullptr;
    int failed = 0;
    if (git_remote_lookup(&raw, m_repository, "origin") == 0) {
        git_remote_free(raw);
        failed = git_remote_set_url(m_repository, "origin", bytes.constData());
    } else {
        failed = git_remote_create(&raw, m_repository, "origin", bytes.constData());
        git_remote_free(raw);
    }
    if (failed && error)
        *error = tr("Could not set the remote to “%1”: %2").arg(url, Git::lastError());
    return failed == 0;
}

SharingIdentity SharedLibrary::identity(const SharingIdentity &preferred) const
{
    SharingIdentity identity = preferred;
    git_signature *raw = nullptr;
    if ((identity.name.isEmpty() || identity.email.isEmpty()) && git_signature_default(&raw, m_repository) == 0) {
        const Git::Signature signature(raw);
        if (identity.name.isEmpty())
            identity.name = Git::fromUtf8(raw->name);
        if (identity.email.isEmpty())
            identity.email = Git::fromUtf8(raw->email);
    }
    if (identity.name.isEmpty())
        identity.name = qEnvironmentVariable("USER", QStringLiteral("Byline"));
    if (identity.email.isEmpty())
        identity.email
            = qEnvironmentVariable("USER", QStringLiteral("byline")) + QLatin1Char('@') + QSysInfo::machineHostName();
    return identity;
}

SharedLibrary::Status SharedLibrary::status() const
{
    Status status;
    status.remoteUrl = remoteUrl();

    git_reference *rawHead = nullptr;
    Git::Reference head;
    if (git_repository_head(&rawHead, m_repository) == 0) {
        head.reset(rawHead);
        status.branch = Git::fromUtf8(git_reference_shorthand(rawHead));
    } else {
        git_reference *symbolic = nullptr;
        if (git_reference_lookup(&symbolic, m_repository, "HEAD") == 0) {
            status.branch = Git::fromUtf8(git_reference_symbolic_target(symbolic)).section(QLatin1Char('/'), 2);
            git_reference_free(symbolic);
        }
    }

    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags
        = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS | GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    git_status_list *rawList = nullptr;
    if (git_status_list_new(&rawList, m_repository, &options) != 0) {
        status.error = tr("Could not read the state of the library's files: %1").arg(Git::lastError());
        return status;
    }
    const Git::StatusList list(rawList);
    const size_t count = git_status_list_entrycount(rawList);
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry *entry = git_status_byindex(rawList, i);
        if (entry->status == GIT_STATUS_CURRENT || (entry->status & GIT_STATUS_IGNORED))
            continue;
        status.articles.insert(pathOf(entry), stateOf(entry->status));
    }

    const git_oid *headId = head ? git_reference_target(head.get()) : nullptr;
    git_oid upstreamId;
    const bool hasUpstream = !status.branch.isEmpty()
        && git_reference_name_to_id(&upstreamId, m_repository,
                                    QStringLiteral("refs/remotes/origin/%1").arg(status.branch).toUtf8().constData())
            == 0;
    if (headId && hasUpstream) {
        git_oid base;
        if (git_merge_base(&base, m_repository, headId, &upstreamId) == 0) {
            const Git::Tree baseTree = treeOf(m_repository, &base);
            if (!git_oid_equal(&base, headId)) {
                for (const QString &path :
                     Git::changedPaths(m_repository, baseTree.get(), treeOf(m_repository, headId).get()))
                    status.articles.insert(path, status.articles.value(path, State::ChangedHere));
            }
            if (!git_oid_equal(&base, &upstreamId)) {
                for (const QString &path :
                     Git::changedPaths(m_repository, baseTree.get(), treeOf(m_repository, &upstreamId).get())) {
                    const auto found = status.articles.constFind(path);
                    status.articles.insert(path,
                                           found == status.articles.cend() ? State::ChangedThere : State::ChangedBoth);
                }
            }
        }
    } else if (headId) { // never sent: everything committed is still to send
        for (const QString &path : Git::changedPaths(m_repository, nullptr, treeOf(m_repository, headId).get()))
            status.articles.insert(path, status.articles.value(path, State::NewHere));
    }

    const Record kept = record();
    status.lastSync = kept.lastSync;
    status.lastError = kept.lastError;
    for (const QString &path : kept.suggestions) {
        if (!status.articles.contains(path) && stillHoldsSuggestions(absolutePath(path)))
            status.articles.insert(path, State::Suggestions);
    }
    for (auto it = status.articles.cbegin(); it != status.articles.cend(); ++it) {
        if (it.value() == State::ChangedThere)
            ++status.toReceive;
        else if (it.value() == State::ChangedBoth)
            ++status.toSend, ++status.toReceive;
        else if (it.value() != State::Suggestions)
            ++status.toSend;
    }
    return status;
}

SharedLibrary::Commit SharedLibrary::commitAll(const SharingIdentity &identity)
{
    Commit result;
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, m_repository) != 0) {
        result.error = tr("Could not read the library's git index: %1").arg(Git::lastError());
        return result;
    }
    const Git::Index index(rawIndex);
    git_index_read(rawIndex, 0);

    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS
        | GIT_STATUS_OPT_EXCLUDE_SUBMODULES
        // Files whose stat data went stale (touched, or too new when last indexed) are looked
        // at once and their stat data kept, so the next sync can trust the stamps (WorktreeStamps).
        | GIT_STATUS_OPT_UPDATE_INDEX;
    git_status_list *rawList = nullptr;
    if (git_status_list_new(&rawList, m_repository, &options) != 0) {
        result.error = tr("Could not read the state of the library's files: %1").arg(Git::lastError());
        return result;
    }
    const Git::StatusList list(rawList);

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

    return commitIndex(rawIndex, headTree.get(), parentOf(m_repository, head.get()).get(), articles, identity);
}

SharedLibrary::Commit SharedLibrary::commitIndex(git_index *rawIndex, git_tree *headTree, git_commit *parent,
                                                 const QList<CommitMessage::Article> &articles,
                                                 const SharingIdentity &identity)
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
    if (git_index_write(rawIndex) != 0) {
        result.error = tr("Could not write the library's git index: %1").arg(Git::lastError());
        return result;
    }

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

SharedLibrary::Commit SharedLibrary::commitPaths(const SharingIdentity &identity, const QStringList &paths)
{
    Commit result;
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, m_repository) != 0) {
        result.error = tr("Could not read the library's git index: %1").arg(Git::lastError());
        return result;
    }
    const Git::Index index(rawIndex);
    git_index_read(rawIndex, 0);
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
    return commitIndex(rawIndex, headTree.get(), parentOf(m_repository, head.get()).get(), articles, identity);
}

SharedLibrary::Record SharedLibrary::record() const
{
    Record kept;
    QFile file(QDir(Git::fromUtf8(git_repository_path(m_repository))).filePath(QLatin1String(recordFile)));
    if (!file.open(QIODevice::ReadOnly))
        return kept;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    kept.lastSync = QDateTime::fromString(object.value(QLatin1String("lastSync")).toString(), Qt::ISODate);
    kept.lastError = object.value(QLatin1String("lastError")).toString();
    for (const QJsonValue &path : object.value(QLatin1String("suggestions")).toArray())
        kept.suggestions.append(path.toString());
    return kept;
}

void SharedLibrary::setRecord(const Record &record) const
{
    QJsonObject object;
    if (record.lastSync.isValid())
        object.insert(QLatin1String("lastSync"), record.lastSync.toUTC().toString(Qt::ISODate));
    if (!record.lastError.isEmpty())
        object.insert(QLatin1String("lastError"), record.lastError);
    object.insert(QLatin1String("suggestions"), QJsonArray::fromStringList(record.suggestions));
    const QString path = QDir(Git::fromUtf8(git_repository_path(m_repository))).filePath(QLatin1String(recordFile));
    Git::writeState(path, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace Byline::Core
