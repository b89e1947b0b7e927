#include "exportbatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace Byline::Core {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::ExportBatch)
};

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// `target` as the job gave it, or numbered (column-2.html, column-3.html …) while this batch has
// written that name already. Numbering rather than refusing: a refused export is easily missed in
// a long batch, and a numbered one is on disk for the user to rename.
QString freeName(const QString &target, const QSet<QString> &written)
{
    const QFileInfo info(target);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    QString candidate = target;
    for (int n = 2; written.contains(absolute(candidate)); ++n)
        candidate
            = QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('-') + QString::number(n) + suffix);
    return candidate;
}

// Also through a link or another spelling of the path: the article must survive its export.
bool isSameFile(const QString &target, const QString &source)
{
    if (source.isEmpty())
        return false;
    if (absolute(target) == absolute(source))
        return true;
    const QFileInfo existing(target);
    return existing.exists() && existing.canonicalFilePath() == QFileInfo(source).canonicalFilePath();
}

// Where `job`'s export goes, its folder made; empty with `error` set when it cannot go there.
QString place(const ExportJob &job, const QSet<QString> &written, QString *error)
{
    QString target = freeName(job.target, written);
    if (isSameFile(target, job.source)) {
        *error = Text::tr("the export would be written over the article itself; choose another file or folder");
        return {};
    }
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = Text::tr("cannot create the folder %1; check the path and its permissions").arg(folder);
        return {};
    }
    return target;
}

ExportResult exportOne(const ExportJob &job, const ExportOptions &options, const ExportBatch::Producer &produce,
                       QSet<QString> &written)
{
    ExportResult result;
    result.source = job.source;
    const RenderedArticle article = TextFormats::article(job.source, job.text);
    result.diagnostics = article.diagnostics;
    if (article.failed()) {
        result.error = article.firstError();
        result.unreadable = true;
        return result;
    }
    ExportOutput output = produce(article, options);
    result.warnings = output.warnings;
    if (!output.ok()) {
        result.error = output.error;
        return result;
    }
    if (job.target.isEmpty()) {
        result.bytes = std::move(output.bytes);
        return result;
    }
    const QString target = place(job, written, &result.error);
    if (target.isEmpty())
        return result;
    const SaveResult saved = ArticleFile::writeBytes(target, output.bytes);
    if (!saved.ok) {
        result.error = saved.error;
        return result;
    }
    written.insert(absolute(target));
    result.target = target;
    return result;
}

} // namespace

QStringList ExportReport::written() const
{
    QStringList files;
    for (const ExportResult &article : articles) {
        if (article.ok() && !article.target.isEmpty())
            files.append(article.target);
    }
    return files;
}

QList<ExportReport::Problem> ExportReport::failures() const
{
    QList<Problem> problems;
    for (const ExportResult &article : articles) {
        if (!article.ok())
            problems.append({article.source, article.error});
    }
    return problems;
}

QList<ExportReport::Problem> ExportReport::warnings() const
{
    QList<Problem> problems;
    for (const ExportResult &article : articles) {
        for (const QString &warning : article.warnings)
            problems.append({article.source, warning});
    }
    return problems;
}

namespace ExportBatch {

ExportReport run(const QList<ExportJob> &jobs, const ExportOptions &options, const Producer &produce,
                 const Progress &progress)
{
    ExportReport report;
    report.total = int(jobs.size());
    QSet<QString> written; // absolute paths, for numbering a name taken twice
    for (const ExportJob &job : jobs) {
        if (progress && !progress(report, job.source)) {
            report.cancelled = true;
            return report;
        }
        report.articles.append(exportOne(job, options, produce, written));
    }
    if (progress)
        progress(report, {});
    return report;
}

} // namespace ExportBatch

} // namespace Byline::Core
