#pragma once

#include "article/articlemetadata.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Byline::Core {

// A Word document (.docx, or LibreOffice's) read back as an article: front matter from its
// document properties, Markdown from its styles (Title, Subtitle, headings, quotes, lists, code),
// emphasis, links and images, and its review as CriticMarkup signed by reviewer and time:
// tracked changes as additions, deletions and substitutions, comments as threads with their
// replies (commentsExtended) and resolved state. What Markdown cannot hold (tables, footnotes,
// text boxes, formatting changes) is kept as text and named in `notes`, never dropped silently;
// macros are never run nor kept.
//
// The package is read within bounds (ZipReader): a damaged or truncated file, a ZIP bomb, a
// password-protected document or a file that is no Word document at all gives an error and no
// text.
class DocxReader final
{
public:
    struct Image
    {
        QString name; // image1.png: the file to write in the images folder
        QByteArray bytes;
    };

    struct Result
    {
        QString text; // the article: front matter, then the Markdown body
        ArticleMetadata metadata;
        QList<Image> images; // named in the text as `imagesFolder/name`
        QStringList notes; // translated: what could only be kept as text, or was left out
        QString error; // translated; the text is empty then

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    // `imagesFolder` is the folder, relative to the article, its images are to be written in.
    [[nodiscard]] static Result read(const QByteArray &bytes, const QString &imagesFolder);
    // The same for the document at `path`, refused unread when it is larger than any article's.
    [[nodiscard]] static Result readFile(const QString &path, const QString &imagesFolder);

    // The folder the images of an article imported as `target` go in: beside it, named after it.
    [[nodiscard]] static QString imagesFolderFor(const QString &target);
    // Writes what was read: the images into imagesFolderFor(target) first, then the article, each
    // whole or not at all (AtomicFile). False, with `error` in words for the user, when a file
    // could not be written.
    [[nodiscard]] static bool write(const Result &read, const QString &target, QString *error);
};

} // namespace Byline::Core
