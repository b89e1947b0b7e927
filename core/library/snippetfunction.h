#pragma once

struct sqlite3;

namespace Byline::Core {

// `byline_snippet(fts, column, start, end, ellipsis, tokens)`: a snippet for rows where the query
// matches so many times that FTS5's own snippet() would take seconds — it scores every match
// against every other, which is quadratic: 20,000 matches of a word in one article take eight
// seconds. Here the window opens at the first match in the column, and every match inside it is
// marked, in one pass over the matches and one over the text. For rows with fewer matches it
// returns NULL, so `coalesce(byline_snippet(…), snippet(…))` keeps snippet()'s better choice of
// window wherever it is affordable.
class SnippetFunction final
{
public:
    static constexpr const char *name = "byline_snippet";
    // Matches in a row above which snippet() is not used (it takes about 10 ms at 1,000).
    static constexpr int snippetMatchLimit = 1000;

    // Registers the function on `connection` (RankFunction::sharedConnection).
    [[nodiscard]] static bool install(sqlite3 *connection);
};

} // namespace Byline::Core
