#pragma once

#include <QStringList>

#include <optional>

class QSqlQuery;

namespace Byline::Core {

class IndexDatabase;

// One article as the library lists it.
struct ArticleSummary
{
    QString path; // relative to the library folder
    QString title;
    QString author;
    QString date; // ISO date, empty when unknown
    QString status;
    QStringList tags;
    QString lang;
    int words = 0;
    int targetWords = 0;
    QString deadline; // ISO date or date-time
    QString redirect;
    QString error; // why the file could not be read or understood
    int suggestions = 0; // review changes waiting for a decision
    int comments = 0; // open review comment threads

    [[nodiscard]] bool underReview() const { return suggestions > 0 || comments > 0; }
    friend bool operator==(const ArticleSummary &, const ArticleSummary &) = default;
};

// The articles of an index as the library lists them: all of them, one by path, how many, and the
// folders they are in. Reads only the small metadata rows, never the text.
//
// Belongs to the thread of its database.
class IndexReader final
{
    Q_DISABLE_COPY_MOVE(IndexReader)

public:
    // The columns an ArticleSummary is read from, of the articles table as `a`, and how many.
    static constexpr const char *summaryColumns
        = "a.path, a.title, a.author, a.date, a.status, a.tags, a.lang, a.words, a.target, a.deadline, a.redirect, "
          "a.error, a.suggestions, a.comments";
    static constexpr int summaryColumnCount = 14;

    explicit IndexReader(const IndexDatabase &database);

    [[nodiscard]] QList<ArticleSummary> articles() const;
    [[nodiscard]] std::optional<ArticleSummary> article(const QString &path) const;
    [[nodiscard]] int count() const;
    // The folders holding articles (relative, "" for the root), for watching.
    [[nodiscard]] QStringList folders() const;
    [[nodiscard]] static QStringList foldersOf(const QList<ArticleSummary> &articles);

    // The summary in the current row of `query`, which selected summaryColumns first.
    [[nodiscard]] static ArticleSummary summaryFrom(const QSqlQuery &query);

private:
    const IndexDatabase &m_database;
};

} // namespace Byline::Core
