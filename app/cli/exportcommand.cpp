#include "../desklauncher.h"
#include "articlejob.h"
#include "cli.h"
#include "commands.h"
#include "console.h"

#ifdef BYLINE_CAN_PRINT
#include <export/exporter.h>
#else
#include <export/textformats.h>
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Export)
};

// Where each input's page goes, decided once for the whole run.
class OutputPlan final
{
public:
    explicit OutputPlan(const ExportRequest &request)
        : m_output(request.output)
    {
        const QFileInfo info(m_output);
        m_toFolder = !m_output.isEmpty() && m_output != QLatin1String("-")
            && (info.isDir() || m_output.endsWith(QLatin1Char('/')) || request.files.size() > 1);
    }

    [[nodiscard]] QString usageError(const ExportRequest &request) const
    {
        if (m_output == QLatin1String("-") && request.files.size() > 1)
            return Text::tr("byline export: --output - takes one input file; give a folder for several");
        if (m_toFolder && QFileInfo(m_output).exists() && !QFileInfo(m_output).isDir())
            return Text::tr("byline export: %1 is a file; give a folder to export several articles").arg(m_output);
        return {};
    }

    [[nodiscard]] bool toStandardOutput() const { return m_output == QLatin1String("-"); }

    // The target for `input`, or an empty string with `error` set.
    QString targetFor(const QString &input, Core::ExportOptions::Format format, QString *error)
    {
        const QString name = Core::ExportOptions::fileNameFor(input, format);
        QString target;
        if (m_output.isEmpty()) {
            target = QFileInfo(input).dir().filePath(name);
        } else if (m_toFolder) {
            if (!QDir().mkpath(m_output)) {
                *error
                    = Text::tr("cannot create the output folder %1; check the path and its permissions").arg(m_output);
                return {};
            }
            target = QDir(m_output).filePath(name);
        } else {
            target = m_output;
        }
        const QString canonical = QFileInfo(target).absoluteFilePath();
        if (canonical == QFileInfo(input).absoluteFilePath()) {
            *error = Text::tr("%1 would be written over the article itself; give another file or folder with --output")
                         .arg(target);
            return {};
        }
        if (m_written.contains(canonical)) {
            *error = Text::tr("%1 was already written by this run from another file of the same name; "
                              "export them to different folders")
                         .arg(target);
            return {};
        }
        m_written.insert(canonical);
        return target;
    }

private:
    QString m_output;
    bool m_toFolder = false;
    QSet<QString> m_written;
};

Core::ExportOutput produce(const ArticleJob &job, const Core::ExportOptions &options)
{
#ifdef BYLINE_CAN_PRINT
    return Core::Exporter::produce(job, options);
#else
    return Core::TextFormats::produce(job, options);
#endif
}

} // namespace

int runExport(const ExportRequest &request)
{
#ifndef BYLINE_CAN_PRINT
    if (Core::ExportOptions::needsLayout(request.options.format))
        return launchPrinter(); // the same arguments, in the program that has Qt Gui
#endif
    OutputPlan plan(request);
    if (const QString error = plan.usageError(request); !error.isEmpty()) {
        Console::error(error);
        return UsageError;
    }
    int exitCode = Success;
    // Several articles: each one's outcome on its own line, then a summary.
    const bool report = request.files.size() > 1;
    qsizetype written = 0;
    for (const QString &path : request.files) {
        const ArticleJob job = Core::TextFormats::article(path);
        reportDiagnostics(job);
        if (job.hasErrors())
            exitCode = FileFailed;
        if (job.failed())
            continue;
        const Core::ExportOutput page = produce(job, request.options);
        for (const QString &warning : page.warnings)
            Console::error(QStringLiteral("%1: warning: %2").arg(path, warning));
        if (!page.ok()) {
            Console::error(QStringLiteral("%1: error: %2").arg(path, page.error));
            exitCode = FileFailed;
            continue;
        }
        if (plan.toStandardOutput()) {
            Console::outBytes(page.bytes);
            continue;
        }
        QString error;
        const QString target = plan.targetFor(path, request.options.format, &error);
        const Core::SaveResult saved = target.isEmpty() ? Core::SaveResult {false, error, {}}
                                                        : Core::ArticleFile::writeBytes(target, page.bytes);
        if (!saved.ok) {
            Console::error(QStringLiteral("%1: error: %2").arg(path, saved.error));
            exitCode = FileFailed;
            continue;
        }
        ++written;
        if (report)
            Console::out(QStringLiteral("%1 -> %2\n").arg(path, target));
    }
    if (report && !plan.toStandardOutput()) {
        const qsizetype failed = request.files.size() - written;
        Console::error(failed == 0 ? Text::tr("Exported all %1 articles.").arg(written)
                                   : Text::tr("Exported %1 of %2 articles; %3 failed (listed above).")
                                         .arg(written)
                                         .arg(request.files.size())
                                         .arg(failed));
    }
    return exitCode;
}

} // namespace Byline::Cli
