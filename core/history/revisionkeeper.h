#pragma once

#include "revisionstore.h"

#include <QSqlError>

namespace Byline::Core {

class HistoryArticles;
class RevisionBlobs;
class RevisionDatabase;

// Keeping one revision, in one transaction: the text compared with the newest revision, an
// autosave coalesced, a name given, the text stored and the revision written, then the article's
// revisions pruned by the policy and the texts no longer needed freed. All of it, or nothing.
class RevisionKeeper final
{
public:
    struct Outcome
    {
        RevisionStore::KeepResult::Status status = RevisionStore::KeepResult::Status::Failed;
        qint64 id = 0; // Kept: the revision; Unchanged: the newest one
        QSqlError error; // Failed: what the database said
    };

    RevisionKeeper(RevisionDatabase &database, HistoryArticles &articles, RevisionBlobs &blobs,
                   const RevisionPolicy &policy);

    [[nodiscard]] Outcome keep(const RevisionStore::KeepRequest &request);

private:
    struct Newest
    {
        qint64 id = 0;
        QDateTime time;
        QString name;
        qint64 blob = 0;
        QByteArray hash;
    };
    std::optional<Newest> newestOf(qint64 article, QSqlError *error);
    std::optional<qint64> insert(qint64 article, const RevisionStore::KeepRequest &request, const QDateTime &time,
                                 int words, qint64 blob, QSqlError *error);
    bool prune(qint64 article, const QDateTime &now, QSqlError *error);

    RevisionDatabase &m_database;
    HistoryArticles &m_articles;
    RevisionBlobs &m_blobs;
    const RevisionPolicy &m_policy;
};

} // namespace Byline::Core
