#include "../desklauncher.h"
#include "cli.h"
#include "commandline.h"
#include "commands.h"
#include "console.h"

#include <export/docxexport.h>
#include <export/exportbatch.h>
#include <export/htmlexporter.h>
#ifdef BYLINE_CAN_PRINT
#include <export/exporter.h>
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Export)
};

struct ExportRequest
{
    QStringList files;
    QString output; // a file, a folder, "-" for standard output, or empty for next to each input
    Core::ExportOptions options;
};

// The options of `byline export`, as the parser knows them.
struct Flags
{
    QCommandLineOption format;
    QCommandLineOption output;
    QCommandLineOption theme;
    QCommandLineOption toc;
    QCommandLineOption embedImages;
    QCommandLineOption pageSize;
    QCommandLineOption landscape;
    QCommandLineOption margins;
    QCommandLineOption header;
    QCommandLineOption footer;
    QCommandLineOption noTitleBlock;
    QCommandLineOption pdfA;
    QCommandLineOption review;
};

Flags flags()
{
    return {
        {{QStringLiteral("f"), QStringLiteral("format")},
         Text::tr("Output format: html (a standalone page), fragment (the body's HTML for a CMS), txt (plain text), "
                  "pdf (print-ready), odt (LibreOffice) or docx (Word, with the review as tracked changes and "
                  "comments)."),
         QStringLiteral("FORMAT"),
         QStringLiteral("html")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         Text::tr("Output file (one input), folder (any number of inputs), or - for standard output. Default: next "
                  "to each input."),
         QStringLiteral("FILE|DIR")},
        {{QStringLiteral("t"), QStringLiteral("theme")},
         Text::tr("Page theme: %1. Default: %2.")
             .arg(Core::HtmlExporter::themes().join(QLatin1String(", ")),
                  QLatin1String(Core::HtmlExporter::defaultTheme)),
         QStringLiteral("NAME"),
         QLatin1String(Core::HtmlExporter::defaultTheme)},
        {QStringLiteral("toc"), Text::tr("HTML: a table of contents below the headline.")},
        {QStringLiteral("embed-images"),
         Text::tr("HTML: local images inside the page as data: URIs, so it stands alone.")},
        {QStringLiteral("page-size"), Text::tr("PDF and DOCX page size: A4, Letter, Legal or A5."),
         QStringLiteral("SIZE"), QStringLiteral("A4")},
        {QStringLiteral("landscape"), Text::tr("PDF and DOCX pages in landscape.")},
        {QStringLiteral("margins"), Text::tr("PDF and DOCX page margins in millimetres (5 to 60)."),
         QStringLiteral("MM"), QStringLiteral("20")},
        {QStringLiteral("header"), Text::tr("PDF running header. Default: the publication, else the headline."),
         QStringLiteral("TEXT")},
        {QStringLiteral("footer"), Text::tr("PDF footer text, beside the page numbers."), QStringLiteral("TEXT")},
        {QStringLiteral("no-title-block"),
         Text::tr("PDF, ODT and DOCX without the headline, byline and date above the text.")},
        {QStringLiteral("pdfa"), Text::tr("PDF/A-1b, for archives.")},
        {QStringLiteral("review"),
         Text::tr("Which view of the review marks: final (every change accepted, no comments: a clean copy), "
                  "markup (changes and comments shown, with reviewers and times) or original (every change "
                  "rejected). Default: final; markup for docx, which goes to an editor to review in Word."),
         QStringLiteral("VIEW")},
    };
}

// The request the parsed arguments make, or nothing after explaining a value that is not allowed.
std::optional<ExportRequest> requestFrom(const QCommandLineParser &parser, const Flags &flags)
{
    ExportRequest request {parser.positionalArguments(), parser.value(flags.output), {}};
    Core::ExportOptions &options = request.options;
    const auto refuse = [](const QString &message) {
        Console::error(message);
        return std::nullopt;
    };
    if (!Core::ExportOptions::formatFromName(parser.value(flags.format), &options.format))
        return refuse(
            Text::tr("byline export: format '%1' is not available; choose %2")
                .arg(parser.value(flags.format), Core::ExportOptions::formatNames().join(QLatin1String(", "))));
    options.theme = parser.value(flags.theme);
    if (!Core::HtmlExporter::hasTheme(options.theme))
        return refuse(Text::tr("byline export: no theme named '%1'; choose one of %2")
                          .arg(options.theme, Core::HtmlExporter::themes().join(QLatin1String(", "))));
    bool numeric = false;
    options.marginMillimetres = parser.value(flags.margins).toDouble(&numeric);
    if (!numeric || options.marginMillimetres < Core::ExportOptions::minimumMargin
        || options.marginMillimetres > Core::ExportOptions::maximumMargin)
        return refuse(Text::tr("byline export: --margins takes millimetres from 5 to 60, not '%1'")
                          .arg(parser.value(flags.margins)));
    options.pageSize = Core::ExportOptions::canonicalPageSize(parser.value(flags.pageSize));
    if (options.pageSize.isEmpty())
        return refuse(Text::tr("byline export: --page-size takes A4, Letter, Legal or A5, not '%1'")
                          .arg(parser.value(flags.pageSize)));
    options.tableOfContents = parser.isSet(flags.toc);
    options.embedImages = parser.isSet(flags.embedImages);
    options.landscape = parser.isSet(flags.landscape);
    options.header = parser.value(flags.header);
    options.footer = parser.value(flags.footer);
    options.titleBlock = !parser.isSet(flags.noTitleBlock);
    options.pdfA = parser.isSet(flags.pdfA);
    options.review = Core::ExportOptions::defaultReview(options.format);
    if (parser.isSet(flags.review) && !Core::ExportOptions::reviewFromName(parser.value(flags.review), &options.review))
        return refuse(
            Text::tr("byline export: --review takes %1, not '%2'")
                .arg(Core::ExportOptions::reviewNames().join(QLatin1String(", ")), parser.value(flags.review)));
    return request;
}

// Where each input's export goes, decided once for the whole run.
class OutputPlan final
{
public:
    explicit OutputPlan(const ExportRequest &request)
        : m_output(request.output)
    {
        const QFileInfo info(m_output);
        m_toFolder = !m_output.isEmpty() && !toStandardOutput()
            && (info.isDir() || m_output.endsWith(QLatin1Char('/')) || request.files.size() > 1);
    }

    [[nodiscard]] QString usageError(const ExportRequest &request) const
    {
        if (toStandardOutput() && request.files.size() > 1)
            return Text::tr("byline export: --output - takes one input file; give a folder for several");
        if (m_toFolder && QFileInfo(m_output).exists() && !QFileInfo(m_output).isDir())
            return Text::tr("byline export: %1 is a file; give a folder to export several articles").arg(m_output);
        return {};
    }

    [[nodiscard]] bool toStandardOutput() const { return m_output == QLatin1String("-"); }

    // The target for `input`: empty for standard output (the batch then hands the bytes back).
    [[nodiscard]] QString targetFor(const QString &input, Core::ExportOptions::Format format) const
    {
        if (toStandardOutput())
            return {};
        const QString name = Core::ExportOptions::fileNameFor(input, format);
        if (m_output.isEmpty())
            return QFileInfo(input).dir().filePath(name);
        return m_toFolder ? QDir(m_output).filePath(name) : m_output;
    }

private:
    QString m_output;
    bool m_toFolder = false;
};

Core::ExportOutput produce(const Core::RenderedArticle &article, const Core::ExportOptions &options)
{
#ifdef BYLINE_CAN_PRINT
    return Core::Exporter::produce(article, options);
#else
    if (options.format == Core::ExportOptions::Format::Docx)
        return Core::DocxExport::produce(article, options, {}); // none has images (needsPrinter)
    return Core::TextFormats::produce(article, options);
#endif
}

// What became of one article, on standard error, and its export on standard output when asked.
void print(const Core::ExportResult &result, bool listWritten)
{
    Console::diagnostics(result.source, result.diagnostics);
    for (const QString &warning : result.warnings)
        Console::error(QStringLiteral("%1: warning: %2").arg(result.source, warning));
    if (!result.ok()) {
        if (!result.unreadable) // an unreadable article's reason is among its diagnostics
            Console::error(QStringLiteral("%1: error: %2").arg(result.source, result.error));
        return;
    }
    if (result.target.isEmpty())
        Console::outBytes(result.bytes);
    else if (listWritten)
        Console::out(QStringLiteral("%1 -> %2\n").arg(result.source, result.target));
}

#ifndef BYLINE_CAN_PRINT
// Whether the export takes Qt Gui: PDF and ODT are laid out with it, and the images of a Word
// document are measured with its readers. A Word document without images is written here.
bool needsPrinter(const ExportRequest &request)
{
    if (Core::ExportOptions::needsLayout(request.options.format))
        return true;
    if (request.options.format != Core::ExportOptions::Format::Docx)
        return false;
    return std::any_of(request.files.cbegin(), request.files.cend(), [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && Core::DocxExport::hasPictures(file.readAll());
    });
}
#endif

int runExport(const ExportRequest &request)
{
#ifndef BYLINE_CAN_PRINT
    if (needsPrinter(request))
        return launchPrinter(); // the same arguments, in the program that has Qt Gui
#endif
    const OutputPlan plan(request);
    if (const QString error = plan.usageError(request); !error.isEmpty()) {
        Console::error(error);
        return UsageError;
    }
    QList<Core::ExportJob> jobs;
    for (const QString &path : request.files)
        jobs.append({path, plan.targetFor(path, request.options.format), std::nullopt});
    // Several articles: each one's outcome on its own line as it is done, then a summary.
    const bool several = request.files.size() > 1;
    qsizetype printed = 0;
    const Core::ExportReport report
        = Core::ExportBatch::run(jobs, request.options, produce, [&](const Core::ExportReport &sofar, const QString &) {
              for (; printed < sofar.articles.size(); ++printed)
                  print(sofar.articles.at(printed), several);
              return true;
          });
    if (several) {
        const qsizetype written = report.written().size();
        const qsizetype failed = report.failures().size();
        Console::error(failed == 0 ? Text::tr("Exported all %1 articles.").arg(written)
                                   : Text::tr("Exported %1 of %2 articles; %3 failed (listed above).")
                                         .arg(written)
                                         .arg(report.total)
                                         .arg(failed));
    }
    const bool anyErrors
        = std::any_of(report.articles.cbegin(), report.articles.cend(), [](const Core::ExportResult &result) {
              return !result.ok() || Core::hasErrors(result.diagnostics);
          });
    return anyErrors ? FileFailed : Success;
}

} // namespace

int exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Flags options = flags();
    parser.addOptions({options.format, options.output, options.theme, options.toc, options.embedImages,
                       options.pageSize, options.landscape, options.margins, options.header, options.footer,
                       options.noTitleBlock, options.pdfA, options.review});
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("Markdown (.md) or plain-text (.txt) articles."),
                                 QStringLiteral("FILE..."));
    if (const auto stop = parseOrExplain(parser, arguments,
                                         Text::tr("Exports articles as standalone HTML5 pages, HTML fragments, plain "
                                                  "text, print-ready PDF, OpenDocument text or Word documents "
                                                  "(%1).")
                                             .arg(Core::ExportOptions::formatNames().join(QLatin1Char('|')))))
        return *stop;
    const std::optional<ExportRequest> request = requestFrom(parser, options);
    return request ? runExport(*request) : UsageError;
}

} // namespace Byline::Cli
