#pragma once

#include <QFuture>
#include <QString>

#include <functional>

namespace Byline::WidgetUi {

// What fetching a version gives: its text, or why it could not be had (translated, naming the
// version and what to do).
struct VersionText
{
    QString text;
    QString error;
};

// Another version the compare window offers to compare with: named at once, its text fetched
// only when chosen, off the UI thread. A file is one (file()); the revision store's saved
// versions of the article are others.
struct CompareVersion
{
    QString label; // "Draft filed 3 Dec 14:02", "edited.md"
    std::function<QFuture<VersionText>()> fetch;

    // A file, read on a worker as an article is opened: its encoding decoded, binary and
    // over-large files refused with the reason.
    [[nodiscard]] static CompareVersion file(const QString &path);
};

// Reads a file as CompareVersion::file() does, on the calling thread. A Word document (.docx) is
// read as an article (Core::DocxReader); with `frontMatter`, the article's own, it stands over the
// document's body, as a document carries none of the keys an article keeps beyond its properties.
[[nodiscard]] VersionText readVersionFile(const QString &path, const QString &frontMatter = {});

} // namespace Byline::WidgetUi
