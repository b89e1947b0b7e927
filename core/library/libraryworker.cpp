#include "libraryworker.h"

#include <QFileInfo>

namespace Byline::Core {

LibraryWorker::LibraryWorker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<ArticleSummary>>();
    qRegisterMetaType<QList<SearchHit>>();
    qRegisterMetaType<IndexReport>();
}

LibraryWorker::~LibraryWorker() = default;

void LibraryWorker::open(const QString &folder, const QString &databasePath)
{
    m_cancel = false;
    m_index = std::make_unique<LibraryIndex>(folder, databasePath);
    QString error;
    if (!m_index->open(&error)) {
        m_index.reset();
        Q_EMIT failed(folder, error);
        return;
    }
    // What the index already knows, at once; a new index lists the files by name until they are read.
    if (m_index->count() > 0)
        list();
    else
        listFiles();
    refresh();
}

void LibraryWorker::refresh()
{
    if (!m_index)
        return;
    const IndexReport report
        = m_index->update([this](int done, int total) { Q_EMIT progress(done, total); }, &m_cancel);
    if (report.changed())
        list();
    Q_EMIT updated(m_index->root(), report);
}

void LibraryWorker::updateFiles(const QStringList &paths)
{
    if (!m_index)
        return;
    const IndexReport report = m_index->updateFiles(paths);
    if (report.changed())
        list();
    Q_EMIT updated(m_index->root(), report);
}

void LibraryWorker::listFiles()
{
    QList<FileStamp> stamps = LibraryScanner::scan(m_index->root());
    std::sort(stamps.begin(), stamps.end(), [](const FileStamp &a, const FileStamp &b) { return a.path < b.path; });
    QList<ArticleSummary> articles;
    articles.reserve(stamps.size());
    for (const FileStamp &stamp : std::as_const(stamps)) {
        ArticleSummary article;
        article.path = stamp.path;
        article.title = QFileInfo(stamp.path).completeBaseName();
        articles.append(article);
    }
    Q_EMIT listed(m_index->root(), articles, LibraryIndex::foldersOf(articles));
}

void LibraryWorker::list()
{
    const QList<ArticleSummary> articles = m_index->articles();
    Q_EMIT listed(m_index->root(), articles, LibraryIndex::foldersOf(articles));
}

void LibraryWorker::search(quint64 generation, const QString &text, int limit)
{
    // Requests queue up while the user types; only the newest is worth answering.
    if (!m_index || generation < m_latestSearch.load())
        return;
    const SearchQuery query = SearchQuery::parse(text);
    Q_EMIT searched(generation, m_index->search(query, limit), query.notes);
    // A search that found the database damaged has it rebuilt at once, and the list searched again.
    if (m_index->needsRebuild())
        refresh();
}

} // namespace Byline::Core
