#include "revisionrecorder.h"

#include "articlesession.h"

#include <article/articlefile.h>

#include <QFileInfo>
#include <QPointer>

#include <history/articlehistory.h>

namespace Byline::WidgetUi {

// The store and everything that touches it, on the recorder's thread.
class RevisionWorker final : public QObject
{
    Q_OBJECT

public:
    explicit RevisionWorker(QString folder)
        : m_folder(std::move(folder))
    { }

    Core::RevisionStore::KeepResult keep(const QString &path, Core::Revision::Reason reason, const QString &name)
    {
        const Core::LoadedArticle loaded = Core::ArticleFile::load(path);
        if (!loaded.ok || loaded.readOnly) {
            Core::RevisionStore::KeepResult unread;
            unread.status = Core::RevisionStore::KeepResult::Status::Unchanged;
            return unread; // the save said what is wrong with the file; there is nothing to keep
        }
        Core::RevisionStore::KeepRequest request;
        request.path = path;
        request.text = loaded.text;
        request.reason = reason;
        request.name = name;
        request.author = Core::RevisionStore::defaultAuthor();
        return store().keep(request);
    }

    void moved(const QString &oldPath, const QString &newPath) { (void)store().moved(oldPath, newPath); }

    QList<Core::Revision> list(const QString &path, QString *error)
    {
        const std::unique_ptr<Core::HistorySource> extra = m_extra ? m_extra(path) : nullptr;
        const Core::ArticleHistory history(sources(extra.get()));
        QList<Core::Revision> revisions = history.revisions(path);
        *error = store().errorString();
        return revisions;
    }

    std::optional<QString> read(const QString &path, const Core::Revision &revision, QString *error)
    {
        const std::unique_ptr<Core::HistorySource> extra = m_extra ? m_extra(path) : nullptr;
        const Core::ArticleHistory history(sources(extra.get()));
        return history.text(path, revision, error);
    }

    void setExtraHistory(RevisionRecorder::HistoryFactory factory) { m_extra = std::move(factory); }

    QString takeNotice() { return m_store ? m_store->takeNotice() : QString(); }

private:
    QList<const Core::HistorySource *> sources(const Core::HistorySource *extra)
    {
        QList<const Core::HistorySource *> all {&store()};
        if (extra)
            all.append(extra);
        return all;
    }

    Core::RevisionStore &store()
    {
        if (!m_store)
            m_store = m_folder.isEmpty() ? std::make_unique<Core::RevisionStore>()
                                         : std::make_unique<Core::RevisionStore>(m_folder);
        return *m_store;
    }

    QString m_folder;
    std::unique_ptr<Core::RevisionStore> m_store; // opened on this thread, at first use
    RevisionRecorder::HistoryFactory m_extra;
};

RevisionRecorder::RevisionRecorder(ArticleSession &session, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_worker(new RevisionWorker(folder))
{
    qRegisterMetaType<Core::RevisionStore::KeepResult>();
    m_thread.setObjectName(QStringLiteral("revisions"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    connect(&session, &ArticleSession::saved, this,
            [this](const QString &path, ArticleSession::SaveKind kind) { saved(path, int(kind)); });
}

RevisionRecorder::~RevisionRecorder()
{
    // A revision being kept finishes first: its transaction is short, and cutting it off would
    // only leave SQLite to roll it back.
    m_thread.quit();
    m_thread.wait();
}

void RevisionRecorder::saved(const QString &path, int kind)
{
    switch (ArticleSession::SaveKind(kind)) {
    case ArticleSession::SaveKind::Save:
    case ArticleSession::SaveKind::SaveAs:
        keep(path, Core::Revision::Reason::Save);
        break;
    case ArticleSession::SaveKind::Autosave:
        keep(path, Core::Revision::Reason::Autosave);
        break;
    case ArticleSession::SaveKind::Draft:
        break; // an untitled draft is not an article yet
    }
}

void RevisionRecorder::keep(const QString &path, Core::Revision::Reason reason, const QString &name)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    QPointer<RevisionRecorder> self(this);
    QMetaObject::invokeMethod(m_worker, [self, worker = m_worker, file, reason, name] {
        const Core::RevisionStore::KeepResult result = worker->keep(file, reason, name);
        const QString notice = worker->takeNotice();
        QMetaObject::invokeMethod(self, [self, file, result, notice] {
            if (!self)
                return;
            if (!notice.isEmpty())
                Q_EMIT self->problem(notice);
            if (result.status == Core::RevisionStore::KeepResult::Status::Failed && result.report)
                Q_EMIT self->problem(result.message);
            Q_EMIT self->kept(file, result);
        });
    });
}

void RevisionRecorder::moved(const QString &oldPath, const QString &newPath)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, oldPath, newPath] { worker->moved(oldPath, newPath); });
}

void RevisionRecorder::setExtraHistory(HistoryFactory factory)
{
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, factory = std::move(factory)] { worker->setExtraHistory(factory); });
}

void RevisionRecorder::list(const QString &path, const Listed &listed)
{
    QPointer<RevisionRecorder> self(this);
    const QString file = QFileInfo(path).absoluteFilePath();
    QMetaObject::invokeMethod(m_worker, [self, worker = m_worker, file, listed] {
        QString error;
        const QList<Core::Revision> revisions = worker->list(file, &error);
        QMetaObject::invokeMethod(self, [self, revisions, error, listed] {
            if (self)
                listed(revisions, error);
        });
    });
}

void RevisionRecorder::read(const QString &path, const Core::Revision &revision, const Read &read)
{
    QPointer<RevisionRecorder> self(this);
    const QString file = QFileInfo(path).absoluteFilePath();
    QMetaObject::invokeMethod(m_worker, [self, worker = m_worker, file, revision, read] {
        QString error;
        const std::optional<QString> text = worker->read(file, revision, &error);
        QMetaObject::invokeMethod(self, [self, text, error, read] {
            if (self)
                read(text, error);
        });
    });
}

} // namespace Byline::WidgetUi

#include "revisionrecorder.moc"
