#include "articlerows.h"

#include "libraryscanner.h"

namespace Byline::Core {

namespace {

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// The text as the tokenizer should see it, or null when that is the text itself.
QVariant spacedOrNull(const QString &text)
{
    const QString spaced = LibraryScanner::separateIdeographs(text);
    return spaced == text ? QVariant(QMetaType(QMetaType::QString)) : QVariant(spaced);
}

} // namespace

ArticleRows::ArticleRows(const QSqlDatabase &db)
    : m_insert(db)
    , m_update(db)
    , m_touch(db)
    , m_remove(db)
    , m_insertBody(db)
    , m_removeBody(db)
{
    const QString columns = QStringLiteral(
        "size, mtime, hash, title, author, date, status, tags, lang, words, target, deadline, redirect, error, "
        "search_title, search_author, search_tags, unreadable, suggestions, comments, reviewers");
    m_insert.prepare(
        QStringLiteral("INSERT INTO articles(path, %1) VALUES (?%2)").arg(columns, QStringLiteral(", ?").repeated(21)));
    QString assignments = columns;
    assignments.replace(QLatin1String(", "), QLatin1String(" = ?, "));
    m_update.prepare(QStringLiteral("UPDATE articles SET %1 = ? WHERE id = ?").arg(assignments));
    m_touch.prepare(QStringLiteral("UPDATE articles SET size = ?, mtime = ? WHERE id = ?"));
    m_remove.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
    m_insertBody.prepare(QStringLiteral("INSERT INTO bodies(id, body) VALUES (?, ?)"));
    m_removeBody.prepare(QStringLiteral("DELETE FROM bodies WHERE id = ?"));
}

bool ArticleRows::write(const ArticleRecord &record, qint64 id)
{
    if (record.unchanged) {
        m_touch.addBindValue(record.stamp.size);
        m_touch.addBindValue(record.stamp.modified);
        m_touch.addBindValue(id);
        return run(m_touch);
    }
    if (id && !removeBody(id)) // first, while the index can still read the old row
        return false;
    QSqlQuery &query = id ? m_update : m_insert;
    if (!id)
        query.addBindValue(record.stamp.path);
    const QString tags = record.tags.join(QLatin1String(", "));
    for (const QVariant &value :
         {QVariant(record.stamp.size), QVariant(record.stamp.modified), QVariant(record.hash), QVariant(record.title),
          nullIfEmpty(record.author), nullIfEmpty(record.date), nullIfEmpty(record.status), nullIfEmpty(tags),
          nullIfEmpty(record.lang), QVariant(record.words), QVariant(record.targetWords), nullIfEmpty(record.deadline),
          nullIfEmpty(record.redirect), nullIfEmpty(record.error), spacedOrNull(record.title),
          spacedOrNull(record.author), spacedOrNull(tags), QVariant(record.failed() ? 1 : 0),
          QVariant(record.suggestions), QVariant(record.comments),
          // Between newlines, so a filter can match one whole name with LIKE.
          record.reviewers.isEmpty()
              ? QVariant()
              : QVariant(QLatin1Char('\n') + record.reviewers.join(QLatin1Char('\n')) + QLatin1Char('\n'))})
        query.addBindValue(value);
    if (id)
        query.addBindValue(id);
    if (!run(query))
        return false;
    if (record.failed() || !record.redirect.isEmpty())
        return true;
    m_insertBody.addBindValue(id ? id : query.lastInsertId().toLongLong());
    m_insertBody.addBindValue(record.body);
    return run(m_insertBody);
}

bool ArticleRows::remove(qint64 id)
{
    if (!removeBody(id))
        return false;
    m_remove.addBindValue(id);
    return run(m_remove);
}

bool ArticleRows::removeBody(qint64 id)
{
    m_removeBody.addBindValue(id);
    return run(m_removeBody);
}

bool ArticleRows::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = query.lastError();
    return false;
}

} // namespace Byline::Core
