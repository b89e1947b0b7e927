#include "articlefile.h"

#include "../safety/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>

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
        return failure(Text::tr("the file does not exist; it may have been moved or deleted"));
    if (info.isDir())
        return failure(Text::tr("this is a folder; open it as a library instead"));
    if (!info.isFile()) // a pipe or a device would block or never end
        return failure(Text::tr("this is not a regular file (a pipe, socket or device); Byline opens article files"));
    if (info.size() > maxBytes) {
        const QLocale locale;
        return failure(Text::tr("the file is %1, larger than the %2 Byline opens as an article; "
                                "split it into smaller files")
                           .arg(locale.formattedDataSize(info.size()), locale.formattedDataSize(maxBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Text::tr("the file cannot be read (%1); check its permissions").arg(file.errorString()));
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
    if (!info.isWritable()) {
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
