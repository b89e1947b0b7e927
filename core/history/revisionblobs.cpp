#include "revisionblobs.h"

#include "revisiondatabase.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Byline::Core {

namespace {

// A query that failed: its error to the caller, nothing as the result.
template<typename Result = qint64>
std::optional<Result> failed(const QSqlQuery &query, QSqlError *error)
{
    *error = query.lastError();
    return std::nullopt;
}

} // namespace

RevisionBlobs::RevisionBlobs(RevisionDatabase &database)
    : m_database(database)
{ }

QByteArray RevisionBlobs::hashOf(QByteArrayView text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256);
}

std::optional<RevisionBlobs::Row> RevisionBlobs::row(qint64 blob, QSqlError *error)
{
    QSqlQuery query(m_database.connection());
    if (!RevisionDatabase::run(query, QStringLiteral("SELECT base, data, hash FROM blobs WHERE id = ?"), {blob}))
        return failed<Row>(query, error);
    if (!query.next()) {
        *error = QSqlError();
        return std::nullopt;
    }
    Row found;
    if (!query.value(0).isNull())
        found.base = query.value(0).toLongLong();
    found.data = query.value(1).toByteArray();
    found.hash = query.value(2).toByteArray();
    return found;
}

std::optional<qint64> RevisionBlobs::keyOf(qint64 blob, QSqlError *error)
{
    QSqlQuery query(m_database.connection());
    if (!RevisionDatabase::run(query, QStringLiteral("SELECT coalesce(base, id) FROM blobs WHERE id = ?"), {blob}))
        return failed(query, error);
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<qint64> RevisionBlobs::insert(const QByteArray &hash, std::optional<qint64> base, qsizetype size,
                                            const QByteArray &data, QSqlError *error)
{
    QSqlQuery query(m_database.connection());
    if (!RevisionDatabase::run(
            query, QStringLiteral("INSERT INTO blobs(hash, base, size, data) VALUES(?, ?, ?, ?)"),
            {hash, base ? QVariant(*base) : QVariant(QMetaType::fromType<qint64>()), qint64(size), data}))
        return failed(query, error);
    return query.lastInsertId().toLongLong();
}

std::optional<qint64> RevisionBlobs::store(const QByteArray &text, const QByteArray &hash, std::optional<qint64> near,
                                           QSqlError *error)
{
    {
        QSqlQuery existing(m_database.connection());
        if (!RevisionDatabase::run(existing, QStringLiteral("SELECT id FROM blobs WHERE hash = ?"), {hash}))
            return failed(existing, error);
        if (existing.next())
            return existing.value(0).toLongLong();
    }
    const QByteArray whole = m_compression.compress(text);
    if (whole.isEmpty() && !text.isEmpty()) {
        *error = QSqlError(QString(), QStringLiteral("zstd could not compress the text"), QSqlError::UnknownError);
        return std::nullopt;
    }
    if (near) {
        const std::optional<qint64> key = keyOf(*near, error);
        bool damaged = false;
        const std::optional<QByteArray> keyText = key ? read(*key, error, &damaged) : std::nullopt;
        // A key that cannot be read is no base for more; the text is stored whole instead.
        if (keyText) {
            const QByteArray delta = m_compression.compress(text, *keyText);
            if (!delta.isEmpty() && delta.size() * deltaAtMostOneIn <= whole.size())
                return insert(hash, key, text.size(), delta, error);
        }
    }
    return insert(hash, std::nullopt, text.size(), whole, error);
}

std::optional<QByteArray> RevisionBlobs::read(qint64 blob, QSqlError *error, bool *damaged)
{
    *damaged = false;
    const std::optional<Row> found = row(blob, error);
    if (!found) {
        *damaged = !error->isValid(); // a revision naming a blob that is not there
        return std::nullopt;
    }
    std::optional<QByteArray> key;
    if (found->base) {
        const std::optional<Row> base = row(*found->base, error);
        if (!base || base->base) { // a missing key, or a chain the store never makes
            *damaged = !error->isValid();
            return std::nullopt;
        }
        key = m_compression.decompress(base->data);
        if (!key || hashOf(*key) != base->hash) {
            *damaged = true;
            return std::nullopt;
        }
    }
    std::optional<QByteArray> text
        = m_compression.decompress(found->data, key ? QByteArrayView(*key) : QByteArrayView());
    if (!text || hashOf(*text) != found->hash) {
        *damaged = true;
        return std::nullopt;
    }
    return text;
}

bool RevisionBlobs::collect(const QList<qint64> &blobs, QSqlError *error)
{
    return std::ranges::all_of(blobs, [&](qint64 blob) { return collectOne(blob, error); });
}

bool RevisionBlobs::collectOne(qint64 blob, QSqlError *error)
{
    QSqlQuery query(m_database.connection());
    // Still read by a revision, or the key of a delta that is.
    if (!RevisionDatabase::run(query,
                               QStringLiteral("SELECT EXISTS(SELECT 1 FROM revisions WHERE blob = ?) "
                                              "OR EXISTS(SELECT 1 FROM blobs WHERE base = ?)"),
                               {blob, blob})
        || !query.next()) {
        *error = query.lastError();
        return false;
    }
    if (query.value(0).toBool())
        return true;
    const std::optional<qint64> key = keyOf(blob, error);
    if (!key)
        return !error->isValid();
    if (!RevisionDatabase::run(query, QStringLiteral("DELETE FROM blobs WHERE id = ?"), {blob})) {
        *error = query.lastError();
        return false;
    }
    // A delta gone may have been the last one its key was kept for.
    return *key == blob || collectOne(*key, error);
}

} // namespace Byline::Core
