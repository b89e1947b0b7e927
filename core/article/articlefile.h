#pragma once

#include "../safety/atomicfile.h"
#include "article.h"
#include "textcodec.h"

class QFile;

namespace Byline::Core {

// An article read from disk, with what is needed to write it back the way it came.
struct LoadedArticle
{
    // False when nothing could be opened: missing, unreadable, too large or binary.
    bool ok = false;
    Article article;
    QString text; // the full text as the editor shows it
    FileEncoding encoding;
    // Saving over the file would lose bytes Byline could not decode; save a copy instead.
    bool readOnly = false;
    // Problems of the file itself (encoding, permissions, size) stay as long as it is open;
    // those of its text (front matter) change as the text is edited.
    Diagnostics fileDiagnostics;
    Diagnostics textDiagnostics;
    QByteArray bytes; // the file as read, for telling later whether it changed on disk

    [[nodiscard]] Diagnostics diagnostics() const { return fileDiagnostics + textDiagnostics; }
};

struct SaveResult
{
    bool ok = false;
    QString error; // what happened and what to do; the file on disk is unchanged when !ok
    QByteArray written; // the bytes now on disk when ok
    WriteFailure failure = WriteFailure::None;
};

// Reads and writes article files. Writes go through AtomicFile: a failed save, a full disk
// included, leaves the old file exactly as it was.
class ArticleFile final
{
public:
    static constexpr qint64 maxBytes = qint64(20) * 1024 * 1024;

    [[nodiscard]] static LoadedArticle load(const QString &path);
    [[nodiscard]] static SaveResult save(const QString &path, const QString &text, const FileEncoding &encoding = {});
    // Writes `bytes` as they are; for exports and other generated files.
    [[nodiscard]] static SaveResult writeBytes(const QString &path, const QByteArray &bytes);

private:
    [[nodiscard]] static LoadedArticle loadUndecodable(const QString &path);
    [[nodiscard]] static LoadedArticle tooLarge(qint64 size);
    [[nodiscard]] static LoadedArticle fromFile(const QString &path, QFile &file, bool writable);
};

} // namespace Byline::Core
