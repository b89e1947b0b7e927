#pragma once

#include "libraryindex.h"

#include <QObject>

#include <memory>

namespace Byline::Core {

// A library's index on a thread of its own: opening and updating (which read files) and searching
// never block the caller. Create it, move it to a QThread and talk to it through queued calls.
class LibraryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryWorker)

public:
    explicit LibraryWorker(QObject *parent = nullptr);
    ~LibraryWorker() override;

    // Asks a running update to stop at its next batch; callable from any thread.
    void cancel() { m_cancel = true; }
    // Called by the requesting thread before it queues search(generation …): older requests still
    // waiting in the queue are then skipped.
    void announceSearch(quint64 generation) { m_latestSearch = generation; }

public Q_SLOTS:
    // Opens the index of `folder` (in the cache folder unless `databasePath` is given), lists what
    // it knows (or the files by name, for a new index) and brings it up to date; emits listed()
    // and updated().
    void open(const QString &folder, const QString &databasePath = {});
    // Brings the open index up to date with the folder (after a change the watcher saw).
    void refresh();
    // Reads these files (relative to the library) into the index, added, changed or gone.
    void updateFiles(const QStringList &paths);
    // Searches, unless a newer request has been announced.
    void search(quint64 generation, const QString &text, int limit);

Q_SIGNALS:
    void progress(int done, int total);
    void listed(const QString &folder, const QList<Byline::Core::ArticleSummary> &articles, const QStringList &folders);
    void updated(const QString &folder, const Byline::Core::IndexReport &report);
    void failed(const QString &folder, const QString &error);
    void searched(quint64 generation, const QList<Byline::Core::SearchHit> &hits, const QStringList &notes);

private:
    void list();
    // The files by name, for a library whose index is still empty.
    void listFiles();

    std::unique_ptr<LibraryIndex> m_index;
    std::atomic_bool m_cancel {false};
    std::atomic<quint64> m_latestSearch {0};
};

} // namespace Byline::Core

Q_DECLARE_METATYPE(Byline::Core::IndexReport)
