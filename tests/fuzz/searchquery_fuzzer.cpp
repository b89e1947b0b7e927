// The search query parser on any text typed into the search box. Checks the promise that any text
// is a valid query: the FTS5 expressions it builds (the terms, the exclusions and both combined as
// the search runs them) are accepted by SQLite's FTS5 on a table of the index's columns and
// tokenizer, and date filters are valid dates.
#include "fuzzcheck.h"

#include <library/searchquery.h>

#include <sqlite3.h>

using namespace Byline::Core;

namespace {

// An in-memory table shaped like the library's index, kept for the whole run.
class Fts5Table final
{
public:
    Fts5Table()
    {
        FUZZ_CHECK(sqlite3_open(":memory:", &m_connection) == SQLITE_OK);
        FUZZ_CHECK(sqlite3_exec(m_connection,
                                "CREATE VIRTUAL TABLE fts USING fts5(title, author, tags, body, "
                                "tokenize='porter unicode61 remove_diacritics 2', prefix='2 3');"
                                "INSERT INTO fts VALUES ('Harbour wall', 'Ann Lee', 'city', 'The ferry ran late.');",
                                nullptr, nullptr, nullptr)
                   == SQLITE_OK);
        FUZZ_CHECK(sqlite3_prepare_v2(m_connection, "SELECT rowid FROM fts WHERE fts MATCH ?1", -1, &m_match, nullptr)
                   == SQLITE_OK);
    }
    ~Fts5Table()
    {
        sqlite3_finalize(m_match);
        sqlite3_close(m_connection);
    }
    Fts5Table(const Fts5Table &) = delete;
    Fts5Table &operator=(const Fts5Table &) = delete;
    Fts5Table(Fts5Table &&) = delete;
    Fts5Table &operator=(Fts5Table &&) = delete;

    // Whether FTS5 runs `expression` without an error.
    bool accepts(const QString &expression)
    {
        const QByteArray utf8 = expression.toUtf8();
        sqlite3_reset(m_match);
        sqlite3_bind_text(m_match, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        int status = SQLITE_ROW;
        while (status == SQLITE_ROW)
            status = sqlite3_step(m_match);
        if (status != SQLITE_DONE)
            std::fprintf(stderr, "FTS5: %s in %s\n", sqlite3_errmsg(m_connection), utf8.constData());
        return status == SQLITE_DONE;
    }

private:
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_match = nullptr;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fts5Table table;
    const SearchQuery query = SearchQuery::parse(FuzzCheck::text(data, size));
    if (!query.match.isEmpty())
        FUZZ_CHECK(table.accepts(query.match));
    if (!query.exclude.isEmpty())
        FUZZ_CHECK(table.accepts(query.exclude));
    if (!query.match.isEmpty() && !query.exclude.isEmpty())
        FUZZ_CHECK(table.accepts(QStringLiteral("(%1) NOT (%2)").arg(query.match, query.exclude)));
    FUZZ_CHECK(query.after.isNull() || query.after.isValid());
    FUZZ_CHECK(query.before.isNull() || query.before.isValid());
    return 0;
}
