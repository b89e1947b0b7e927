#include "libraryscanner.h"

#include "../article/articlefile.h"
#include "../markdown/boundedrender.h"
#include "../markdown/cmarkdocument.h"
#include "../markdown/textstats.h"
#include "../review/reviewedits.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Byline::Core {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::LibraryScanner)
};

QString isoDate(const std::optional<ArticleDate> &date)
{
    if (!date)
        return {};
    if (date->hasTime())
        return date->dateTime.toString(Qt::ISODate);
    return date->date.toString(Qt::ISODate);
}

// The visible text of the body (paragraphs, headings, code) and its word count.
std::pair<QString, int> parsedText(const QString &body)
{
    const CmarkDocument document(body.toUtf8(), CMARK_OPT_DEFAULT);
    QString text;
    TextStatsBuilder stats(TextStatsBuilder::Detail::Counts);
    document.forEachTextBlock([&](cmark_node *node, const QString &blockText) {
        stats.addBlock(CmarkDocument::statsKind(node), blockText);
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += blockText;
    });
    return {LibraryScanner::separateIdeographs(text), stats.result().words};
}

// parsedText(), or the body as written when cmark takes longer than a render may: cmark 0.30.2 is
// super-linear on some hostile text, and one such file must not hold up the whole index.
std::pair<QString, int> plainText(const QString &body)
{
    if (auto parsed = BoundedRender::runWithin([body] { return parsedText(body); }, BoundedRender::defaultLimit))
        return *std::move(parsed);
    TextStatsBuilder stats(TextStatsBuilder::Detail::Counts);
    stats.addBlock(TextStatsBuilder::BlockKind::Paragraph, body);
    return {LibraryScanner::separateIdeographs(body), stats.result().words};
}

bool isHiddenOrInternal(const QString &name)
{
    return name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('~'));
}

constexpr int maxDepth = 64;

// Lists the articles below the open folder `fd` (which it closes) into `stamps`. Hidden files
// and folders are left out; symbolic links to files are followed, to folders not, so a loop of
// links cannot hang the scan.
void scanFolder(int fd, const QString &prefix, QList<FileStamp> &stamps, int depth, QStringList *folders = nullptr)
{
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return;
    }
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] == '.')
            continue;
        const QString name = QFile::decodeName(entry->d_name);
        struct stat info
        {
        };
        bool isDir = entry->d_type == DT_DIR;
        bool isFile = entry->d_type == DT_REG || entry->d_type == DT_LNK;
        if (entry->d_type == DT_UNKNOWN) {
            if (::fstatat(fd, entry->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0)
                continue;
            isDir = S_ISDIR(info.st_mode);
            isFile = S_ISREG(info.st_mode) || S_ISLNK(info.st_mode);
        }
        if (isDir && folders) {
            folders->append(name);
            continue;
        }
        if (isDir && depth < maxDepth) {
            const int child = ::openat(fd, entry->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (child >= 0)
                scanFolder(child, prefix + name + QLatin1Char('/'), stamps, depth + 1);
            continue;
        }
        if (!isFile || !LibraryScanner::isArticleFile(name))
            continue;
        if (::fstatat(fd, entry->d_name, &info, 0) != 0 || !S_ISREG(info.st_mode))
            continue;
        const qint64 modified = qint64(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1000000;
        stamps.append({prefix + name, qint64(info.st_size), modified});
    }
    ::closedir(dir); // closes fd too
}

} // namespace

bool LibraryScanner::isArticleFile(const QString &fileName)
{
    if (isHiddenOrInternal(fileName))
        return false;
    return fileName.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
        || fileName.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive)
        || fileName.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive);
}

QList<FileStamp> LibraryScanner::scan(const QString &root)
{
    // POSIX directly, one fstatat() per file: QDirIterator with QFileInfo makes four system calls
    // per file, and a library of 10,000 articles is listed on every start and every search.
    // The folders of the top level are listed in parallel.
    QList<FileStamp> stamps;
    const QByteArray rootName = QFile::encodeName(root);
    const int rootFd = ::open(rootName.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootFd < 0)
        return stamps;
    QStringList folders;
    scanFolder(rootFd, QString(), stamps, 0, &folders);
    const QList<QList<FileStamp>> parts = QtConcurrent::blockingMapped(folders, [&rootName](const QString &folder) {
        QList<FileStamp> part;
        const QByteArray path = rootName + '/' + QFile::encodeName(folder);
        const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd >= 0)
            scanFolder(fd, folder + QLatin1Char('/'), part, 1);
        return part;
    });
    for (const QList<FileStamp> &part : parts)
        stamps += part;
    return stamps;
}

FileStamp LibraryScanner::stampOf(const QString &root, const QString &relativePath)
{
    const QFileInfo info(QDir(root).filePath(relativePath));
    return {relativePath, info.size(), info.lastModified().toMSecsSinceEpoch()};
}

QByteArray LibraryScanner::hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}

ArticleRecord LibraryScanner::read(const QString &root, const FileStamp &stamp, const QByteArray &knownHash)
{
    ArticleRecord record;
    record.stamp = stamp;
    const QString path = QDir(root).filePath(stamp.path);
    const LoadedArticle loaded = ArticleFile::load(path);
    record.hash = hashOf(loaded.bytes);
    if (loaded.ok && !knownHash.isEmpty() && record.hash == knownHash) {
        record.unchanged = true;
        return record;
    }
    const auto firstError = [&loaded]() -> QString {
        for (const Diagnostic &diagnostic : loaded.diagnostics()) {
            if (diagnostic.severity == Diagnostic::Severity::Error) {
                return diagnostic.line > 0 ? Text::tr("line %1: %2").arg(diagnostic.line).arg(diagnostic.message)
                                           : diagnostic.message;
            }
        }
        return {};
    };
    record.error = firstError();
    if (!loaded.ok) {
        record.title = QFileInfo(stamp.path).completeBaseName();
        if (record.error.isEmpty())
            record.error = Text::tr("could not be read");
        return record;
    }
    const Article &article = loaded.article;
    const ArticleMetadata meta = article.metadata();
    record.title = meta.title;
    record.author = meta.authorLine();
    record.date = isoDate(meta.date);
    record.status = meta.status.trimmed().toLower();
    record.tags = meta.tags;
    record.lang = meta.lang;
    record.deadline = isoDate(meta.deadline);
    record.targetWords = meta.targetWords;
    if (article.frontMatter().contains(QStringLiteral("redirect")))
        record.redirect = article.frontMatter().value(QStringLiteral("redirect")).toString();
    // Search and counts read the final text: a deleted word is not found, nor is a comment.
    const Review review = Review::read(article.body(), CriticMarkup::Start::Body);
    record.suggestions = int(review.changeCount());
    record.comments = int(review.openThreadCount());
    record.reviewers = review.reviewers();
    const QString &body = article.body();
    std::tie(record.body, record.words) = plainText(
        review.isEmpty() ? body
                         : ReviewEdits::apply(body, ReviewEdits::viewEdits(body, review, ReviewEdits::View::Final)));
    return record;
}

QString LibraryScanner::separateIdeographs(QStringView text)
{
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x3040; }))
        return text.toString();
    QString out;
    out.reserve(text.size() * 2);
    bool previousIdeograph = false;
    for (qsizetype i = 0; i < text.size();) {
        const char32_t c = text.at(i).isHighSurrogate() && i + 1 < text.size()
            ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
            : text.at(i).unicode();
        const qsizetype length = c > 0xFFFF ? 2 : 1;
        const bool ideograph = TextStatsBuilder::isIdeographic(c);
        if (ideograph || previousIdeograph) {
            if (!out.isEmpty() && !out.back().isSpace() && !text.at(i).isSpace())
                out += QLatin1Char(' ');
        }
        out += text.mid(i, length);
        previousIdeograph = ideograph;
        i += length;
    }
    return out;
}

QString LibraryScanner::joinIdeographs(QStringView text, QStringView ignore)
{
    const auto codeAt = [&text](qsizetype i) -> char32_t {
        if (i < 0 || i >= text.size())
            return 0;
        if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
            return QChar::surrogateToUcs4(text.at(i - 1), text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            return QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
        return text.at(i).unicode();
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(' ')) {
            qsizetype before = i - 1;
            while (before >= 0 && ignore.contains(text.at(before)))
                --before;
            qsizetype after = i + 1;
            while (after < text.size() && ignore.contains(text.at(after)))
                ++after;
            const char32_t left = codeAt(before);
            const char32_t right = codeAt(after);
            const auto isCjkPunctuation
                = [](char32_t c) { return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF); };
            if ((TextStatsBuilder::isIdeographic(left) || isCjkPunctuation(left))
                && (TextStatsBuilder::isIdeographic(right) || isCjkPunctuation(right))
                && (TextStatsBuilder::isIdeographic(left) || TextStatsBuilder::isIdeographic(right)))
                continue;
        }
        out += text.at(i);
    }
    return out;
}

} // namespace Byline::Core
