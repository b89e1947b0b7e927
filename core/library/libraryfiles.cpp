#include "libraryfiles.h"

#include "libraryscanner.h"

#include <article/article.h>
#include <article/articlefile.h>
#include <article/frontmatteredit.h>
#include <safety/atomicfile.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Byline::Core {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::LibraryFiles)
};

constexpr int maxSlugLength = 64;
constexpr int maxNameBytes = 255; // NAME_MAX of the file systems articles live on

FileChange failure(const QString &error)
{
    return {false, {}, error};
}

FileChange success(const QString &path)
{
    return {true, QFileInfo(path).absoluteFilePath(), {}};
}

// The extension of an article file name (".md", ".markdown", ".txt"), empty for any other.
QString articleExtension(const QString &fileName)
{
    const QFileInfo info(fileName);
    const QString suffix = info.suffix();
    return LibraryScanner::isArticleFile(QLatin1String("a.") + suffix) ? QLatin1Char('.') + suffix : QString();
}

// Why `name` cannot name an article file in a folder; empty when it can.
QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return Text::tr("a file name cannot be empty");
    if (name.contains(QLatin1Char('/')) || name.contains(QChar(0)))
        return Text::tr("a file name cannot contain “/”; use Move to Folder to put an article in a folder");
    if (name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('~')))
        return Text::tr("names starting with a dot or ending in “~” are hidden from the library");
    if (QFile::encodeName(name).size() > maxNameBytes)
        return Text::tr("the name is longer than the file system allows");
    return {};
}

// `subfolder` made safe: relative, inside the library, no hidden parts. Empty `error` when fine.
QString cleanSubfolder(const QString &subfolder, QString *error)
{
    QString clean = QDir::cleanPath(QString(subfolder).replace(QLatin1Char('\\'), QLatin1Char('/')).trimmed());
    if (clean == QLatin1String("."))
        clean.clear();
    if (QDir::isAbsolutePath(clean) || clean == QLatin1String("..") || clean.startsWith(QLatin1String("../"))) {
        *error = Text::tr("the folder must be inside the library");
        return {};
    }
    const QStringList parts = clean.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.startsWith(QLatin1Char('.')) || part.endsWith(QLatin1Char('~'))) {
            *error = Text::tr("folders starting with a dot or ending in “~” are hidden from the library");
            return {};
        }
    }
    return clean;
}

// What to do when a rename or a move failed; the article is where it was.
QString moveAdvice(WriteFailure failure)
{
    switch (failure) {
    case WriteFailure::DiskFull:
        return Text::tr("free some space on the disk and try again");
    case WriteFailure::ReadOnlyFileSystem:
        return Text::tr("the library's disk accepts no changes; remount it writable and try again");
    case WriteFailure::FolderMissing:
        return Text::tr("choose a folder that exists, or reopen the library if it was moved");
    case WriteFailure::PermissionDenied:
    case WriteFailure::Other:
    case WriteFailure::None:
        break;
    }
    return Text::tr("check the folder's permissions and the disk, then try again");
}

// Renames without ever replacing a file, through AtomicFile so a fault or a full disk on the way
// leaves the article where it was, under its name.
FileChange moveFile(const QString &from, const QString &to)
{
    if (QFileInfo::exists(to))
        return failure(Text::tr("There is already a file named “%1” in %2. Choose another name; nothing was changed.")
                           .arg(QFileInfo(to).fileName(), QDir::toNativeSeparators(QFileInfo(to).path())));
    const WriteResult moved = AtomicFile::move(from, to);
    if (!moved.ok)
        return failure(Text::tr("Could not move %1 to %2: %3. Nothing was changed; %4.")
                           .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to), moved.reason,
                                moveAdvice(moved.failure)));
    return success(to);
}

// The most serious problem's message: the first error, else the first message of any kind.
QString firstProblem(const Diagnostics &diagnostics)
{
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity == Diagnostic::Severity::Error)
            return diagnostic.line > 0 ? Text::tr("line %1: %2").arg(diagnostic.line).arg(diagnostic.message)
                                       : diagnostic.message;
    }
    return diagnostics.isEmpty() ? QString() : diagnostics.constFirst().message;
}

FileChange checkArticle(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return failure(
            Text::tr("%1 no longer exists; it may have been moved or deleted.").arg(QDir::toNativeSeparators(path)));
    return success(path);
}

} // namespace

QStringList LibraryFiles::workflowStatuses()
{
    return {QStringLiteral("draft"), QStringLiteral("review"), QStringLiteral("approved"), QStringLiteral("published")};
}

QString LibraryFiles::templatePath(const QString &root)
{
    return QDir(root).filePath(QStringLiteral(".byline/template.md"));
}

QString LibraryFiles::articleText(const QString &root, const NewArticle &article)
{
    Article result;
    if (const QString path = templatePath(root); QFileInfo::exists(path)) {
        const LoadedArticle loaded = ArticleFile::load(path);
        if (loaded.ok && !hasErrors(loaded.diagnostics()))
            result = loaded.article;
    }
    ArticleMetadata metadata;
    metadata.title = article.title.trimmed();
    if (!article.author.trimmed().isEmpty())
        metadata.authors = QStringList {article.author.trimmed()};
    if (article.date.isValid())
        metadata.date = ArticleDate {article.date, {}};
    metadata.status = article.status;
    metadata.lang = article.lang;
    metadata.writeTo(result.ensureFrontMatter());
    if (result.body().trimmed().isEmpty())
        result.setBody(QStringLiteral("\n"));
    return result.toText();
}

QString LibraryFiles::fileNameFor(const QString &folder, const QString &title)
{
    QString slug;
    bool gap = false;
    const QList<uint> characters = title.normalized(QString::NormalizationForm_KD).toUcs4();
    for (const uint character : characters) {
        if (QChar::category(char32_t(character)) == QChar::Mark_NonSpacing)
            continue; // the accents NFKD split off
        if (character == U'\'' || character == U'’')
            continue; // "don't" → "dont"
        if (!QChar::isLetterOrNumber(char32_t(character))) {
            gap = true;
            continue;
        }
        const QString letter = QString::fromUcs4(reinterpret_cast<const char32_t *>(&character), 1).toLower();
        if (slug.size() + letter.size() >= maxSlugLength) {
            if (const qsizetype lastGap = slug.lastIndexOf(QLatin1Char('-')); lastGap > 0 && !gap)
                slug.truncate(lastGap); // whole words only
            break;
        }
        if (gap && !slug.isEmpty())
            slug += QLatin1Char('-');
        gap = false;
        slug += letter;
    }
    if (slug.isEmpty())
        slug = QStringLiteral("untitled");
    const QDir dir(folder);
    QString name = slug + QLatin1String(".md");
    for (int number = 2; QFileInfo::exists(dir.filePath(name)); ++number)
        name = slug + QLatin1Char('-') + QString::number(number) + QLatin1String(".md");
    return name;
}

FileChange LibraryFiles::create(const QString &root, const QString &folder, const NewArticle &article)
{
    if (!QDir().mkpath(folder))
        return failure(Text::tr("Could not create the folder %1; check the library's permissions.")
                           .arg(QDir::toNativeSeparators(folder)));
    const QString path = QDir(folder).filePath(fileNameFor(folder, article.title));
    // Claim the name first, so a file that appeared meanwhile is never replaced.
    QFile claim(path);
    if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return failure(Text::tr("Could not create %1: %2. Check the folder's permissions and free space.")
                           .arg(QDir::toNativeSeparators(path), claim.errorString()));
    claim.close();
    const SaveResult saved = ArticleFile::save(path, articleText(root, article));
    if (!saved.ok) {
        QFile::remove(path);
        return failure(saved.error);
    }
    return success(path);
}

FileChange LibraryFiles::rename(const QString &path, const QString &newName)
{
    if (FileChange found = checkArticle(path); !found.ok)
        return found;
    QString name = newName.trimmed();
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return failure(Text::tr("Cannot rename to “%1”: %2.").arg(name, problem));
    if (articleExtension(name).isEmpty())
        name += articleExtension(path);
    const QFileInfo info(path);
    if (name == info.fileName())
        return success(path);
    return moveFile(path, info.dir().filePath(name));
}

FileChange LibraryFiles::move(const QString &root, const QString &path, const QString &subfolder)
{
    if (FileChange found = checkArticle(path); !found.ok)
        return found;
    QString error;
    const QString clean = cleanSubfolder(subfolder, &error);
    if (!error.isEmpty())
        return failure(Text::tr("Cannot move to “%1”: %2.").arg(subfolder, error));
    const QString target = clean.isEmpty() ? QDir(root).absolutePath() : QDir(root).absoluteFilePath(clean);
    if (QFileInfo(path).absolutePath() == target)
        return success(path);
    if (!QDir().mkpath(target))
        return failure(Text::tr("Could not create the folder %1; check the library's permissions.")
                           .arg(QDir::toNativeSeparators(target)));
    return moveFile(path, QDir(target).filePath(QFileInfo(path).fileName()));
}

FileChange LibraryFiles::moveToTrash(const QString &path)
{
    if (FileChange found = checkArticle(path); !found.ok)
        return found;
    // Qt puts the trash in the data folder; a missing data folder would make it use the current
    // folder instead, so it is created first, and a trash path that is not absolute is undone.
    QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    QFile file(path);
    const bool moved = file.moveToTrash();
    if (moved && !QDir::isAbsolutePath(file.fileName())) {
        const QString misplaced = file.fileName();
        QFile::remove(QFileInfo(misplaced)
                          .dir()
                          .filePath(QStringLiteral("../info/%1.trashinfo"))
                          .arg(QFileInfo(misplaced).fileName()));
        QFile::rename(misplaced, path);
        return failure(Text::tr("Could not move %1 to the trash: the desktop has no trash folder Byline can use. The "
                                "file is unchanged; delete it with the file manager.")
                           .arg(QDir::toNativeSeparators(path)));
    }
    if (!moved)
        return failure(Text::tr("Could not move %1 to the trash: %2. The file is unchanged; check the folder's "
                                "permissions, or delete it with the file manager.")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {true, file.fileName(), {}}; // where the trash keeps it
}

FileChange LibraryFiles::setStatus(const QString &path, const QString &status)
{
    if (FileChange found = checkArticle(path); !found.ok)
        return found;
    const QString name = QDir::toNativeSeparators(path);
    const LoadedArticle loaded = ArticleFile::load(path);
    if (!loaded.ok)
        return failure(Text::tr("Could not read %1: %2.").arg(name, firstProblem(loaded.diagnostics())));
    if (loaded.readOnly || !QFileInfo(path).isWritable())
        return failure(Text::tr("Cannot change the status of %1: the file is read-only or holds bytes Byline could not "
                                "read. It is unchanged.")
                           .arg(name));
    const FrontMatterEdit::Result edited
        = FrontMatterEdit::edit(loaded.text, path, [&status](FrontMatter &frontMatter) {
              frontMatter.setValue(QStringLiteral("status"), status.trimmed());
          });
    if (edited.problem == FrontMatterEdit::Problem::PlainText)
        return failure(Text::tr("Cannot change the status of %1: a plain-text article has no front matter to hold a "
                                "status; save it as Markdown (.md) first.")
                           .arg(name));
    if (edited.problem == FrontMatterEdit::Problem::BrokenFrontMatter)
        return failure(Text::tr("Cannot change the status of %1: its front matter has an error (%2), so Byline leaves "
                                "it as it is; fix it first.")
                           .arg(name, edited.detail));
    const SaveResult saved = ArticleFile::save(path, edited.appliedTo(loaded.text), loaded.encoding);
    if (!saved.ok)
        return failure(saved.error);
    return success(path);
}

} // namespace Byline::Core
