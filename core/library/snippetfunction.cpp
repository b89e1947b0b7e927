#include "snippetfunction.h"

#include "rankfunction.h"

#include <algorithm>
#include <string>
#include <vector>

#include <sqlite3.h>

namespace Byline::Core {

namespace {

// The bytes of the tokens [first, first + count) of a column, found by running its tokenizer.
struct Window
{
    int first = 0;
    int count = 0;
    int seen = 0; // tokens passed so far
    bool more = false; // the text goes on after the window
    std::vector<std::pair<int, int>> tokens; // byte start and end of each token in the window
};

int collect(void *context, int flags, const char * /*token*/, int /*length*/, int start, int end)
{
    auto *window = static_cast<Window *>(context);
    if (flags & FTS5_TOKEN_COLOCATED)
        return SQLITE_OK; // a synonym at the same position
    const int index = window->seen++;
    if (index >= window->first + window->count) {
        window->more = true;
        return SQLITE_DONE; // past the window: the rest of the text is not read
    }
    if (index >= window->first)
        window->tokens.emplace_back(start, end);
    return SQLITE_OK;
}

const char *textArgument(sqlite3_value *value)
{
    const unsigned char *text = sqlite3_value_text(value);
    return text ? reinterpret_cast<const char *>(text) : "";
}

void snippet(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argumentCount,
             sqlite3_value **arguments)
{
    if (argumentCount != 5) {
        sqlite3_result_error(context, "byline_snippet: wrong number of arguments", -1);
        return;
    }
    int matches = 0;
    if (api->xInstCount(fts, &matches) != SQLITE_OK || matches <= SnippetFunction::snippetMatchLimit) {
        sqlite3_result_null(context);
        return;
    }
    const int column = sqlite3_value_int(arguments[0]);
    const std::string open = textArgument(arguments[1]);
    const std::string close = textArgument(arguments[2]);
    const std::string ellipsis = textArgument(arguments[3]);
    const int size = std::clamp(sqlite3_value_int(arguments[4]), 1, 64);

    int first = -1;
    for (int i = 0; i < matches; ++i) {
        int phrase = 0;
        int matchColumn = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &matchColumn, &offset) == SQLITE_OK && matchColumn == column
            && (first < 0 || offset < first))
            first = offset;
    }
    Window window;
    window.first = std::max(0, first - size / 4); // a few words of what leads up to the match
    window.count = size;
    std::vector<bool> marked(size_t(size), false);
    for (int i = 0; first >= 0 && i < matches; ++i) {
        int phrase = 0;
        int matchColumn = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &matchColumn, &offset) == SQLITE_OK && matchColumn == column
            && offset < window.first + size) {
            // Every word of a phrase: "harbour wall" marks both.
            for (int token = std::max(offset, window.first);
                 token < std::min(offset + api->xPhraseSize(fts, phrase), window.first + size); ++token)
                marked[size_t(token - window.first)] = true;
        }
    }

    const char *text = nullptr;
    int length = 0;
    if (api->xColumnText(fts, column, &text, &length) != SQLITE_OK || !text) {
        sqlite3_result_null(context);
        return;
    }
    const int rc = api->xTokenize(fts, text, length, &window, collect);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    std::string result = window.first > 0 ? ellipsis : std::string();
    for (size_t i = 0; i < window.tokens.size(); ++i) {
        const auto [start, end] = window.tokens[i];
        if (i > 0)
            result.append(text + window.tokens[i - 1].second, size_t(start - window.tokens[i - 1].second));
        if (marked[i])
            result += open;
        result.append(text + start, size_t(end - start));
        if (marked[i])
            result += close;
    }
    if (window.more)
        result += ellipsis;
    sqlite3_result_text(context, result.data(), int(result.size()), SQLITE_TRANSIENT);
}

} // namespace

bool SnippetFunction::install(sqlite3 *connection)
{
    fts5_api *fts5 = RankFunction::fts5Api(connection);
    return fts5 && fts5->xCreateFunction(fts5, name, nullptr, snippet, nullptr) == SQLITE_OK;
}

} // namespace Byline::Core
