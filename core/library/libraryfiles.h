#pragma once

#include <QDate>
#include <QStringList>

namespace Byline::Core {

// The outcome of a change to a library's files. On failure `error` says what happened and what to
// do, and nothing on disk has changed.
struct FileChange
{
    bool ok = false;
    QString path; // the article's absolute path after the change
    QString error;
};

// What a new article starts with.
struct NewArticle
{
    QString title;
    QString author;
    QDate date;
    QString lang;
    QString status = QStringLiteral("draft");
};

// Changes to the files of a library that the window offers: new articles from a template,
// renaming, moving into subfolders, the desktop trash and the status in the front matter.
// Nothing here overwrites an existing file; every write goes through the safe save.
class LibraryFiles final
{
public:
    // The statuses of the editorial workflow, in order; articles may use others.
    [[nodiscard]] static QStringList workflowStatuses();

    // A library's own template for new articles: its front matter and body are kept, and the
    // title, author, date and status filled in.
    [[nodiscard]] static QString templatePath(const QString &root);
    // The text of a new article: the template's (or a YAML front matter block of its own) with
    // title, author, date, status and language set, and an empty first paragraph.
    [[nodiscard]] static QString articleText(const QString &root, const NewArticle &article);
    // A file name for `title` in `folder` that no file has yet: words in lower case joined by
    // hyphens, letters of every script kept, accents dropped, `.md`.
    [[nodiscard]] static QString fileNameFor(const QString &folder, const QString &title);
    // Writes a new article into `folder` (inside the library `root`), never over an existing file.
    [[nodiscard]] static FileChange create(const QString &root, const QString &folder, const NewArticle &article);

    // Gives the file a new name in its folder; without an article extension, it keeps its own.
    [[nodiscard]] static FileChange rename(const QString &path, const QString &newName);
    // Moves the file into `subfolder` of the library `root` (created when missing; empty: the top).
    [[nodiscard]] static FileChange move(const QString &root, const QString &path, const QString &subfolder);
    // Moves the file to the desktop's trash, from where the user can restore it.
    [[nodiscard]] static FileChange moveToTrash(const QString &path);

    // Sets the status of an article on disk through the safe save, keeping its encoding.
    [[nodiscard]] static FileChange setStatus(const QString &path, const QString &status);
};

} // namespace Byline::Core
