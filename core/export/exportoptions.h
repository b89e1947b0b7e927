#pragma once

#include "../review/reviewedits.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Byline::Core {

// Everything an export can be asked for, in one value the command line, the export dialog and
// the saved settings share. Options a format has no use for are ignored by it.
struct ExportOptions
{
    enum class Format { Html, Fragment, Text, Pdf, Odt, Docx };

    Format format = Format::Html;
    QString theme = QStringLiteral("newsprint");
    // HTML page
    bool tableOfContents = false;
    bool embedImages = false; // local images as data: URIs, so the page stands alone
    // Printed (PDF)
    QString pageSize = QStringLiteral("A4"); // A4, Letter, Legal, A5
    bool landscape = false;
    double marginMillimetres = 20; // 5 to 60
    QString header; // the running header; empty: the publication, else the headline
    QString footer; // beside the page numbers
    bool titleBlock = true; // headline, byline and date above the text (PDF, ODT)
    bool pdfA = false;
    // Which view of the review: final (every change accepted, no comments) unless asked, so a
    // clean copy never carries reviewers' marks or notes to the CMS. Not kept with the saved
    // settings for the same reason: each export starts from final.
    ReviewEdits::View review = ReviewEdits::View::Final;

    static constexpr double minimumMargin = 5;
    static constexpr double maximumMargin = 60;

    // "html", "fragment", "txt", "pdf", "odt", "docx": the names the command line takes.
    [[nodiscard]] static QStringList formatNames();
    [[nodiscard]] static QString formatName(Format format);
    [[nodiscard]] static bool formatFromName(const QString &name, Format *format);
    // The file name extension of a format, without the dot.
    [[nodiscard]] static QString extension(Format format);
    // The file name an export of `article` (a name or a path) gets: "column.md" → "column.pdf".
    [[nodiscard]] static QString fileNameFor(const QString &article, Format format);
    // Formats laid out with Qt Gui (fonts, pages, images), which the plain command line hands
    // over to byline-print. A Word document needs it only to measure images (DocxExport).
    [[nodiscard]] static bool needsLayout(Format format) { return format == Format::Pdf || format == Format::Odt; }
    // The view of the review a format shows unless asked: final for everything published, the
    // markup for a Word document, which goes to an editor to review in Word.
    [[nodiscard]] static ReviewEdits::View defaultReview(Format format)
    {
        return format == Format::Docx ? ReviewEdits::View::Markup : ReviewEdits::View::Final;
    }
    // "final", "markup", "original".
    [[nodiscard]] static QStringList reviewNames();
    [[nodiscard]] static QString reviewName(ReviewEdits::View view);
    [[nodiscard]] static bool reviewFromName(const QString &name, ReviewEdits::View *view);
    [[nodiscard]] static QStringList pageSizes();
    // The page size as one of pageSizes(), whatever its case; empty when unknown.
    [[nodiscard]] static QString canonicalPageSize(const QString &name);

    [[nodiscard]] QJsonObject toJson() const;
    // Unknown or out-of-range values keep their defaults, so old or edited settings still load.
    [[nodiscard]] static ExportOptions fromJson(const QJsonObject &json);

    friend bool operator==(const ExportOptions &, const ExportOptions &) = default;
};

} // namespace Byline::Core
