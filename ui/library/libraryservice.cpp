#include "libraryservice.h"

#include <library/libraryworker.h>

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

namespace Byline::WidgetUi {

Q_LOGGING_CATEGORY(lcLibrary, "byline.ui.library", QtInfoMsg)

namespace {

constexpr int refreshDelayMs = 400;

} // namespace

LibraryService::LibraryService(QObject *parent)
    : QObject(parent)
    , m_worker(new Core::LibraryWorker)
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("library index"));
    m_thread.start();
    connect(m_worker, &Core::LibraryWorker::listed, this, &LibraryService::takeListing);
    connect(m_worker, &Core::LibraryWorker::updated, this,
            [this](const QString &folder, const Core::IndexReport &report) {
                if (folder != m_folder)
                    return;
                m_indexed = !report.cancelled;
                Q_EMIT updated(report);
            });
    connect(m_worker, &Core::LibraryWorker::searched, this, &LibraryService::searched);
    connect(m_worker, &Core::LibraryWorker::progress, this, &LibraryService::progress);
    connect(m_worker, &Core::LibraryWorker::failed, this, [this](const QString &folder, const QString &error) {
        if (folder == m_folder)
            Q_EMIT failed(error);
    });

    // Folders are watched for files coming, going and being replaced (editors save by renaming),
    // and articles for being written over where they are.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(refreshDelayMs);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString &folder) {
        watchSubfolders(folder, false); // a folder made there is watched before anything is saved into it
        m_refresh.start();
    });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_refresh, qOverload<>(&QTimer::start));
    connect(&m_refresh, &QTimer::timeout, m_worker, &Core::LibraryWorker::refresh);
    // A file replaced (saved by renaming) leaves the watch; it is watched again once read.
    connect(this, &LibraryService::updated, this, &LibraryService::watchArticles);
}

LibraryService::~LibraryService()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

QString LibraryService::absolute(const QString &relative) const
{
    return QDir(m_folder).filePath(relative);
}

void LibraryService::setFolder(const QString &folder, const QString &databasePath)
{
    forgetFolder();
    m_folder = QDir(folder).absolutePath();
    m_worker->cancel();
    Q_EMIT folderChanged(m_folder);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, folder = m_folder, databasePath] { worker->open(folder, databasePath); });
}

QString LibraryService::statusOf(const QString &path) const
{
    const QString relative = QDir(m_folder).relativeFilePath(path);
    for (const Core::ArticleSummary &article : m_articles) {
        if (article.path == relative)
            return article.status;
    }
    return {};
}

void LibraryService::refreshFiles(const QStringList &paths)
{
    QStringList relative;
    for (const QString &path : paths)
        relative.append(QDir(m_folder).relativeFilePath(path));
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, relative] { worker->updateFiles(relative); });
}

quint64 LibraryService::search(const QString &query, int limit)
{
    const quint64 generation = ++m_searches;
    m_worker->announceSearch(generation);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation, query, limit] { worker->search(generation, query, limit); });
    return generation;
}

void LibraryService::takeListing(const QString &folder, const QList<Core::ArticleSummary> &articles,
                                 const QStringList &folders)
{
    if (folder != m_folder)
        return;
    // The same files in the same folders (one was saved, a sync changed some): the watches stand.
    const bool sameFiles = folders == m_folders && articles.size() == m_articles.size()
        && std::equal(articles.cbegin(), articles.cend(), m_articles.cbegin(),
                      [](const Core::ArticleSummary &a, const Core::ArticleSummary &b) { return a.path == b.path; });
    m_articles = articles;
    m_folders = folders;
    if (!sameFiles || !m_treeWatched)
        watchFolders();
    Q_EMIT listed(articles, folders);
}

void LibraryService::forgetFolder()
{
    m_indexed = false;
    m_articles.clear();
    m_folders.clear();
    m_refresh.stop();
    m_treeWatched = false;
    // Nothing of the last library may start a refresh of this one.
    if (const QStringList watched = m_watcher.files() + m_watcher.directories(); !watched.isEmpty())
        m_watcher.removePaths(watched);
}

void LibraryService::watchFolders()
{
    // Folders are left to the watch while they exist (it drops those removed), so one emptied of
    // its articles is still seen when an article comes back.
    const QStringList watched = m_watcher.directories();
    const QSet<QString> known(watched.cbegin(), watched.cend());
    QStringList paths;
    for (const QString &sub : std::as_const(m_folders)) {
        const QString path = sub.isEmpty() ? m_folder : absolute(sub);
        if (!known.contains(path))
            paths.append(path);
    }
    watch(paths);
    // Once per library, the folders that hold no article (yet); later ones are seen being made.
    if (!std::exchange(m_treeWatched, true))
        watchSubfolders(m_folder, true);
    watchArticles();
}

void LibraryService::watchArticles()
{
    const QStringList watched = m_watcher.files();
    QSet<QString> unwanted(watched.cbegin(), watched.cend());
    QStringList paths;
    for (const Core::ArticleSummary &article : std::as_const(m_articles)) {
        const QString path = absolute(article.path);
        if (!unwanted.remove(path))
            paths.append(path);
    }
    if (!unwanted.isEmpty())
        m_watcher.removePaths(unwanted.values());
    watch(paths);
}

void LibraryService::watchSubfolders(const QString &folder, bool whole)
{
    if (m_folder.isEmpty() || !(folder == m_folder || folder.startsWith(m_folder + QLatin1Char('/'))))
        return;
    const QStringList watched = m_watcher.directories();
    const QSet<QString> known(watched.cbegin(), watched.cend());
    QStringList paths;
    QStringList pending {folder};
    while (!pending.isEmpty()) {
        const QDir dir(pending.takeLast());
        // Hidden folders are not the library's, and links to folders are not followed, as in the index.
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
            const QString path = dir.filePath(name);
            const bool isNew = !known.contains(path);
            if (isNew)
                paths.append(path);
            if (isNew || whole)
                pending.append(path);
        }
    }
    watch(paths);
}

void LibraryService::watch(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    // A path gone in the meantime is refused, and the listing that follows drops it; one that
    // exists is refused when the system's watches run out.
    const QStringList refused = m_watcher.addPaths(paths);
    const auto exists = [](const QString &path) { return QFileInfo::exists(path); };
    if (std::any_of(refused.cbegin(), refused.cend(), exists))
        qCWarning(lcLibrary) << "cannot watch" << refused.size() << "files and folders of" << m_folder
                             << "for changes; changes other programs make there are seen when the library is opened "
                                "again";
}

} // namespace Byline::WidgetUi
