#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QSqlError;

namespace Byline::Core {

class RevisionDatabase;
class RevisionText;

// The articles of the revision store, each known by its current path, with the hash and title of
// its newest revision. An article keeps its history when it is renamed or moved: by Byline, which
// says so (moved()), or by another program, found when its new path has no history yet (adopt()).
//
// Works inside the caller's transaction; belongs to the thread of its database.
class HistoryArticles final
{
public:
    explicit HistoryArticles(RevisionDatabase &database);

    // The path as the store records it: absolute, with the folder's symbolic links resolved.
    [[nodiscard]] static QString normalizedPath(const QString &path);

    // The article recorded at `path` (normalized); nothing when there is none, or on an error.
    [[nodiscard]] std::optional<qint64> find(const QString &path, QSqlError *error);
    // The article at `path`, or the history of a file moved there by another program, re-pointed to
    // it: an article whose recorded file no longer exists and whose newest text is the text at
    // `path` (hashed to `hash`); else, a weaker sign, the only such article of the same file name
    // and title.
    [[nodiscard]] std::optional<qint64> locate(const QString &path, const QByteArray &hash, RevisionText &text,
                                               QSqlError *error);
    [[nodiscard]] std::optional<qint64> add(const QString &path, QSqlError *error);
    bool setNewest(qint64 article, const QByteArray &hash, const QString &title, QSqlError *error);
    // Re-points the history of the file or folder `from` to `to`. A history already at the new
    // path is merged in: no revision is lost.
    bool move(const QString &from, const QString &to, QSqlError *error);

private:
    std::optional<qint64> adopt(const QString &path, const QByteArray &hash, const QString &title, QSqlError *error);
    bool repoint(qint64 article, const QString &to, QSqlError *error);

    RevisionDatabase &m_database;
};

} // namespace Byline::Core
