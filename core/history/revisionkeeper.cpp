#include "revisionkeeper.h"

#include "historyarticles.h"
#include "revisionblobs.h"
#include "revisiondatabase.h"
#include "revisiontext.h"

#include <QSqlQuery>

namespace Byline::Core {

namespace {

using Status = RevisionStore::KeepResult::Status;

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

RevisionKeeper::RevisionKeeper(RevisionDatabase &database, HistoryArticles &articles, RevisionBlobs &blobs,
                               const RevisionPolicy &policy)
    : m_database(database)
    , m_articles(articles)
    , m_blobs(blobs)
    , m_policy(policy)
{ }

RevisionKeeper::Outcome RevisionKeeper::keep(const RevisionStore::KeepRequest &request)
{
    const QString path = HistoryArticles::normalizedPath(request.path);
    const QDateTime time = request.time.isValid() ? request.time.toUTC() : QDateTime::currentDateTimeUtc();
    const QByteArray bytes = request.text.toUtf8();
    const QByteArray hash = RevisionBlobs::hashOf(bytes);
    const QString name = request.name.trimmed();
    Outcome outcome;
    const auto finish = [&](Status status, qint64 id = 0) {
        if (status != Status::Kept) {
            m_database.rollback(); // nothing was written
        } else if (!m_database.commit(&outcome.error)) {
            m_database.rollback();
            return outcome;
        }
        outcome.status = status;
        outcome.id = id;
        return outcome;
    };
    const auto failed = [&] {
        m_database.rollback();
        return outcome;
    };

    if (!m_database.begin(&outcome.error))
        return outcome;
    RevisionText facts(request.text, path);
    std::optional<qint64> article = m_articles.locate(path, hash, facts, &outcome.error);
    const std::optional<Newest> newest = article ? newestOf(*article, &outcome.error) : std::nullopt;
    if (outcome.error.isValid())
        return failed();

    if (newest && newest->hash == hash) {
        if (name.isEmpty())
            return finish(Status::Unchanged, newest->id);
        if (newest->name.isEmpty()) { // Save Revision… with nothing changed names the newest one
            QSqlQuery query(m_database.connection());
            if (!RevisionDatabase::run(query, QStringLiteral("UPDATE revisions SET name = ? WHERE id = ?"),
                                       {name, newest->id})) {
                outcome.error = query.lastError();
                return failed();
            }
            return finish(Status::Kept, newest->id);
        }
        // A second name for the same text: a revision of its own, sharing the stored text.
    }
    if (request.reason == Revision::Reason::Autosave && name.isEmpty() && newest
        && newest->time.secsTo(time) < qint64(m_policy.autosaveMinutes) * 60)
        return finish(Status::Coalesced);

    if (!article)
        article = m_articles.add(path, &outcome.error);
    const std::optional<qint64> blob = article
        ? m_blobs.store(bytes, hash, newest ? std::optional(newest->blob) : std::nullopt, &outcome.error)
        : std::nullopt;
    const int words = request.words >= 0 ? request.words : facts.words();
    const std::optional<qint64> id
        = blob ? insert(*article, request, time, words, *blob, &outcome.error) : std::nullopt;
    if (!id || !m_articles.setNewest(*article, hash, facts.title(), &outcome.error)
        || !prune(*article, time, &outcome.error))
        return failed();
    return finish(Status::Kept, *id);
}

std::optional<RevisionKeeper::Newest> RevisionKeeper::newestOf(qint64 article, QSqlError *error)
{
    QSqlQuery query(m_database.connection());
    if (!RevisionDatabase::run(query,
                               QStringLiteral("SELECT r.id, r.time, r.name, r.blob, b.hash FROM revisions r "
                                              "JOIN blobs b ON b.id = r.blob WHERE r.article = ? "
                                              "ORDER BY r.time DESC, r.id DESC LIMIT 1"),
                               {article})) {
        *error = query.lastError();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return Newest {query.value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC),
                   query.value(2).toString(), query.value(3).toLongLong(), query.value(4).toByteArray()};
}

std::optional<qint64> RevisionKeeper::insert(qint64 article, const RevisionStore::KeepRequest &request,
                                             const QDateTime &time, int words, qint64 blob, QSqlError *error)
{
    QSqlQuery query(m_database.connection());
    if (!RevisionDatabase::run(query,
                               QStringLiteral("INSERT INTO revisions(article, time, author, words, name, reason, blob) "
                                              "VALUES(?, ?, ?, ?, ?, ?, ?)"),
                               {article, time.toMSecsSinceEpoch(), request.author, words,
                                nullIfEmpty(request.name.trimmed()), int(request.reason), blob})) {
        *error = query.lastError();
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

bool RevisionKeeper::prune(qint64 article, const QDateTime &now, QSqlError *error)
{
    QSqlQuery query(m_database.connection());
    if (!RevisionDatabase::run(query,
                               QStringLiteral("SELECT id, time, coalesce(name, '') <> '', blob FROM revisions "
                                              "WHERE article = ? ORDER BY time DESC, id DESC"),
                               {article})) {
        *error = query.lastError();
        return false;
    }
    QList<RevisionPolicy::Kept> revisions;
    QHash<qint64, qint64> blobs;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        revisions.append(
            {id, QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC), query.value(2).toBool()});
        blobs.insert(id, query.value(3).toLongLong());
    }
    query.finish();
    QList<qint64> freed;
    for (const qint64 id : m_policy.toDrop(revisions, now)) {
        if (!RevisionDatabase::run(query, QStringLiteral("DELETE FROM revisions WHERE id = ?"), {id})) {
            *error = query.lastError();
            return false;
        }
        freed.append(blobs.value(id));
    }
    return m_blobs.collect(freed, error);
}

} // namespace Byline::Core
