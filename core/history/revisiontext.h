#pragma once

#include <QString>

namespace Byline::Core {

// What the revision store records of a text besides the text itself.
class RevisionText final
{
public:
    // The words of an article's final text (marks accepted, comments out), counted as the library
    // counts them.
    [[nodiscard]] static int countWords(const QString &text);
    // The title the text gives itself (front matter, else its first heading), for finding the file
    // again after a move; empty when it gives none. Not the library's fallback from the file name:
    // two files called notes.md are not the same article for that.
    [[nodiscard]] static QString titleOf(const QString &text, const QString &path);
};

} // namespace Byline::Core
