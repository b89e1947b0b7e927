#include "../desklauncher.h"
#include "articlejob.h"
#include "cli.h"
#include "commands.h"
#include "console.h"

#include <export/htmlexporter.h>
#include <export/plaintextexporter.h>
#ifdef BYLINE_CAN_PRINT
#include <export/pdfexporter.h>
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace Byline::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Byline::Cli::Export", text);
}

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
            return tr("byline export: --output - takes one input file; give a folder for several");
        if (m_toFolder && QFileInfo(m_output).exists() && !QFileInfo(m_output).isDir())
            return tr("byline export: %1 is a file; give a folder to export several articles").arg(m_output);
        return {};
    }

    [[nodiscard]] bool toStandardOutput() const { return m_output == QLatin1String("-"); }

    // The target for `input`, or an empty string with `error` set.
    QString targetFor(const QString &input, const QString &format, QString *error)
    {
        const QString extension = format == QLatin1String("fragment") ? QStringLiteral("html") : format;
        const QString name = QFileInfo(input).completeBaseName() + QLatin1Char('.') + extension;
        QString target;
        if (m_output.isEmpty()) {
            target = QFileInfo(input).dir().filePath(name);
        } else if (m_toFolder) {
            if (!QDir().mkpath(m_output)) {
                *error = tr("cannot create the output folder %1; check the path and its permissions").arg(m_output);
                return {};
            }
            target = QDir(m_output).filePath(name);
        } else {
            target = m_output;
        }
        const QString canonical = QFileInfo(target).absoluteFilePath();
        if (canonical == QFileInfo(input).absoluteFilePath()) {
            *error = tr("%1 would be written over the article itself; give another file or folder with --output")
                         .arg(target);
            return {};
        }
        if (m_written.contains(canonical)) {
            *error = tr("%1 was already written by this run from another file of the same name; "
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

#ifdef BYLINE_CAN_PRINT
QByteArray printed(const ExportRequest &request, const ArticleJob &job, const QString &path, QString *error)
{
    Core::PdfOptions options;
    if (!Core::PdfExporter::pageSizeFromName(request.pageSize, &options.pageSize))
        options.pageSize = QPageSize::A4; // checked when the arguments were read
    options.orientation = request.landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    options.marginMillimetres = request.margins;
    options.header = request.header;
    options.footer = request.footer;
    options.titleBlock = request.titleBlock;
    options.pdfA = request.pdfA;
    options.theme = request.theme;
    return Core::PdfExporter::render(job.metadata, job.render->html, QFileInfo(path).absolutePath(), options, error);
}
#endif

} // namespace

int runExport(const ExportRequest &request)
{
#ifndef BYLINE_CAN_PRINT
    if (request.format == QLatin1String("pdf"))
        return launchPrinter(); // the same arguments, in the program that has Qt Gui
#endif
    OutputPlan plan(request);
    if (const QString error = plan.usageError(request); !error.isEmpty()) {
        Console::error(error);
        return UsageError;
    }
    int exitCode = Success;
    for (const QString &path : request.files) {
        const ArticleJob job = ArticleJob::run(path, [](const Core::ArticleMetadata &meta, int firstLine) {
            return Core::HtmlExporter::renderOptions(meta, firstLine);
        });
        job.reportDiagnostics();
        if (job.hasErrors())
            exitCode = FileFailed;
        if (job.failed())
            continue;

        QByteArray page;
#ifdef BYLINE_CAN_PRINT
        if (request.format == QLatin1String("pdf")) {
            QString failure;
            page = printed(request, job, path, &failure);
            if (page.isEmpty()) {
                Console::error(QStringLiteral("%1: error: %2").arg(path, failure));
                exitCode = FileFailed;
                continue;
            }
        }
#endif
        if (request.format == QLatin1String("fragment"))
            page = Core::HtmlExporter::fragment(job.render->html).toUtf8();
        else if (request.format == QLatin1String("txt"))
            page = Core::PlainTextExporter::text(job.metadata, job.loaded.article.body()).toUtf8();
        else if (page.isEmpty())
            page = Core::HtmlExporter::standalonePage(job.metadata, job.render->html, request.theme).toUtf8();
        if (plan.toStandardOutput()) {
            Console::outBytes(page);
            continue;
        }
        QString error;
        const QString target = plan.targetFor(path, request.format, &error);
        const Core::SaveResult saved
            = target.isEmpty() ? Core::SaveResult {false, error, {}} : Core::ArticleFile::writeBytes(target, page);
        if (!saved.ok) {
            Console::error(QStringLiteral("%1: error: %2").arg(path, saved.error));
            exitCode = FileFailed;
        }
    }
    return exitCode;
}

} // namespace Byline::Cli
