#pragma once

#include <library/libraryindex.h>

#include <QFileSystemWatcher>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace Byline::Core {
class LibraryWorker;
}

namespace Byline::WidgetUi {

// The open library, apart from any widget that shows it: its index on a thread of its own (a
// Core::LibraryWorker), and a watch on its folders, so the index follows files that other
// programs add, change or remove while the window is open. Listing, indexing and searching never
// block the caller; results come back as signals.
class LibraryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryService)

public:
    explicit LibraryService(QObject *parent = nullptr);
    ~LibraryService() override;

    // Opens the library in `folder`: what the index knows is listed at once (for a new index, the
    // files by name while it is built), then the index is brought up to date.
    void setFolder(const QString &folder, const QString &databasePath = {});
    // The library's folder, absolute; empty until one is opened.
    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] QString absolute(const QString &relative) const;
    // As last listed: the articles, and the folders relative to the library ("" for the top).
    [[nodiscard]] const QList<Core::ArticleSummary> &articles() const { return m_articles; }
    [[nodiscard]] QStringList folders() const { return m_folders; }
    // The status an article's front matter gives, as last listed; its absolute path.
    [[nodiscard]] QString statusOf(const QString &path) const;
    // True once the index has been brought up to date with the folder.
    [[nodiscard]] bool isIndexed() const { return m_indexed; }

    // Reads these files (absolute paths) into the index now, after Byline changed them.
    void refreshFiles(const QStringList &paths);
    // Searches; the result comes with searched(), carrying the number returned here. An older
    // search still waiting is dropped.
    quint64 search(const QString &query, int limit);

Q_SIGNALS:
    // Another library was opened; its articles follow with listed().
    void folderChanged(const QString &folder);
    void listed(const QList<Byline::Core::ArticleSummary> &articles, const QStringList &folders);
    void updated(const Byline::Core::IndexReport &report);
    void progress(int done, int total);
    void failed(const QString &error);
    void searched(quint64 search, const QList<Byline::Core::SearchHit> &hits, const QStringList &notes);

private:
    void takeListing(const QString &folder, const QList<Core::ArticleSummary> &articles, const QStringList &folders);
    void forgetFolder();
    // Watches the library's folders, those without articles too (an article may be saved into a
    // folder made empty), and its articles, whose changes written in place no folder's watch sees.
    void watchFolders();
    void watchArticles();
    // Watches the folders below `folder` that are not yet, and theirs (`whole`: below every
    // folder, watched or not).
    void watchSubfolders(const QString &folder, bool whole);
    void watch(const QStringList &paths);

    QString m_folder;
    QList<Core::ArticleSummary> m_articles;
    QStringList m_folders;
    bool m_indexed = false;
    QThread m_thread;
    Core::LibraryWorker *m_worker;
    QFileSystemWatcher m_watcher;
    bool m_treeWatched = false; // the library's folders without articles are watched too
    QTimer m_refresh; // coalesces the watcher's bursts
    quint64 m_searches = 0;
};

} // namespace Byline::WidgetUi
