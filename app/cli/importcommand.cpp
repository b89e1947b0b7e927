#include "cli.h"
#include "commandline.h"
#include "commands.h"
#include "console.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <docx/docxreader.h>

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Import)
};

int runImport(const QString &input, QString output)
{
    const auto failed = [&](const QString &why) {
        Console::error(Text::tr("byline import: %1: %2\n").arg(input, why));
        return FileFailed;
    };
    const bool toStandardOutput = output == QLatin1String("-");
    if (output.isEmpty())
        output = QDir(QFileInfo(input).path()).filePath(QFileInfo(input).completeBaseName() + QStringLiteral(".md"));
    if (!toStandardOutput && QFileInfo::exists(output))
        return failed(Text::tr("%1 exists already and is left as it is; name another file with --output").arg(output));
    // The images go into a folder beside the article, named after it.
    const QString imagesFolder = toStandardOutput ? QString() : Core::DocxReader::imagesFolderFor(output);
    const Core::DocxReader::Result read = Core::DocxReader::readFile(input, imagesFolder);
    if (!read.ok())
        return failed(read.error);
    for (const QString &note : read.notes)
        Console::error(Text::tr("byline import: %1: note: %2\n").arg(input, note));
    if (toStandardOutput) {
        if (!read.images.isEmpty())
            Console::error(Text::tr("byline import: %1: note: the document's %n images were not written (the "
                                    "article went to standard output)\n",
                                    nullptr, int(read.images.size()))
                               .arg(input));
        Console::outBytes(read.text.toUtf8());
        return Success;
    }
    QString error;
    if (!Core::DocxReader::write(read, output, &error))
        return failed(error);
    Console::out(QStringLiteral("%1 -> %2\n").arg(input, output));
    return Success;
}

} // namespace

int importCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("The article to write, or - for standard output. Default: the document's "
                                             "name with .md, next to it; an existing file is never replaced."),
                                    QStringLiteral("FILE"));
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("A Word document (.docx)."), QStringLiteral("FILE"));
    if (const auto stop = parseOrExplain(parser, arguments,
                                         Text::tr("Imports a Word document as an article: front matter from its "
                                                  "properties, Markdown from its styles, its tracked changes and "
                                                  "comments as suggestions and threads signed by their reviewers.")))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        Console::error(Text::tr("byline import: give one Word document (byline import FILE.docx)\n"));
        return UsageError;
    }
    return runImport(parser.positionalArguments().constFirst(), parser.value(output));
}

} // namespace Byline::Cli
