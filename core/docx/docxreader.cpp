#include "docxreader.h"

#include "article/articlefile.h"
#include "article/frontmatter.h"
#include "docxpackage.h"
#include "docxparts.h"
#include "docxtext.h"
#include "zippackage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Byline::Core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::DocxReader)
};

using Docx::PackageInfo;

// A part's folder, for resolving the targets of its relationships.
QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash + 1);
}

// Where a relationship's target is, as a part name of the package.
QString resolved(const QString &folder, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    return QDir::cleanPath(folder + target);
}

struct Relationship
{
    QString type; // the last word of its type URI: officeDocument, hyperlink, image, comments…
    QString target;
    bool external = false;
};

QHash<QString, Relationship> relationships(const QByteArray &xml)
{
    QHash<QString, Relationship> found;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        found.insert(attributes.value(QLatin1String("Id")).toString(),
                     {attributes.value(QLatin1String("Type")).toString().section(QLatin1Char('/'), -1),
                      attributes.value(QLatin1String("Target")).toString(),
                      attributes.value(QLatin1String("TargetMode")) == u"External"});
    }
    return found;
}

// The article's front matter from the document's core properties.
ArticleMetadata metadataOf(const QByteArray &xml)
{
    ArticleMetadata metadata;
    QXmlStreamReader reader(xml);
    static const QRegularExpression listSeparator(QStringLiteral(R"(\s*[;,]\s*)"));
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = reader.qualifiedName().toString();
        if (!name.startsWith(QLatin1String("dc:")) && !name.startsWith(QLatin1String("cp:"))
            && !name.startsWith(QLatin1String("dcterms:")))
            continue;
        if (name == QLatin1String("cp:coreProperties"))
            continue;
        const QString value = reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        if (value.isEmpty())
            continue;
        if (name == QLatin1String("dc:title"))
            metadata.title = value;
        else if (name == QLatin1String("dc:creator"))
            metadata.authors = value.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        else if (name == QLatin1String("dc:subject")
                 || (name == QLatin1String("dc:description") && metadata.summary.isEmpty()))
            metadata.summary = value;
        else if (name == QLatin1String("cp:keywords"))
            metadata.tags = value.split(listSeparator, Qt::SkipEmptyParts);
        else if (name == QLatin1String("cp:contentStatus"))
            metadata.status = value;
        else if (name == QLatin1String("dc:language"))
            metadata.lang = value;
        else if (name == QLatin1String("cp:category"))
            metadata.publication = value;
        else if (name == QLatin1String("dcterms:created")) {
            const QDateTime created = QDateTime::fromString(value, Qt::ISODate).toUTC();
            if (created.isValid())
                metadata.date = ArticleDate {created.date(), created.time() == QTime(0, 0) ? QDateTime() : created};
        }
    }
    for (QString &author : metadata.authors)
        author = author.trimmed();
    return metadata;
}

DocxReader::Result failed(const QString &why)
{
    DocxReader::Result result;
    result.error = Text::tr("This is not a Word document Byline can read: %1. Nothing was written.").arg(why);
    return result;
}

} // namespace

DocxReader::Result DocxReader::read(const QByteArray &bytes, const QString &imagesFolder)
{
    // A password-protected document is no ZIP at all but an OLE compound file, as a .doc is.
    if (bytes.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1")))
        return failed(Text::tr("it is protected by a password, or it is an old Word document (.doc); open it in "
                               "Word or LibreOffice and save it as .docx without a password"));
    ZipReader zip(bytes, {});
    if (!zip.isOpen())
        return failed(zip.error());
    const std::optional<QByteArray> packageRelationships = zip.read(QStringLiteral("_rels/.rels"));
    if (!packageRelationships)
        return failed(zip.error());
    QString main;
    QString core;
    QString custom;
    for (const Relationship &relationship : relationships(*packageRelationships)) {
        if (relationship.type == QLatin1String("officeDocument"))
            main = resolved({}, relationship.target);
        else if (relationship.type == QLatin1String("core-properties"))
            core = resolved({}, relationship.target);
        else if (relationship.type == QLatin1String("custom-properties"))
            custom = resolved({}, relationship.target);
    }
    if (main.isEmpty())
        return failed(Text::tr("it names no main document"));
    const std::optional<QByteArray> document = zip.read(main);
    if (!document)
        return failed(zip.error());

    Result result;
    PackageInfo package;
    const QString folder = folderOf(main);
    const QString relationshipsPart
        = folder + QStringLiteral("_rels/") + main.section(QLatin1Char('/'), -1) + QStringLiteral(".rels");
    if (const std::optional<QByteArray> rels = zip.read(relationshipsPart)) {
        const QHash<QString, Relationship> found = relationships(*rels);
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            const Relationship &relationship = it.value();
            const QString part = resolved(folder, relationship.target);
            if (relationship.type == QLatin1String("hyperlink") && relationship.external)
                package.links.insert(it.key(), relationship.target);
            else if (relationship.type == QLatin1String("image") && !relationship.external)
                package.images.insert(it.key(), part);
            else if (relationship.type == QLatin1String("styles") && zip.contains(part))
                Docx::readStyles(zip.read(part).value_or(QByteArray()), package);
            else if (relationship.type == QLatin1String("numbering") && document->contains("numId")
                     && zip.contains(part)) // every document has its lists' formats; few have lists
                Docx::readNumbering(zip.read(part).value_or(QByteArray()), package);
            else if (relationship.type == QLatin1String("comments") && zip.contains(part))
                Docx::readComments(zip.read(part).value_or(QByteArray()), package);
            else if (relationship.type == QLatin1String("commentsExtended") && zip.contains(part))
                Docx::readCommentsExtended(zip.read(part).value_or(QByteArray()), package);
            else if (relationship.type == QLatin1String("footnotes") && zip.contains(part))
                Docx::readNotes(zip.read(part).value_or(QByteArray()), package.footnotes);
            else if (relationship.type == QLatin1String("endnotes") && zip.contains(part))
                Docx::readNotes(zip.read(part).value_or(QByteArray()), package.endnotes);
        }
    }
    const QStringList parts = zip.names();
    if (std::any_of(parts.cbegin(), parts.cend(),
                    [](const QString &name) { return name.endsWith(QLatin1String("vbaProject.bin")); }))
        result.notes.append(Text::tr("The document's macros were left out: Byline never runs nor keeps them."));

    if (!custom.isEmpty() && zip.contains(custom))
        Docx::readCustomProperties(zip.read(custom).value_or(QByteArray()), package);
    const Docx::BodyText body = Docx::markdownOf(*document, package, imagesFolder);
    result.notes += body.notes;
    for (auto it = body.imageFiles.cbegin(); it != body.imageFiles.cend(); ++it) {
        const std::optional<QByteArray> image = zip.read(package.images.value(it.key()));
        if (image)
            result.images.append({it.value(), *image});
        else
            result.notes.append(
                Text::tr("An image could not be read (%1); its description stands in its place.").arg(zip.error()));
    }
    std::sort(result.images.begin(), result.images.end(),
              [](const Image &a, const Image &b) { return a.name < b.name; });

    if (!core.isEmpty() && zip.contains(core))
        result.metadata = metadataOf(zip.read(core).value_or(QByteArray()));
    if (result.metadata.title.isEmpty())
        result.metadata.title = body.title;
    if (result.metadata.summary.isEmpty())
        result.metadata.summary = body.subtitle;
    // LibreOffice writes the keywords back joined by spaces: the tags Byline wrote beside them,
    // when they still say the same (an editor may have changed the keywords since).
    if (!package.tags.isEmpty() && result.metadata.tags.join(QLatin1Char(' ')) == package.tags.join(QLatin1Char(' ')))
        result.metadata.tags = package.tags;
    if (result.metadata.authors.isEmpty() && !body.author.isEmpty())
        result.metadata.authors = {body.author};

    FrontMatter frontMatter(FrontMatter::Format::Yaml);
    result.metadata.writeTo(frontMatter);
    result.text
        = (frontMatter.keys().isEmpty() ? QString() : frontMatter.toFileText() + QLatin1Char('\n')) + body.markdown;
    return result;
}

DocxReader::Result DocxReader::readFile(const QString &path, const QString &imagesFolder)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.error = Text::tr("%1. Nothing was written.").arg(file.errorString());
        return result;
    }
    const qint64 limit = ZipReader::Limits().totalBytes;
    if (file.size() > limit) {
        Result result;
        result.error = Text::tr("it is larger than %1 MB, more than a Word document of an article. Nothing was "
                                "written.")
                           .arg(limit / 1024 / 1024);
        return result;
    }
    return read(file.read(limit), imagesFolder);
}

QString DocxReader::imagesFolderFor(const QString &target)
{
    return QFileInfo(target).completeBaseName() + QStringLiteral("-images");
}

bool DocxReader::write(const Result &read, const QString &target, QString *error)
{
    // What this import wrote, taken back when a later file cannot be: an article is never left
    // without its images, nor images without their article.
    QStringList written;
    QString createdFolder;
    const auto failed = [&](const QString &why) {
        for (const QString &path : std::as_const(written))
            QFile::remove(path);
        if (!createdFolder.isEmpty())
            QDir().rmdir(createdFolder);
        *error = why;
        return false;
    };
    if (!read.images.isEmpty()) {
        const QDir images(QDir(QFileInfo(target).path()).filePath(imagesFolderFor(target)));
        if (!images.exists()) {
            if (!QDir().mkpath(images.path()))
                return failed(
                    Text::tr("the folder for its images, %1, cannot be made; nothing was written").arg(images.path()));
            createdFolder = images.path();
        }
        for (const Image &image : read.images) {
            const SaveResult saved = ArticleFile::writeBytes(images.filePath(image.name), image.bytes);
            if (!saved.ok)
                return failed(saved.error);
            written.append(images.filePath(image.name));
        }
    }
    const SaveResult saved = ArticleFile::writeBytes(target, read.text.toUtf8());
    return saved.ok || failed(saved.error);
}

} // namespace Byline::Core
