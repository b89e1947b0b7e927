#pragma once

#include <QSqlError>
#include <QSqlQuery>

namespace Byline::Core {

struct ArticleRecord;

// Writes articles into the index: a row for each and, in a table of their own, their bodies,
// through statements prepared once and reused for every file of an update. The full-text index
// follows the bodies (by trigger, or rebuilt at the end of a bulk update).
class ArticleRows final
{
    Q_DISABLE_COPY_MOVE(ArticleRows)

public:
    explicit ArticleRows(const QSqlDatabase &db);

    // Writes the record over the article `id`, or as a new article when `id` is 0. Unreadable
    // files and redirect stubs get no body: they are listed but hold nothing to find.
    bool write(const ArticleRecord &record, qint64 id);
    bool remove(qint64 id);
    // Why the last write or removal failed.
    [[nodiscard]] QSqlError lastError() const { return m_error; }

private:
    bool removeBody(qint64 id);
    bool run(QSqlQuery &query);

    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_touch;
    QSqlQuery m_remove;
    QSqlQuery m_insertBody;
    QSqlQuery m_removeBody;
    QSqlError m_error;
};

} // namespace Byline::Core
