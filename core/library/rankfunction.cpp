#include "rankfunction.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <cmath>
#include <vector>

#include <dlfcn.h>
#include <sqlite3.h>

namespace Byline::Core {

namespace {

constexpr double k1 = 1.2;
constexpr double b = 0.75;
constexpr double minimumIdf = 1e-6; // as bm25(): a word in most rows still counts a little

// What a query's rows share: the weight of each column and the inverse document frequency of
// each phrase, computed at its first row.
struct QueryData
{
    std::vector<double> weights;
    std::vector<double> idf;
};

int countRow(const Fts5ExtensionApi * /*api*/, Fts5Context * /*fts*/, void *count)
{
    ++*static_cast<sqlite3_int64 *>(count);
    return SQLITE_OK;
}

QueryData *queryData(const Fts5ExtensionApi *api, Fts5Context *fts, int argumentCount, sqlite3_value **arguments,
                     int *rc)
{
    if (auto *data = static_cast<QueryData *>(api->xGetAuxdata(fts, 0)))
        return data;
    auto *data = new QueryData;
    for (int i = 0; i < argumentCount; ++i)
        data->weights.push_back(sqlite3_value_double(arguments[i]));
    sqlite3_int64 rows = 0;
    *rc = api->xRowCount(fts, &rows);
    const int phrases = api->xPhraseCount(fts);
    for (int phrase = 0; *rc == SQLITE_OK && phrase < phrases; ++phrase) {
        sqlite3_int64 hits = 0;
        *rc = api->xQueryPhrase(fts, phrase, &hits, countRow);
        const double idf = std::log((double(rows - hits) + 0.5) / (double(hits) + 0.5));
        data->idf.push_back(idf > 0 ? idf : minimumIdf);
    }
    if (*rc == SQLITE_OK)
        *rc = api->xSetAuxdata(fts, data, [](void *p) { delete static_cast<QueryData *>(p); });
    else
        delete data;
    return *rc == SQLITE_OK ? data : nullptr;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argumentCount,
          sqlite3_value **arguments)
{
    int rc = SQLITE_OK;
    const QueryData *data = queryData(api, fts, argumentCount, arguments, &rc);
    if (!data) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const auto *lengths = static_cast<const ArticleLengths *>(api->xUserData(fts));
    const double lengthRatio = lengths->of(api->xRowid(fts)) / lengths->average;
    double score = 0;
    for (int phrase = 0; phrase < int(data->idf.size()); ++phrase) {
        // The phrase's occurrences, each counting the weight of its column.
        double frequency = 0;
        Fts5PhraseIter iterator {};
        int column = -1;
        int offset = 0;
        for (api->xPhraseFirst(fts, phrase, &iterator, &column, &offset); column >= 0;
             api->xPhraseNext(fts, &iterator, &column, &offset)) {
            frequency += column < int(data->weights.size()) ? data->weights[size_t(column)] : 1.0;
        }
        score += data->idf[size_t(phrase)] * frequency * (k1 + 1) / (frequency + k1 * (1 - b + b * lengthRatio));
    }
    sqlite3_result_double(context, -score); // lower is better, as FTS5's rank
}

constexpr int frontMatterWords = 8; // title, author and tags: a few words besides the text

} // namespace

sqlite3 *RankFunction::sharedConnection(const QSqlDatabase &db)
{
    // The connection's SQLite must be the library Byline calls: Qt's plugin could carry its own.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    Dl_info plugin {};
    // The driver object's first word points into its plugin's virtual table.
    if (::dladdr(*reinterpret_cast<void *const *>(db.driver()), &plugin) == 0 || !plugin.dli_fname)
        return nullptr;
    void *library = ::dlopen(plugin.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (!library)
        return nullptr;
    const void *theirs = ::dlsym(library, "sqlite3_open_v2");
    ::dlclose(library);
    if (theirs != reinterpret_cast<const void *>(&sqlite3_open_v2))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool RankFunction::readLengths(sqlite3 *connection, ArticleLengths *lengths)
{
    sqlite3_stmt *statement = nullptr;
    // Highest id first, so the list is sized once.
    if (!connection
        || sqlite3_prepare_v2(connection, "SELECT id, words FROM articles ORDER BY id DESC", -1, &statement, nullptr)
            != SQLITE_OK)
        return false;
    QList<quint32> byId;
    double total = 0;
    qint64 count = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const sqlite3_int64 id = sqlite3_column_int64(statement, 0);
        const auto words = quint32(std::max(0, sqlite3_column_int(statement, 1)) + frontMatterWords);
        if (byId.isEmpty() && id >= 0)
            byId.resize(qsizetype(id) + 1);
        if (id >= 0 && id < byId.size())
            byId[qsizetype(id)] = words;
        total += words;
        ++count;
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return false;
    lengths->byId = std::move(byId);
    lengths->average = count > 0 ? total / double(count) : 1.0;
    return true;
}

fts5_api *RankFunction::fts5Api(sqlite3 *connection)
{
    if (!connection)
        return nullptr;
    fts5_api *fts5 = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&fts5), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return fts5 && fts5->iVersion >= 2 ? fts5 : nullptr;
}

bool RankFunction::install(sqlite3 *connection, const ArticleLengths *lengths)
{
    fts5_api *fts5 = fts5Api(connection);
    return fts5 && fts5->xCreateFunction(fts5, name, const_cast<ArticleLengths *>(lengths), rank, nullptr) == SQLITE_OK;
}

} // namespace Byline::Core
