#pragma once

#include "revisioncompression.h"

#include <QList>
#include <QString>

#include <optional>

class QSqlError;

namespace Byline::Core {

class RevisionDatabase;

// The texts of the revision store, by the hash of their UTF-8: each stored once, compressed whole
// (a key) or as a delta against a key of the same article. Deltas go one level deep, so a text is
// read with at most two blobs, and dropping a revision can free its blob as soon as no revision,
// and no delta kept for one, needs it.
//
// Works inside the caller's transaction; belongs to the thread of its database.
class RevisionBlobs final
{
public:
    // A delta is kept only when it is at most this fraction of the text compressed alone;
    // otherwise the text becomes a key. As an article drifts from its key its deltas grow, and
    // a new key starts the next run of small ones.
    static constexpr int deltaAtMostOneIn = 4;

    explicit RevisionBlobs(RevisionDatabase &database);

    [[nodiscard]] static QByteArray hashOf(QByteArrayView text);

    // The blob holding `text` (UTF-8, whose hash is `hash`): the one already stored, or a new one,
    // a delta against the key of `near` (a blob of the same article) when that pays. Nothing,
    // with `error`, when the database refused.
    [[nodiscard]] std::optional<qint64> store(const QByteArray &text, const QByteArray &hash,
                                              std::optional<qint64> near, QSqlError *error);
    // The text of a blob, checked against its hash; nothing when it cannot be read, with
    // `damaged` set when the blob itself is bad.
    [[nodiscard]] std::optional<QByteArray> read(qint64 blob, QSqlError *error, bool *damaged);
    // Deletes those of `blobs` that no revision and no kept delta needs any more.
    bool collect(const QList<qint64> &blobs, QSqlError *error);

private:
    struct Row
    {
        std::optional<qint64> base;
        QByteArray data;
        QByteArray hash;
    };
    std::optional<Row> row(qint64 blob, QSqlError *error);
    std::optional<qint64> keyOf(qint64 blob, QSqlError *error);
    std::optional<qint64> insert(const QByteArray &hash, std::optional<qint64> base, qsizetype size,
                                 const QByteArray &data, QSqlError *error);
    bool collectOne(qint64 blob, QSqlError *error);

    RevisionDatabase &m_database;
    RevisionCompression m_compression;
};

} // namespace Byline::Core
