#include "../desklauncher.h"
#include "articlejob.h"
#include "cli.h"
#include "commands.h"
#include "console.h"

#include <export/exportbatch.h>
#ifdef BYLINE_CAN_PRINT
#include <export/exporter.h>
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Export)
};

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
    return Core::TextFormats::produce(article, options);
#endif
}

// What became of one article, on standard error, and its export on standard output when asked.
void print(const Core::ExportResult &result, bool listWritten)
{
    reportDiagnostics(result.source, result.diagnostics);
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

} // namespace

int runExport(const ExportRequest &request)
{
#ifndef BYLINE_CAN_PRINT
    if (Core::ExportOptions::needsLayout(request.options.format))
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

} // namespace Byline::Cli
