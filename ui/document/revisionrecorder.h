#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

#include <history/history.h>
#include <history/revisionstore.h>

namespace Byline::WidgetUi {

class ArticleSession;
class RevisionWorker;

// The window's side of the revision store: every save of the open article keeps a revision, an
// autosave at most one every few minutes (the store coalesces them), Save Revision… a named one,
// and the compare window lists and reads them. All of it on a thread of its own, since a store
// belongs to the thread that opened it and a save must never wait for its revision: the revision
// is read back from the file just written, so it is exactly what is on disk.
//
// A revision that cannot be kept (a full disk, a damaged store put aside) is said once through
// problem(); the save itself has already succeeded.
class RevisionRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionRecorder)

public:
    // `folder` empty: the store in Byline's data folder.
    explicit RevisionRecorder(ArticleSession &session, const QString &folder = {}, QObject *parent = nullptr);
    ~RevisionRecorder() override;

    // Keeps the text of the file at `path` as it is on disk now.
    void keep(const QString &path, Core::Revision::Reason reason, const QString &name = {});
    // Byline renamed or moved a file or folder: its history follows.
    void moved(const QString &oldPath, const QString &newPath);

    // Another history of an article beside the store's (a shared library's git commits), made
    // on the recorder's thread for the article at the path given, or null when it has none.
    using HistoryFactory = std::function<std::unique_ptr<Core::HistorySource>(const QString &path)>;
    void setExtraHistory(HistoryFactory factory);

    using Listed = std::function<void(const QList<Core::Revision> &revisions, const QString &error)>;
    using Read = std::function<void(const std::optional<QString> &text, const QString &error)>;
    // Answered on this object's thread, later.
    void list(const QString &path, const Listed &listed);
    void read(const QString &path, const Core::Revision &revision, const Read &read);

Q_SIGNALS:
    void kept(const QString &path, const Byline::Core::RevisionStore::KeepResult &result);
    // Once per failure (until a revision is kept again), and when a damaged store was put aside.
    void problem(const QString &message);

private:
    void saved(const QString &path, int kind);

    QThread m_thread;
    RevisionWorker *m_worker; // lives on m_thread, deleted when it finishes
};

} // namespace Byline::WidgetUi

Q_DECLARE_METATYPE(Byline::Core::RevisionStore::KeepResult)
