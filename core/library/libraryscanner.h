#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Byline::Core {

// A file of a library as the folder listing shows it: enough to tell whether it changed.
struct FileStamp
{
    QString path; // relative to the library folder, with '/' separators
    qint64 size = 0;
    qint64 modified = 0; // milliseconds since the epoch

    friend bool operator==(const FileStamp &, const FileStamp &) = default;
};

// What the index keeps of one article: its metadata as a reader sees it and its visible text.
struct ArticleRecord
{
    FileStamp stamp;
    QByteArray hash; // of the file's bytes
    QString title;
    QString author; // "Ann Lee and Bo Chen"
    QString date; // ISO 8601 date, empty when unknown
    QString status; // lower case
    QStringList tags;
    QString lang;
    QString deadline; // ISO 8601 date or date-time
    int words = 0;
    int targetWords = 0;
    QString redirect; // a stub that only points elsewhere (Hugo and the Go blog's `redirect:`)
    QString body; // the final text's paragraphs, headings and code, ideographs spaced out
    int suggestions = 0; // review: changes not yet accepted or rejected
    int comments = 0; // review: open comment threads
    QStringList reviewers; // everyone named in the review marks
    QString error; // why the file could not be read or its front matter understood
    bool unchanged = false; // same bytes as the index already holds

    [[nodiscard]] bool failed() const { return !error.isEmpty() && body.isEmpty() && title.isEmpty(); }
};

// Finds the articles of a library folder and reads them for the index. Never writes to them.
class LibraryScanner final
{
public:
    // Every `.md`, `.markdown` and `.txt` below `root`, hidden files and folders skipped, in no
    // particular order.
    [[nodiscard]] static QList<FileStamp> scan(const QString &root);
    [[nodiscard]] static bool isArticleFile(const QString &fileName);
    [[nodiscard]] static FileStamp stampOf(const QString &root, const QString &relativePath);

    // Reads, hashes and parses one file. A file that cannot be read comes back with `error` set
    // and the title taken from its name, so the library still lists it. When the bytes hash to
    // `knownHash` only the stamp and hash are filled in and `unchanged` is set.
    [[nodiscard]] static ArticleRecord read(const QString &root, const FileStamp &stamp,
                                            const QByteArray &knownHash = {});
    [[nodiscard]] static QByteArray hashOf(const QByteArray &bytes);

    // Puts a space on each side of every ideograph and kana, so that a tokenizer splitting on
    // spaces makes each one a token: Chinese and Japanese, written without spaces between words,
    // are then found by phrase queries of consecutive characters.
    [[nodiscard]] static QString separateIdeographs(QStringView text);
    // Undoes separateIdeographs for display, ignoring `ignore` characters between two ideographs.
    [[nodiscard]] static QString joinIdeographs(QStringView text, QStringView ignore = {});
};

} // namespace Byline::Core
