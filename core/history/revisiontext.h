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
    // The article's title as the library shows it (front matter, first heading, file name), for
    // finding the file again after a move.
    [[nodiscard]] static QString titleOf(const QString &text, const QString &path);
};

} // namespace Byline::Core
