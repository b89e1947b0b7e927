#include "sharedlibrary.h"

#include "commitmessage.h"
#include "gitobjects.h"
#include "librarystatus.h"
#include "treechanges.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace Byline::Core {

namespace {

using LibraryStatus::pathOf;
using LibraryStatus::stateOf;
using LibraryStatus::treeOf;

const char *const recordFile = "byline-sync.json";

bool stillHoldsSuggestions(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.read(64 * 1024 * 1024);
    return bytes.contains("{~~") || bytes.contains("{++") || bytes.contains("{--");
}

// Title and status of an article for the commit message, from its text.
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

    const Git::StatusList list = LibraryStatus::take(m_repository, false);
    git_status_list *rawList = list.get();
    if (!rawList) {
        status.error = tr("Could not read the state of the library's files: %1").arg(Git::lastError());
        return status;
    }
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
