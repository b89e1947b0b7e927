#pragma once

#include "docxpieces.h"
#include "docxtext.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// document.xml read into paragraphs of pieces, for DocxReader. Private to core/docx.
namespace Byline::Core::Docx {

struct ParsedDocument
{
    QList<Paragraph> paragraphs; // a text box's paragraphs after the one holding it
    QStringList footnotes; // the text of each footnote or endnote referred to, in order
    QStringList notes; // translated: what was kept otherwise, or left out
};

// The paragraphs with their styles and list levels; their text with its formatting, links and
// tracked changes; breaks, images, comment ranges and references; a footnote's or endnote's
// reference as a numbered marker, "[1]". Formatting changes are left out; damaged XML ends the
// reading, with a note, and what came before is kept.
[[nodiscard]] ParsedDocument parseDocument(const QByteArray &document, const PackageInfo &package);

} // namespace Byline::Core::Docx
