#include "articlefile.h"

#include "../safety/atomicfile.h"
#include "undecodablename.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Byline::Core {

Q_LOGGING_CATEGORY(lcArticleFile, "byline.core.articlefile", QtInfoMsg)

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::ArticleFile)
};

// What to do about a failed save, for the sentence that reports it.
QString adviceFor(WriteFailure failure)
{
    switch (failure) {
    case WriteFailure::DiskFull:
        return Text::tr("free some space, or save under another name on another disk");
    case WriteFailure::ReadOnlyFileSystem:
        return Text::tr("save under another name on a disk that can be written");
    case WriteFailure::PermissionDenied:
        return Text::tr("check the folder's permissions, or save under another name");
    case WriteFailure::FolderMissing:
        return Text::tr("save under another name in a folder that exists");
    case WriteFailure::None:
    case WriteFailure::Other:
        break;
    }
    return Text::tr("free some space, check the folder's permissions or save under another name");
}

LoadedArticle failure(const QString &message)
{
    LoadedArticle loaded;
    loaded.fileDiagnostics.append({Diagnostic::Severity::Error, 0, message});
    return loaded;
}

} // namespace

LoadedArticle ArticleFile::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return loadUndecodable(path);
    if (info.isDir())
        return failure(Text::tr("this is a folder; open it as a library instead"));
    if (!info.isFile()) // a pipe or a device would block or never end
        return failure(Text::tr("this is not a regular file (a pipe, socket or device); Byline opens article files"));
    if (info.size() > maxBytes)
        return tooLarge(info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Text::tr("the file cannot be read (%1); check its permissions").arg(file.errorString()));
    return fromFile(path, file, info.isWritable());
}

// The file was not found under the name Qt decoded; if that is because its real name is not
// valid UTF-8, open it by the real name, read-only: saving would create a second file beside it.
LoadedArticle ArticleFile::loadUndecodable(const QString &path)
{
    const UndecodableName name = UndecodableName::find(path);
    if (name.match == UndecodableName::Match::None)
        return failure(Text::tr("the file does not exist; it may have been moved or deleted"));
    if (name.match == UndecodableName::Match::Several)
        return failure(Text::tr("the file's name is not valid UTF-8, and several files in its folder have "
                                "names that look the same; rename them to UTF-8 names (for example with "
                                "`convmv -f latin1 -t utf-8 --notest`) and open it again"));
    struct stat status
    {
    };
    const int fd = ::open(name.bytes.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    QFile file;
    if (fd < 0 || ::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)
        || !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        if (fd >= 0)
            ::close(fd);
        return failure(Text::tr("the file's name is not valid UTF-8 and the file cannot be read; rename it "
                                "to a UTF-8 name (for example with `convmv -f latin1 -t utf-8 --notest`)"));
    }
    if (status.st_size > maxBytes)
        return tooLarge(status.st_size);
    LoadedArticle loaded = fromFile(path, file, true);
    if (loaded.ok) {
        loaded.readOnly = true;
        loaded.fileDiagnostics.append(
            {Diagnostic::Severity::Warning, 0,
             Text::tr("the file's name, %1, is not valid UTF-8, so Byline opened it read-only: saving "
                      "under that name would make a second file. Rename it to a UTF-8 name (for example "
                      "with `convmv -f latin1 -t utf-8 --notest`), or save a copy under a new name")
                 .arg(UndecodableName::readable(name.bytes.mid(name.bytes.lastIndexOf('/') + 1)))});
    }
    return loaded;
}

LoadedArticle ArticleFile::tooLarge(qint64 size)
{
    const QLocale locale;
    return failure(Text::tr("the file is %1, larger than the %2 Byline opens as an article; "
                            "split it into smaller files")
                       .arg(locale.formattedDataSize(size), locale.formattedDataSize(maxBytes)));
}

LoadedArticle ArticleFile::fromFile(const QString &path, QFile &file, bool writable)
{
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return failure(Text::tr("the file grew past %1 while being read; split it into smaller files")
                           .arg(QLocale().formattedDataSize(maxBytes)));

    DecodedText decoded = TextCodec::decode(bytes);
    LoadedArticle loaded;
    loaded.fileDiagnostics = decoded.diagnostics;
    if (decoded.binary)
        return loaded;
    loaded.ok = true;
    loaded.text = decoded.text;
    loaded.encoding = decoded.format;
    loaded.readOnly = decoded.lossy;
    loaded.bytes = bytes;
    if (!writable) {
        loaded.readOnly = true;
        loaded.fileDiagnostics.append(
            {Diagnostic::Severity::Info, 0,
             Text::tr("the file is read-only; save a copy under a new name to keep changes")});
    }
    loaded.article = Article::fromText(decoded.text, path, Article::formatForFileName(path), &loaded.textDiagnostics);
    qCDebug(lcArticleFile) << "loaded" << path << bytes.size() << "bytes," << loaded.diagnostics().size()
                           << "diagnostics";
    return loaded;
}

SaveResult ArticleFile::save(const QString &path, const QString &text, const FileEncoding &encoding)
{
    return writeBytes(path, TextCodec::encode(text, encoding));
}

SaveResult ArticleFile::writeBytes(const QString &path, const QByteArray &bytes)
{
    const WriteResult written = AtomicFile::write(path, bytes);
    if (!written.ok) {
        return {false,
                Text::tr("Could not save %1: %2. The file on disk is unchanged; %3.")
                    .arg(path, written.reason, adviceFor(written.failure)),
                {},
                written.failure};
    }
    return {true, {}, bytes, WriteFailure::None};
}

} // namespace Byline::Core
