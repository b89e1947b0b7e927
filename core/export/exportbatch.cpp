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

// `target` as the job gave it, or numbered (column-2.html, column-3.html …) while an earlier article
// of this batch has that name already. Numbering rather than refusing: a refused export is easily
// missed in a long batch, and a numbered one is on disk for the user to rename.
QString freeName(const QString &target, const QSet<QString> &taken)
{
    const QFileInfo info(target);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    QString candidate = target;
    for (int n = 2; taken.contains(absolute(candidate)); ++n)
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

// Makes the folder of `target`; false with `error` set when it cannot be made.
bool makeFolderFor(const QString &target, QString *error)
{
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = Text::tr("cannot create the folder %1; check the path and its permissions").arg(folder);
        return false;
    }
    return true;
}

ExportResult exportOne(const ExportJob &job, const ExportOptions &options, const ExportBatch::Producer &produce,
                       QSet<QString> &taken)
{
    ExportResult result;
    result.source = job.source;
    const QString target = job.target.isEmpty() ? QString() : freeName(job.target, taken);
    if (!target.isEmpty() && isSameFile(target, job.source)) {
        result.error = Text::tr("the export would be written over the article itself; choose another file or folder");
        return result;
    }
    // The name is the article's whether its export succeeds or not, so a later article of the same
    // name is numbered as it would be on a run without failures, never written over this one's
    // earlier export.
    if (!target.isEmpty())
        taken.insert(absolute(target));
    const RenderedArticle article = TextFormats::article(job.source, job.text, options.review);
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
    if (!makeFolderFor(target, &result.error))
        return result;
    const SaveResult saved = ArticleFile::writeBytes(target, output.bytes);
    if (!saved.ok) {
        result.error = saved.error;
        return result;
    }
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
    QSet<QString> taken; // absolute paths, for numbering a name taken twice
    for (const ExportJob &job : jobs) {
        if (progress && !progress(report, job.source)) {
            report.cancelled = true;
            return report;
        }
        report.articles.append(exportOne(job, options, produce, taken));
    }
    if (progress)
        progress(report, {});
    return report;
}

} // namespace ExportBatch

} // namespace Byline::Core
