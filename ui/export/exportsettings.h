#pragma once

#include <export/exportoptions.h>

// Export choices kept between runs: the options last used in each library (or folder, for an
// article outside any library), the folder its batch exports went to, and for each article its
// last export, so Re-export can repeat it without asking.
namespace Byline::WidgetUi::ExportSettings {

[[nodiscard]] Core::ExportOptions options(const QString &library);
void setOptions(const QString &library, const Core::ExportOptions &options);

[[nodiscard]] QString batchFolder(const QString &library);
void setBatchFolder(const QString &library, const QString &folder);

struct LastExport
{
    Core::ExportOptions options;
    QString target; // the file written

    [[nodiscard]] bool isValid() const { return !target.isEmpty(); }
};

[[nodiscard]] LastExport lastExport(const QString &article);
void setLastExport(const QString &article, const LastExport &last);

// Where an export of `article` goes when nothing was chosen before: beside the article with the
// format's extension, or in the documents folder for an article never saved.
[[nodiscard]] QString defaultTarget(const QString &article, Core::ExportOptions::Format format);
// `target` with its extension changed to the format's (a name the user typed is kept).
[[nodiscard]] QString withExtension(const QString &target, Core::ExportOptions::Format format);

} // namespace Byline::WidgetUi::ExportSettings
