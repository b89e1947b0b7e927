#include "historyarticles.h"

#include "revisiondatabase.h"
#include "revisiontext.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Byline::Core {

namespace {

// Recorded where no file is any more: the one a moved file came from.
bool isGone(const QString &path)
{
    return !QFileInfo::exists(path);
}

} // namespace

HistoryArticles::HistoryArticles(RevisionDatabase &database)
    : m_database(database)
{ }

QString HistoryArticles::normalizedPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    // A file moved or deleted: its folder may still be there to resolve.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (!folder.isEmpty())
        return QDir(folder).filePath(info.fileName());
    return QDir::cleanPath(info.absoluteFilePath());
}

std::optional<qint64> HistoryArticles::find(const QString &path, QSqlError *error)
{
    QSqlQuery query(m_database.connection());
    if (!RevisionDatabase::run(query, QStringLiteral("SELECT id FROM articles WHERE path = ?"), {path})) {
        *error = query.lastError();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<qint64> HistoryArticles::locate(const QString &path, const QByteArray &hash, RevisionText &text,
                                              QSqlError *error)
{
    if (const std::optional<qint64> found = find(path, error))
        return found;
    if (error->isValid())
        return std::nullopt;
    const std::optional<qint64> adopted = adopt(path, hash, text.title(), error);
    if (adopted)
        qCInfo(lcHistory) << "the history of a file moved outside Byline follows it to" << path;
    return adopted;
}

std::optional<qint64> HistoryArticles::adopt(const QString &path, const QByteArray &hash, const QString &title,
                                             QSqlError *error)
{
    QSqlQuery query(m_database.connection());
    // Of several gone articles with this text (copies, all moved away), the one saved last.
    if (!RevisionDatabase::run(query,
                               QStringLiteral("SELECT a.id, a.path FROM articles a WHERE a.hash = ? ORDER BY "
                                              "(SELECT max(time) FROM revisions r WHERE r.article = a.id) DESC"),
                               {hash})) {
        *error = query.lastError();
        return std::nullopt;
    }
    std::optional<qint64> found;
    while (!found && query.next()) {
        if (isGone(query.value(1).toString()))
            found = query.value(0).toLongLong();
    }
    if (!found && !title.isEmpty()) {
        // The text changed too: the same file name and title, and no other gone article like it.
        const QString name = QFileInfo(path).fileName();
        if (!RevisionDatabase::run(query, QStringLiteral("SELECT id, path FROM articles WHERE title = ?"), {title})) {
            *error = query.lastError();
            return std::nullopt;
        }
        int matches = 0;
        while (query.next()) {
            const QString recorded = query.value(1).toString();
            if (QFileInfo(recorded).fileName() == name && isGone(recorded)) {
                found = query.value(0).toLongLong();
                ++matches;
            }
        }
        if (matches != 1)
            found.reset();
    }
    query.finish();
    if (!found || !repoint(*found, path, error))
        return std::nullopt;
    return found;
}

std::optional<qint64> HistoryArticles::add(const QString &path, QSqlError *error)
{
    QSqlQuery query(m_database.connection());
    if (!RevisionDatabase::run(query, QStringLiteral("INSERT INTO articles(path) VALUES(?)"), {path})) {
        *error = query.lastError();
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

bool HistoryArticles::setNewest(qint64 article, const QByteArray &hash, const QString &title, QSqlError *error)
{
    QSqlQuery query(m_database.connection());
    if (RevisionDatabase::run(query, QStringLiteral("UPDATE articles SET hash = ?, title = ? WHERE id = ?"),
                              {hash, title, article}))
        return true;
    *error = query.lastError();
    return false;
}

bool HistoryArticles::repoint(qint64 article, const QString &to, QSqlError *error)
{
    *error = QSqlError();
    const std::optional<qint64> there = find(to, error);
    if (error->isValid())
        return false;
    QSqlQuery query(m_database.connection());
    if (there && *there != article) {
        // Both histories are the article's now: the older one's revisions join the moved one's.
        if (!RevisionDatabase::run(query, QStringLiteral("UPDATE revisions SET article = ? WHERE article = ?"),
                                   {article, *there})
            || !RevisionDatabase::run(query, QStringLiteral("DELETE FROM articles WHERE id = ?"), {*there})) {
            *error = query.lastError();
            return false;
        }
    }
    if (RevisionDatabase::run(query, QStringLiteral("UPDATE articles SET path = ? WHERE id = ?"), {to, article}))
        return true;
    *error = query.lastError();
    return false;
}

bool HistoryArticles::move(const QString &from, const QString &to, QSqlError *error)
{
    if (from == to)
        return true;
    // The file itself, or every article below the folder: the paths from "from/" up to "from0",
    // '0' being the character after '/'.
    QSqlQuery query(m_database.connection());
    if (!RevisionDatabase::run(
            query, QStringLiteral("SELECT id, path FROM articles WHERE path = ? OR (path > ? AND path < ?)"),
            {from, QString(from + QLatin1Char('/')), QString(from + QLatin1Char('0'))})) {
        *error = query.lastError();
        return false;
    }
    QList<std::pair<qint64, QString>> moving;
    while (query.next()) {
        const QString path = query.value(1).toString();
        moving.append({query.value(0).toLongLong(), path == from ? to : to + path.mid(from.size())});
    }
    query.finish();
    return std::ranges::all_of(moving, [&](const auto &move) { return repoint(move.first, move.second, error); });
}

} // namespace Byline::Core
