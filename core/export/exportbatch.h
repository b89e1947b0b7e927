#pragma once

#include "exportoptions.h"
#include "textformats.h"

#include <functional>
#include <optional>

namespace Byline::Core {

// One article to export: read from its file, or from `text` when an editor holds it. A job
// without a target is produced but not written; its bytes come back in its result (for standard
// output).
struct ExportJob
{
    QString source;
    QString target;
    std::optional<QString> text;
};

// What became of one article of a batch.
struct ExportResult
{
    QString source;
    QString target; // the file written: the job's, numbered when this batch had written that name already
    QByteArray bytes; // the export itself, kept only for a job without a target
    Diagnostics diagnostics; // the article's own problems (malformed front matter), written or not
    QStringList warnings; // the export was made, with something to know (an image left out)
    QString error; // why nothing was written; empty when it was
    // The article could not be read or rendered: `error` is the first of its diagnostics.
    bool unreadable = false;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// The outcome of a batch, one result per article finished, in the order of the jobs.
struct ExportReport
{
    struct Problem
    {
        QString source;
        QString message;
    };

    QList<ExportResult> articles;
    int total = 0; // jobs given; more than articles when the batch was cancelled
    bool cancelled = false;

    // The files written, in the order of the jobs.
    [[nodiscard]] QStringList written() const;
    // Articles not exported, and why.
    [[nodiscard]] QList<Problem> failures() const;
    // Exported, with something to know.
    [[nodiscard]] QList<Problem> warnings() const;
};

// The export of a list of articles, the same for the command line and the window: each article is
// read, produced and written whole (or not at all) before the next, and one that fails is reported
// while the others still go out. Two articles of the same name going into one folder do not
// overwrite each other (the later one is numbered: column.html, column-2.html), an export never
// replaces its own article, and missing folders are created.
namespace ExportBatch {

// Makes the file's bytes: TextFormats::produce where Qt Gui is missing (`byline`),
// Exporter::produce where PDF and ODT can be laid out.
using Producer = std::function<ExportOutput(const RenderedArticle &article, const ExportOptions &options)>;
// Told before each article and once after the last: the report so far (one result per finished
// article) and the source about to be exported, empty after the last. Returning false cancels
// before that article.
using Progress = std::function<bool(const ExportReport &sofar, const QString &next)>;

[[nodiscard]] ExportReport run(const QList<ExportJob> &jobs, const ExportOptions &options, const Producer &produce,
                               const Progress &progress = {});

} // namespace ExportBatch

} // namespace Byline::Core
